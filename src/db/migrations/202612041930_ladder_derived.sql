-- The growth ladder fed by everything that happens (issue 24, DOMAIN.md §10 "Ladder stages",
-- docs/decisions/092-ladder-in-the-database.md). Replaces the participation trigger of 0051.
--
-- `stage_entries` holds the stages entered by hand (roles.csv, the person page): what is
-- exported. `stages` becomes the ladder as it is kept: the stages derived from the facts
-- (registration, visits, memberships, approved hours, keys, board seats, allowances, perspective
-- jobs and contracts) merged with the entries, one function (`ladder_refresh`) computing it per
-- person, called by statement-level triggers on every table a stage follows from. Each row says
-- whether it was derived or entered; an entry that overlaps a derived stage of the same person,
-- room and stage is kept once, from the earlier start.
--
-- NOTE: past growth figures change. Until now only the desk's visits set a stage (`deelnemer`)
-- and imported visits set none; this migration derives every stage of the existing data, so the
-- growth chart and the `growth.*` figures of past years show many more steps than before
-- (docs/people.md "The ladder").

CREATE TABLE board_seats (
  id bigserial PRIMARY KEY,
  person_id bigint NOT NULL REFERENCES people(id),
  room_id text NOT NULL REFERENCES rooms(id),
  start_date date NOT NULL,
  end_date date,
  source_key text UNIQUE,
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX board_seats_person ON board_seats (person_id);

-- A paid contract with the cooperative or the room's association (not a perspective job, which is a placement).
CREATE TABLE contracts (
  id bigserial PRIMARY KEY,
  person_id bigint NOT NULL REFERENCES people(id),
  room_id text NOT NULL REFERENCES rooms(id),
  start_date date NOT NULL,
  end_date date,
  source_key text UNIQUE,
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX contracts_person ON contracts (person_id);

CREATE INDEX placements_person ON placements (person_id);
CREATE INDEX allowances_person ON allowances (person_id);

CREATE TABLE stage_entries (
  id bigserial PRIMARY KEY,
  person_id bigint NOT NULL REFERENCES people(id),
  room_id text NOT NULL REFERENCES rooms(id),
  stage text NOT NULL CHECK (stage IN ('bezoeker','deelnemer','lid','vrijwilliger','sleutelvrijwilliger','bestuursvrijwilliger','meewerkend_vrijwilliger','medewerker')),
  from_date date NOT NULL,
  to_date date,
  source_key text UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX stage_entries_person ON stage_entries (person_id);

-- origin: derived from the facts, or entered (holds an entry). lapses_on: for a derived stage
-- that ends by the passing of time (12 months without a visit, 6 without hours, a year without a
-- paid membership, a month without an allowance), the day it ends unless a new fact comes; the
-- daily refresh (`ladder_refresh_lapsed`) closes it then, dated by its last fact.
ALTER TABLE stages
  ADD COLUMN origin text NOT NULL DEFAULT 'entered' CHECK (origin IN ('derived', 'entered')),
  ADD COLUMN lapses_on date;
CREATE INDEX stages_lapses_on ON stages (lapses_on) WHERE lapses_on IS NOT NULL;

-- The triggers below wait while this migration back-fills (it refreshes everyone once at the end).
SET LOCAL buurtboek.ladder = 'deferred';

DROP TRIGGER visits_participation ON visits;
DROP FUNCTION visits_participation();

-- The ladder of the given persons, computed from scratch and written as a difference (rows that
-- stay the same keep their id). Merged records get no stages (their rows moved to the survivor);
-- erased persons keep theirs: their facts stay, anonymous, and so does the count (DOMAIN §8).
CREATE FUNCTION ladder_refresh(ids bigint[]) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
  today date := (now() AT TIME ZONE 'Europe/Amsterdam')::date;
BEGIN
  WITH live AS (
    SELECT id, home_room, since FROM people WHERE id = ANY (ids) AND merged_into IS NULL
  ), facts AS (
    -- s: first day the fact holds; e: last day ('infinity' = open); u: until when a next fact
    -- still continues the same stage (and, for a point fact, the day the stage lapses without one).
    SELECT l.id AS person_id, l.home_room AS room_id, 'bezoeker'::text AS stage,
           l.since AS s, l.since AS e, (l.since + interval '12 months')::date AS u, true AS point
      FROM live l WHERE l.since IS NOT NULL
    UNION ALL
    SELECT v.person_id, v.room_id, st.stage, v.date, v.date, (v.date + interval '12 months')::date, true
      FROM (SELECT DISTINCT person_id, room_id, date FROM visits
             WHERE person_id IN (SELECT id FROM live)) v
     CROSS JOIN (VALUES ('bezoeker'), ('deelnemer')) AS st(stage)
    UNION ALL
    SELECT h.person_id, h.room_id, 'vrijwilliger', h.date, h.date, (h.date + interval '6 months')::date, true
      FROM (SELECT DISTINCT person_id, room_id, date FROM hours
             WHERE person_id IN (SELECT id FROM live) AND kind = 'volunteer' AND status = 'approved') h
    UNION ALL
    SELECT m.person_id, m.room_id, 'lid', make_date(m.year, 1, 1), make_date(m.year, 12, 31),
           make_date(m.year + 1, 1, 1), true
      FROM (SELECT DISTINCT person_id, room_id, year FROM memberships
             WHERE person_id IN (SELECT id FROM live) AND paid) m
    UNION ALL
    SELECT a.person_id, a.room_id, 'meewerkend_vrijwilliger', a.month,
           (a.month + interval '1 month' - interval '1 day')::date, (a.month + interval '1 month')::date, true
      FROM allowances a WHERE a.person_id IN (SELECT id FROM live)
    UNION ALL
    SELECT k.person_id, k.room_id, 'sleutelvrijwilliger', k.issued, COALESCE(k.returned, 'infinity'),
           COALESCE(k.returned + 1, 'infinity'), false
      FROM keys k WHERE k.person_id IN (SELECT id FROM live)
    UNION ALL
    SELECT b.person_id, b.room_id, 'bestuursvrijwilliger', b.start_date, COALESCE(b.end_date, 'infinity'),
           COALESCE(b.end_date + 1, 'infinity'), false
      FROM board_seats b WHERE b.person_id IN (SELECT id FROM live)
    UNION ALL
    SELECT p.person_id, p.room_id, 'medewerker', p.start_date, COALESCE(p.end_date, 'infinity'),
           COALESCE(p.end_date + 1, 'infinity'), false
      FROM placements p WHERE p.person_id IN (SELECT id FROM live) AND p.type = 'perspective_job'
    UNION ALL
    SELECT c.person_id, c.room_id, 'medewerker', c.start_date, COALESCE(c.end_date, 'infinity'),
           COALESCE(c.end_date + 1, 'infinity'), false
      FROM contracts c WHERE c.person_id IN (SELECT id FROM live)
  ), ordered AS (
    SELECT f.*, max(u) OVER (PARTITION BY person_id, room_id, stage ORDER BY s, u
                             ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_u
      FROM facts f
  ), grouped AS (
    SELECT o.*, count(*) FILTER (WHERE prev_u IS NULL OR s > prev_u)
                  OVER (PARTITION BY person_id, room_id, stage ORDER BY s, u ROWS UNBOUNDED PRECEDING) AS island
      FROM ordered o
  ), islands AS (
    SELECT person_id, room_id, stage, min(s) AS f, max(e) AS e, max(u) AS u, bool_and(point) AS point
      FROM grouped GROUP BY person_id, room_id, stage, island
  ), rows_all AS (
    SELECT person_id, room_id, stage, f AS from_date,
           CASE WHEN e = 'infinity' THEN NULL WHEN point AND u > today THEN NULL ELSE e END AS to_date,
           CASE WHEN point AND u > today THEN u END AS lapses_on,
           'derived'::text AS origin
      FROM islands
    UNION ALL
    SELECT person_id, room_id, stage, from_date, to_date, NULL::date, 'entered'
      FROM stage_entries WHERE person_id IN (SELECT id FROM live)
  ), ordered2 AS (
    SELECT r.*, max(COALESCE(to_date, 'infinity')) OVER (PARTITION BY person_id, room_id, stage ORDER BY from_date, origin
                             ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_to
      FROM rows_all r
  ), grouped2 AS (
    SELECT o.*, count(*) FILTER (WHERE prev_to IS NULL OR from_date > prev_to)
                  OVER (PARTITION BY person_id, room_id, stage ORDER BY from_date, origin ROWS UNBOUNDED PRECEDING) AS part
      FROM ordered2 o
  ), want AS (
    -- One row per overlapping group: an entry and the derived stage it equals are kept once,
    -- from the earlier start, until the later end; an open entry never lapses.
    SELECT person_id, room_id, stage, min(from_date) AS from_date,
           CASE WHEN bool_or(to_date IS NULL) THEN NULL ELSE max(to_date) END AS to_date,
           CASE WHEN bool_or(origin = 'entered' AND to_date IS NULL) THEN NULL ELSE max(lapses_on) END AS lapses_on,
           CASE WHEN bool_or(origin = 'entered') THEN 'entered' ELSE 'derived' END AS origin
      FROM grouped2 GROUP BY person_id, room_id, stage, part
  ), gone AS (
    DELETE FROM stages s
     WHERE s.person_id = ANY (ids)
       AND NOT EXISTS (
         SELECT 1 FROM want w
          WHERE w.person_id = s.person_id AND w.room_id = s.room_id AND w.stage = s.stage
            AND w.from_date = s.from_date AND w.to_date IS NOT DISTINCT FROM s.to_date
            AND w.lapses_on IS NOT DISTINCT FROM s.lapses_on AND w.origin = s.origin)
    RETURNING 1
  )
  INSERT INTO stages (person_id, room_id, stage, from_date, to_date, lapses_on, origin)
  SELECT w.person_id, w.room_id, w.stage, w.from_date, w.to_date, w.lapses_on, w.origin
    FROM want w
   WHERE NOT EXISTS (
     SELECT 1 FROM stages s
      WHERE w.person_id = s.person_id AND w.room_id = s.room_id AND w.stage = s.stage
        AND w.from_date = s.from_date AND w.to_date IS NOT DISTINCT FROM s.to_date
        AND w.lapses_on IS NOT DISTINCT FROM s.lapses_on AND w.origin = s.origin)
   ORDER BY w.person_id, w.room_id, w.stage, w.from_date;
END $fn$;

-- The derived stages whose time has run out (lapses_on reached): the server calls it daily.
CREATE FUNCTION ladder_refresh_lapsed() RETURNS int LANGUAGE plpgsql AS $fn$
DECLARE
  ids bigint[];
BEGIN
  SELECT array_agg(DISTINCT person_id) INTO ids FROM stages
   WHERE lapses_on <= (now() AT TIME ZONE 'Europe/Amsterdam')::date;
  IF ids IS NULL THEN RETURN 0; END IF;
  PERFORM ladder_refresh(ids);
  RETURN cardinality(ids);
END $fn$;

-- One trigger function for every table a stage follows from; TG_ARGV[0] names its person column.
-- The importer sets `buurtboek.ladder = 'deferred'` for its transaction and refreshes the persons
-- it touched once at the end, set-based (decision 010), instead of once per batch.
CREATE FUNCTION ladder_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  ids bigint[];
BEGIN
  IF current_setting('buurtboek.ladder', true) = 'deferred' THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    EXECUTE format('SELECT array_agg(DISTINCT %1$I) FROM ladder_new WHERE %1$I IS NOT NULL', TG_ARGV[0]) INTO ids;
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE format('SELECT array_agg(DISTINCT %1$I) FROM ladder_old WHERE %1$I IS NOT NULL', TG_ARGV[0]) INTO ids;
  ELSE
    EXECUTE format('SELECT array_agg(DISTINCT x) FROM (SELECT %1$I AS x FROM ladder_new UNION SELECT %1$I FROM ladder_old) t
                    WHERE x IS NOT NULL', TG_ARGV[0]) INTO ids;
  END IF;
  IF ids IS NOT NULL THEN PERFORM ladder_refresh(ids); END IF;
  RETURN NULL;
END $fn$;

CREATE FUNCTION ladder_truncated() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF current_setting('buurtboek.ladder', true) = 'deferred' THEN RETURN NULL; END IF;
  PERFORM ladder_refresh(ARRAY(SELECT DISTINCT person_id FROM stages));
  RETURN NULL;
END $fn$;

DO $do$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES ('visits', 'person_id'), ('hours', 'person_id'), ('memberships', 'person_id'),
      ('allowances', 'person_id'), ('keys', 'person_id'), ('board_seats', 'person_id'), ('placements', 'person_id'),
      ('contracts', 'person_id'), ('stage_entries', 'person_id'), ('people', 'id')) AS x(tbl, col)
  LOOP
    EXECUTE format('CREATE TRIGGER ladder_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS ladder_new
                    FOR EACH STATEMENT EXECUTE FUNCTION ladder_changed(%L)', t.tbl, t.col);
    EXECUTE format('CREATE TRIGGER ladder_update AFTER UPDATE ON %I REFERENCING OLD TABLE AS ladder_old NEW TABLE AS ladder_new
                    FOR EACH STATEMENT EXECUTE FUNCTION ladder_changed(%L)', t.tbl, t.col);
    EXECUTE format('CREATE TRIGGER ladder_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS ladder_old
                    FOR EACH STATEMENT EXECUTE FUNCTION ladder_changed(%L)', t.tbl, t.col);
    IF t.tbl <> 'people' THEN
      EXECUTE format('CREATE TRIGGER ladder_truncate AFTER TRUNCATE ON %I
                      FOR EACH STATEMENT EXECUTE FUNCTION ladder_truncated()', t.tbl);
    END IF;
  END LOOP;
END $do$;

-- Back-fill. What was entered stays entered: every stage row except those the participation
-- trigger (0051) or the desk's new-person registration made — an open `deelnemer` stage, not
-- imported, starting on the day of a visit the app registered in that room, or on the day the desk
-- registered the person in their home room. Those are derived
-- again below, like every other stage.
INSERT INTO stage_entries (person_id, room_id, stage, from_date, to_date, source_key)
SELECT s.person_id, s.room_id, s.stage, s.from_date, s.to_date, s.source_key
  FROM stages s
 WHERE NOT (s.stage = 'deelnemer' AND s.source_key IS NULL AND s.to_date IS NULL AND (
         EXISTS (SELECT 1 FROM visits v
                  WHERE v.person_id = s.person_id AND v.room_id = s.room_id AND v.date = s.from_date
                    AND v.created_by IS NOT NULL)
         OR EXISTS (SELECT 1 FROM desk_person_keys k JOIN people p ON p.id = k.person_id
                     WHERE k.person_id = s.person_id AND p.home_room = s.room_id AND p.since = s.from_date)))
 ORDER BY s.id;
DELETE FROM stages;
SELECT ladder_refresh(ARRAY(SELECT id FROM people ORDER BY id));
