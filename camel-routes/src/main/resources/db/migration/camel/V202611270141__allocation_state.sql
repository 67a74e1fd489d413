-- Asynchronous provisioning: an allocation's state (PENDING, ACTIVE, FAILED, RELEASED) comes with the provider's
-- detail, and every change is kept with where it was learnt (provisioning answer, status poll, partner callback).
ALTER TABLE camel_allocation ADD COLUMN detail VARCHAR(500);

CREATE TABLE camel_allocation_event (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  allocation_id VARCHAR(200) NOT NULL,
  state         VARCHAR(16)  NOT NULL,
  detail        VARCHAR(500),
  source        VARCHAR(16)  NOT NULL,
  occurred_at   DATETIME(3)  NOT NULL
);
CREATE INDEX ix_camel_allocation_event ON camel_allocation_event (allocation_id, id);

CREATE INDEX ix_camel_allocation_external ON camel_allocation (provider_id, external_id);

ALTER TABLE camel_usage_sample ADD COLUMN transferred_gb DECIMAL(16,4);

-- Health history: every change of a provider's live health, from which the pool directory derives its reliability.
CREATE TABLE camel_provider_health (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  provider_id VARCHAR(64)  NOT NULL,
  health      VARCHAR(16)  NOT NULL,
  changed_at  DATETIME(3)  NOT NULL
);
CREATE INDEX ix_camel_provider_health ON camel_provider_health (provider_id, changed_at);
