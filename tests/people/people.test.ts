import { expect, it } from "vitest";
import type { Database } from "../../src/db/database";
import { indicatorsRepository } from "../../src/db/indicators.repository";
import { keysRepository } from "../../src/db/keys.repository";
import { membersRepository } from "../../src/db/members.repository";
import { peopleRepository } from "../../src/db/people.repository";
import { privacyRepository } from "../../src/db/privacy.repository";
import { volunteersRepository } from "../../src/db/volunteers.repository";
import { bundleFromCsvTexts } from "../../src/domain/import/bundle";
import { importBundle } from "../../src/domain/import/import-bundle";
import { computeIndicators } from "../../src/domain/indicators/compute-indicators";
import { addShift } from "../../src/domain/keys/add-shift";
import { getKeyRegister } from "../../src/domain/keys/get-key-register";
import { issueKey } from "../../src/domain/keys/issue-key";
import { returnKey } from "../../src/domain/keys/return-key";
import { todaysOpeners } from "../../src/domain/keys/todays-openers";
import { listMembers } from "../../src/domain/members/list-members";
import { setMembership } from "../../src/domain/members/set-membership";
import { addStage } from "../../src/domain/people/add-stage";
import { createPerson } from "../../src/domain/people/create-person";
import { endStage } from "../../src/domain/people/end-stage";
import { getPerson } from "../../src/domain/people/get-person";
import { listPeople } from "../../src/domain/people/list-people";
import { mergePeople } from "../../src/domain/people/merge-people";
import { anonymiseInactive } from "../../src/domain/privacy/anonymise-inactive";
import { erasePerson } from "../../src/domain/privacy/erase-person";
import { exportPerson } from "../../src/domain/privacy/export-person";
import { listNoteReads } from "../../src/domain/privacy/list-note-reads";
import { readHelpNote } from "../../src/domain/privacy/read-help-note";
import { DomainError } from "../../src/domain/shared/errors";
import { hoursStatement } from "../../src/domain/volunteers/hours-statement";
import { logHours } from "../../src/domain/volunteers/log-hours";
import { reviewHours } from "../../src/domain/volunteers/review-hours";
import { setAllowance } from "../../src/domain/volunteers/set-allowance";
import { setAllowanceLimit } from "../../src/domain/volunteers/set-allowance-limit";
import { describeEachDatabase } from "../support/databases";

const BUNDLE = {
  "rooms.csv":
    "room,name,city,variant,opened\nr1,Kamer Een,Amsterdam,full,2020-01-01\nr2,Kamer Twee,Utrecht,full,2020-01-01\n",
  "people.csv": [
    "person,room,first_name,street,newcomer,landlord,since",
    "p1,r1,Anna,Lindelaan,nee,Ymere,2023-03-01",
    "p2,r1,Bram,Eikstraat,ja,,2023-05-01",
    "p3,r1,Cees,Beukweg,ja,Eigen Haard,2024-01-10",
    "p4,r2,Dina,Kerkstraat,nee,,2024-01-01",
  ].join("\n"),
  "visits.csv": [
    "date,room,activity_type,activity,person,count,first_time",
    "2024-02-01,r1,social,Inloop,p1,,",
    "2024-02-01,r1,forms,Formulieren,p2,,",
    "2024-02-08,r1,forms,Formulieren,p3,,",
    "2024-02-08,r1,language,Taal,p3,,",
    "2024-02-09,r2,computer,Computerles,p4,,",
    "2024-02-09,r1,social,Inloop,,3,ja",
  ].join("\n"),
  "hours.csv": [
    "date,room,person,hours,kind,activity",
    "2024-02-01,r1,p1,4,volunteer,klussendienst",
    "2024-02-02,r1,p1,3,volunteer,kookgroep",
    "2024-02-02,r1,p3,2,volunteer,kookgroep",
    "2024-02-03,r1,p2,6,staff_unpaid,",
  ].join("\n"),
  "roles.csv": [
    "person,room,role,from,to",
    "p1,r1,deelnemer,2023-03-01,",
    "p1,r1,vrijwilliger,2023-06-01,",
    "p3,r1,bezoeker,2024-01-10,",
  ].join("\n"),
  "keys.csv": "key,room,person,issued,returned\nR1-1,r1,p1,2023-07-01,\nR1-2,r1,p3,2024-01-15,2024-03-01\n",
  "memberships.csv": "person,room,year,paid,amount\np1,r1,2024,ja,1\np2,r1,2024,ja,1\np3,r1,2024,nee,\n",
  "placements.csv":
    "person,room,type,start,end,wage_value_pct\np2,r1,participation,2024-01-01,2024-12-31,40\n",
  "outcomes.csv": "date,room,person,kind\n2024-04-01,r1,p2,paid_work\n",
  "referrals.csv":
    "date,room,direction,partner,person,partner_type,warm,outcome\n2024-02-01,r1,in,Buurtteam,p3,buurtteam,ja,connected\n",
};

