-- Reminders of expiring or overdue training (issue 16) go through the meetings' content-free outbox. Most
-- trained people have no account in Duiden, so a mail may be addressed to a work e-mail address instead of a
-- user; one of the two is always set. The address is the person's work address from training_person.
ALTER TABLE meeting_outbox ALTER COLUMN recipient_user_id DROP NOT NULL;
ALTER TABLE meeting_outbox ADD COLUMN recipient_email text
  CHECK (recipient_email IS NULL OR length(recipient_email) BETWEEN 3 AND 320);
ALTER TABLE meeting_outbox ADD CONSTRAINT meeting_outbox_recipient_check
  CHECK (recipient_user_id IS NOT NULL OR recipient_email IS NOT NULL);
