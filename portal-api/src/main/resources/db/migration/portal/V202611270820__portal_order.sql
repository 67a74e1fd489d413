-- Orders created from confirmed offers (O-8.3 c), their status history, and the notifications sent about them.
-- One order per demand; a notification of a kind is sent once per order.

create table portal_order (
  id                 varchar(64)  not null,
  demand_id          varchar(64)  not null,
  consumer_id        varchar(64)  not null,
  pool_id            varchar(128) not null,
  product_id         varchar(128),
  provider_id        varchar(64)  not null,
  units              bigint       not null,
  plan_version       int,
  estimated_cost_fen bigint       not null,
  currency           varchar(3)   not null,
  booked_start       datetime(3)  not null,
  booked_end         datetime(3)  not null,
  payment_mode       varchar(16)  not null,
  attempt            int          not null,
  reservation_key    varchar(64)  not null,
  hold_id            varchar(64),
  allocation_id      varchar(128),
  bill_id            varchar(64),
  bill_total_fen     bigint,
  release_reason     varchar(32),
  status             varchar(32)  not null,
  created_at         datetime(3)  not null,
  updated_at         datetime(3)  not null,
  started_at         datetime(3),
  released_at        datetime(3),
  primary key (id),
  constraint uq_portal_order_demand unique (demand_id)
);

create index ix_portal_order_consumer on portal_order (consumer_id, status, created_at);
create index ix_portal_order_status on portal_order (status, created_at);
create index ix_portal_order_allocation on portal_order (allocation_id);

create table portal_order_history (
  id         bigint       not null auto_increment,
  order_id   varchar(64)  not null,
  status     varchar(32)  not null,
  detail     varchar(255),
  changed_at datetime(3)  not null,
  primary key (id)
);

create index ix_portal_order_history on portal_order_history (order_id, id);

create table portal_notification (
  id          bigint       not null auto_increment,
  consumer_id varchar(64)  not null,
  order_id    varchar(64)  not null,
  kind        varchar(32)  not null,
  created_at  datetime(3)  not null,
  primary key (id),
  constraint uq_portal_notification unique (order_id, kind)
);

create index ix_portal_notification_consumer on portal_notification (consumer_id, id);
