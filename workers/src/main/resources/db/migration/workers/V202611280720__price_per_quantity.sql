-- A price may be for a bundle of meter units (1,200 fen per 56 core·h: the unit-hour of a 56-core instance), so
-- listed whole-fen prices are kept exactly instead of being rounded to a price per single unit.
ALTER TABLE billing_price_plan ADD COLUMN per_quantity DECIMAL(20, 6) NOT NULL DEFAULT 1;
