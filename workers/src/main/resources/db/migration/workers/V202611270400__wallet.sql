-- Wallets as a double-entry ledger: every movement is a transaction whose entries sum to zero, so every fen is
-- traceable from where it came to where it went. Amounts are fen (CNY minor units).
CREATE TABLE wallet_account (
    account_id varchar(150) NOT NULL,
    owner      varchar(100) NOT NULL,
    kind       varchar(30)  NOT NULL,
    currency   char(3)      NOT NULL,
    balance    bigint       NOT NULL DEFAULT 0,
    created_at timestamp    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (account_id)
);

CREATE TABLE wallet_transaction (
    transaction_id  varchar(36)  NOT NULL,
    owner           varchar(100) NOT NULL,
    kind            varchar(20)  NOT NULL,
    amount          bigint       NOT NULL,
    currency        char(3)      NOT NULL,
    hold_id         varchar(36)  NULL,
    reference       varchar(100) NULL,
    idempotency_key varchar(100) NOT NULL,
    created_at      timestamp    NOT NULL,
    PRIMARY KEY (transaction_id),
    CONSTRAINT uq_wallet_transaction_key UNIQUE (owner, idempotency_key)
);
CREATE INDEX ix_wallet_transaction_owner ON wallet_transaction (owner, created_at);

CREATE TABLE wallet_entry (
    entry_id       bigint       NOT NULL AUTO_INCREMENT,
    transaction_id varchar(36)  NOT NULL,
    account_id     varchar(150) NOT NULL,
    amount         bigint       NOT NULL,
    PRIMARY KEY (entry_id),
    CONSTRAINT fk_wallet_entry_transaction FOREIGN KEY (transaction_id) REFERENCES wallet_transaction (transaction_id),
    CONSTRAINT fk_wallet_entry_account FOREIGN KEY (account_id) REFERENCES wallet_account (account_id)
);
CREATE INDEX ix_wallet_entry_account ON wallet_entry (account_id);

CREATE TABLE wallet_hold (
    hold_id         varchar(36)  NOT NULL,
    owner           varchar(100) NOT NULL,
    reference       varchar(100) NOT NULL,
    amount          bigint       NOT NULL,
    captured_amount bigint       NOT NULL DEFAULT 0,
    currency        char(3)      NOT NULL,
    status          varchar(12)  NOT NULL,
    expires_at      timestamp    NOT NULL,
    created_at      timestamp    NOT NULL,
    closed_at       timestamp    NULL,
    PRIMARY KEY (hold_id)
);
CREATE INDEX ix_wallet_hold_due ON wallet_hold (status, expires_at);
CREATE INDEX ix_wallet_hold_owner ON wallet_hold (owner, status);
