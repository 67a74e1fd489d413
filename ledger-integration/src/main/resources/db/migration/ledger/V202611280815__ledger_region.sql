-- The region (GB/T 2260 code) a record concerns, where known: which regional regulator may read it. Access metadata
-- beside the record, not part of its hashed canonical form.
ALTER TABLE ledger_outbox ADD COLUMN region VARCHAR(12);
ALTER TABLE ledger_entry ADD COLUMN region VARCHAR(12);
ALTER TABLE ledger_anchor ADD COLUMN region VARCHAR(12);
