-- Pre-aggregated visits for the indicator queries (issue 9; docs/decisions/090-visit-rollup.md).
-- Two roll-ups of `visits`, kept current by the database itself: statement-level triggers with
-- transition tables, so that every writer (desk, import, corrections, merge of persons, restore)
-- keeps them right and a 5,000-row import batch costs one grouped upsert per table, not 5,000
-- row triggers. They hold nothing that is not in `visits`: derived data, left out of backups
-- (src/db/backup.ts) and rebuilt by the triggers when a restore inserts the visits again.
--
-- "Group" folds the social types into one, as the indicator SQL does (DOMAIN §5 process.social).

-- Named persons: one row per room, calendar year, group and person, with the number of visit
-- rows in each month (m01 = January). A row's month counters say in which months the person
-- came, so the distinct persons of any run of whole months are the rows whose `months` bit mask
-- meets that run. Per year rather than per month: a resident comes a few times a month at most,
-- so (room, month, group, person) rows would be barely fewer than the visits themselves.
CREATE TABLE visit_rollup_persons (
  room_id text NOT NULL,
  year int NOT NULL,
  grp text NOT NULL,
  person_id bigint NOT NULL,
  m01 int NOT NULL DEFAULT 0,
  m02 int NOT NULL DEFAULT 0,
  m03 int NOT NULL DEFAULT 0,
  m04 int NOT NULL DEFAULT 0,
  m05 int NOT NULL DEFAULT 0,
  m06 int NOT NULL DEFAULT 0,
  m07 int NOT NULL DEFAULT 0,
  m08 int NOT NULL DEFAULT 0,
  m09 int NOT NULL DEFAULT 0,
  m10 int NOT NULL DEFAULT 0,
  m11 int NOT NULL DEFAULT 0,
  m12 int NOT NULL DEFAULT 0,
  months int GENERATED ALWAYS AS (
    ((m01 > 0)::int << 0) |
    ((m02 > 0)::int << 1) |
    ((m03 > 0)::int << 2) |
    ((m04 > 0)::int << 3) |
    ((m05 > 0)::int << 4) |
    ((m06 > 0)::int << 5) |
    ((m07 > 0)::int << 6) |
    ((m08 > 0)::int << 7) |
    ((m09 > 0)::int << 8) |
    ((m10 > 0)::int << 9) |
    ((m11 > 0)::int << 10) |
    ((m12 > 0)::int << 11)) STORED,
  PRIMARY KEY (room_id, year, grp, person_id)
);
-- Rows whose counters all fell to 0 are deleted after each change; this index finds them.
CREATE INDEX visit_rollup_persons_empty ON visit_rollup_persons (room_id) WHERE months = 0;

-- Sums per room, month (its first day) and group: the anonymous first-time visitors and the
-- job visits of the indicator table, and the number of visit rows (0 = the row is deleted).
CREATE TABLE visit_rollup_sums (
  room_id text NOT NULL,
  month date NOT NULL,
  grp text NOT NULL,
  visit_rows int NOT NULL,
  anonymous_first_time bigint NOT NULL,
  jobs bigint NOT NULL,
  PRIMARY KEY (room_id, month, grp)
);
CREATE INDEX visit_rollup_sums_empty ON visit_rollup_sums (room_id) WHERE visit_rows = 0;

-- One function for the three events: the changed rows as signed deltas (+1 new, -1 old), grouped
-- per roll-up key, added with one upsert per table. An UPDATE that changes nothing the roll-ups
-- hold (a note, created_by) nets to zero and writes nothing. Keys are upserted in order so that
-- two concurrent batches lock shared rows in the same order.
CREATE FUNCTION visit_rollup_apply() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  cols constant text := 'room_id, date, activity_type, person_id, count, first_time';
  src text;
