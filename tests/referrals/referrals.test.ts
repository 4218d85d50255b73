import { expect, it, vi } from "vitest";
import type { Database } from "../../src/db/database";
import { partnersRepository } from "../../src/db/partners.repository";
import { referralsRepository } from "../../src/db/referrals.repository";
import type { Actor } from "../../src/domain/auth/roles";
import { bundleFromCsvTexts } from "../../src/domain/import/bundle";
import { importBundle } from "../../src/domain/import/import-bundle";
import { listPartners } from "../../src/domain/partners/list-partners";
import { savePartner } from "../../src/domain/partners/save-partner";
import { createReferral } from "../../src/domain/referrals/create-referral";
import { getReferral } from "../../src/domain/referrals/get-referral";
import { getReferralNote } from "../../src/domain/referrals/get-referral-note";
import { getReferralOverview } from "../../src/domain/referrals/get-referral-overview";
import { listFollowUp } from "../../src/domain/referrals/list-follow-up";
import { listReferrals } from "../../src/domain/referrals/list-referrals";
import { recordOutcome } from "../../src/domain/referrals/record-outcome";
import { updateReferral } from "../../src/domain/referrals/update-referral";
import { DomainError } from "../../src/domain/shared/errors";
import { describeEachDatabase } from "../support/databases";

// A shared two-core machine: a fresh PGlite plus an import can take over a minute under load.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 240_000 });

// A fixed clock: 2026-06-15 noon in Amsterdam.
const now = () => new Date("2026-06-15T10:00:00Z");
const coordinator: Actor = { userId: 1, role: "coordinator", rooms: ["cjm"], funderId: null };
const cooperative: Actor = { userId: 2, role: "cooperative", rooms: [], funderId: null };

const BUNDLE = bundleFromCsvTexts({
  "rooms.csv": "room,name,city,variant\ncjm,Casa Jepie Makandra,Amsterdam,full\ntop,TOP,Utrecht,full\n",
  "people.csv": "person,room,first_name\nr1,cjm,Amina\nr2,cjm,Bert\nr3,top,Cor\n",
  "referrals.csv": [
    "date,room,direction,partner,person,partner_type,warm,outcome",
    "2026-01-10,cjm,out,Schuldhulp Amsterdam,r1,debt_help,yes,connected",
    "2026-02-01,cjm,out,Schuldhulp Amsterdam,,,no,not_connected",
    "2026-02-10,cjm,in,Buurtteam Holendrecht,r2,neighbourhood_team,no,",
    "2026-03-01,top,out,Buurtteam Ondiep,r3,,yes,pending",
  ].join("\n"),
});

async function setup(db: Database) {
  const report = await importBundle({ db }, BUNDLE);
  expect(report.rejected).toEqual([]);
  const ids = async (sql: string) =>
    (await db.query<{ id: number; key: string }>(sql)).reduce<Record<string, number>>(
      (m, r) => Object.assign(m, { [r.key]: r.id }),
      {},
    );
  const people = await ids("SELECT id, ref AS key FROM people");
  const partnerIds = await ids("SELECT id, name AS key FROM partners");
  return { people, partnerIds };
}

const code = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  return "no error";
};

