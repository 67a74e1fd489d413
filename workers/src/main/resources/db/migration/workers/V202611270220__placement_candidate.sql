-- The ranked candidates of each placed demand (what the user confirms from). Replaced when a demand is placed
-- again; the policy version that ranked them is kept with them.

create table placement_demand_candidate (
  demand_id          varchar(64)  not null,
  rank_no            int          not null,
  pool_id            varchar(64)  not null,
  provider_id        varchar(64)  not null,
  region_code        varchar(12)  not null,
  score              double       not null,
  estimated_cost_fen bigint       not null,
  currency           char(3)      not null,
  latency_ms         int          not null,
  breakdown          varchar(2000) not null,
  policy_name        varchar(64)  not null,
  policy_version     int          not null,
  auto_select        boolean      not null,
  created_at         datetime(3)  not null,
  primary key (demand_id, rank_no)
);
