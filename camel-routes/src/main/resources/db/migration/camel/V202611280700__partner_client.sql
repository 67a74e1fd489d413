-- Which API client registered a partner provider: only that client (or an operator) may change it or push for it.
CREATE TABLE camel_partner_client (
  provider_id   VARCHAR(64)  NOT NULL PRIMARY KEY,
  client_id     VARCHAR(200) NOT NULL,
  registered_at TIMESTAMP    NOT NULL
);
