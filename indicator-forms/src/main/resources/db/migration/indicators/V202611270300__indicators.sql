-- Indicator system (M-9.2): a tree of indicators keyed by a dotted code; level one are the standard's five categories.
CREATE TABLE ind_indicator (
  code         VARCHAR(64)    NOT NULL PRIMARY KEY,
  parent_code  VARCHAR(64),
  level_no     INT            NOT NULL,
  name_zh      VARCHAR(200)   NOT NULL,
  name_en      VARCHAR(200)   NOT NULL,
  definition   VARCHAR(1000),
  description  VARCHAR(2000),
  unit         VARCHAR(32),
  value_type   VARCHAR(16)    NOT NULL,
  aggregation  VARCHAR(16)    NOT NULL,
  weight_code  VARCHAR(64),
  min_value    DECIMAL(24, 6),
  max_value    DECIMAL(24, 6),
  choices      VARCHAR(1000),
  status       VARCHAR(16)    NOT NULL,
  sort_order   INT            NOT NULL,
  updated_at   DATETIME(3)    NOT NULL
);
CREATE INDEX ind_indicator_parent ON ind_indicator (parent_code);

-- Every change to an indicator, for audit (who changed what and when).
CREATE TABLE ind_indicator_history (
  id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code         VARCHAR(64)    NOT NULL,
  action       VARCHAR(16)    NOT NULL,
  actor        VARCHAR(100)   NOT NULL,
  changed_at   DATETIME(3)    NOT NULL,
  snapshot     VARCHAR(4000)  NOT NULL
);
CREATE INDEX ind_indicator_history_code ON ind_indicator_history (code);

-- Cross-indicator validation rules: left <op> right indicator, or left <op> a constant.
CREATE TABLE ind_cross_rule (
  code           VARCHAR(64)    NOT NULL PRIMARY KEY,
  left_code      VARCHAR(64)    NOT NULL,
  operator       VARCHAR(4)     NOT NULL,
  right_code     VARCHAR(64),
  right_constant DECIMAL(24, 6),
  description_zh VARCHAR(200)   NOT NULL,
  description_en VARCHAR(200)   NOT NULL
);

