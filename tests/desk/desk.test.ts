import { beforeAll, expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { deskRepository } from "../../src/db/desk.repository";
import { roomsRepository } from "../../src/db/rooms.repository";
import type { Actor } from "../../src/domain/auth/roles";
import { addHelpQuestion } from "../../src/domain/desk/add-help-question";
import { correctHours } from "../../src/domain/desk/correct-hours";
import type { DeskDeps } from "../../src/domain/desk/deps";
import { getCallList } from "../../src/domain/desk/get-call-list";
import { getToday } from "../../src/domain/desk/get-today";
import { listHelpQuestions } from "../../src/domain/desk/list-help-questions";
import { logHours } from "../../src/domain/desk/log-hours";
import { readHelpNote } from "../../src/domain/desk/read-help-note";
import { recordCall } from "../../src/domain/desk/record-call";
import { registerJob } from "../../src/domain/desk/register-job";
import { registerPerson } from "../../src/domain/desk/register-person";
import { DOUBLE_TAP_MS, registerVisit } from "../../src/domain/desk/register-visit";
import { reviewHours } from "../../src/domain/desk/review-hours";
import { searchPeople } from "../../src/domain/desk/search-people";
import { undoVisit } from "../../src/domain/desk/undo-visit";
import { addDays, todayInAmsterdam } from "../../src/domain/shared/dates";
import { describeEachDatabase } from "../support/databases";

const desk: Actor = { userId: 101, role: "desk", rooms: ["r1"], funderId: null };
const otherDesk: Actor = { userId: 102, role: "desk", rooms: ["r1"], funderId: null };
const coordinator: Actor = { userId: 201, role: "coordinator", rooms: ["r1", "r2"], funderId: null };

let n = 0;
const key = () => `test-key-${Date.now()}-${++n}`;

async function expectCode(p: Promise<unknown>, code: string) {
  await expect(p).rejects.toMatchObject({ code });
}

describeEachDatabase("desk: registering at the door", (getDb) => {
  let db: Database;
  let deps: DeskDeps;
  let today: string;
  const acts: Record<string, number> = {};
  const at = (ms: number): DeskDeps => ({ desk: deskRepository(db), now: () => new Date(Date.now() + ms) });

  beforeAll(async () => {
    db = await getDb();
    deps = { desk: deskRepository(db), now: () => new Date() };
    today = todayInAmsterdam();
    const rooms = roomsRepository(db);
    for (const id of ["r1", "r2"])
      await rooms.upsertRoom({
        id,
        name: `Kamer ${id}`,
        city: "Amsterdam",
        neighbourhood: null,
        association: null,
        variant: "full",
        opened: "2020-01-01",
      });
    acts.inloop = await rooms.addActivity("r1", "social", "Inloop met koffie");
    acts.taal = await rooms.addActivity("r1", "language", "Taalcafé");
    acts.klus = await rooms.addActivity("r1", "jobs", "Klussendienst");
    acts.other = await rooms.addActivity("r2", "social", "Eettafel");
  });

  async function newPerson(firstName: string, street: string | null, extra = {}) {
    const p = await registerPerson(deps, desk, {
      roomId: "r1",
      key: key(),
      firstName,
      street,
      consent: true,
      ...extra,
    });
    return p.id;
  }

  it("registers a new visitor with the least data, a reference, a stage and an incoming referral", async () => {
    const id = await newPerson("Anja", "Hoogoord", { referredBy: "Buurtteam Zuidoost", newcomer: true });
    const [p] = await db.query<Record<string, unknown>>(
      "SELECT ref, home_room, first_name, street, newcomer, consent_at, since FROM people WHERE id = $1",
      [id],
    );
    expect(p).toMatchObject({
      ref: `bb-${id}`,
      home_room: "r1",
      first_name: "Anja",
      street: "Hoogoord",
      newcomer: true,
    });
    expect(p.consent_at).not.toBeNull();
    expect(p.since).toBe(today);
    // Registered by name: a visitor from today (DOMAIN §10); their first visit makes them a participant.
    const stages = await db.query("SELECT stage, from_date, origin FROM stages WHERE person_id = $1", [id]);
    expect(stages).toEqual([{ stage: "bezoeker", from_date: today, origin: "derived" }]);
    const refs = await db.query<{ direction: string; name: string; outcome: string; outcome_date: string }>(
      `SELECT r.direction, p.name, r.outcome, r.outcome_date FROM referrals r
       JOIN partners p ON p.id = r.partner_id WHERE r.person_id = $1`,
      [id],
    );
    // The resident came: the incoming referral is connected that day, not pending for ever.
    expect(refs).toEqual([
      { direction: "in", name: "Buurtteam Zuidoost", outcome: "connected", outcome_date: today },
    ]);
  });

  it("names the missing field, refuses without consent, warns for a duplicate, and guards children", async () => {
    await expect(
      registerPerson(deps, desk, { roomId: "r1", key: key(), firstName: "  ", consent: true }),
    ).rejects.toMatchObject({ code: "desk.required", params: { field: "firstName" } });
    await expectCode(
      registerPerson(deps, desk, { roomId: "r1", key: key(), firstName: "Kees", consent: false }),
      "desk.consent_required",
    );
    await expectCode(
      registerPerson(deps, desk, {
        roomId: "r1",
        key: key(),
        firstName: "anja",
        street: "hoogoord",
        consent: true,
      }),
      "desk.duplicate_person",
    );
    const other = await registerPerson(deps, desk, {
      roomId: "r1",
      key: key(),
      firstName: "Anja",
      street: "Hoogoord",
      consent: true,
      notDuplicate: true,
    });
    expect(other.duplicate).toBe(false);
    await expectCode(
      registerPerson(deps, desk, { roomId: "r1", key: key(), firstName: "Sam", consent: true, child: true }),
      "desk.guardian_required",
    );
    const child = await newPerson("Sam", null, {
      child: true,
      guardianName: "Fatima",
      guardianConsent: true,
    });
    const [row] = await db.query<{ guardian_consent: string }>(
      "SELECT guardian_consent FROM people WHERE id = $1",
      [child],
    );
    expect(row.guardian_consent).toBe("Fatima");
  });

  it("asks the age at an activity for children, and refuses a child there without a guardian's consent", async () => {
    const rooms = roomsRepository(db);
    const kids = await rooms.addActivity("r1", "social_activation", "Knutselmiddag");
    await rooms.setActivityForChildren("r1", kids, true);
    // The desk must ask: no answer is no registration (DOMAIN §10, issue 16).
    await expectCode(
      registerPerson(deps, desk, {
        roomId: "r1",
        key: key(),
        firstName: "Lina",
        consent: true,
        activityId: kids,
      }),
      "desk.child_question",
    );
    expect(await db.query("SELECT 1 FROM people WHERE first_name = 'Lina'")).toHaveLength(0);
    const lina = await registerPerson(deps, desk, {
      roomId: "r1",
      key: key(),
      firstName: "Lina",
      consent: true,
      activityId: kids,
      child: true,
      guardianName: "Amina",
      guardianConsent: true,
    });
    expect(lina.visit?.activityId).toBe(kids);
    const [marked] = await db.query<{ under_16: boolean }>("SELECT under_16 FROM people WHERE id = $1", [
      lina.id,
    ]);
    expect(marked.under_16).toBe(true);
    // A person marked under 16 without a recorded consent (e.g. imported) is refused there…
    const noConsent = await newPerson("Timo", null);
    await db.query("UPDATE people SET under_16 = true WHERE id = $1", [noConsent]);
    await expectCode(
      registerVisit(deps, desk, { roomId: "r1", key: key(), activityId: kids, personId: noConsent }),
      "desk.child_without_consent",
    );
    // …and still welcome at an activity that is not for children.
    const ok = await registerVisit(deps, desk, {
      roomId: "r1",
      key: key(),
      activityId: await rooms.addActivity("r1", "social", "Spelletjesmiddag"),
      personId: noConsent,
    });
    expect(ok.duplicate).toBe(false);
  });

  it("creates one person when the same key is sent twice", async () => {
    const k = key();
    const a = await registerPerson(deps, desk, { roomId: "r1", key: k, firstName: "Ria", consent: true });
    const b = await registerPerson(deps, desk, { roomId: "r1", key: k, firstName: "Ria", consent: true });
    expect(b.id).toBe(a.id);
    expect(b.duplicate).toBe(true);
  });

  it("registers a known visitor once per key, once per day and activity, and refuses bad input", async () => {
    const henk = await newPerson("Henk", "Hakfort");
    const k = key();
    const first = await registerVisit(deps, desk, {
      roomId: "r1",
      key: k,
      activityId: acts.inloop,
      personId: henk,
    });
    expect(first.duplicate).toBe(false);
    const again = await registerVisit(deps, desk, {
      roomId: "r1",
      key: k,
      activityId: acts.inloop,
      personId: henk,
    });
    expect(again).toMatchObject({ id: first.id, duplicate: true });
    const tapTwice = await registerVisit(deps, desk, {
      roomId: "r1",
      key: key(),
      activityId: acts.inloop,
      personId: henk,
    });
    expect(tapTwice).toMatchObject({ id: first.id, duplicate: true });
    await expectCode(
      registerVisit(deps, desk, {
        roomId: "r1",
        key: key(),
        activityId: acts.inloop,
        date: addDays(today, 1),
      }),
      "desk.future_date",
    );
    await expectCode(
      registerVisit(deps, desk, { roomId: "r1", key: key(), activityId: acts.other }),
      "desk.activity_other_room",
    );
    await expectCode(
      registerVisit(deps, desk, {
        roomId: "r1",
        key: key(),
        activityId: acts.inloop,
        date: addDays(today, -40),
      }),
      "desk.date_too_old",
    );
    const rows = await db.query("SELECT id FROM visits WHERE person_id = $1", [henk]);
    expect(rows).toHaveLength(1);
  });

  it("counts a double '+1' within a second once, and a later one again", async () => {
    const tally = { roomId: "r1", activityId: acts.taal, firstTime: true };
    const a = await registerVisit(deps, desk, { ...tally, key: key() });
    const b = await registerVisit(deps, desk, { ...tally, key: key() });
    expect(b).toMatchObject({ id: a.id, duplicate: true });
    await new Promise((r) => setTimeout(r, DOUBLE_TAP_MS + 100));
    const c = await registerVisit(deps, desk, { ...tally, key: key() });
    expect(c.duplicate).toBe(false);
    // Another device's "+1" is another person.
    const d = await registerVisit(deps, otherDesk, { ...tally, key: key() });
    expect(d.duplicate).toBe(false);
  });

  it("shows today's activities with their counts, the usual ones first", async () => {
    const view = await getToday(deps, desk, { roomId: "r1" });
    expect(view.date).toBe(today);
    const taal = view.activities.find((a) => a.id === acts.taal)!;
    expect(taal.count).toMatchObject({ total: 3, anonymous: 3, firstTime: 3, named: 0 });
    const inloop = view.activities.find((a) => a.id === acts.inloop)!;
    expect(inloop.count).toMatchObject({ total: 1, named: 1 });
    expect(view.activities.some((a) => a.roomId !== "r1")).toBe(false);
    expect(view.mine.length).toBeGreaterThan(0);
    expect(view.mine.every((m) => m.id > 0)).toBe(true);
  });

  it("undoes the user's own registration of today only", async () => {
    const v = await registerVisit(at(5000), desk, {
      roomId: "r1",
      key: key(),
      activityId: acts.inloop,
      count: 1,
    });
    await expectCode(undoVisit(deps, otherDesk, { roomId: "r1", visitId: v.id }), "desk.undo_not_yours");
    await expectCode(
      undoVisit(at(36 * 3600_000), desk, { roomId: "r1", visitId: v.id }),
      "desk.undo_too_late",
    );
    await expectCode(undoVisit(deps, desk, { roomId: "r2", visitId: v.id }), "desk.not_found");
    expect(await undoVisit(deps, desk, { roomId: "r1", visitId: v.id })).toEqual({ undone: v.id });
    expect(await db.query("SELECT id FROM visits WHERE id = $1", [v.id])).toHaveLength(0);
  });

  it("finds people by first name or street as you type, frequent visitors on top, first name and street only", async () => {
    const fatima = await newPerson("Fatima", "Holendrechterweg");
    const fenna = await newPerson("Fenna", "Hofoord");
    for (let i = 1; i <= 3; i++)
      await registerVisit(deps, coordinator, {
        roomId: "r1",
        key: key(),
        activityId: acts.taal,
        personId: fatima,
        date: addDays(today, -i),
      });
    const top = await searchPeople(deps, desk, { roomId: "r1", activityId: acts.taal });
    expect(top[0].id).toBe(fatima);
    expect(Object.keys(top[0]).sort()).toEqual(
      ["askContact", "askMembership", "firstName", "hasHelpQuestion", "id", "street", "visitToday"].sort(),
    );
    // Three visits this year without contact details or membership: the gentle prompt.
    expect(top[0]).toMatchObject({ askContact: true, askMembership: true });
    const byName = await searchPeople(deps, desk, { roomId: "r1", activityId: acts.taal, q: "f" });
    expect(byName.map((p) => p.id)).toEqual(expect.arrayContaining([fatima, fenna]));
    expect(byName[0].id).toBe(fatima);
    const byStreet = await searchPeople(deps, desk, { roomId: "r1", activityId: acts.taal, q: "hofo" });
    expect(byStreet.map((p) => p.id)).toEqual([fenna]);
    const wildcard = await searchPeople(deps, desk, { roomId: "r1", q: "%" });
    expect(wildcard).toEqual([]);
  });

  it("registers a job in jobs with pending volunteer hours under the group", async () => {
    const wim = await newPerson("Wim", "Hakfort");
    const ria = await newPerson("Ria", "Hoogoord");
    const job = await registerJob(deps, desk, {
      roomId: "r1",
      key: key(),
      activityId: acts.klus,
      kind: "Lamp ophangen",
      personId: ria,
      volunteers: [{ personId: wim, hours: 1.5 }],
      count: 2,
    });
    const [v] = await db.query<Record<string, unknown>>(
      "SELECT activity_type, count, person_id FROM visits WHERE id = $1",
      [job.id],
    );
    expect(v).toEqual({ activity_type: "jobs", count: 2, person_id: ria });
    const hours = await db.query("SELECT hours, kind, activity, status FROM hours WHERE person_id = $1", [
      wim,
    ]);
    expect(hours).toEqual([{ hours: 1.5, kind: "volunteer", activity: "Klussendienst", status: "pending" }]);
    await expectCode(
      registerJob(deps, desk, { roomId: "r1", key: key(), activityId: acts.taal, kind: "x", volunteers: [] }),
      "desk.not_jobs",
    );
    // Undo removes the job and its hours.
    await undoVisit(deps, desk, { roomId: "r1", visitId: job.id });
    expect(await db.query("SELECT id FROM hours WHERE person_id = $1", [wim])).toHaveLength(0);
  });

  it("lets a volunteer log hours of today and yesterday, a line per entry, then the coordinator approves", async () => {
    const kofi = await newPerson("Kofi", null);
    const a = await logHours(deps, desk, {
      roomId: "r1",
      key: key(),
      personId: kofi,
      hours: 3,
      activity: "Taalteam",
    });
    const b = await logHours(deps, desk, {
      roomId: "r1",
      key: key(),
      personId: kofi,
      hours: 2.5,
      activity: "Taalteam",
    });
    // A second shift on the same day is a second line; correcting is an action on a line.
    expect(b.id).not.toBe(a.id);
    expect(await correctHours(deps, { roomId: "r1", hoursId: b.id, hours: 2 })).toEqual({
      id: b.id,
      hours: 2,
    });
    await expectCode(correctHours(deps, { roomId: "r2", hoursId: b.id, hours: 2 }), "desk.not_found");
    await logHours(deps, desk, {
      roomId: "r1",
      key: key(),
      personId: kofi,
      hours: 4,
      date: addDays(today, -1),
    });
    await expectCode(
      logHours(deps, desk, { roomId: "r1", key: key(), personId: kofi, hours: 4, date: addDays(today, -2) }),
      "desk.hours_date",
    );
    await reviewHours(deps, { roomId: "r1", hoursId: a.id, status: "approved", hours: 2 });
    const [row] = await db.query("SELECT hours, status FROM hours WHERE id = $1", [a.id]);
    expect(row).toEqual({ hours: 2, status: "approved" });
    await expectCode(correctHours(deps, { roomId: "r1", hoursId: a.id, hours: 9 }), "desk.hours_locked");
    // The same key sent again stores nothing new.
    const k = key();
    const first = await logHours(deps, desk, { roomId: "r1", key: k, personId: kofi, hours: 1 });
    const again = await logHours(deps, desk, { roomId: "r1", key: k, personId: kofi, hours: 1 });
    expect(again).toEqual({ id: first.id, duplicate: true });
  });

  it("keeps a help question's note from the desk and logs every coordinator read", async () => {
    const yaw = await newPerson("Yaw", "Hofoord");
    const { id } = await addHelpQuestion(deps, desk, {
      roomId: "r1",
      personId: yaw,
      domains: ["poverty", "housing"],
      note: "Huurachterstand, brief van Ymere",
    });
    const found = await searchPeople(deps, desk, { roomId: "r1", q: "yaw" });
    expect(found[0]).toMatchObject({ id: yaw, hasHelpQuestion: true });
    expect(JSON.stringify(found)).not.toContain("Huurachterstand");
    const list = await listHelpQuestions(deps, { roomId: "r1" });
    expect(list.find((h) => h.id === id)).toMatchObject({
      domains: ["poverty", "housing"],
      firstName: "Yaw",
    });
    expect(JSON.stringify(list)).not.toContain("Huurachterstand");
    const read = await readHelpNote(deps, coordinator, { roomId: "r1", helpQuestionId: id });
    expect(read.note).toBe("Huurachterstand, brief van Ymere");
    await readHelpNote(deps, coordinator, { roomId: "r1", helpQuestionId: id });
    const log = await db.query("SELECT user_id, person_id FROM audit_log WHERE action = 'help_note_read'");
    expect(log).toEqual([
      { user_id: 201, person_id: yaw },
      { user_id: 201, person_id: yaw },
    ]);
    await expectCode(readHelpNote(deps, coordinator, { roomId: "r2", helpQuestionId: id }), "desk.not_found");
  });

  it("puts a regular who stayed away three weeks on the call list until the call is recorded", async () => {
    const mulu = await newPerson("Mulu", "Hakfort", { phone: "0612345678" });
    for (const back of [25, 30, 35, 40, 45])
      await registerVisit(deps, coordinator, {
        roomId: "r1",
        key: key(),
        activityId: acts.inloop,
        personId: mulu,
        date: addDays(today, -back),
      });
    const list = await getCallList(deps, { roomId: "r1" });
    expect(list.map((p) => p.personId)).toContain(mulu);
    expect(list.find((p) => p.personId === mulu)).toMatchObject({ phone: "0612345678", visitDays: 5 });
    await recordCall(deps, coordinator, { roomId: "r1", personId: mulu, outcome: "reached" });
    expect((await getCallList(deps, { roomId: "r1" })).map((p) => p.personId)).not.toContain(mulu);
  });
});
