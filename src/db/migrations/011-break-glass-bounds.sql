-- Break-the-glass made rare, bounded and seen (NEN 7513): a limit per 30 days, an optional four-eyes mode
-- in which a request waits for approval (and lapses after a time-out), and a threshold for the dashboard.

ALTER TABLE privacy_settings
  ADD COLUMN break_glass_max_per_30_days integer NOT NULL DEFAULT 3
    CHECK (break_glass_max_per_30_days BETWEEN 1 AND 20),
  ADD COLUMN break_glass_four_eyes boolean NOT NULL DEFAULT false,
  ADD COLUMN break_glass_pending_minutes integer NOT NULL DEFAULT 30
    CHECK (break_glass_pending_minutes BETWEEN 5 AND 240),
  ADD COLUMN unusual_break_glass_threshold integer NOT NULL DEFAULT 1
    CHECK (unusual_break_glass_threshold BETWEEN 0 AND 20);

-- A request is 'granted' at once, or (four-eyes) 'pending' until approved ('granted', its time starts then) or
-- refused ('refused'); a pending request whose pending_until has passed has lapsed without a decision.
ALTER TABLE break_glass_grant
  ADD COLUMN status text NOT NULL DEFAULT 'granted' CHECK (status IN ('pending', 'granted', 'refused')),
  ADD COLUMN requested_at timestamptz,
  ADD COLUMN pending_until timestamptz,
  ADD COLUMN decided_at timestamptz,
  ADD COLUMN decided_by uuid REFERENCES app_user (id),
  ADD COLUMN decided_by_name text,
  ADD COLUMN decision_reason text CHECK (decision_reason IS NULL OR length(decision_reason) BETWEEN 5 AND 2000);
UPDATE break_glass_grant SET requested_at = granted_at;
ALTER TABLE break_glass_grant
  ALTER COLUMN requested_at SET NOT NULL,
  ALTER COLUMN granted_at DROP NOT NULL,
  ALTER COLUMN expires_at DROP NOT NULL,
  ADD CONSTRAINT break_glass_grant_state_check CHECK (
    (status = 'granted' AND granted_at IS NOT NULL AND expires_at IS NOT NULL)
    OR (status = 'pending' AND granted_at IS NULL AND expires_at IS NULL AND pending_until IS NOT NULL)
    OR (status = 'refused' AND granted_at IS NULL AND expires_at IS NULL AND decided_at IS NOT NULL)),
  ADD CONSTRAINT break_glass_grant_decision_check CHECK ((decided_at IS NULL) = (decided_by IS NULL));

CREATE INDEX break_glass_grant_requested_idx ON break_glass_grant (user_id, requested_at DESC);
CREATE INDEX break_glass_grant_pending_idx ON break_glass_grant (tenant_id, pending_until) WHERE status = 'pending';