INSERT INTO ind_indicator (code, parent_code, level_no, name_zh, name_en, definition, description, unit, value_type, aggregation, weight_code, min_value, max_value, choices, status, sort_order, updated_at) VALUES
('CI', NULL, 1, '算力建设投入', 'Construction investment', 'Investment in building computing infrastructure', 'Level-one category of the standard (M-9.2 a)', NULL, 'NUMBER', 'SUM', NULL, NULL, NULL, NULL, 'ACTIVE', 1, CURRENT_TIMESTAMP),
('CI.INV', 'CI', 2, '投资规模', 'Investment', 'Money spent on computing infrastructure in the period', NULL, NULL, 'MONEY', 'SUM', NULL, NULL, NULL, NULL, 'ACTIVE', 1, CURRENT_TIMESTAMP),
('CI.INV.TOTAL', 'CI.INV', 3, '算力基础设施投资额', 'Investment in computing infrastructure', 'Capital expenditure on data centres, equipment and networks in the period', 'Amounts in ten thousand yuan (万元)', '万元', 'MONEY', 'SUM', NULL, 0, 100000000, NULL, 'ACTIVE', 1, CURRENT_TIMESTAMP),
('CI.INV.AI', 'CI.INV', 3, '智能算力设备投资额', 'Investment in intelligent computing equipment', 'Capital expenditure on GPU/NPU/TPU servers in the period', NULL, '万元', 'MONEY', 'SUM', NULL, 0, 100000000, NULL, 'ACTIVE', 2, CURRENT_TIMESTAMP),
('CI.DC', 'CI', 2, '数据中心建设', 'Data-centre construction', 'Physical build-out of data centres', NULL, NULL, 'COUNT', 'SUM', NULL, NULL, NULL, NULL, 'ACTIVE', 2, CURRENT_TIMESTAMP),
('CI.DC.RACKS', 'CI.DC', 3, '标准机架数', 'Standard racks', 'Racks in service, counted in 2.5 kW standard racks', NULL, '架', 'COUNT', 'LAST', NULL, 0, 1000000, NULL, 'ACTIVE', 1, CURRENT_TIMESTAMP),
('CI.DC.NEW_RACKS', 'CI.DC', 3, '新增标准机架数', 'New standard racks', 'Standard racks put into service in the period', NULL, '架', 'COUNT', 'SUM', NULL, 0, 1000000, NULL, 'ACTIVE', 2, CURRENT_TIMESTAMP),
('RS', NULL, 1, '资源供给', 'Resource supply', 'Computing, storage and network resources on offer', 'Level-one category of the standard (M-9.2 a)', NULL, 'NUMBER', 'SUM', NULL, NULL, NULL, NULL, 'ACTIVE', 2, CURRENT_TIMESTAMP),
('RS.CAP', 'RS', 2, '算力规模', 'Computility scale', 'Installed computility by type', NULL, 'EFLOPS', 'NUMBER', 'SUM', NULL, NULL, NULL, NULL, 'ACTIVE', 1, CURRENT_TIMESTAMP),
('RS.CAP.TOTAL', 'RS.CAP', 3, '算力总规模', 'Total computility', 'Installed computility of all types', 'FP32-equivalent', 'EFLOPS', 'NUMBER', 'LAST', NULL, 0, 100000, NULL, 'ACTIVE', 1, CURRENT_TIMESTAMP),
('RS.CAP.GENERAL', 'RS.CAP', 3, '通用算力规模', 'General computility', 'Installed CPU computility', 'FP32', 'EFLOPS', 'NUMBER', 'LAST', NULL, 0, 100000, NULL, 'ACTIVE', 2, CURRENT_TIMESTAMP),
('RS.CAP.AI', 'RS.CAP', 3, '智能算力规模', 'Intelligent computility', 'Installed GPU/NPU/TPU computility', 'FP16', 'EFLOPS', 'NUMBER', 'LAST', NULL, 0, 100000, NULL, 'ACTIVE', 3, CURRENT_TIMESTAMP),
('RS.CAP.HPC', 'RS.CAP', 3, '超算算力规模', 'Supercomputing computility', 'Installed supercomputing computility', 'FP64', 'EFLOPS', 'NUMBER', 'LAST', NULL, 0, 100000, NULL, 'ACTIVE', 4, CURRENT_TIMESTAMP),
('RS.CAP.USED', 'RS.CAP', 3, '已用算力规模', 'Computility in use', 'Computility allocated to users at the end of the period', NULL, 'EFLOPS', 'NUMBER', 'LAST', NULL, 0, 100000, NULL, 'ACTIVE', 5, CURRENT_TIMESTAMP),
('RS.UTIL', 'RS', 2, '资源利用', 'Utilisation', 'How much of the supply is used', NULL, '%', 'PERCENT', 'WEIGHTED', NULL, NULL, NULL, NULL, 'ACTIVE', 2, CURRENT_TIMESTAMP),
('RS.UTIL.RATE', 'RS.UTIL', 3, '算力利用率', 'Computility utilisation', 'Average share of installed computility in use over the period', NULL, '%', 'PERCENT', 'WEIGHTED', 'RS.CAP.TOTAL', 0, 100, NULL, 'ACTIVE', 1, CURRENT_TIMESTAMP),
('RS.UTIL.RACKS', 'RS.UTIL', 3, '机架上架率', 'Rack occupancy', 'Share of standard racks with equipment installed', NULL, '%', 'PERCENT', 'WEIGHTED', 'CI.DC.RACKS', 0, 100, NULL, 'ACTIVE', 2, CURRENT_TIMESTAMP),
('RS.STORE', 'RS', 2, '存储资源', 'Storage', 'Storage capacity on offer', NULL, 'EB', 'NUMBER', 'SUM', NULL, NULL, NULL, NULL, 'ACTIVE', 3, CURRENT_TIMESTAMP),
('RS.STORE.TOTAL', 'RS.STORE', 3, '存储总容量', 'Storage capacity', 'Installed storage capacity', NULL, 'EB', 'NUMBER', 'LAST', NULL, 0, 100000, NULL, 'ACTIVE', 1, CURRENT_TIMESTAMP),
('SA', NULL, 1, '服务应用', 'Service application', 'Use of computility by users and industries', 'Level-one category of the standard (M-9.2 a)', NULL, 'NUMBER', 'SUM', NULL, NULL, NULL, NULL, 'ACTIVE', 3, CURRENT_TIMESTAMP),
('SA.USERS', 'SA', 2, '服务用户', 'Users served', 'Users served in the period', NULL, '个', 'COUNT', 'SUM', NULL, NULL, NULL, NULL, 'ACTIVE', 1, CURRENT_TIMESTAMP),
('SA.USERS.ENTERPRISE', 'SA.USERS', 3, '服务企业用户数', 'Enterprise users served', 'Enterprises that used computility in the period', NULL, '个', 'COUNT', 'SUM', NULL, 0, 10000000, NULL, 'ACTIVE', 1, CURRENT_TIMESTAMP),
('SA.USERS.INDIVIDUAL', 'SA.USERS', 3, '服务个人用户数', 'Individual users served', 'Individuals who used computility in the period', NULL, '个', 'COUNT', 'SUM', NULL, 0, 1000000000, NULL, 'ACTIVE', 2, CURRENT_TIMESTAMP),
('SA.BIZ', 'SA', 2, '服务业务', 'Service business', 'Revenue and sectors', NULL, NULL, 'MONEY', 'SUM', NULL, NULL, NULL, NULL, 'ACTIVE', 2, CURRENT_TIMESTAMP),
('SA.BIZ.REVENUE', 'SA.BIZ', 3, '算力服务收入', 'Computility service revenue', 'Revenue from computility services in the period', NULL, '万元', 'MONEY', 'SUM', NULL, 0, 100000000, NULL, 'ACTIVE', 1, CURRENT_TIMESTAMP),
('SA.BIZ.SECTOR', 'SA.BIZ', 3, '主要服务行业', 'Main sector served', 'The sector with the largest share of usage', NULL, NULL, 'CHOICE', 'LAST', NULL, NULL, NULL, 'INTERNET,MANUFACTURING,FINANCE,GOVERNMENT,RESEARCH,OTHER', 'ACTIVE', 2, CURRENT_TIMESTAMP),
('PC', NULL, 1, '电力协同', 'Power coordination', 'Energy use and green power of computing', 'Level-one category of the standard (M-9.2 a)', NULL, 'NUMBER', 'SUM', NULL, NULL, NULL, NULL, 'ACTIVE', 4, CURRENT_TIMESTAMP),
('PC.ENERGY', 'PC', 2, '能耗', 'Energy use', 'Electricity consumed by data centres', NULL, '万千瓦时', 'NUMBER', 'SUM', NULL, NULL, NULL, NULL, 'ACTIVE', 1, CURRENT_TIMESTAMP),
('PC.ENERGY.TOTAL', 'PC.ENERGY', 3, '总耗电量', 'Total electricity use', 'Electricity consumed by the facility in the period', NULL, '万千瓦时', 'NUMBER', 'SUM', NULL, 0, 100000000, NULL, 'ACTIVE', 1, CURRENT_TIMESTAMP),
('PC.ENERGY.IT', 'PC.ENERGY', 3, 'IT设备耗电量', 'IT equipment electricity use', 'Electricity consumed by IT equipment in the period', NULL, '万千瓦时', 'NUMBER', 'SUM', NULL, 0, 100000000, NULL, 'ACTIVE', 2, CURRENT_TIMESTAMP),
('PC.ENERGY.PUE', 'PC.ENERGY', 3, '电能利用效率', 'Power usage effectiveness', 'Total facility energy divided by IT equipment energy', NULL, NULL, 'NUMBER', 'WEIGHTED', 'PC.ENERGY.IT', 1, 3, NULL, 'ACTIVE', 3, CURRENT_TIMESTAMP),
('PC.GREEN', 'PC', 2, '绿色电力', 'Green power', 'Renewable electricity', NULL, '%', 'PERCENT', 'WEIGHTED', NULL, NULL, NULL, NULL, 'ACTIVE', 2, CURRENT_TIMESTAMP),
('PC.GREEN.SHARE', 'PC.GREEN', 3, '绿电使用占比', 'Green-power share', 'Share of electricity from renewable sources', NULL, '%', 'PERCENT', 'WEIGHTED', 'PC.ENERGY.TOTAL', 0, 100, NULL, 'ACTIVE', 1, CURRENT_TIMESTAMP),
('SG', NULL, 1, '安全保障', 'Security', 'Security of computing infrastructure and services', 'Level-one category of the standard (M-9.2 a)', NULL, 'COUNT', 'SUM', NULL, NULL, NULL, NULL, 'ACTIVE', 5, CURRENT_TIMESTAMP),
('SG.INC', 'SG', 2, '安全事件', 'Security incidents', 'Incidents in the period', NULL, '起', 'COUNT', 'SUM', NULL, NULL, NULL, NULL, 'ACTIVE', 1, CURRENT_TIMESTAMP),
('SG.INC.TOTAL', 'SG.INC', 3, '安全事件数', 'Security incidents', 'Security incidents recorded in the period', NULL, '起', 'COUNT', 'SUM', NULL, 0, 100000, NULL, 'ACTIVE', 1, CURRENT_TIMESTAMP),
('SG.INC.MAJOR', 'SG.INC', 3, '重大安全事件数', 'Major security incidents', 'Incidents of level II or above in the period', NULL, '起', 'COUNT', 'SUM', NULL, 0, 100000, NULL, 'ACTIVE', 2, CURRENT_TIMESTAMP),
('SG.PROT', 'SG', 2, '安全防护', 'Protection', 'Protection measures in place', NULL, '%', 'PERCENT', 'AVERAGE', NULL, NULL, NULL, NULL, 'ACTIVE', 2, CURRENT_TIMESTAMP),
('SG.PROT.MLPS3', 'SG.PROT', 3, '等保三级系统占比', 'Systems certified MLPS level 3', 'Share of systems certified at level 3 of the multi-level protection scheme', NULL, '%', 'PERCENT', 'AVERAGE', NULL, 0, 100, NULL, 'ACTIVE', 1, CURRENT_TIMESTAMP),
('SG.PROT.NOTE', 'SG.PROT', 3, '安全保障情况说明', 'Security statement', 'Free-text statement on security measures in the period', NULL, NULL, 'TEXT', 'LAST', NULL, NULL, NULL, NULL, 'ACTIVE', 2, CURRENT_TIMESTAMP);

