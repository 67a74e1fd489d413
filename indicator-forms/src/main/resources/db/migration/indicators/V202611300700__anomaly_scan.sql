-- Accepted submissions waiting to be judged for anomalies (M-9.4 c). Ingestion only queues them, in its own
-- transaction; the anomaly scan judges them in batches shortly after, so a batch of periods shares one read of the
-- units' history instead of each set reading twelve earlier periods per value.
CREATE TABLE ind_anomaly_queue (
  id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  submission_id  VARCHAR(36)    NOT NULL,
  unit_code      VARCHAR(64)    NOT NULL,
  region_code    CHAR(6)        NOT NULL,
  period_key     VARCHAR(16)    NOT NULL,
  queued_at      DATETIME(3)    NOT NULL
);

-- One row the scans of several nodes lock in turn.
CREATE TABLE ind_anomaly_scan_lock (
  id             INT            NOT NULL PRIMARY KEY
);
INSERT INTO ind_anomaly_scan_lock (id) VALUES (1);

-- ind_value_cover (indicator, period, unit, region, value) serves every query this index served; dropping it saves
-- one index write per stored value.
DROP INDEX ind_value_stats ON ind_value;
