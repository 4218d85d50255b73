import { emptyByStage, type GrowthFigures, type GrowthRow } from "../domain/indicators/growth";
import type {
  IndicatorScope,
  IndicatorsRepository,
  PersonFigures,
  PersonGroup,
  RawIndicatorFigures,
  StageTransition,
} from "../domain/indicators/ports";
import { PERSON_GROUPS } from "../domain/indicators/ports";
import type { RoomForTargets, TargetOverride } from "../domain/indicators/targets";
import type { LadderStage } from "../domain/people/ladder";
import { addDays, type IsoDate } from "../domain/shared/dates";
import type { Queryable } from "./database";

/*
 * Every indicator query lives here. Parameters: $1 rooms text[], $2 from, $3 to, $4 first year,
 * $5 last year. Each filter starts with room_id and a date (or year) so the (room, date) indexes
 * serve it. The visit numbers come from the roll-ups of migration 0090 for the whole months of a
 * scope and from the raw visits for the days of a month it cuts (docs/indicators.md).
 */

// Social meeting counts both social types as one (DOMAIN §5 process.social). Grouping by
// (type, person) first lets a hash aggregate shrink the rows before anything is sorted for the
// distinct counts; count(DISTINCT) straight on the visits sorted every row and was 3× slower.
const VISITS_SQL = `
WITH v AS (
  SELECT CASE WHEN activity_type = 'social_activation' THEN 'social' ELSE activity_type END AS grp,
         person_id,
         sum(count) FILTER (WHERE person_id IS NULL AND first_time AND activity_type <> 'jobs') AS anonymous_first_time,
         sum(count) FILTER (WHERE activity_type = 'jobs') AS jobs
  FROM visits
  WHERE room_id = ANY($1::text[]) AND date BETWEEN $2::date AND $3::date
  GROUP BY 1, 2
)
SELECT grp, count(person_id) AS named,
       COALESCE(sum(anonymous_first_time), 0) AS anonymous_first_time, COALESCE(sum(jobs), 0) AS jobs
FROM v GROUP BY grp
UNION ALL
SELECT 'total', count(DISTINCT person_id), COALESCE(sum(anonymous_first_time), 0), COALESCE(sum(jobs), 0)
FROM v`;

/*
 * The same numbers from the roll-ups (migration 0090) for the scope's whole months, plus the raw
 * visit rows of the partial months at either end ($4 = last day of the leading part, $5 = first
 * day of the trailing part; an empty part has its end before its start). Named persons are the
 * union of both, so a person in a whole month and an edge day counts once. A group can come back
 * in two rows (its persons, its sums): the caller adds them up.
 * $6/$7: first and last year of the whole months, $8/$9: first month (1–12) in the first year and
 * last month in the last year, $10/$11: first day of the first and of the last whole month.
 * Bit m-1 of `months` is month m, so the months lo..hi of a year are (1 << hi) - (1 << (lo - 1)).
 */
const ROLLUP_VISITS_SQL = `
WITH edge AS (
  SELECT CASE WHEN activity_type = 'social_activation' THEN 'social' ELSE activity_type END AS grp,
         person_id,
         sum(count) FILTER (WHERE person_id IS NULL AND first_time AND activity_type <> 'jobs') AS a,
         sum(count) FILTER (WHERE activity_type = 'jobs') AS j
  FROM visits
  WHERE room_id = ANY($1::text[])
    AND (date BETWEEN $2::date AND $4::date OR date BETWEEN $5::date AND $3::date)
  GROUP BY 1, 2
), named AS MATERIALIZED (
  SELECT grp, person_id FROM visit_rollup_persons
  WHERE room_id = ANY($1::text[]) AND year BETWEEN $6::int AND $7::int
    AND months & ((1 << CASE WHEN year = $7::int THEN $9::int ELSE 12 END)
                  - (1 << (CASE WHEN year = $6::int THEN $8::int ELSE 1 END - 1))) <> 0
  UNION
  SELECT grp, person_id FROM edge WHERE person_id IS NOT NULL
), sums AS (
  SELECT grp, anonymous_first_time AS a, jobs AS j FROM visit_rollup_sums
  WHERE room_id = ANY($1::text[]) AND month BETWEEN $10::date AND $11::date
  UNION ALL
  SELECT grp, a, j FROM edge
)
SELECT grp, count(*) AS named, 0 AS anonymous_first_time, 0 AS jobs FROM named GROUP BY grp
UNION ALL
SELECT 'total', count(*), 0, 0 FROM (SELECT DISTINCT person_id FROM named) p
UNION ALL
SELECT COALESCE(grp, 'total'), 0, COALESCE(sum(a), 0), COALESCE(sum(j), 0)
FROM sums GROUP BY GROUPING SETS ((grp), ())`;

