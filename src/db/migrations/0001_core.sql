-- Core schema. One schema for PGlite (PostgreSQL 18) and the server (PostgreSQL 15): no 16+-only SQL.
-- A landed migration is never edited: add a new file.

CREATE TABLE settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL
);

CREATE TABLE rooms (
  id text PRIMARY KEY,
  name text NOT NULL,
  city text,
  neighbourhood text,
  association text,
  variant text NOT NULL DEFAULT 'full' CHECK (variant IN ('light', 'full')),
  opened date,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The eight activity types are fixed ids in code (src/domain/activities/activity-types.ts).
CREATE TABLE activities (
  id bigserial PRIMARY KEY,
  room_id text NOT NULL REFERENCES rooms(id),
  type text NOT NULL CHECK (type IN ('social','social_activation','jobs','computer','language','forms','debt','work')),
  name text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (room_id, type, name)
);

CREATE TABLE people (
  id bigserial PRIMARY KEY,
  ref text UNIQUE,                      -- the cooperative's own stable reference (INTERCHANGE `person`)
  ref_hash text UNIQUE,                 -- sha256 of ref, kept after erasure so an erased ref stays erased
  home_room text NOT NULL REFERENCES rooms(id),
  first_name text,
  street text,
  phone text,
  email text,
  newcomer boolean NOT NULL DEFAULT false,
  landlord text,
  since date,
  talents text,
  birth_year integer,
  guardian_consent text,                -- name of the parent/guardian who consented, for a child under 16
  consent_at timestamptz,
  wants_membership boolean NOT NULL DEFAULT false,
  referred_by text,
  merged_into bigint REFERENCES people(id),
  erased_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX people_home_room ON people (home_room);

CREATE TABLE visits (
  id bigserial PRIMARY KEY,
  room_id text NOT NULL REFERENCES rooms(id),
  date date NOT NULL,
  activity_type text NOT NULL CHECK (activity_type IN ('social','social_activation','jobs','computer','language','forms','debt','work')),
  activity_id bigint REFERENCES activities(id),
  person_id bigint REFERENCES people(id),
  count integer NOT NULL DEFAULT 1 CHECK (count >= 0),
  first_time boolean NOT NULL DEFAULT false,
  source_key text UNIQUE,               -- import row identity or the desk's idempotency key
  created_by bigint,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX visits_room_date ON visits (room_id, date);
CREATE INDEX visits_person ON visits (person_id) WHERE person_id IS NOT NULL;

CREATE TABLE hours (
  id bigserial PRIMARY KEY,
  room_id text NOT NULL REFERENCES rooms(id),
  date date NOT NULL,
  person_id bigint REFERENCES people(id),
  hours numeric(6,2) NOT NULL CHECK (hours >= 0 AND hours <= 24),
  kind text NOT NULL DEFAULT 'volunteer' CHECK (kind IN ('volunteer','staff_unpaid')),
  activity text,
  status text NOT NULL DEFAULT 'approved' CHECK (status IN ('pending','approved','rejected')),
  source_key text UNIQUE,
  created_by bigint,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hours_room_date ON hours (room_id, date);
CREATE INDEX hours_person ON hours (person_id);

-- Ladder stages (INTERCHANGE roles.csv).
CREATE TABLE stages (
  id bigserial PRIMARY KEY,
  person_id bigint NOT NULL REFERENCES people(id),
  room_id text NOT NULL REFERENCES rooms(id),
  stage text NOT NULL CHECK (stage IN ('bezoeker','deelnemer','lid','vrijwilliger','sleutelvrijwilliger','bestuursvrijwilliger','meewerkend_vrijwilliger','medewerker')),
  from_date date NOT NULL,
  to_date date,
  source_key text UNIQUE,
  CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX stages_person ON stages (person_id);

CREATE TABLE keys (
  id bigserial PRIMARY KEY,
  key text NOT NULL,
  room_id text NOT NULL REFERENCES rooms(id),
  person_id bigint REFERENCES people(id),
  issued date NOT NULL,
  returned date,
  source_key text UNIQUE,
  CHECK (returned IS NULL OR returned >= issued)
);
CREATE INDEX keys_room ON keys (room_id);

CREATE TABLE memberships (
  id bigserial PRIMARY KEY,
  person_id bigint REFERENCES people(id),
  room_id text NOT NULL REFERENCES rooms(id),
  year integer NOT NULL,
  paid boolean NOT NULL DEFAULT false,
  amount numeric(10,2),
  source_key text UNIQUE
);
CREATE INDEX memberships_room_year ON memberships (room_id, year);

CREATE TABLE partners (
  id bigserial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  type text,
  contact_name text,
  contact_phone text,
  standing_agreement boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE referrals (
  id bigserial PRIMARY KEY,
  room_id text NOT NULL REFERENCES rooms(id),
  date date NOT NULL,
  direction text NOT NULL CHECK (direction IN ('in','out')),
  partner_id bigint NOT NULL REFERENCES partners(id),
  person_id bigint REFERENCES people(id),
  warm boolean NOT NULL DEFAULT false,
  outcome text CHECK (outcome IS NULL OR outcome IN ('connected','not_connected','pending')),
  source_key text UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX referrals_room_date ON referrals (room_id, date);

CREATE TABLE placements (
  id bigserial PRIMARY KEY,
  person_id bigint REFERENCES people(id),
  room_id text NOT NULL REFERENCES rooms(id),
  type text NOT NULL CHECK (type IN ('participation','learning_work','internship','perspective_job','day_activity')),
  start_date date NOT NULL,
  end_date date,
  wage_value_pct numeric(5,2),
  source_key text UNIQUE,
  CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE TABLE outcomes (
  id bigserial PRIMARY KEY,
  room_id text NOT NULL REFERENCES rooms(id),
  date date NOT NULL,
  person_id bigint REFERENCES people(id),
  kind text NOT NULL CHECK (kind IN ('paid_work')),
  source_key text UNIQUE
);

CREATE TABLE survey_answers (
  id bigserial PRIMARY KEY,
  room_id text NOT NULL REFERENCES rooms(id),
  date date NOT NULL,
  survey text NOT NULL CHECK (survey IN ('participants','team','partners')),
  question text NOT NULL CHECK (question IN ('confidence','pleasant_living','score')),
  answer text NOT NULL,
  source_key text UNIQUE
);
CREATE INDEX survey_answers_room_date ON survey_answers (room_id, date);

CREATE TABLE impacts (
  id bigserial PRIMARY KEY,
  room_id text NOT NULL REFERENCES rooms(id),
  date date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('benefit_care_costs_pct','evictions','nuisance_pct')),
  value numeric NOT NULL,
  note text,
  source_key text UNIQUE
);

CREATE TABLE targets (
  room_id text NOT NULL REFERENCES rooms(id),
  year integer NOT NULL,
  indicator text NOT NULL,
  target numeric,                        -- null with too_early
  too_early boolean NOT NULL DEFAULT false,
  target_of numeric,
  PRIMARY KEY (room_id, year, indicator)
);

CREATE TABLE budget_lines (
  id bigserial PRIMARY KEY,
  room_id text NOT NULL REFERENCES rooms(id),
  year integer NOT NULL,
  code text NOT NULL CHECK (code ~ '^[A-E][0-9]+$'),
  amount numeric(12,2) NOT NULL,
  description text,
  indirect boolean NOT NULL DEFAULT false,
  source_key text UNIQUE
);
CREATE INDEX budget_lines_room_year ON budget_lines (room_id, year);

CREATE TABLE funders (
  id bigserial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  type text NOT NULL CHECK (type IN ('municipality','benefit_agency','housing_corporation','health_insurer','private_fund','local_sponsor','own_income')),
  contact text
);

CREATE TABLE contributions (
  id bigserial PRIMARY KEY,
  room_id text NOT NULL REFERENCES rooms(id),
  year integer NOT NULL,
  funder_id bigint NOT NULL REFERENCES funders(id),
  amount numeric(12,2) NOT NULL,
  status text NOT NULL DEFAULT 'granted' CHECK (status IN ('requested','granted','received')),
  source_key text UNIQUE
);
CREATE INDEX contributions_room_year ON contributions (room_id, year);

CREATE TABLE plans (
  room_id text NOT NULL REFERENCES rooms(id),
  year integer NOT NULL,
  volunteer_hours numeric NOT NULL,
  staff_unpaid_hours numeric NOT NULL,
  PRIMARY KEY (room_id, year)
);

CREATE TABLE rates (
  year integer PRIMARY KEY,
  volunteer_hourly numeric(8,2) NOT NULL CHECK (volunteer_hourly > 0),
  staff_hourly numeric(8,2) NOT NULL CHECK (staff_hourly > 0)
);

CREATE TABLE audits (
  room_id text NOT NULL REFERENCES rooms(id),
  year integer NOT NULL,
  result text NOT NULL CHECK (result IN ('positive','negative')),
  note text,
  PRIMARY KEY (room_id, year)
);

-- Help questions: the note is for coordinators only; every read of it is written to audit_log.
CREATE TABLE help_questions (
  id bigserial PRIMARY KEY,
  person_id bigint NOT NULL REFERENCES people(id),
  room_id text NOT NULL REFERENCES rooms(id),
  date date NOT NULL,
  domains text[] NOT NULL DEFAULT '{}',
  note text,
  created_by bigint,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Rows already imported (INTERCHANGE row identity) for files whose table has no source_key,
-- so that importing a bundle twice changes nothing.
CREATE TABLE import_keys (
  key text PRIMARY KEY,
  imported_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id bigserial PRIMARY KEY,
  email text NOT NULL UNIQUE,
  name text,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('desk','coordinator','cooperative','board','funder')),
  funder_id bigint REFERENCES funders(id),
  locale text NOT NULL DEFAULT 'nl',
  totp_secret text,
  pin_hash text,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE user_rooms (
  user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  room_id text NOT NULL REFERENCES rooms(id),
  PRIMARY KEY (user_id, room_id)
);

-- Server-side sessions; id is the sha256 of the cookie token, never the token itself.
CREATE TABLE sessions (
  id text PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Append-only: no UPDATE or DELETE is ever issued against it (see docs/SECURITY.md).
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  user_id bigint,
  action text NOT NULL,
  room_id text,
  person_id bigint,
  details jsonb
);
CREATE INDEX audit_log_at ON audit_log (at);
