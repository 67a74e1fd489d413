-- History of the capacity tables: one row per change, written in the same transaction as the change.
-- event: CAPACITY_SET (units = new total), RESERVED, RELEASED (reason: CANCELLED, TIMEOUT, ...).

create table placement_capacity_event (
  id          bigint       not null auto_increment,
  pool_id     varchar(64)  not null,
  demand_id   varchar(64),
  event       varchar(16)  not null,
  units       bigint       not null,
  reason      varchar(32),
  occurred_at datetime(3)  not null,
  primary key (id)
);

create index ix_placement_capacity_event_pool on placement_capacity_event (pool_id, occurred_at);
create index ix_placement_capacity_event_demand on placement_capacity_event (demand_id);