INSERT INTO ind_cross_rule (code, left_code, operator, right_code, right_constant, description_zh, description_en) VALUES
('USED_LE_TOTAL', 'RS.CAP.USED', '<=', 'RS.CAP.TOTAL', NULL, '已用算力不得超过算力总规模', 'Computility in use must not exceed total computility'),
('AI_LE_TOTAL', 'RS.CAP.AI', '<=', 'RS.CAP.TOTAL', NULL, '智能算力不得超过算力总规模', 'Intelligent computility must not exceed total computility'),
('IT_LE_TOTAL_ENERGY', 'PC.ENERGY.IT', '<=', 'PC.ENERGY.TOTAL', NULL, 'IT设备耗电量不得超过总耗电量', 'IT electricity use must not exceed total electricity use'),
('PUE_GE_ONE', 'PC.ENERGY.PUE', '>=', NULL, 1.0, 'PUE不得小于1.0', 'PUE must be at least 1.0'),
('MAJOR_LE_INCIDENTS', 'SG.INC.MAJOR', '<=', 'SG.INC.TOTAL', NULL, '重大安全事件数不得超过安全事件数', 'Major incidents must not exceed all incidents');

-- Reporting units (data centres, regional and third-party platforms, providers) in the region hierarchy.
CREATE TABLE ind_reporting_unit (
  code         VARCHAR(64)    NOT NULL PRIMARY KEY,
  name_zh      VARCHAR(200)   NOT NULL,
  name_en      VARCHAR(200)   NOT NULL,
  kind         VARCHAR(32)    NOT NULL,
  region_code  CHAR(6)        NOT NULL,
  updated_at   DATETIME(3)    NOT NULL
);
CREATE INDEX ind_reporting_unit_region ON ind_reporting_unit (region_code);

