-- Shared desk tablets (issue 8): a coordinator unlocks a desk tablet once a day with password
-- (and second factor) and a PIN, then switches to a personal session with the PIN.
--
-- A session is a normal login, a 'switched' session on a desk tablet (5 minutes idle; its parent is
-- the desk session it came from), or a 'rotated' desk session: replaced by a new id at a switch,
-- kept for a few seconds so requests already on their way do not fail.
ALTER TABLE sessions ADD COLUMN kind text NOT NULL DEFAULT 'login'
  CHECK (kind IN ('login', 'switched', 'rotated'));
ALTER TABLE sessions ADD COLUMN parent_id text REFERENCES sessions(id) ON DELETE CASCADE;
CREATE INDEX sessions_parent ON sessions (parent_id) WHERE parent_id IS NOT NULL;

-- Who is unlocked for today on which tablet. The device is known only by the SHA-256 of its
-- cookie; the PIN hash is argon2id over the device token and the PIN, so a copy of the database
-- alone is not enough to try all PINs.
CREATE TABLE desk_unlocks (
  device_hash text NOT NULL,
  user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  desk_user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  pin_hash text NOT NULL,
  valid_until timestamptz NOT NULL,
  failed_pins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (device_hash, user_id)
);
CREATE INDEX desk_unlocks_desk ON desk_unlocks (device_hash, desk_user_id);
CREATE INDEX desk_unlocks_user ON desk_unlocks (user_id);
