-- Alerts (M-9.4 c) raised to the regulators of a region: indicator thresholds, anomalies, overdue units.
CREATE TABLE ind_alert (
  id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind            VARCHAR(16)    NOT NULL,
  unit_code       VARCHAR(64)    NOT NULL,
  region_code     CHAR(6)        NOT NULL,
  indicator_code  VARCHAR(64),
  period_key      VARCHAR(16)    NOT NULL,
  message         VARCHAR(1000)  NOT NULL,
  raised_at       DATETIME(3)    NOT NULL
);
CREATE INDEX ind_alert_region ON ind_alert (region_code, raised_at);

-- Threshold rules: an accepted value beyond the threshold raises an alert.
CREATE TABLE ind_alert_rule (
  code            VARCHAR(64)    NOT NULL PRIMARY KEY,
  indicator_code  VARCHAR(64)    NOT NULL,
  operator        VARCHAR(4)     NOT NULL,
  threshold       DECIMAL(24, 6) NOT NULL,
  message_zh      VARCHAR(200)   NOT NULL,
  message_en      VARCHAR(200)   NOT NULL
);

INSERT INTO ind_alert_rule (code, indicator_code, operator, threshold, message_zh, message_en) VALUES
('PUE_ABOVE_1_5', 'PC.ENERGY.PUE', '>', 1.5, 'PUE高于1.5', 'PUE above 1.5'),
('UTIL_BELOW_30', 'RS.UTIL.RATE', '<', 30, '算力利用率低于30%', 'Computility utilisation below 30%'),
('MAJOR_INCIDENT', 'SG.INC.MAJOR', '>', 0, '发生重大安全事件', 'Major security incident reported');
