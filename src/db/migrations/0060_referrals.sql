-- Referrals and partners (issue 4): widen the core tables; 0001 stays as it landed.

-- Which rooms work with a partner (a partner is shared by the cooperative, name unique).
CREATE TABLE partner_rooms (
  partner_id bigint NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
  room_id text NOT NULL REFERENCES rooms(id),
  PRIMARY KEY (partner_id, room_id)
);
CREATE INDEX partner_rooms_room ON partner_rooms (room_id);

ALTER TABLE partners ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();

-- The status stays in referrals.outcome (pending / NULL, connected, not_connected) because the
-- indicator engine and the importer read and write it there (INTERCHANGE referrals.csv).
ALTER TABLE referrals
  ADD COLUMN life_domains text[] NOT NULL DEFAULT '{}'
    CHECK (life_domains <@ ARRAY['poverty','meeting','participation','learning','care','support','housing','work']::text[]),
  ADD COLUMN consent_to_share boolean NOT NULL DEFAULT false,
  ADD COLUMN outcome_date date,
  ADD COLUMN not_connected_reason text,
  ADD COLUMN outcome_note text,
  ADD COLUMN follow_up_date date,
  ADD COLUMN appointment text,
  ADD COLUMN accompanied_by text,
  ADD COLUMN help_question_id bigint REFERENCES help_questions(id),
  ADD COLUMN created_by bigint,
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
  ADD CONSTRAINT referrals_outcome_after_date CHECK (outcome_date IS NULL OR outcome_date >= date);

CREATE INDEX referrals_partner ON referrals (partner_id);
-- The coordinator's "to follow up" list: pending referrals by follow-up date.
CREATE INDEX referrals_follow_up ON referrals (room_id, follow_up_date)
  WHERE outcome IS NULL OR outcome = 'pending';