CREATE TABLE ind_unit_reporter (
  unit_code    VARCHAR(64)    NOT NULL,
  username     VARCHAR(100)   NOT NULL,
  PRIMARY KEY (unit_code, username)
);
CREATE INDEX ind_unit_reporter_user ON ind_unit_reporter (username);

-- Data sets (M-9.3 a): a group of indicators owed by units each period.
CREATE TABLE ind_data_set (
  code           VARCHAR(64)    NOT NULL PRIMARY KEY,
  name_zh        VARCHAR(200)   NOT NULL,
  name_en        VARCHAR(200)   NOT NULL,
  period_type    VARCHAR(16)    NOT NULL,
  due_after      VARCHAR(32)    NOT NULL,
  remind_before  VARCHAR(32)    NOT NULL,
  updated_at     DATETIME(3)    NOT NULL
);

CREATE TABLE ind_data_set_indicator (
  data_set_code  VARCHAR(64)    NOT NULL,
  indicator_code VARCHAR(64)    NOT NULL,
  sort_order     INT            NOT NULL,
  PRIMARY KEY (data_set_code, indicator_code)
);
CREATE INDEX ind_data_set_indicator_ind ON ind_data_set_indicator (indicator_code);

CREATE TABLE ind_data_set_unit (
  data_set_code  VARCHAR(64)    NOT NULL,
  unit_code      VARCHAR(64)    NOT NULL,
  PRIMARY KEY (data_set_code, unit_code)
);

