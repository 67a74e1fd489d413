-- Coupons (O-8.4 b) issued by operators, and users' redemptions of them. Amounts are fen.
create table billing_coupon (
  coupon_id       varchar(36)    not null,
  code            varchar(40)    not null,
  kind            varchar(20)    not null,
  amount_fen      bigint         null,
  percent_bp      int            null,
  cap_fen         bigint         null,
  meter           varchar(30)    null,
  quantity        decimal(24, 6) null,
  valid_from      datetime       not null,
  valid_until     datetime       not null,
  product_id      varchar(64)    null,
  provider_id     varchar(64)    null,
  user_class      varchar(20)    null,
  stacking        varchar(12)    not null,
  max_redemptions int            null,
  per_user_limit  int            not null,
  redeemed_count  int            not null default 0,
  status          varchar(10)    not null,
  created_by      varchar(100)   not null,
  created_at      datetime       not null,
  revoked_at      datetime       null,
  primary key (coupon_id),
  constraint uq_billing_coupon_code unique (code)
);

-- A user's claim of a coupon: one use, on one order's bill (order_id set when that bill is issued).
create table billing_coupon_redemption (
  redemption_id varchar(36)  not null,
  coupon_id     varchar(36)  not null,
  consumer_id   varchar(100) not null,
  claimed_at    datetime     not null,
  order_id      varchar(64)  null,
  consumed_at   datetime     null,
  primary key (redemption_id),
  constraint fk_billing_coupon_redemption_coupon foreign key (coupon_id) references billing_coupon (coupon_id),
  constraint uq_billing_coupon_redemption_order unique (order_id, coupon_id)
);
create index ix_billing_coupon_redemption_consumer on billing_coupon_redemption (consumer_id, order_id);
