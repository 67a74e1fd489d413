-- Resource layer (R-6.3, R-6.5, S-7.4): providers, their pools in unified figures, tags, products, links,
-- allocations, usage and the keys of pushed events already processed. Portable between H2 (MySQL mode) and
-- MariaDB/MySQL: no engine options, no ON DUPLICATE KEY, DATETIME(3) in UTC.

CREATE TABLE camel_provider (
  id                VARCHAR(64)   NOT NULL PRIMARY KEY,
  name              VARCHAR(200)  NOT NULL,
  owner             VARCHAR(200)  NOT NULL,
  kind              VARCHAR(32)   NOT NULL,
  region_code       CHAR(6)       NOT NULL,
  base_url          VARCHAR(500),
  credentials_ref   VARCHAR(200),
  admission_status  VARCHAR(32)   NOT NULL,
  source            VARCHAR(16)   NOT NULL,
  health            VARCHAR(16)   NOT NULL,
  pue               DECIMAL(4,2),
  green_power_share DECIMAL(5,4),
  last_sync_at      DATETIME(3),
  created_at        DATETIME(3)   NOT NULL,
  updated_at        DATETIME(3)   NOT NULL
);

CREATE TABLE camel_resource_pool (
  id                      VARCHAR(200)   NOT NULL PRIMARY KEY,
  provider_id             VARCHAR(64)    NOT NULL,
  external_id             VARCHAR(128)   NOT NULL,
  kind                    VARCHAR(32)    NOT NULL,
  region_code             CHAR(6)        NOT NULL,
  zone                    VARCHAR(64),
  spec                    VARCHAR(300)   NOT NULL,
  admission_class         VARCHAR(40),
  connection_method       VARCHAR(40),
  total_units             INT            NOT NULL,
  remaining_units         INT            NOT NULL,
  unit_fp64_tflops        DECIMAL(16,4)  NOT NULL,
  unit_fp32_tflops        DECIMAL(16,4)  NOT NULL,
  unit_fp16_tflops        DECIMAL(16,4)  NOT NULL,
  unit_int8_tops          DECIMAL(16,4)  NOT NULL,
  unit_cpu_cores          DECIMAL(16,4)  NOT NULL,
  unit_memory_gib         DECIMAL(16,4)  NOT NULL,
  unit_storage_tb         DECIMAL(16,4)  NOT NULL,
  unit_storage_iops       DECIMAL(16,1)  NOT NULL,
  unit_network_gbps       DECIMAL(16,4)  NOT NULL,
  unit_latency_ms         DECIMAL(12,6)  NOT NULL,
  price_fen_per_unit_hour BIGINT         NOT NULL,
  currency                CHAR(3)        NOT NULL,
  health                  VARCHAR(16)    NOT NULL,
  updated_at              DATETIME(3)    NOT NULL,
  CONSTRAINT uq_camel_pool_external UNIQUE (provider_id, external_id)
);
CREATE INDEX ix_camel_pool_region ON camel_resource_pool (region_code);

CREATE TABLE camel_pool_tag (
  pool_id VARCHAR(200) NOT NULL,
  tag     VARCHAR(120) NOT NULL,
  PRIMARY KEY (pool_id, tag)
);
CREATE INDEX ix_camel_pool_tag_tag ON camel_pool_tag (tag);

CREATE TABLE camel_product (
  id                  VARCHAR(200) NOT NULL PRIMARY KEY,
  pool_id             VARCHAR(200) NOT NULL,
  name                VARCHAR(200) NOT NULL,
  spec                VARCHAR(300) NOT NULL,
  price_fen_per_hour  BIGINT       NOT NULL,
  currency            CHAR(3)      NOT NULL,
  state               VARCHAR(16)  NOT NULL,
  last_state          VARCHAR(16),
  updated_at          DATETIME(3)  NOT NULL
);

CREATE TABLE camel_region_link (
  provider_id    VARCHAR(64)   NOT NULL,
  from_region    CHAR(6)       NOT NULL,
  to_region      CHAR(6)       NOT NULL,
  latency_ms     DECIMAL(10,3) NOT NULL,
  bandwidth_gbps DECIMAL(12,3) NOT NULL,
  updated_at     DATETIME(3)   NOT NULL,
  PRIMARY KEY (provider_id, from_region, to_region)
);

CREATE TABLE camel_allocation (
  id           VARCHAR(200) NOT NULL PRIMARY KEY,
  provider_id  VARCHAR(64)  NOT NULL,
  pool_id      VARCHAR(200) NOT NULL,
  order_ref    VARCHAR(100) NOT NULL,
  external_id  VARCHAR(128) NOT NULL,
  units        INT          NOT NULL,
  state        VARCHAR(16)  NOT NULL,
  created_at   DATETIME(3)  NOT NULL,
  updated_at   DATETIME(3)  NOT NULL,
  CONSTRAINT uq_camel_allocation_order UNIQUE (provider_id, order_ref)
);

CREATE TABLE camel_usage_sample (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  provider_id    VARCHAR(64)   NOT NULL,
  allocation_ref VARCHAR(128)  NOT NULL,
  unit_hours     DECIMAL(16,4) NOT NULL,
  period_start   DATETIME(3)   NOT NULL,
  period_end     DATETIME(3)   NOT NULL,
  source         VARCHAR(16)   NOT NULL,
  recorded_at    DATETIME(3)   NOT NULL
);
CREATE INDEX ix_camel_usage_provider ON camel_usage_sample (provider_id, allocation_ref);

CREATE TABLE camel_processed_event (
  event_key    VARCHAR(200) NOT NULL PRIMARY KEY,
  processed_at DATETIME(3)  NOT NULL
);