-- Submissions, whatever the way in (form, batch, API push, API pull).
CREATE TABLE ind_submission (
  id              VARCHAR(36)    NOT NULL PRIMARY KEY,
  unit_code       VARCHAR(64)    NOT NULL,
  data_set_code   VARCHAR(64),
  period_key      VARCHAR(16)    NOT NULL,
  channel         VARCHAR(16)    NOT NULL,
  status          VARCHAR(16)    NOT NULL,
  submitted_by    VARCHAR(100)   NOT NULL,
  submitted_at    DATETIME(3)    NOT NULL,
  idempotency_key VARCHAR(128),
  errors          VARCHAR(4000),
  CONSTRAINT ind_submission_key UNIQUE (unit_code, idempotency_key)
);
CREATE INDEX ind_submission_unit_period ON ind_submission (unit_code, period_key);

CREATE TABLE ind_submission_value (
  submission_id   VARCHAR(36)    NOT NULL,
  indicator_code  VARCHAR(64)    NOT NULL,
  num_value       DECIMAL(24, 6),
  text_value      VARCHAR(1000),
  PRIMARY KEY (submission_id, indicator_code)
);

-- Current value per unit, indicator and period; region copied in so statistics need no join.
CREATE TABLE ind_value (
  unit_code       VARCHAR(64)    NOT NULL,
  indicator_code  VARCHAR(64)    NOT NULL,
  period_key      VARCHAR(16)    NOT NULL,
  region_code     CHAR(6)        NOT NULL,
  num_value       DECIMAL(24, 6),
  text_value      VARCHAR(1000),
  submission_id   VARCHAR(36)    NOT NULL,
  revision        INT            NOT NULL,
  status          VARCHAR(16)    NOT NULL,
  updated_at      DATETIME(3)    NOT NULL,
  PRIMARY KEY (unit_code, indicator_code, period_key)
);
CREATE INDEX ind_value_stats ON ind_value (indicator_code, period_key, region_code);

-- Every earlier revision of a value.
CREATE TABLE ind_value_history (
  id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  unit_code       VARCHAR(64)    NOT NULL,
  indicator_code  VARCHAR(64)    NOT NULL,
  period_key      VARCHAR(16)    NOT NULL,
  num_value       DECIMAL(24, 6),
  text_value      VARCHAR(1000),
  submission_id   VARCHAR(36)    NOT NULL,
  revision        INT            NOT NULL,
  replaced_at     DATETIME(3)    NOT NULL
);
CREATE INDEX ind_value_history_key ON ind_value_history (unit_code, indicator_code, period_key);

-- The one collection log: who, when, how, what changed.
CREATE TABLE ind_collection_log (
  id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  submission_id   VARCHAR(36),
  unit_code       VARCHAR(64)    NOT NULL,
  period_key      VARCHAR(16)    NOT NULL,
  channel         VARCHAR(16)    NOT NULL,
  action          VARCHAR(32)    NOT NULL,
  actor           VARCHAR(100)   NOT NULL,
  occurred_at     DATETIME(3)    NOT NULL,
  detail          VARCHAR(4000)
);
CREATE INDEX ind_collection_log_unit ON ind_collection_log (unit_code, period_key);

-- The standard monthly data set of a data centre; operators assign the units that owe it.
INSERT INTO ind_data_set (code, name_zh, name_en, period_type, due_after, remind_before, updated_at) VALUES
('DC_MONTHLY', '数据中心月度监测', 'Data-centre monthly monitoring', 'MONTH', 'P10D', 'P3D', CURRENT_TIMESTAMP);
INSERT INTO ind_data_set_indicator (data_set_code, indicator_code, sort_order) VALUES
('DC_MONTHLY', 'RS.CAP.TOTAL', 1),
('DC_MONTHLY', 'RS.CAP.USED', 2),
('DC_MONTHLY', 'RS.UTIL.RATE', 3),
('DC_MONTHLY', 'CI.DC.RACKS', 4),
('DC_MONTHLY', 'PC.ENERGY.TOTAL', 5),
('DC_MONTHLY', 'PC.ENERGY.IT', 6),
('DC_MONTHLY', 'PC.ENERGY.PUE', 7),
('DC_MONTHLY', 'PC.GREEN.SHARE', 8),
('DC_MONTHLY', 'SG.INC.TOTAL', 9);