describeEachDatabase("referrals: status flow, bad input, overview", (db) => {
  let fx: Awaited<ReturnType<typeof setup>>;
  const deps = async () => ({ referrals: referralsRepository(await db()), now });

  it("imports referrals.csv rows as pending/decided referrals with their partners", async () => {
    fx = await setup(await db());
    const list = await listReferrals(await deps(), "cjm", {});
    expect(list.map((r) => [r.date, r.direction, r.partnerName, r.status])).toEqual([
      ["2026-02-10", "in", "Buurtteam Holendrecht", "pending"],
      ["2026-02-01", "out", "Schuldhulp Amsterdam", "not_connected"],
      ["2026-01-10", "out", "Schuldhulp Amsterdam", "connected"],
    ]);
  });

  it("refuses a referral without a partner, with an unknown partner, or dated in the future", async () => {
    const d = await deps();
    expect(await code(createReferral(d, coordinator, "cjm", { direction: "out" }))).toBe(
      "referrals.partner_required",
    );
    expect(await code(createReferral(d, coordinator, "cjm", { direction: "out", partnerId: 99999 }))).toBe(
      "referrals.unknown_partner",
    );
    const partnerId = fx.partnerIds["Schuldhulp Amsterdam"];
    expect(
      await code(createReferral(d, coordinator, "cjm", { direction: "out", partnerId, date: "2026-07-01" })),
    ).toBe("referrals.date_in_future");
    expect(
      await code(createReferral(d, coordinator, "cjm", { direction: "out", partnerId, date: "31-02-2026" })),
    ).toBe("referrals.bad_date");
    expect(
      await code(
        createReferral(d, coordinator, "cjm", { direction: "out", partnerId, lifeDomains: ["happiness"] }),
      ),
    ).toBe("referrals.unknown_life_domain");
  });

  it("starts a referral from a help question: copies its resident and domains; another room's question is refused", async () => {
    const database = await db();
    const [hq] = await database.query<{ id: number }>(
      "INSERT INTO help_questions (person_id, room_id, date, domains, note) VALUES ($1, 'cjm', '2026-06-10', '{poverty,housing}', 'privé') RETURNING id",
      [fx.people.r1],
    );
    const d = await deps();
    const partnerId = fx.partnerIds["Schuldhulp Amsterdam"];
    const { id } = await createReferral(d, coordinator, "cjm", {
      direction: "out",
      partnerId,
      helpQuestionId: hq.id,
      date: "12-06-2026",
      warm: true,
    });
    const r = await getReferral(d, "cjm", id);
    expect(r).toMatchObject({
      personId: fx.people.r1,
      personName: "Amina",
      lifeDomains: ["poverty", "housing"],
      status: "pending",
      date: "2026-06-12",
      followUpDate: "2026-06-26",
      helpQuestionId: hq.id,
      warm: true,
      consentToShare: false,
    });
    expect(
      await code(
        createReferral(d, coordinator, "top", { direction: "out", partnerId, helpQuestionId: hq.id }),
      ),
    ).toBe("referrals.unknown_help_question");
    expect(
      await code(
        createReferral(d, coordinator, "cjm", {
          direction: "out",
          partnerId,
          helpQuestionId: hq.id,
          personId: fx.people.r2,
        }),
      ),
    ).toBe("referrals.person_mismatch");
  });

  it("goes pending → connected once; an outcome before the referral date is refused", async () => {
    const d = await deps();
    const partnerId = fx.partnerIds["Buurtteam Holendrecht"];
    const { id } = await createReferral(d, coordinator, "cjm", {
      direction: "out",
      partnerId,
      date: "2026-06-01",
    });
    expect(await code(recordOutcome(d, "cjm", id, { outcome: "connected", date: "2026-05-31" }))).toBe(
      "referrals.outcome_before_referral",
    );
    // The database refuses it too, whoever writes.
    await expect(
      (await db()).query("UPDATE referrals SET outcome_date = '2026-05-01' WHERE id = $1", [id]),
    ).rejects.toThrow();
    await recordOutcome(d, "cjm", id, { outcome: "connected", date: "2026-06-08" });
    expect(await getReferral(d, "cjm", id)).toMatchObject({ status: "connected", outcomeDate: "2026-06-08" });
    expect(await code(recordOutcome(d, "cjm", id, { outcome: "not_connected", reason: "no_show" }))).toBe(
      "referrals.already_decided",
    );
    expect(await code(recordOutcome(d, "top", id, { outcome: "connected" }))).toBe("referrals.not_found");
  });

  it("goes pending → not connected only with a known reason", async () => {
    const d = await deps();
    const partnerId = fx.partnerIds["Buurtteam Holendrecht"];
    const { id } = await createReferral(d, coordinator, "cjm", {
      direction: "out",
      partnerId,
      date: "2026-06-02",
    });
    expect(await code(recordOutcome(d, "cjm", id, { outcome: "not_connected" }))).toBe(
      "referrals.reason_required",
    );
    expect(await code(recordOutcome(d, "cjm", id, { outcome: "not_connected", reason: "weather" }))).toBe(
      "referrals.unknown_reason",
    );
    await recordOutcome(d, "cjm", id, {
      outcome: "not_connected",
      reason: "waiting_list",
      note: "3 maanden",
    });
    expect(await getReferral(d, "cjm", id)).toMatchObject({
      status: "not_connected",
      outcomeDate: "2026-06-15",
      notConnectedReason: "waiting_list",
      outcomeNote: "3 maanden",
    });
  });

  it("lists pending referrals past their follow-up date for the coordinator", async () => {
    const d = await deps();
    const partnerId = fx.partnerIds["Buurtteam Holendrecht"];
    const { id: late } = await createReferral(d, coordinator, "cjm", {
      direction: "in",
      partnerId,
      date: "2026-05-01",
    }); // anonymous until they come; follow-up 2026-05-15
    const { id: notYet } = await createReferral(d, coordinator, "cjm", {
      direction: "out",
      partnerId,
      date: "2026-06-10",
    });
    const list = (await listFollowUp(d, ["cjm"])).map((r) => r.id);
    expect(list).toContain(late);
    expect(list).not.toContain(notYet);
    // The resident came: link them; decided referrals leave the list.
    await updateReferral(d, "cjm", late, { personId: fx.people.r2 });
    await recordOutcome(d, "cjm", late, { outcome: "connected", date: "2026-05-20" });
    expect((await listFollowUp(d, ["cjm"])).map((r) => r.id)).not.toContain(late);
    expect(await code(updateReferral(d, "cjm", notYet, { followUpDate: "2026-06-01" }))).toBe(
      "referrals.follow_up_before_date",
    );
  });

  it("refuses the referral note without consent, gives it with consent and logs the print", async () => {
    const d = await deps();
    const partnerId = fx.partnerIds["Schuldhulp Amsterdam"];
    const { id } = await createReferral(d, coordinator, "cjm", {
      direction: "out",
      partnerId,
      personId: fx.people.r1,
      appointment: "di 16 juni 10:00",
      accompaniedBy: "Ria",
    });
    expect(await code(getReferralNote(d, coordinator, "cjm", id))).toBe("referrals.no_consent");
    await updateReferral(d, "cjm", id, { consentToShare: true });
    const note = await getReferralNote(d, coordinator, "cjm", id);
    expect(note).toMatchObject({
      roomName: "Casa Jepie Makandra",
      referral: {
        personName: "Amina",
        partnerName: "Schuldhulp Amsterdam",
        appointment: "di 16 juni 10:00",
        accompaniedBy: "Ria",
      },
    });
    const logged = await (await db()).query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'referral.note' AND person_id = $1",
      [fx.people.r1],
    );
    expect(logged[0].n).toBe(1);
  });

  it("forgets a referral's free text when its resident is erased, keeping the referral for the figures", async () => {
    const d = await deps();
    const database = await db();
    const partnerId = fx.partnerIds["Buurtteam Holendrecht"];
    const [p] = await database.query<{ id: number }>(
      "INSERT INTO people (home_room, first_name) VALUES ('top', 'Erik') RETURNING id",
    );
    const { id } = await createReferral(d, coordinator, "top", {
      direction: "out",
      partnerId,
      personId: p.id,
      appointment: "ma 9:00",
      accompaniedBy: "Ria",
      consentToShare: true,
    });
    await database.query("UPDATE people SET first_name = NULL, erased_at = now() WHERE id = $1", [p.id]);
    expect(await getReferral(d, "top", id)).toMatchObject({
      personId: p.id,
      personName: null,
      appointment: null,
      accompaniedBy: null,
      consentToShare: false,
      status: "pending",
    });
    expect(await code(getReferralNote(d, coordinator, "top", id))).toBe("referrals.no_consent");
  });

  it("overview per room and partner: in/out, connected %, median days, reasons", async () => {
    const o = await getReferralOverview(await deps(), ["cjm"], { from: "2026-01-01", to: "2026-12-31" });
    // Out rows of cjm: imported connected + not_connected (no reason), the help-question one (pending),
    // connected after 7 days, not connected (waiting_list), the consented one (pending), one pending.
    expect(o.total.out).toEqual({ total: 7, connected: 2, notConnected: 2, pending: 3 });
    expect(o.total.in).toEqual({ total: 2, connected: 1, notConnected: 0, pending: 1 });
    expect(o.total.connectedPct).toBe(50);
    expect(o.total.medianDaysToConnect).toBe(7);
    expect(o.total.reasons).toEqual([
      { reason: "unknown", count: 1 },
      { reason: "waiting_list", count: 1 },
    ]);
    const schuld = o.partners.find((p) => p.partnerName === "Schuldhulp Amsterdam");
    expect(schuld?.out.total).toBe(4);
    expect(schuld?.connectedPct).toBe(50);
  });
});

