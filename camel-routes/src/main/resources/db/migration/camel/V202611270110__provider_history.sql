-- Admission history: every registration and onboarding decision about a provider, kept as evidence.
CREATE TABLE camel_provider_history (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  provider_id      VARCHAR(64)  NOT NULL,
  admission_status VARCHAR(32)  NOT NULL,
  event            VARCHAR(32)  NOT NULL,
  changed_at       DATETIME(3)  NOT NULL
);
CREATE INDEX ix_camel_provider_history ON camel_provider_history (provider_id, id);
