-- Effectiveness evaluation models (M-9.6): weighted indicators, normalised per period.
CREATE TABLE ind_evaluation_model (
  code      VARCHAR(64)   NOT NULL PRIMARY KEY,
  name_zh   VARCHAR(200)  NOT NULL,
  name_en   VARCHAR(200)  NOT NULL
);

CREATE TABLE ind_evaluation_criterion (
  model_code       VARCHAR(64)    NOT NULL,
  indicator_code   VARCHAR(64)    NOT NULL,
  weight           DECIMAL(10, 4) NOT NULL,
  higher_is_better BOOLEAN        NOT NULL,
  PRIMARY KEY (model_code, indicator_code)
);

INSERT INTO ind_evaluation_model (code, name_zh, name_en) VALUES
('GREEN_EFFICIENCY', '绿色高效评价', 'Green efficiency');
INSERT INTO ind_evaluation_criterion (model_code, indicator_code, weight, higher_is_better) VALUES
('GREEN_EFFICIENCY', 'RS.UTIL.RATE', 0.4, TRUE),
('GREEN_EFFICIENCY', 'PC.ENERGY.PUE', 0.3, FALSE),
('GREEN_EFFICIENCY', 'PC.GREEN.SHARE', 0.3, TRUE);
