-- Accounts of the embedded identity provider. Roles are the hub's seven (CONSUMER, PROVIDER, OPERATOR, SUPPORT,
-- REPORTER, REGULATOR, PARTNER); tenant and region (GB/T 2260 code, '000000' = nation) scope what a caller sees.
CREATE TABLE hub_account (
    username      varchar(100) NOT NULL,
    password_hash varchar(200) NOT NULL,
    display_name  varchar(200) NOT NULL,
    tenant        varchar(100) NOT NULL,
    region_code   char(6)      NOT NULL,
    enabled       boolean      NOT NULL DEFAULT TRUE,
    created_at    timestamp    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (username)
);

CREATE TABLE hub_account_role (
    username varchar(100) NOT NULL,
    role     varchar(30)  NOT NULL,
    PRIMARY KEY (username, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (username) REFERENCES hub_account (username)
);

-- The identity provider's token signing keys: persisted so that issued tokens survive restarts and every node of a
-- cluster signs with the same key.
CREATE TABLE hub_signing_key (
    key_id      varchar(64)  NOT NULL,
    algorithm   varchar(16)  NOT NULL,
    public_key  text         NOT NULL,
    private_key text         NOT NULL,
    created_at  timestamp    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (key_id)
);
