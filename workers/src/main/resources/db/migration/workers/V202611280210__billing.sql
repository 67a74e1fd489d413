-- Price plans, bills and postpaid credit. Amounts are fen (CNY minor units); quantities six decimals.

-- A product's prices, versioned: a change of price is a new version, so a bill always names the prices it used.
create table billing_price_plan (
  product_id     varchar(64) not null,
  version        int         not null,
  meter          varchar(30) not null,
  unit           varchar(20) not null,
  unit_price_fen bigint      not null,
  valid_from     datetime    not null,
  primary key (product_id, version, meter)
);

-- One bill per order.
create table billing_bill (
  bill_id            varchar(36)  not null,
  order_id           varchar(64)  not null,
  consumer_id        varchar(100) not null,
  provider_id        varchar(64)  not null,
  product_id         varchar(64)  not null,
  plan_version       int          not null,
  currency           char(3)      not null,
  total_fen          bigint       not null,
  status             varchar(20)  not null,
  payment_mode       varchar(10)  null,
  collected_fen      bigint       not null default 0,
  unpaid_fen         bigint       not null default 0,
  provider_share_fen bigint       not null default 0,
  platform_fee_fen   bigint       not null default 0,
  issued_at          datetime     not null,
  paid_at            datetime     null,
  settled_at         datetime     null,
  primary key (bill_id),
  constraint uq_billing_bill_order unique (order_id)
);
create index ix_billing_bill_consumer on billing_bill (consumer_id, status, issued_at);
create index ix_billing_bill_status on billing_bill (status, issued_at);

-- The lines of a bill. kind USAGE for now; adjustments (discounts, minimum charges) become lines of their own kind.
create table billing_bill_line (
  bill_id        varchar(36)    not null,
  line_no        int            not null,
  kind           varchar(20)    not null,
  meter          varchar(30)    not null,
  quantity       decimal(24, 6) not null,
  unit           varchar(20)    not null,
  unit_price_fen bigint         not null,
  amount_fen     bigint         not null,
  primary key (bill_id, line_no),
  constraint fk_billing_bill_line_bill foreign key (bill_id) references billing_bill (bill_id)
);

-- Postpaid customers' credit limits set by an operator; without a row the configured default applies. What they
-- owe is kept in the wallet ledger (their receivable account).
create table billing_postpaid_account (
  owner            varchar(100) not null,
  credit_limit_fen bigint       not null,
  updated_at       datetime     not null,
  updated_by       varchar(100) not null,
  primary key (owner)
);
