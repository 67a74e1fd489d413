-- Capacity the scheduling layer may still promise, per pool, and one reservation per confirmed demand.
-- Reserving is one conditional UPDATE on the pool row, so two demands never get the same last unit.

create table placement_pool_capacity (
  pool_id        varchar(64) not null,
  total_units    bigint      not null,
  reserved_units bigint      not null default 0,
  updated_at     datetime(3) not null,
  primary key (pool_id),
  constraint ck_placement_pool_reserved check (reserved_units >= 0)
);

create table placement_capacity_reservation (
  demand_id      varchar(64) not null,
  pool_id        varchar(64) not null,
  units          bigint      not null,
  state          varchar(16) not null,
  policy_name    varchar(64),
  policy_version int,
  reserved_at    datetime(3) not null,
  expires_at     datetime(3),
  released_at    datetime(3),
  release_reason varchar(32),
  primary key (demand_id)
);

create index ix_placement_reservation_expiry on placement_capacity_reservation (state, expires_at);
create index ix_placement_reservation_pool on placement_capacity_reservation (pool_id, state);