const NOW = new Date("2024-06-15T10:00:00Z");

function deps(db: Database, now = NOW) {
  return {
    db,
    now: () => now,
    people: peopleRepository(db),
    keys: keysRepository(db),
    members: membersRepository(db),
    volunteers: volunteersRepository(db),
    privacy: privacyRepository(db),
    indicators: indicatorsRepository(db),
  };
}

async function idOf(db: Database, ref: string): Promise<number> {
  const rows = await db.query<{ id: number }>("SELECT id FROM people WHERE ref = $1", [ref]);
  return rows[0].id;
}

async function rejects(p: Promise<unknown>, code: string): Promise<DomainError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe(code);
    return e as DomainError;
  }
  throw new Error(`expected ${code}`);
}

describeEachDatabase("people, volunteers, keys, members and privacy", (db) => {
  it("imports the bundle the tests start from", async () => {
    const report = await importBundle({ db: await db() }, bundleFromCsvTexts(BUNDLE));
    expect(report.rejected).toEqual([]);
    expect(report.applied).toBe(true);
  }, 120_000);

  it("lists and filters the people of a room", async () => {
    const d = deps(await db());
    const all = await listPeople(d, "r1", {});
    expect(all.map((p) => p.ref).sort()).toEqual(["p1", "p2", "p3"]);
    expect((await listPeople(d, "r1", { newcomer: true })).map((p) => p.ref).sort()).toEqual(["p2", "p3"]);
    // Anna holds a key: her highest stage is derived from it.
    expect((await listPeople(d, "r1", { stage: "sleutelvrijwilliger" })).map((p) => p.ref)).toEqual(["p1"]);
    expect((await listPeople(d, "r1", { member: true })).map((p) => p.ref).sort()).toEqual(["p1", "p2"]);
    expect((await listPeople(d, "r1", { search: "eik" })).map((p) => p.ref)).toEqual(["p2"]);
    expect((await listPeople(d, "r1", { activeYear: 2023 })).length).toBe(0);
    expect((await listPeople(d, "r1", { seenSince: "2024-02-05" })).map((p) => p.ref)).toEqual(["p3"]);
  });

  it("shows a person page with stages, history and cooperative eligibility; hides other rooms' people", async () => {
    const d = deps(await db());
    const p1 = await idOf(d.db, "p1");
    const page = await getPerson(d, "r1", p1);
    expect(page.person.firstName).toBe("Anna");
    expect(page.currentStage).toBe("sleutelvrijwilliger");
    expect(page.history.keys.map((k) => k.key)).toEqual(["R1-1"]);
    expect(page.history.hours.reduce((s, h) => s + h.hours, 0)).toBe(7);
    expect(page.cooperative.eligible).toBe(false);
    await rejects(getPerson(d, "r2", p1), "people.unknown");
  });

  it("moves along the ladder and refuses a stage that ends before it starts", async () => {
    const d = deps(await db());
    const p3 = await idOf(d.db, "p3");
    // Derived from the bundle's facts (DOMAIN §10): registration and visit, the key, the hours.
    // The entered bezoeker stage and the derived one overlap: kept once, entered.
    const stages = await d.people.listStages(p3);
    expect(stages.map((s) => [s.stage, s.from, s.to, s.origin])).toEqual([
      ["bezoeker", "2024-01-10", null, "entered"],
      ["sleutelvrijwilliger", "2024-01-15", "2024-03-01", "derived"],
      ["vrijwilliger", "2024-02-02", "2024-02-02", "derived"],
      ["deelnemer", "2024-02-08", "2024-02-08", "derived"],
    ]);
    await rejects(endStage(d, "r1", p3, stages[1].id, "2024-02-01"), "people.stage_derived");
    const err = await rejects(
      addStage(d, "r1", p3, { stage: "lid", from: "2024-03-01", to: "2024-02-01" }),
      "people.stage_ends_before_start",
    );
    expect(err.message).toContain("2024-02-01");
    await rejects(addStage(d, "r1", p3, { stage: "bezoeker", from: "2024-03-01" }), "people.stage_overlaps");
    const lid = await addStage(d, "r1", p3, { stage: "lid", from: "2024-03-01" });
    await rejects(endStage(d, "r1", p3, lid, "2024-02-28"), "people.stage_ends_before_start");
    await endStage(d, "r1", p3, lid, "2024-05-01");
    expect((await d.people.listStages(p3)).find((s) => s.stage === "lid")).toMatchObject({
      from: "2024-03-01",
      to: "2024-05-01",
      origin: "entered",
    });
    expect((await getPerson(d, "r1", p3)).currentStage).toBe("bezoeker");
    const board = await addStage(d, "r1", p3, { stage: "bestuursvrijwilliger", from: "2024-06-01" });
    expect((await getPerson(d, "r1", p3)).cooperative).toMatchObject({ eligible: true, reason: "board" });
    await endStage(d, "r1", p3, board, "2024-06-10");
  });

  it("derives a stage from every fact, whoever writes it, and keeps an equal entry once", async () => {
    const d = deps(await db());
    const p4 = await idOf(d.db, "p4");
    // Overlaps the derived bezoeker stage (registration 2024-01-01, visit 2024-02-09): kept once.
    await addStage(d, "r2", p4, { stage: "bezoeker", from: "2024-01-05" });
    await d.db.query(
      "INSERT INTO visits (room_id, date, activity_type, person_id, created_by) VALUES ('r2', '2024-03-05', 'social', $1, 1)",
      [p4],
    );
    await d.db.exec(
      `INSERT INTO keys (key, room_id, person_id, issued) VALUES ('R2-9', 'r2', ${p4}, '2024-04-01');
       INSERT INTO memberships (person_id, room_id, year, paid) VALUES (${p4}, 'r2', 2024, true);
       INSERT INTO allowances (person_id, room_id, month, amount) VALUES (${p4}, 'r2', '2024-05-01', 50);
       INSERT INTO placements (person_id, room_id, type, start_date) VALUES (${p4}, 'r2', 'perspective_job', '2024-06-01');
       INSERT INTO board_seats (person_id, room_id, start_date, end_date) VALUES (${p4}, 'r2', '2024-07-01', '2024-12-31')`,
    );
    const stages = (await d.people.listStages(p4)).map((s) => [s.stage, s.from, s.to, s.origin]);
    expect(stages).toEqual([
      ["bezoeker", "2024-01-01", null, "entered"],
      ["lid", "2024-01-01", "2024-12-31", "derived"],
      ["deelnemer", "2024-02-09", "2024-03-05", "derived"],
      ["sleutelvrijwilliger", "2024-04-01", null, "derived"],
      ["meewerkend_vrijwilliger", "2024-05-01", "2024-05-31", "derived"],
      ["medewerker", "2024-06-01", null, "derived"],
      ["bestuursvrijwilliger", "2024-07-01", "2024-12-31", "derived"],
    ]);
    // The key returned ends its stage; the facts gone, the stages go.
    await d.db.query("UPDATE keys SET returned = '2024-09-30' WHERE key = 'R2-9'");
    expect((await d.people.listStages(p4)).find((s) => s.stage === "sleutelvrijwilliger")?.to).toBe(
      "2024-09-30",
    );
    await d.db.exec(
      `DELETE FROM placements WHERE person_id = ${p4}; DELETE FROM board_seats WHERE person_id = ${p4};
       DELETE FROM allowances WHERE person_id = ${p4}; DELETE FROM keys WHERE key = 'R2-9';
       DELETE FROM memberships WHERE person_id = ${p4} AND room_id = 'r2'`,
    );
    expect((await d.people.listStages(p4)).map((s) => s.stage)).toEqual(["bezoeker", "deelnemer"]);
  });

  it("refuses a key issued twice at once, and flags a key holder who stopped volunteering", async () => {
    const d = deps(await db());
    const p2 = await idOf(d.db, "p2");
    const p3 = await idOf(d.db, "p3");
    const err = await rejects(
      issueKey(d, "r1", { key: "R1-1", personId: p2, issued: "2024-05-01" }),
      "keys.already_issued",
    );
    expect(err.message).toContain("R1-1");
    // R1-2 came back on 2024-03-01: the return day still counts as held.
    await rejects(
      issueKey(d, "r1", { key: "r1-2", personId: p2, issued: "2024-03-01" }),
      "keys.already_issued",
    );
    const id = await issueKey(d, "r1", { key: "R1-2", personId: p2, issued: "2024-03-02" });
    await rejects(returnKey(d, "r1", { id, returned: "2024-03-01" }), "keys.returned_before_issued");
    const reg = await getKeyRegister(d, "r1");
    const holder = reg.holders.find((h) => h.key === "R1-2");
    expect(holder?.personId).toBe(p2);
    // Bram has no volunteer stage and no volunteer hours (only unpaid staff hours): flagged.
    expect(holder?.stoppedVolunteering).toBe(true);
    expect(reg.holders.find((h) => h.key === "R1-1")?.stoppedVolunteering).toBe(false);
    // Only key holders open the room.
    await rejects(
      addShift(d, "r1", {
        date: "2024-06-15",
        opens: "09:00",
        closes: "13:00",
        openerId: p3,
        closerId: null,
      }),
      "keys.not_a_key_holder",
    );
    await addShift(d, "r1", {
      date: "2024-06-15",
      opens: "09:00",
      closes: "13:00",
      openerId: await idOf(d.db, "p1"),
      closerId: p2,
    });
    expect((await todaysOpeners(d, "r1")).shifts).toEqual([
      { opens: "09:00", closes: "13:00", opener: "Anna", closer: "Bram" },
    ]);
  });

  it("refuses more than 24 hours a day and approves the desk's pending hours", async () => {
    const d = deps(await db());
    const p1 = await idOf(d.db, "p1");
    const err = await rejects(
      logHours(d, "r1", { personId: p1, date: "2024-02-01", hours: 21, approved: true }),
      "volunteers.too_many_hours",
    );
    expect(err.message).toContain("24");
    await rejects(
      logHours(d, "r1", { personId: p1, date: "2024-02-05", hours: 25, approved: true }),
      "volunteers.bad_hours",
    );
    const pending = await logHours(d, "r1", {
      personId: p1,
      date: "2024-05-02",
      hours: 5,
      activity: "kookgroep",
      approved: false,
    });
    expect((await d.volunteers.getHours(pending))?.status).toBe("pending");
    expect(await reviewHours(d, "r1", { ids: [pending], decision: "approved", userId: null })).toEqual({
      changed: 1,
    });
    // Another room cannot approve them.
    expect((await reviewHours(d, "r2", { ids: [pending], decision: "rejected", userId: null })).changed).toBe(
      0,
    );
    const st = await hoursStatement(d, "r1", p1, 2024);
    expect(st.totals).toEqual({ volunteer: 12, staffUnpaid: 0 });
    expect(st.value.volunteer).toBeCloseTo(12 * 13.27);
    const p2 = await idOf(d.db, "p2");
    const staff = await hoursStatement(d, "r1", p2, 2024);
    expect(staff.totals.staffUnpaid).toBe(6);
    expect(staff.value.staffUnpaid).toBe(6 * 37);
  });

  it("warns above the yearly tax-free maximum for volunteer allowances", async () => {
    const d = deps(await db());
    const p1 = await idOf(d.db, "p1");
    await rejects(
      setAllowance(d, "r1", { personId: p1, month: "2024-03", amount: 100 }),
      "volunteers.not_meewerkend",
    );
    await addStage(d, "r1", p1, { stage: "meewerkend_vrijwilliger", from: "2024-01-01" });
    await setAllowanceLimit(d, 2024, 2000);
    const a = await setAllowance(d, "r1", { personId: p1, month: "2024-03", amount: 1500 });
    expect(a.overLimit).toBe(false);
    const b = await setAllowance(d, "r1", { personId: p1, month: "2024-04", amount: 600 });
    expect(b).toMatchObject({ yearTotal: 2100, limit: 2000, overLimit: true });
  });

  it("refuses a membership for a year before the person existed and counts paying members", async () => {
    const d = deps(await db());
    const p3 = await idOf(d.db, "p3");
    const err = await rejects(
      setMembership(d, "r1", { personId: p3, year: 2023, paid: true }),
      "members.before_person_existed",
    );
    expect(err.message).toContain("2023");
    await setMembership(d, "r1", { personId: p3, year: 2024, paid: true });
    const list = await listMembers(d, "r1", 2024);
    expect(list.members.find((m) => m.personId === p3)).toMatchObject({ paid: true, amount: 1 });
    expect(list.perYear).toEqual([{ year: 2024, paying: 3, registered: 3 }]);
  });

  it("merges two records of one person, keeping all history and flagging overlapping keys", async () => {
    const d = deps(await db());
    const p1 = await idOf(d.db, "p1");
    const dup = await createPerson(d, "r1", { firstName: "Anna", phone: "0612345678" });
    await d.db.query(
      "INSERT INTO visits (room_id, date, activity_type, person_id) VALUES ('r1', '2024-03-01', 'debt', $1)",
      [dup],
    );
    await logHours(d, "r1", { personId: dup, date: "2024-03-01", hours: 2, approved: true });
    await issueKey(d, "r1", { key: "R1-9", personId: dup, issued: "2024-03-01" });
    await d.db.query(
      "INSERT INTO help_questions (person_id, room_id, date, domains, note) VALUES ($1, 'r1', '2024-03-01', '{poverty}', 'schulden')",
      [dup],
    );
    const before = await computeIndicators(d, { rooms: ["r1"], from: "2024-01-01", to: "2024-12-31" });
    const result = await mergePeople(d, "r1", { keepId: p1, dropId: dup, userId: null });
    expect(result.moved).toMatchObject({ visits: 1, hours: 1, keys: 1, help_questions: 1 });
    expect(result.flaggedKeys).toBe(2);
    const page = await getPerson(d, "r1", p1);
    expect(page.person.phone).toBe("0612345678");
    expect(page.history.keys.every((k) => k.flag === "merge_overlap")).toBe(true);
    expect(page.history.activities.some((a) => a.type === "debt")).toBe(true);
    expect((await d.people.getPerson(dup))?.mergedInto).toBe(p1);
    const after = await computeIndicators(d, { rooms: ["r1"], from: "2024-01-01", to: "2024-12-31" });
    // The duplicate counted twice before; merged, Anna counts once.
    expect(after.indicators["process.total"].value).toBe(
      (before.indicators["process.total"].value as number) - 1,
    );
    const log = await d.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'person.merge'",
    );
    expect(log[0].n).toBe(1);
    // An import naming the dropped record's reference lands on the kept person.
    const dupRef = `bb-${dup}`;
    await importBundle(
      { db: d.db },
      bundleFromCsvTexts({
        "rooms.csv": BUNDLE["rooms.csv"],
        "hours.csv": `date,room,person,hours\n2024-03-05,r1,${dupRef},1\n`,
      }),
    );
    expect(
      (await d.db.query<{ p: number }>("SELECT person_id AS p FROM hours WHERE date = '2024-03-05'"))[0].p,
    ).toBe(p1);
  });

  it("logs every read of a help-question note", async () => {
    const d = deps(await db());
    const p1 = await idOf(d.db, "p1");
    const [q] = await d.db.query<{ id: number }>("SELECT id FROM help_questions WHERE person_id = $1", [p1]);
    const page = await getPerson(d, "r1", p1);
    expect(page.history.helpQuestions[0]).toMatchObject({ hasNote: true });
    expect(JSON.stringify(page)).not.toContain("schulden");
    const note = await readHelpNote(d, "r1", { personId: p1, questionId: q.id, userId: null });
    expect(note.note).toBe("schulden");
    const reads = await listNoteReads(d);
    expect(reads[0]).toMatchObject({ personId: p1, roomId: "r1", questionId: q.id });
  });

  it("exports everything about a person and erases them with the same report counts", async () => {
    const d = deps(await db());
    const p1 = await idOf(d.db, "p1");
    const exp = await exportPerson(d, "r1", { personId: p1, userId: null });
    expect(exp.data.people.some((p) => p.first_name === "Anna")).toBe(true);
    expect(exp.data.hours.length).toBeGreaterThan(0);
    expect(exp.data.keys.length).toBe(2);
    const scope = { rooms: ["r1", "r2"], from: "2024-01-01", to: "2024-12-31" };
    const before = await computeIndicators(d, scope);
    const { erased } = await erasePerson(d, "r1", {
      personId: p1,
      reason: "consent_withdrawn",
      userId: null,
    });
    expect(erased.length).toBe(2); // Anna and the record merged into her
    const after = await computeIndicators(d, scope);
    expect(after.indicators).toEqual(before.indicators);
    const rows = await d.db.query<Record<string, unknown>>(
      "SELECT ref, ref_hash, first_name, phone, erased_at FROM people WHERE id = ANY($1::int8[])",
      [erased],
    );
    for (const r of rows) {
      expect(r).toMatchObject({ ref: null, first_name: null, phone: null });
      expect(r.erased_at).not.toBeNull();
      expect(r.ref_hash).toMatch(/^[0-9a-f]{64}$/);
    }
    expect((await d.db.query("SELECT 1 FROM help_questions WHERE note IS NOT NULL")).length).toBe(0);
    // The old bundle again: Anna stays erased, her rows are stored without identity.
    const peopleBefore = (await d.db.query<{ n: number }>("SELECT count(*)::int AS n FROM people"))[0].n;
    const report = await importBundle(
      { db: d.db },
      bundleFromCsvTexts({
        ...BUNDLE,
        "hours.csv": `${BUNDLE["hours.csv"]}\n2024-06-01,r1,p1,2,volunteer,`,
      }),
    );
    expect(report.applied).toBe(true);
    expect((await d.db.query<{ n: number }>("SELECT count(*)::int AS n FROM people"))[0].n).toBe(
      peopleBefore,
    );
    expect((await d.db.query("SELECT 1 FROM people WHERE first_name = 'Anna'")).length).toBe(0);
    expect(
      (
        await d.db.query<{ p: number | null }>("SELECT person_id AS p FROM hours WHERE date = '2024-06-01'")
      )[0].p,
    ).toBeNull();
    await rejects(
      erasePerson(d, "r1", { personId: p1, reason: "request", userId: null }),
      "privacy.already_erased",
    );
  });

  it("anonymises persons inactive for the retention period, after a preview, without changing counts", async () => {
    const d = deps(await db());
    const scope = { rooms: ["r1", "r2"], from: "2024-01-01", to: "2024-12-31" };
    const before = await computeIndicators(d, scope);
    const soon = await anonymiseInactive(d, { now: NOW, preview: true });
    expect(soon.candidates).toEqual([]);
    // Two years and a bit later: Dina (r2, last seen March 2024) is due; Bram's placement ended
    // 2024-12-31 so he is not yet; R1-2 is still with Bram (not returned) so he stays anyway.
    const later = new Date("2026-06-01T10:00:00Z");
    const preview = await anonymiseInactive(d, { now: later, preview: true });
    const refs = preview.candidates.map((c) => c.ref);
    expect(refs).toContain("p4");
    expect(refs).not.toContain("p2");
    expect((await d.people.getPerson(await idOf(d.db, "p4")))?.erasedAt).toBeNull();
    const applied = await anonymiseInactive(d, { now: later, preview: false });
    expect(applied.anonymised).toBe(preview.candidates.length);
    expect((await d.db.query("SELECT 1 FROM people WHERE ref = 'p4'")).length).toBe(0);
    expect(await computeIndicators(d, scope)).toEqual(before);
  });
});
