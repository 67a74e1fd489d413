-- Statistics read one indicator in one period for many units, and each unit's weight indicator in that period.
-- This index holds everything both sides need, contiguous per indicator and period, so neither touches the table.
CREATE INDEX ind_value_cover ON ind_value (indicator_code, period_key, unit_code, region_code, num_value);