/** The whole calendar months inside a scope, and the partial months left at either end. */
export interface MonthSplit {
  /** First day of the first and of the last whole month. */
  firstMonth: IsoDate;
  lastMonth: IsoDate;
  /** Last day before the first whole month (before `from` when there is no leading part). */
  leadEnd: IsoDate;
  /** First day after the last whole month (after `to` when there is no trailing part). */
  trailStart: IsoDate;
}

const lastDayOfMonth = (monthStart: IsoDate): IsoDate => addDays(nextMonth(monthStart), -1);
function nextMonth(monthStart: IsoDate): IsoDate {
  const y = Number(monthStart.slice(0, 4));
  const m = Number(monthStart.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
}

/** Splits from..to (inclusive) into whole months and edges; null when no month lies wholly inside. */
export function splitMonths(from: IsoDate, to: IsoDate): MonthSplit | null {
  const firstMonth = from.endsWith("-01") ? from : nextMonth(`${from.slice(0, 7)}-01`);
  const toMonth = `${to.slice(0, 7)}-01`;
  // The month before toMonth starts on the first of the month holding the day before toMonth.
  const lastMonth = lastDayOfMonth(toMonth) === to ? toMonth : `${addDays(toMonth, -1).slice(0, 7)}-01`;
  if (firstMonth > lastMonth) return null;
  return { firstMonth, lastMonth, leadEnd: addDays(firstMonth, -1), trailStart: nextMonth(lastMonth) };
}

function rollupParams(s: IndicatorScope, m: MonthSplit) {
  return [
    s.rooms,
    s.from,
    s.to,
    m.leadEnd,
    m.trailStart,
    Number(m.firstMonth.slice(0, 4)),
    Number(m.lastMonth.slice(0, 4)),
    Number(m.firstMonth.slice(5, 7)),
    Number(m.lastMonth.slice(5, 7)),
    m.firstMonth,
    m.lastMonth,
  ];
}

/** Took part in the scope: a visit, or approved volunteer hours, in one of its rooms and dates. */
const PARTICIPATES = (person: string) => `(
  EXISTS (SELECT 1 FROM visits v WHERE v.person_id = ${person}
          AND v.room_id = ANY($1::text[]) AND v.date BETWEEN $2::date AND $3::date)
  OR EXISTS (SELECT 1 FROM hours h WHERE h.person_id = ${person}
          AND h.room_id = ANY($1::text[]) AND h.date BETWEEN $2::date AND $3::date
          AND h.kind = 'volunteer' AND h.status = 'approved'))`;

// Formal financing leaves requested (not yet granted) contributions out, as report finance does.
// Pending and rejected hours do not count: only hours a coordinator accepted (imports are approved).
const FIGURES_SQL = `
SELECT h.*, k.*, m.*, r.*, ri.*, n.*, pl.*, o.*, s.*, i.*, b.*, a.*
FROM
 (SELECT count(DISTINCT person_id) AS volunteers,
         COALESCE(sum(hours), 0) AS volunteer_hours,
         count(DISTINCT room_id || '|' || activity) FILTER (WHERE btrim(activity) <> '') AS volunteer_groups
  FROM (SELECT person_id, room_id, activity, sum(hours) AS hours
        FROM hours
        WHERE room_id = ANY($1::text[]) AND date BETWEEN $2::date AND $3::date
          AND kind = 'volunteer' AND status = 'approved'
        GROUP BY person_id, room_id, activity) hh) h,
 (SELECT count(DISTINCT person_id) AS key_holders
  FROM keys
  WHERE room_id = ANY($1::text[]) AND issued <= $3::date AND (returned IS NULL OR returned >= $2::date)) k,
 (SELECT count(DISTINCT person_id) AS members
  FROM memberships
  WHERE room_id = ANY($1::text[]) AND year BETWEEN $4::int AND $5::int AND paid) m,
 (SELECT count(DISTINCT person_id) AS referred_persons,
         count(DISTINCT partner_id) AS partners,
         count(*) FILTER (WHERE direction = 'out' AND outcome = 'connected') AS out_connected,
         count(*) FILTER (WHERE direction = 'out' AND outcome = 'not_connected') AS out_not_connected
  FROM referrals
  WHERE room_id = ANY($1::text[]) AND date BETWEEN $2::date AND $3::date) r,
 (SELECT count(*) AS referred_in, count(*) FILTER (WHERE active) AS referred_in_participating
  FROM (SELECT x.person_id, ${PARTICIPATES("x.person_id")} AS active
        FROM (SELECT DISTINCT person_id FROM referrals
              WHERE room_id = ANY($1::text[]) AND date BETWEEN $2::date AND $3::date
                AND direction = 'in' AND person_id IS NOT NULL) x) y) ri,
 (SELECT count(*) AS newcomers, count(*) FILTER (WHERE active) AS newcomers_participating
  FROM (SELECT ${PARTICIPATES("p.id")} AS active
        FROM people p
        WHERE p.home_room = ANY($1::text[]) AND p.newcomer AND p.merged_into IS NULL
          AND (p.since IS NULL OR p.since <= $3::date)) y) n,
 (SELECT count(DISTINCT person_id) AS placements
  FROM placements
  WHERE room_id = ANY($1::text[]) AND type <> 'perspective_job'
    AND start_date <= $3::date AND (end_date IS NULL OR end_date >= $2::date)) pl,
 (SELECT count(DISTINCT person_id) AS paid_work
  FROM outcomes
  WHERE room_id = ANY($1::text[]) AND date BETWEEN $2::date AND $3::date AND kind = 'paid_work') o,
 (SELECT count(*) FILTER (WHERE survey = 'participants' AND question = 'confidence' AND yes) AS confidence_yes,
         count(*) FILTER (WHERE survey = 'participants' AND question = 'confidence') AS confidence_answers,
         count(*) FILTER (WHERE survey = 'participants' AND question = 'pleasant_living' AND yes) AS pleasant_yes,
         count(*) FILTER (WHERE survey = 'participants' AND question = 'pleasant_living') AS pleasant_answers,
         COALESCE(sum(score) FILTER (WHERE survey = 'team' AND question = 'score'), 0) AS team_score_sum,
         count(score) FILTER (WHERE survey = 'team' AND question = 'score') AS team_score_count,
         COALESCE(sum(score) FILTER (WHERE survey = 'partners' AND question = 'score'), 0) AS partner_score_sum,
         count(score) FILTER (WHERE survey = 'partners' AND question = 'score') AS partner_score_count
  FROM (SELECT survey, question,
               lower(btrim(answer)) IN ('yes', 'ja', 'true', '1') AS yes,
               CASE WHEN question = 'score' AND btrim(answer) ~ '^[0-9]+([.,][0-9]+)?$'
                    THEN replace(btrim(answer), ',', '.')::numeric END AS score
        FROM survey_answers
        WHERE room_id = ANY($1::text[]) AND date BETWEEN $2::date AND $3::date) sa) s,
 (SELECT COALESCE(sum(value) FILTER (WHERE kind = 'evictions'), 0) AS evictions_sum,
         count(*) FILTER (WHERE kind = 'evictions') AS evictions_count,
         COALESCE(sum(value) FILTER (WHERE kind = 'benefit_care_costs_pct'), 0) AS benefit_care_sum,
         count(*) FILTER (WHERE kind = 'benefit_care_costs_pct') AS benefit_care_count,
         COALESCE(sum(value) FILTER (WHERE kind = 'nuisance_pct'), 0) AS nuisance_sum,
         count(*) FILTER (WHERE kind = 'nuisance_pct') AS nuisance_count
  FROM impacts
  WHERE room_id = ANY($1::text[]) AND date BETWEEN $2::date AND $3::date) i,
 (SELECT (SELECT count(*) FROM budget_lines
          WHERE room_id = ANY($1::text[]) AND year BETWEEN $4::int AND $5::int) AS budget_lines,
         (SELECT COALESCE(sum(amount), 0) FROM contributions
          WHERE room_id = ANY($1::text[]) AND year BETWEEN $4::int AND $5::int AND status <> 'requested')
       - (SELECT COALESCE(sum(amount), 0) FROM budget_lines
          WHERE room_id = ANY($1::text[]) AND year BETWEEN $4::int AND $5::int) AS balance) b,
 (SELECT count(*) FILTER (WHERE result = 'positive') AS audits_positive,
         count(*) FILTER (WHERE result = 'negative') AS audits_negative
  FROM audits
  WHERE room_id = ANY($1::text[]) AND year BETWEEN $4::int AND $5::int) a`;

// The previous stage is the person's latest earlier stage in these rooms; only moves up count.
const TRANSITIONS_SQL = `
WITH ranked AS (
  SELECT person_id, from_date, stage,
         array_position(ARRAY['bezoeker','deelnemer','lid','vrijwilliger','sleutelvrijwilliger',
           'bestuursvrijwilliger','meewerkend_vrijwilliger','medewerker'], stage) AS rank
  FROM stages
  WHERE room_id = ANY($1::text[]) AND from_date <= $3::date
), moves AS (
  SELECT person_id, from_date, stage, rank,
         lag(stage) OVER w AS prev_stage, lag(rank) OVER w AS prev_rank
  FROM ranked
  WINDOW w AS (PARTITION BY person_id ORDER BY from_date, rank)
)
SELECT prev_stage AS "from", stage AS "to", count(DISTINCT person_id) AS residents
FROM moves
WHERE from_date >= $2::date AND (prev_rank IS NULL OR rank > prev_rank)
GROUP BY prev_stage, stage, prev_rank, rank
ORDER BY prev_rank NULLS FIRST, rank`;

const RANKS = `ARRAY['bezoeker','deelnemer','lid','vrijwilliger','sleutelvrijwilliger',
  'bestuursvrijwilliger','meewerkend_vrijwilliger','medewerker']`;

/*
 * Growth in figures (DOMAIN §10) from the kept ladder: $1 rooms, $2 from, $3 to. Reached = the
 * person's earliest start of the stage in these rooms falls in the period; moved up = a stage
 * started in the period ranks above every stage started before it; stopped = a stage ended in the
 * period and none is open on its last day (counted under the stage that ended last, the highest
 * when several ended that day).
 */
const GROWTH_STAGES_SQL = `
WITH s AS MATERIALIZED (
  SELECT person_id, stage, from_date, to_date, array_position(${RANKS}, stage) AS rank
  FROM stages WHERE room_id = ANY($1::text[]) AND from_date <= $3::date
), firsts AS (
  SELECT person_id, stage, min(from_date) AS f FROM s GROUP BY 1, 2
), before AS (
  SELECT person_id, max(rank) AS r FROM s WHERE from_date < $2::date GROUP BY 1
), up AS (
  SELECT DISTINCT s.person_id, s.stage FROM s LEFT JOIN before b ON b.person_id = s.person_id
  WHERE s.from_date >= $2::date AND s.rank > COALESCE(b.r, 0)
), ended AS (
  SELECT DISTINCT ON (person_id) person_id, stage FROM s
  WHERE to_date BETWEEN $2::date AND $3::date
    AND NOT EXISTS (SELECT 1 FROM s o WHERE o.person_id = s.person_id AND (o.to_date IS NULL OR o.to_date > $3::date))
  ORDER BY person_id, to_date DESC, rank DESC
)
SELECT 'reached' AS kind, stage, count(*)::int AS n FROM firsts WHERE f >= $2::date GROUP BY stage
UNION ALL SELECT 'moved_up', stage, count(*)::int FROM up GROUP BY stage
UNION ALL SELECT 'moved_up', NULL, count(DISTINCT person_id)::int FROM up
UNION ALL SELECT 'stopped', stage, count(*)::int FROM ended GROUP BY stage
UNION ALL SELECT 'stopped', NULL, count(*)::int FROM ended
UNION ALL SELECT 'held', stage, count(DISTINCT person_id)::int FROM s
  WHERE to_date IS NULL OR to_date >= $3::date GROUP BY stage`;

/*
 * New and returning (DOMAIN §10): $1 rooms, $2 from, $3 to, $4/$5 the previous period. A person's
 * first registration is their first visit or approved hours in any room; a volunteer's first is
 * their first approved volunteer hours in any room.
 */
const GROWTH_PERSONS_SQL = `
WITH part AS (
  SELECT DISTINCT person_id FROM visits
  WHERE room_id = ANY($1::text[]) AND date BETWEEN $2::date AND $3::date AND person_id IS NOT NULL
), vol AS (
  SELECT DISTINCT person_id FROM hours
  WHERE room_id = ANY($1::text[]) AND date BETWEEN $2::date AND $3::date AND person_id IS NOT NULL
    AND kind = 'volunteer' AND status = 'approved'
), prev AS (
  SELECT DISTINCT person_id FROM hours
  WHERE room_id = ANY($1::text[]) AND date BETWEEN $4::date AND $5::date AND person_id IS NOT NULL
    AND kind = 'volunteer' AND status = 'approved'
)
SELECT
  (SELECT count(*) FROM part p
    WHERE NOT EXISTS (SELECT 1 FROM visits v WHERE v.person_id = p.person_id AND v.date < $2::date)
      AND NOT EXISTS (SELECT 1 FROM hours h WHERE h.person_id = p.person_id AND h.date < $2::date
                        AND h.status = 'approved'))::int AS participants_new,
  (SELECT count(*) FROM part)::int AS participants,
  (SELECT count(*) FROM vol p
    WHERE NOT EXISTS (SELECT 1 FROM hours h WHERE h.person_id = p.person_id AND h.date < $2::date
                        AND h.kind = 'volunteer' AND h.status = 'approved'))::int AS volunteers_new,
  (SELECT count(*) FROM vol)::int AS volunteers,
  (SELECT count(*) FROM prev)::int AS previous,
  (SELECT count(*) FROM prev p WHERE NOT EXISTS (SELECT 1 FROM vol v WHERE v.person_id = p.person_id))::int AS left_`;

type FigureRow = Record<string, number>;

// PostgreSQL refuses a parameter a statement does not use, hence two lists.
function datedParams(s: IndicatorScope) {
  return [s.rooms, s.from, s.to];
}
function yearParams(s: IndicatorScope) {
  return [...datedParams(s), Number(s.from.slice(0, 4)), Number(s.to.slice(0, 4))];
}

export interface IndicatorsRepositoryOptions {
  /**
   * Read the visit roll-ups for whole months (default). false reads only the raw visit rows: the
   * tests compare both, and it is the answer should a roll-up ever be doubted.
   */
  rollup?: boolean;
}

export function indicatorsRepository(
  db: Queryable,
  options: IndicatorsRepositoryOptions = {},
): IndicatorsRepository {
  const useRollup = options.rollup ?? true;
  const visitFigures = (scope: IndicatorScope) => {
    const months = useRollup ? splitMonths(scope.from, scope.to) : null;
    return db.query<{ grp: string; named: number; anonymous_first_time: number; jobs: number }>(
      months ? ROLLUP_VISITS_SQL : VISITS_SQL,
      months ? rollupParams(scope, months) : datedParams(scope),
    );
  };
  return {
    async allRoomIds() {
      const rows = await db.query<{ id: string }>("SELECT id FROM rooms ORDER BY id");
      return rows.map((r) => r.id);
    },
    roomsForTargets(ids) {
      return db.query<RoomForTargets>("SELECT id, variant, opened FROM rooms WHERE id = ANY($1::text[])", [
        ids,
      ]);
    },
    targetOverrides(ids, year) {
      return db.query<TargetOverride>(
        `SELECT room_id AS "roomId", year, indicator, target, too_early AS "tooEarly", target_of AS "targetOf"
         FROM targets WHERE room_id = ANY($1::text[]) AND year = $2`,
        [ids, year],
      );
    },
    async setTarget(t) {
      await db.query(
        `INSERT INTO targets (room_id, year, indicator, target, too_early, target_of)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (room_id, year, indicator) DO UPDATE
           SET target = EXCLUDED.target, too_early = EXCLUDED.too_early, target_of = EXCLUDED.target_of`,
        [t.roomId, t.year, t.indicator, t.target, t.tooEarly, t.targetOf],
      );
    },
    async clearTarget(roomId, year, indicator) {
      const rows = await db.query(
        "DELETE FROM targets WHERE room_id = $1 AND year = $2 AND indicator = $3 RETURNING room_id",
        [roomId, year, indicator],
      );
      return rows.length > 0;
    },
    async roomsFundedBy(funderId) {
      const rows = await db.query<{ room_id: string }>(
        "SELECT DISTINCT room_id FROM contributions WHERE funder_id = $1 ORDER BY room_id",
        [funderId],
      );
      return rows.map((r) => r.room_id);
    },
    async figures(scope) {
      const [visitRows, [row]] = await Promise.all([
        visitFigures(scope),
        db.query<FigureRow>(FIGURES_SQL, yearParams(scope)),
      ]);
      const persons = Object.fromEntries(
        PERSON_GROUPS.map((g) => [g, { named: 0, anonymousFirstTime: 0 }]),
      ) as Record<PersonGroup, PersonFigures>;
      let jobs = 0;
      for (const v of visitRows) {
        if (v.grp === "total") jobs += v.jobs;
        const p = persons[v.grp as PersonGroup];
        if (p) {
          p.named += v.named;
          p.anonymousFirstTime += v.anonymous_first_time;
        }
      }
      return {
        persons,
        jobs,
        volunteers: row.volunteers,
        volunteerHours: row.volunteer_hours,
        volunteerGroups: row.volunteer_groups,
        keyHolders: row.key_holders,
        members: row.members,
        referredIn: row.referred_in,
        referredInParticipating: row.referred_in_participating,
        newcomers: row.newcomers,
        newcomersParticipating: row.newcomers_participating,
        placements: row.placements,
        paidWork: row.paid_work,
        referredPersons: row.referred_persons,
        partners: row.partners,
        outConnected: row.out_connected,
        outNotConnected: row.out_not_connected,
        confidenceYes: row.confidence_yes,
        confidenceAnswers: row.confidence_answers,
        pleasantYes: row.pleasant_yes,
        pleasantAnswers: row.pleasant_answers,
        teamScoreSum: row.team_score_sum,
        teamScoreCount: row.team_score_count,
        partnerScoreSum: row.partner_score_sum,
        partnerScoreCount: row.partner_score_count,
        evictionsSum: row.evictions_sum,
        evictionsCount: row.evictions_count,
        benefitCareSum: row.benefit_care_sum,
        benefitCareCount: row.benefit_care_count,
        nuisanceSum: row.nuisance_sum,
        nuisanceCount: row.nuisance_count,
        budgetLines: row.budget_lines,
        balance: row.balance,
        auditsPositive: row.audits_positive,
        auditsNegative: row.audits_negative,
      } satisfies RawIndicatorFigures;
    },
    stageTransitions(scope) {
      return db.query<StageTransition>(TRANSITIONS_SQL, datedParams(scope));
    },
    async growth(scope, previous) {
      const [stageRows, [persons]] = await Promise.all([
        db.query<GrowthRow>(GROWTH_STAGES_SQL, datedParams(scope)),
        db.query<FigureRow>(GROWTH_PERSONS_SQL, [...datedParams(scope), previous.from, previous.to]),
      ]);
      const g: GrowthFigures = {
        reached: emptyByStage(),
        movedUp: emptyByStage(),
        movedUpPersons: 0,
        stopped: emptyByStage(),
        stoppedPersons: 0,
        held: emptyByStage(),
        participants: {
          new: persons.participants_new,
          returning: persons.participants - persons.participants_new,
        },
        volunteers: { new: persons.volunteers_new, returning: persons.volunteers - persons.volunteers_new },
        turnover: {
          previousFrom: previous.from,
          previousTo: previous.to,
          previous: persons.previous,
          left: persons.left_,
        },
      };
      for (const r of stageRows) {
        if (r.kind === "reached" && r.stage) g.reached[r.stage as LadderStage] = r.n;
        else if (r.kind === "moved_up") {
          if (r.stage) g.movedUp[r.stage as LadderStage] = r.n;
          else g.movedUpPersons = r.n;
        } else if (r.kind === "held") {
          if (r.stage) g.held[r.stage as LadderStage] = r.n;
        } else if (r.kind === "stopped") {
          if (r.stage) g.stopped[r.stage as LadderStage] = r.n;
          else g.stoppedPersons = r.n;
        }
      }
      return g;
    },
  };
}
