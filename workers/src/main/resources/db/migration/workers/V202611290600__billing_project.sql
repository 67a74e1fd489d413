-- Projects: an order may belong to a consumer's project (code and name, from its demand); its bill and the monthly
-- bill items keep them, so a postpaid account can have a monthly bill per project (grouping SPLIT_BY_PROJECT). A
-- monthly bill remembers how it was grouped and, for a project's bill, which project (none: orders without one).
alter table billing_bill add column project_code varchar(32) null;
alter table billing_bill add column project_name varchar(100) null;
alter table billing_monthly_bill_item add column project_code varchar(32) null;
alter table billing_monthly_bill_item add column project_name varchar(100) null;
alter table billing_monthly_bill add column bill_grouping varchar(20) null;
alter table billing_monthly_bill add column project_code varchar(32) null;
alter table billing_monthly_bill add column project_name varchar(100) null;
