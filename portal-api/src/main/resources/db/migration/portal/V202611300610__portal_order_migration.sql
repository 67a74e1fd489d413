-- Migrations of running orders to another pool (S-7.3 c): proposed by the placement optimiser, started at once when
-- the policy allows it, otherwise accepted or declined by the order's owner or an operator. One row per proposal
-- key (order, source and target pool): proposing again returns the first row. seq numbers an order's migrations
-- and names the target's capacity reservation (<demand>#migration-<seq>); the source's allocation and reservation
-- are kept to be given back once the order runs on the target.

create table portal_order_migration (
  id              varchar(64)  not null,
  proposal_key    varchar(330) not null,
  order_id        varchar(64)  not null,
  seq             int          not null,
  from_pool_id    varchar(128) not null,
  from_allocation_id varchar(128),
  from_reservation_key varchar(64) not null,
  to_pool_id      varchar(128) not null,
  reason          varchar(32)  not null,
  policy_name     varchar(64)  not null,
  policy_version  int          not null,
  automatic       boolean      not null,
  status          varchar(16)  not null,
  reservation_key varchar(64)  not null,
  allocation_id   varchar(128),
  detail          varchar(255),
  decided_by      varchar(64),
  created_at      datetime(3)  not null,
  updated_at      datetime(3)  not null,
  decided_at      datetime(3),
  finished_at     datetime(3),
  primary key (id),
  constraint uq_portal_order_migration_key unique (proposal_key),
  constraint uq_portal_order_migration_seq unique (order_id, seq)
);

create index ix_portal_order_migration_order on portal_order_migration (order_id, status);
create index ix_portal_order_migration_status on portal_order_migration (status, created_at);

create table portal_order_migration_history (
  id           bigint       not null auto_increment,
  migration_id varchar(64)  not null,
  status       varchar(16)  not null,
  actor        varchar(64),
  detail       varchar(255),
  changed_at   datetime(3)  not null,
  primary key (id)
);

create index ix_portal_order_migration_history on portal_order_migration_history (migration_id, id);
