-- A-4: a share of each pool reserved for public-service users. Ordinary demands may take units only while the
-- units they hold stay within total − ceil(total × share); public-service demands may take any free unit.
alter table placement_pool_capacity add column public_service_share decimal(5, 4) not null default 0;
alter table placement_pool_capacity add column public_service_reserved_units bigint not null default 0;
alter table placement_capacity_reservation add column public_service boolean not null default false;
