-- Published custom demands (O-8.2) and each one's status history. A consumer's idempotency key is unique, so a
-- repeated publication finds the first demand instead of storing a second one.

create table portal_demand (
  id                    varchar(64)  not null,
  consumer_id           varchar(64)  not null,
  idempotency_key       varchar(128),
  kind                  varchar(32)  not null,
  quantity              bigint       not null,
  duration_minutes      bigint       not null,
  start_at              datetime(3),
  allowed_regions       varchar(512) not null,
  preferred_regions     varchar(512) not null,
  user_region           varchar(16),
  max_latency_ms        int          not null,
  budget_fen            bigint       not null,
  service_level         varchar(16)  not null,
  business_type         varchar(16),
  green_preferred       boolean      not null,
  auto_select_preferred boolean      not null,
  payment_mode          varchar(16)  not null,
  status                varchar(32)  not null,
  created_at            datetime(3)  not null,
  updated_at            datetime(3)  not null,
  primary key (id),
  constraint uq_portal_demand_idempotency unique (consumer_id, idempotency_key)
);

create index ix_portal_demand_consumer on portal_demand (consumer_id, status, created_at);
create index ix_portal_demand_status on portal_demand (status, created_at);

create table portal_demand_history (
  id         bigint      not null auto_increment,
  demand_id  varchar(64) not null,
  status     varchar(32) not null,
  changed_at datetime(3) not null,
  primary key (id)
);

create index ix_portal_demand_history on portal_demand_history (demand_id, id);
