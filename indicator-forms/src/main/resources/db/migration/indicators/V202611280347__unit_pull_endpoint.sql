-- A reporting unit's own endpoint for API pull (M-9.3 b): where its values are fetched from, and the name of the
-- environment variable holding its token (never the token itself).
CREATE TABLE ind_unit_endpoint (
  unit_code        VARCHAR(64)    NOT NULL PRIMARY KEY,
  url              VARCHAR(500)   NOT NULL,
  credentials_ref  VARCHAR(100),
  updated_at       DATETIME(3)    NOT NULL
);
