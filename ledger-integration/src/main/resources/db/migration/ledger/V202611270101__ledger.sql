-- Ledger module: transactional outbox, embedded evidence chain, FISCO BCOS receipts.
-- Times are epoch milliseconds (BIGINT) so that H2 and MariaDB/MySQL agree without time zones.

-- Evidence waiting for the relay; written in the same transaction as the engine's or the module's state.
CREATE TABLE ledger_outbox (
    seq                 BIGINT        NOT NULL AUTO_INCREMENT,
    record_id           VARCHAR(128)  NOT NULL,
    record_type         VARCHAR(32)   NOT NULL,
    occurred_at         BIGINT        NOT NULL,
    process_key         VARCHAR(255),
    process_version     INT,
    process_instance_id VARCHAR(64),
    business_key        VARCHAR(255),
    activity_id         VARCHAR(255),
    activity_name       VARCHAR(255),
    actor               VARCHAR(255),
    detail              VARCHAR(1000),
    payload_digest      CHAR(64),
    PRIMARY KEY (seq),
    CONSTRAINT uk_ledger_outbox_record UNIQUE (record_id)
);

-- Records on the embedded chain; position is the record's place in the whole chain (0, 1, 2, … without gaps).
CREATE TABLE ledger_entry (
    position            BIGINT        NOT NULL,
    record_id           VARCHAR(128)  NOT NULL,
    record_type         VARCHAR(32)   NOT NULL,
    occurred_at         BIGINT        NOT NULL,
    process_key         VARCHAR(255),
    process_version     INT,
    process_instance_id VARCHAR(64),
    business_key        VARCHAR(255),
    activity_id         VARCHAR(255),
    activity_name       VARCHAR(255),
    actor               VARCHAR(255),
    detail              VARCHAR(1000),
    payload_digest      CHAR(64),
    leaf_hash           CHAR(64)      NOT NULL,
    appended_at         BIGINT        NOT NULL,
    PRIMARY KEY (position),
    CONSTRAINT uk_ledger_entry_record UNIQUE (record_id)
);
CREATE INDEX ix_ledger_entry_business_key ON ledger_entry (business_key);

-- Signed blocks; a block holds the entries first_position .. first_position + record_count - 1.
CREATE TABLE ledger_block (
    height          BIGINT       NOT NULL,
    first_position  BIGINT       NOT NULL,
    previous_hash   CHAR(64)     NOT NULL,
    merkle_root     CHAR(64)     NOT NULL,
    record_count    INT          NOT NULL,
    sealed_at       BIGINT       NOT NULL,
    signature       VARCHAR(128) NOT NULL,
    block_hash      CHAR(64)     NOT NULL,
    PRIMARY KEY (height),
    CONSTRAINT uk_ledger_block_first UNIQUE (first_position)
);

-- One row per relay lock; relays on several nodes take turns by locking it (SELECT … FOR UPDATE).
CREATE TABLE ledger_lock (
    name VARCHAR(32) NOT NULL,
    PRIMARY KEY (name)
);
INSERT INTO ledger_lock (name) VALUES ('relay');
