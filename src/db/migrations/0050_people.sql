-- People, volunteers, keys, members and privacy (issue 3).

-- A key period that overlapped another of the same key after merging two records of one person:
-- both periods are kept, and the coordinator sees the flag.
ALTER TABLE keys ADD COLUMN flag text;
CREATE INDEX keys_person ON keys (person_id);
CREATE INDEX stages_room ON stages (room_id, stage);
CREATE INDEX IF NOT EXISTS help_questions_person ON help_questions (person_id);
CREATE INDEX audit_log_action ON audit_log (action, at);

-- Volunteer groups (vrijwilligersgroepen: klussendienst, formulierenbrigade, kookgroep …).
CREATE TABLE volunteer_groups (
  id bigserial PRIMARY KEY,
  room_id text NOT NULL REFERENCES rooms(id),
  name text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  UNIQUE (room_id, name)
);

CREATE TABLE volunteer_group_members (
  group_id bigint NOT NULL REFERENCES volunteer_groups(id),
  person_id bigint NOT NULL REFERENCES people(id),
  joined date NOT NULL,
  left_on date,
  CHECK (left_on IS NULL OR left_on >= joined)
);
CREATE INDEX volunteer_group_members_group ON volunteer_group_members (group_id);
CREATE INDEX volunteer_group_members_person ON volunteer_group_members (person_id);

-- Opening rota: which key holder opens and closes the room on a day.
CREATE TABLE rota (
  id bigserial PRIMARY KEY,
  room_id text NOT NULL REFERENCES rooms(id),
  date date NOT NULL,
  opens text NOT NULL CHECK (opens ~ '^[0-2][0-9]:[0-5][0-9]$'),
  closes text NOT NULL CHECK (closes ~ '^[0-2][0-9]:[0-5][0-9]$'),
  opener_id bigint REFERENCES people(id),
  closer_id bigint REFERENCES people(id),
  CHECK (closes > opens)
);
CREATE INDEX rota_room_date ON rota (room_id, date);

-- Volunteer allowances (vrijwilligersvergoeding) of meewerkend vrijwilligers, per month.
CREATE TABLE allowances (
  id bigserial PRIMARY KEY,
  person_id bigint NOT NULL REFERENCES people(id),
  room_id text NOT NULL REFERENCES rooms(id),
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  amount numeric(10,2) NOT NULL CHECK (amount >= 0),
  UNIQUE (person_id, room_id, month)
);

-- The yearly tax-free maximum for volunteer allowances, set by the cooperative.
CREATE TABLE allowance_limits (
  year integer PRIMARY KEY,
  max_amount numeric(10,2) NOT NULL CHECK (max_amount > 0)
);
