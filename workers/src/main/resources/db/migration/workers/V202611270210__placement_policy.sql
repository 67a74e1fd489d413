-- Placement policies (S-7.3 b). Rows are never updated: each change, deletion included, appends a version,
-- so the version an order recorded can always be read back and the table is its own history.

create table placement_policy (
  policy_name    varchar(64)  not null,
  policy_version int          not null,
  business_type  varchar(16),
  tenant_id      varchar(64),
  definition     text         not null,
  deleted        boolean      not null default false,
  created_at     datetime(3)  not null,
  created_by     varchar(128),
  primary key (policy_name, policy_version)
);

create index ix_placement_policy_scope on placement_policy (business_type, tenant_id);
