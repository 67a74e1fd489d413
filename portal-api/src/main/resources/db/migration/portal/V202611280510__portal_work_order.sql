-- Work orders (O-8.2 after-sales): the ticket, its conversation and its status history. The work-order process
-- (business key = id) decides who answers; these tables keep what was said and where the ticket stands.

create table portal_work_order (
  id            varchar(64)  not null,
  requester_id  varchar(100) not null,
  category      varchar(32)  not null,
  subject       varchar(200) not null,
  order_id      varchar(64),
  bill_id       varchar(64),
  status        varchar(16)  not null,
  answered_by   varchar(16),
  credit_fen    bigint,
  close_reason  varchar(16),
  created_at    datetime(3)  not null,
  updated_at    datetime(3)  not null,
  closed_at     datetime(3),
  primary key (id)
);

create index ix_portal_work_order_requester on portal_work_order (requester_id, status, created_at);
create index ix_portal_work_order_status on portal_work_order (status, created_at);

-- body_key: a standard text of the bundles (portal.workorder.*), rendered in the reader's language.
-- dedup_key: the external task that wrote the message, so a retried task does not write it twice.
create table portal_work_order_message (
  id             bigint        not null auto_increment,
  work_order_id  varchar(64)   not null,
  author         varchar(100)  not null,
  author_role    varchar(16)   not null,
  body           varchar(4000),
  body_key       varchar(100),
  dedup_key      varchar(64),
  created_at     datetime(3)   not null,
  primary key (id),
  constraint uq_portal_work_order_message_dedup unique (dedup_key)
);

create index ix_portal_work_order_message on portal_work_order_message (work_order_id, id);

create table portal_work_order_history (
  id             bigint       not null auto_increment,
  work_order_id  varchar(64)  not null,
  status         varchar(16)  not null,
  changed_by     varchar(100) not null,
  changed_at     datetime(3)  not null,
  primary key (id)
);

create index ix_portal_work_order_history on portal_work_order_history (work_order_id, id);