describeEachDatabase("partners", (db) => {
  it("adds and edits partners, keeps names unique and links only the coordinator's rooms", async () => {
    const d = await db();
    await importBundle({ db: d }, BUNDLE);
    const deps = { partners: partnersRepository(d) };
    const { id } = await savePartner(deps, coordinator, undefined, {
      name: "Voedselbank Zuidoost",
      type: "food_bank",
      contactName: "Els",
      contactPhone: "020-1234567",
      standingAgreement: true,
      rooms: ["cjm"],
    });
    expect(await code(savePartner(deps, coordinator, undefined, { name: " voedselbank zuidoost " }))).toBe(
      "partners.duplicate_name",
    );
    expect(await code(savePartner(deps, coordinator, undefined, { name: "X", type: "church" }))).toBe(
      "partners.unknown_type",
    );
    expect(await code(savePartner(deps, coordinator, undefined, { name: "" }))).toBe(
      "partners.name_required",
    );
    expect(await code(savePartner(deps, coordinator, undefined, { name: "Y", rooms: ["top"] }))).toBe(
      "partners.unknown_room",
    );
    expect(
      await code(savePartner(deps, coordinator, undefined, { name: "Z", contactPhone: "bel maar" })),
    ).toBe("partners.bad_phone");
    await savePartner(deps, cooperative, id, {
      name: "Voedselbank Zuidoost",
      type: "food_bank",
      rooms: ["cjm", "top"],
    });
    // The coordinator of cjm removes cjm; the link with top is not theirs to remove.
    await savePartner(deps, coordinator, id, { name: "Voedselbank Zuidoost", type: "food_bank", rooms: [] });
    const list = await listPartners(deps, coordinator);
    expect(list.find((p) => p.id === id)).toMatchObject({
      rooms: ["top"],
      standingAgreement: false,
      referrals: 0,
    });
    // An imported free-text type stays when the partner is edited.
    const [{ id: imported }] = await d.query<{ id: number }>(
      "SELECT id FROM partners WHERE name = 'Buurtteam Ondiep'",
    );
    await d.query("UPDATE partners SET type = 'buurtteam' WHERE id = $1", [imported]);
    await savePartner(deps, cooperative, imported, { name: "Buurtteam Ondiep", type: "buurtteam" });
    const all = await listPartners(deps, cooperative);
    expect(all.find((p) => p.id === imported)).toMatchObject({
      type: "buurtteam",
      referrals: 1,
      referralRooms: ["top"],
    });
  });
});
