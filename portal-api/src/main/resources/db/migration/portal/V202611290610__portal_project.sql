-- The consumer's project a demand, and the order that fulfils it, is for (code and name; none when null).
alter table portal_demand add column project_code varchar(32) null;
alter table portal_demand add column project_name varchar(100) null;
alter table portal_order add column project_code varchar(32) null;
alter table portal_order add column project_name varchar(100) null;
