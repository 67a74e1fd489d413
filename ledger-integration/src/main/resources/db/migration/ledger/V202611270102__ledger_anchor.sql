-- Receipts of records anchored on FISCO BCOS: the record, its place in its batch's Merkle tree, and the transaction
-- that put the batch root on chain.
CREATE TABLE ledger_anchor (
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
    leaf_hash           CHAR(64)      NOT NULL,
    batch_root          CHAR(64)      NOT NULL,
    leaf_index          INT           NOT NULL,
    batch_size          INT           NOT NULL,
    tx_hash             VARCHAR(66)   NOT NULL,
    block_number        BIGINT        NOT NULL,
    contract_address    VARCHAR(42)   NOT NULL,
    anchored_at         BIGINT        NOT NULL,
    PRIMARY KEY (seq),
    CONSTRAINT uk_ledger_anchor_record UNIQUE (record_id)
);
CREATE INDEX ix_ledger_anchor_batch ON ledger_anchor (batch_root);
CREATE INDEX ix_ledger_anchor_business_key ON ledger_anchor (business_key);
