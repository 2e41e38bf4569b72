-- Meldpunt: the index of open signals gets the next deadline as its last key, so the worklist filter
-- "overdue" (next deadline before today) is checked on the index entry instead of on every row it passes.
-- Measured with 500,000 signals in one municipality: an overdue page went from 6.5 ms to 0.5 ms
-- (bench/meldpunt.ts). Forward only: 003 stays as it was applied.
DROP INDEX signal_open_idx;
CREATE INDEX signal_open_idx ON signal (tenant_id, received_at DESC, id DESC, (COALESCE(next_due_on, 'infinity'::date)))
  WHERE status <> 'afgesloten';
