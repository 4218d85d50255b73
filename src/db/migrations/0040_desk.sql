-- The desk (issue 10): what registering at the door needs beyond the core schema.

-- "Most frequent visitors of this activity" and "seen on this weekday" read visits per activity.
CREATE INDEX visits_activity_person ON visits (activity_id, person_id, date) WHERE activity_id IS NOT NULL;
CREATE INDEX visits_room_person_date ON visits (room_id, person_id, date) WHERE person_id IS NOT NULL;
CREATE INDEX help_questions_person ON help_questions (person_id);
CREATE INDEX people_first_name_lower ON people (lower(first_name) text_pattern_ops);
CREATE INDEX people_street_lower ON people (lower(street) text_pattern_ops);

-- What kind of odd job a `jobs` visit row was (repair, garden, cleaning …): the core row counts jobs.
CREATE TABLE desk_jobs (
  visit_id bigint PRIMARY KEY REFERENCES visits(id) ON DELETE CASCADE,
  kind text NOT NULL,
  note text
);

-- A new visitor registered at the desk, keyed by the device's idempotency key, so that a queued
-- registration sent twice creates one person.
CREATE TABLE desk_person_keys (
  key text PRIMARY KEY,
  person_id bigint NOT NULL REFERENCES people(id),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The call round (belronde): the outcome of each call to a regular who stayed away.
CREATE TABLE call_outcomes (
  id bigserial PRIMARY KEY,
  room_id text NOT NULL REFERENCES rooms(id),
  person_id bigint NOT NULL REFERENCES people(id),
  date date NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('reached','not_coming','no_answer','no_number')),
  note text,
  created_by bigint,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX call_outcomes_room_person ON call_outcomes (room_id, person_id, date);
