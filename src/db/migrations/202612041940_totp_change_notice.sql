-- Issue 20: when a second factor is replaced, removed or reset by the cooperative, the account's
-- owner is told at their next login ("uw tweestapsverificatie is gewijzigd op …"). The time of the
-- change stays here until the owner has read the notice; NULL: nothing to tell.
ALTER TABLE users ADD COLUMN totp_changed_at timestamptz;