BEGIN
  src := CASE TG_OP
    WHEN 'INSERT' THEN format('SELECT %s, 1 AS sign FROM visit_rollup_new', cols)
    WHEN 'DELETE' THEN format('SELECT %s, -1 AS sign FROM visit_rollup_old', cols)
    ELSE format('SELECT %1$s, 1 AS sign FROM visit_rollup_new UNION ALL SELECT %1$s, -1 FROM visit_rollup_old', cols)
  END;
  EXECUTE format($sql$
    INSERT INTO visit_rollup_sums AS t (room_id, month, grp, visit_rows, anonymous_first_time, jobs)
    SELECT room_id, date_trunc('month', date)::date,
           CASE WHEN activity_type = 'social_activation' THEN 'social' ELSE activity_type END,
           sum(sign),
           sum(CASE WHEN person_id IS NULL AND first_time AND activity_type <> 'jobs' THEN sign * count ELSE 0 END),
           sum(CASE WHEN activity_type = 'jobs' THEN sign * count ELSE 0 END)
    FROM (%s) d
    GROUP BY 1, 2, 3
    HAVING sum(sign) <> 0
        OR sum(CASE WHEN person_id IS NULL AND first_time AND activity_type <> 'jobs' THEN sign * count ELSE 0 END) <> 0
        OR sum(CASE WHEN activity_type = 'jobs' THEN sign * count ELSE 0 END) <> 0
    ORDER BY 1, 2, 3
    ON CONFLICT (room_id, month, grp) DO UPDATE
      SET visit_rows = t.visit_rows + EXCLUDED.visit_rows,
          anonymous_first_time = t.anonymous_first_time + EXCLUDED.anonymous_first_time,
          jobs = t.jobs + EXCLUDED.jobs$sql$, src);
  EXECUTE format($sql$
    INSERT INTO visit_rollup_persons AS t (room_id, year, grp, person_id, m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12)
    SELECT room_id, extract(year FROM date)::int,
           CASE WHEN activity_type = 'social_activation' THEN 'social' ELSE activity_type END,
           person_id,
           sum(CASE WHEN extract(month FROM date) = 1 THEN sign ELSE 0 END),
           sum(CASE WHEN extract(month FROM date) = 2 THEN sign ELSE 0 END),
           sum(CASE WHEN extract(month FROM date) = 3 THEN sign ELSE 0 END),
           sum(CASE WHEN extract(month FROM date) = 4 THEN sign ELSE 0 END),
           sum(CASE WHEN extract(month FROM date) = 5 THEN sign ELSE 0 END),
           sum(CASE WHEN extract(month FROM date) = 6 THEN sign ELSE 0 END),
           sum(CASE WHEN extract(month FROM date) = 7 THEN sign ELSE 0 END),
           sum(CASE WHEN extract(month FROM date) = 8 THEN sign ELSE 0 END),
           sum(CASE WHEN extract(month FROM date) = 9 THEN sign ELSE 0 END),
           sum(CASE WHEN extract(month FROM date) = 10 THEN sign ELSE 0 END),
           sum(CASE WHEN extract(month FROM date) = 11 THEN sign ELSE 0 END),
           sum(CASE WHEN extract(month FROM date) = 12 THEN sign ELSE 0 END)
    FROM (%s) d
    WHERE person_id IS NOT NULL
    GROUP BY 1, 2, 3, 4
    HAVING sum(CASE WHEN extract(month FROM date) = 1 THEN sign ELSE 0 END) <> 0 OR sum(CASE WHEN extract(month FROM date) = 2 THEN sign ELSE 0 END) <> 0 OR sum(CASE WHEN extract(month FROM date) = 3 THEN sign ELSE 0 END) <> 0 OR sum(CASE WHEN extract(month FROM date) = 4 THEN sign ELSE 0 END) <> 0 OR sum(CASE WHEN extract(month FROM date) = 5 THEN sign ELSE 0 END) <> 0 OR sum(CASE WHEN extract(month FROM date) = 6 THEN sign ELSE 0 END) <> 0 OR sum(CASE WHEN extract(month FROM date) = 7 THEN sign ELSE 0 END) <> 0 OR sum(CASE WHEN extract(month FROM date) = 8 THEN sign ELSE 0 END) <> 0 OR sum(CASE WHEN extract(month FROM date) = 9 THEN sign ELSE 0 END) <> 0 OR sum(CASE WHEN extract(month FROM date) = 10 THEN sign ELSE 0 END) <> 0 OR sum(CASE WHEN extract(month FROM date) = 11 THEN sign ELSE 0 END) <> 0 OR sum(CASE WHEN extract(month FROM date) = 12 THEN sign ELSE 0 END) <> 0
    ORDER BY 1, 2, 3, 4
    ON CONFLICT (room_id, year, grp, person_id) DO UPDATE
      SET m01 = t.m01 + EXCLUDED.m01, m02 = t.m02 + EXCLUDED.m02, m03 = t.m03 + EXCLUDED.m03, m04 = t.m04 + EXCLUDED.m04, m05 = t.m05 + EXCLUDED.m05, m06 = t.m06 + EXCLUDED.m06, m07 = t.m07 + EXCLUDED.m07, m08 = t.m08 + EXCLUDED.m08, m09 = t.m09 + EXCLUDED.m09, m10 = t.m10 + EXCLUDED.m10, m11 = t.m11 + EXCLUDED.m11, m12 = t.m12 + EXCLUDED.m12$sql$, src);
  DELETE FROM visit_rollup_sums WHERE visit_rows = 0;
  DELETE FROM visit_rollup_persons WHERE months = 0;
  RETURN NULL;
