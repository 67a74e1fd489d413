-- Price plans in depth: a row of billing_price_plan is now one charge of a version. `meter` names the meter priced,
-- or for a time charge its period (HOUR, DAY, MONTH); `price_model` PER_UNIT (unit_price_fen), GRADUATED or VOLUME
-- (`tiers`: "upTo:fen" comma-separated, ascending, the last without bound, e.g. "100:2000,:1800"); `user_class` and
-- `commitment` say whom the price is for (ANY: everybody). Existing rows stay valid: flat prices for everybody.
alter table billing_price_plan add column price_model varchar(12) not null default 'PER_UNIT';
alter table billing_price_plan add column tiers varchar(1000) null;
alter table billing_price_plan add column user_class varchar(20) not null default 'ANY';
alter table billing_price_plan add column commitment varchar(12) not null default 'ANY';
alter table billing_price_plan drop primary key;
alter table billing_price_plan add primary key (product_id, version, meter, user_class, commitment);

-- A version's terms beyond its charges; a version without a row has none (no minimum, multiplier 1, no quota).
create table billing_price_plan_terms (
  product_id            varchar(64)   not null,
  version               int           not null,
  minimum_charge_fen    bigint        not null default 0,
  gold_multiplier       decimal(8, 4) null,
  silver_multiplier     decimal(8, 4) null,
  bronze_multiplier     decimal(8, 4) null,
  public_service_quota  decimal(5, 4) not null default 0,
  primary key (product_id, version)
);

-- The most a public-service user pays per unit of a meter in a version (A-4).
create table billing_price_plan_cap (
  product_id   varchar(64) not null,
  version      int         not null,
  meter        varchar(30) not null,
  cap_fen      bigint      not null,
  primary key (product_id, version, meter)
);

-- Bill lines that are not about one meter (time, service level, minimum charge, coupons) have none; `reference`
-- names what a line refers to (a tier's bound, a period, a service level, a coupon's code).
alter table billing_bill_line modify meter varchar(30) null;
alter table billing_bill_line add column reference varchar(100) null;
