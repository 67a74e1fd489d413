-- Usage of an order per meter and sample period (S-7.5 a). Providers report cumulative readings; a record holds the
-- difference since the previous accepted reading. Period n of an order's meter starts where period n-1 ended, so its
-- number stands for its start: the key (order, meter, period number) makes a sample count once, and of two samples
-- racing from the same previous reading only one can be stored. Quantities are in the meter's unit, six decimals.
create table metering_usage_record (
  order_id     varchar(64)    not null,
  meter        varchar(30)    not null,
  period_no    int            not null,
  period_start datetime       not null,
  period_end   datetime       not null,
  quantity     decimal(24, 6) not null,
  cumulative   decimal(24, 6) not null,
  source       varchar(100)   not null,
  anomaly      varchar(30)    null,
  recorded_at  datetime       not null,
  primary key (order_id, meter, period_no)
);