END $fn$;

CREATE TRIGGER visit_rollup_insert AFTER INSERT ON visits
  REFERENCING NEW TABLE AS visit_rollup_new
  FOR EACH STATEMENT EXECUTE FUNCTION visit_rollup_apply();
CREATE TRIGGER visit_rollup_update AFTER UPDATE ON visits
  REFERENCING OLD TABLE AS visit_rollup_old NEW TABLE AS visit_rollup_new
  FOR EACH STATEMENT EXECUTE FUNCTION visit_rollup_apply();
CREATE TRIGGER visit_rollup_delete AFTER DELETE ON visits
  REFERENCING OLD TABLE AS visit_rollup_old
  FOR EACH STATEMENT EXECUTE FUNCTION visit_rollup_apply();

-- TRUNCATE fires no DELETE trigger: empty the roll-ups with it.
CREATE FUNCTION visit_rollup_truncate() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  TRUNCATE visit_rollup_sums, visit_rollup_persons;
  RETURN NULL;
END $fn$;
CREATE TRIGGER visit_rollup_truncate AFTER TRUNCATE ON visits
  FOR EACH STATEMENT EXECUTE FUNCTION visit_rollup_truncate();

-- Backfill, after the triggers: creating them locked `visits` against writers until this
-- migration commits, so no visit is missed or counted twice.
INSERT INTO visit_rollup_sums (room_id, month, grp, visit_rows, anonymous_first_time, jobs)
SELECT room_id, date_trunc('month', date)::date,
       CASE WHEN activity_type = 'social_activation' THEN 'social' ELSE activity_type END,
       count(*),
       COALESCE(sum(count) FILTER (WHERE person_id IS NULL AND first_time AND activity_type <> 'jobs'), 0),
       COALESCE(sum(count) FILTER (WHERE activity_type = 'jobs'), 0)
FROM visits
GROUP BY 1, 2, 3;

INSERT INTO visit_rollup_persons (room_id, year, grp, person_id, m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12)
SELECT room_id, extract(year FROM date)::int,
       CASE WHEN activity_type = 'social_activation' THEN 'social' ELSE activity_type END,
       person_id,
       count(*) FILTER (WHERE extract(month FROM date) = 1),
       count(*) FILTER (WHERE extract(month FROM date) = 2),
       count(*) FILTER (WHERE extract(month FROM date) = 3),
       count(*) FILTER (WHERE extract(month FROM date) = 4),
       count(*) FILTER (WHERE extract(month FROM date) = 5),
       count(*) FILTER (WHERE extract(month FROM date) = 6),
       count(*) FILTER (WHERE extract(month FROM date) = 7),
       count(*) FILTER (WHERE extract(month FROM date) = 8),
       count(*) FILTER (WHERE extract(month FROM date) = 9),
       count(*) FILTER (WHERE extract(month FROM date) = 10),
       count(*) FILTER (WHERE extract(month FROM date) = 11),
       count(*) FILTER (WHERE extract(month FROM date) = 12)
FROM visits
WHERE person_id IS NOT NULL
GROUP BY 1, 2, 3, 4;
