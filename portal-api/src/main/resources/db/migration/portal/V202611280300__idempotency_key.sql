-- The portal's Idempotency-Key store: one row per caller and key, inserted (IN_PROGRESS) before the call runs so
-- that concurrent repeats find it, completed with the first response, which repeats get back. Portable between
-- H2 (MySQL mode) and MariaDB/MySQL.
CREATE TABLE portal_idempotency_key (
  caller            VARCHAR(100)  NOT NULL,
  idempotency_key   VARCHAR(255)  NOT NULL,
  request_hash      CHAR(64)      NOT NULL,
  method            VARCHAR(10)   NOT NULL,
  path              VARCHAR(500)  NOT NULL,
  state             VARCHAR(16)   NOT NULL,
  locked_until      DATETIME(3)   NOT NULL,
  response_status   INT,
  response_type     VARCHAR(200),
  response_location VARCHAR(500),
  response_body     MEDIUMBLOB,
  created_at        DATETIME(3)   NOT NULL,
  completed_at      DATETIME(3),
  PRIMARY KEY (caller, idempotency_key)
);
CREATE INDEX ix_portal_idempotency_created ON portal_idempotency_key (created_at);
