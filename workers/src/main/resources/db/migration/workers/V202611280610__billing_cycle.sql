-- Monthly postpaid bills, credit notes, provider settlement statements and usage reconciliation. Amounts in fen.

-- A postpaid account's bill for a month: the per-order bills (billing_bill) it gathers, merged or split.
create table billing_monthly_bill (
  monthly_bill_id  varchar(36)  not null,
  account_id       varchar(100) not null,
  period           char(7)      not null,
  currency         char(3)      not null,
  total_fen        bigint       not null,
  credit_fen       bigint       not null default 0,
  status           varchar(20)  not null,
  dispute_reason   varchar(500) null,
  created_at       datetime     not null,
  issued_at        datetime     null,
  due_at           datetime     null,
  reminded_at      datetime     null,
  paid_at          datetime     null,
  settled_at       datetime     null,
  primary key (monthly_bill_id)
);
create index ix_billing_monthly_bill_account on billing_monthly_bill (account_id, period);

-- The per-order bills on a monthly bill; an order bill is on at most one monthly bill.
create table billing_monthly_bill_item (
  monthly_bill_id varchar(36) not null,
  bill_id         varchar(36) not null,
  order_id        varchar(64) not null,
  provider_id     varchar(64) not null,
  amount_fen      bigint      not null,
  primary key (monthly_bill_id, bill_id),
  constraint uq_billing_monthly_bill_item unique (bill_id),
  constraint fk_billing_monthly_bill_item_bill foreign key (monthly_bill_id)
    references billing_monthly_bill (monthly_bill_id)
);

-- A negative adjustment of a monthly bill, against one of its order bills.
create table billing_credit_note (
  credit_note_id  varchar(36)  not null,
  monthly_bill_id varchar(36)  not null,
  bill_id         varchar(36)  not null,
  amount_fen      bigint       not null,
  reason          varchar(500) not null,
  issued_by       varchar(100) not null,
  issued_at       datetime     not null,
  primary key (credit_note_id),
  constraint fk_billing_credit_note_bill foreign key (monthly_bill_id)
    references billing_monthly_bill (monthly_bill_id)
);
create index ix_billing_credit_note_bill on billing_credit_note (bill_id);

-- How an account wants its monthly bills: MERGE (one bill) or SPLIT_BY_ORDER (a bill per order).
create table billing_cycle_preference (
  account_id varchar(100) not null,
  bill_grouping varchar(20) not null,
  updated_at datetime     not null,
  primary key (account_id)
);

-- What the hub owes a provider for a month, and whether an operator has paid it.
create table billing_provider_statement (
  statement_id     varchar(36) not null,
  provider_id      varchar(64) not null,
  period           char(7)     not null,
  currency         char(3)     not null,
  gross_sales_fen  bigint      not null,
  credits_fen      bigint      not null,
  platform_fee_fen bigint      not null,
  net_payable_fen  bigint      not null,
  status           varchar(20) not null,
  prepared_at      datetime    not null,
  paid_at          datetime    null,
  paid_by          varchar(100) null,
  primary key (statement_id),
  constraint uq_billing_provider_statement unique (provider_id, period)
);

-- Every bill line and credit note behind a statement's figures.
create table billing_provider_statement_line (
  statement_id   varchar(36) not null,
  line_no        int         not null,
  kind           varchar(20) not null,
  bill_id        varchar(36) not null,
  bill_line_no   int         null,
  credit_note_id varchar(36) null,
  amount_fen     bigint      not null,
  primary key (statement_id, line_no),
  constraint fk_billing_statement_line foreign key (statement_id)
    references billing_provider_statement (statement_id)
);

-- A comparison of a provider's usage statement with the hub's usage records; lines that differ are its findings.
create table billing_reconciliation (
  reconciliation_id varchar(36) not null,
  provider_id       varchar(64) not null,
  period            char(7)     not null,
  matched           int         not null,
  differences       int         not null,
  case_status       varchar(20) null,
  reconciled_at     datetime    not null,
  resolved_by       varchar(100) null,
  resolved_at       datetime    null,
  primary key (reconciliation_id)
);
create index ix_billing_reconciliation_provider on billing_reconciliation (provider_id, period);

create table billing_reconciliation_line (
  reconciliation_id varchar(36)    not null,
  line_no           int            not null,
  allocation_id     varchar(100)   not null,
  order_id          varchar(64)    null,
  meter             varchar(30)    not null,
  hub_quantity      decimal(24, 6) null,
  provider_quantity decimal(24, 6) null,
  outcome           varchar(30)    not null,
  primary key (reconciliation_id, line_no),
  constraint fk_billing_reconciliation_line foreign key (reconciliation_id)
    references billing_reconciliation (reconciliation_id)
);
