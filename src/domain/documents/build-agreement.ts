import { dutchDate } from "./format";
import type { DocumentData } from "./get-document-data";
import type { Block, DocumentModel } from "./model";
import { budgetTable, financingTable, isEmpty, targetsTable } from "./tables";
import { AGREEMENT_SECTIONS, fillText } from "./texts";

/** "a, b en c". */
export function listNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} en ${names.at(-1)}`;
}

/**
 * The cooperation agreement (samenwerkingsafspraak) in seed 004's order: the standard wording,
 * AFSPRAKEN with the performance table, BEGROTING, FINANCIERING, the closing sections and a
 * signature block per party.
 */
export function buildAgreement(data: DocumentData): DocumentModel {
  const names = data.rooms.map((r) => r.name);
  const vars = { kamers: listNames(names), jaar: data.year, cooperative: data.cooperative.name };
  const text = (key: (typeof AGREEMENT_SECTIONS)[number]["key"]) => fillText(data.texts[key], vars);
  const section = (key: (typeof AGREEMENT_SECTIONS)[number]["key"]): Block[] => {
    const s = AGREEMENT_SECTIONS.find((x) => x.key === key)!;
    return [
      { kind: "heading", level: 2, text: s.heading },
      ...text(key)
        .split(/\n\s*\n/)
        .map((p): Block => ({ kind: "paragraph", text: p.trim() })),
    ];
  };
  const blocks: Block[] = [];
  const empty = data.rooms.filter((r) => isEmpty(data.indicators.perRoom[r.id], data.finance.perRoom[r.id]));
  if (empty.length > 0) {
    blocks.push({
      kind: "paragraph",
      italic: true,
      text: `Let op: voor ${listNames(empty.map((r) => r.name))} zijn voor ${data.year} nog geen begroting, financiering of registraties vastgelegd. De tabellen tonen daar nullen.`,
    });
  }
  blocks.push(...section("why"), ...section("dream"), ...section("together"), ...section("cooperative"));
  blocks.push(...section("partners"), ...section("how"));

  blocks.push({ kind: "pagebreak" }, { kind: "heading", level: 1, text: "AFSPRAKEN" });
  blocks.push(targetsTable(data.rooms, data.indicators.perRoom, data.year));
  blocks.push(
    { kind: "heading", level: 3, text: "Noten" },
    { kind: "paragraph", text: text("performance_notes") },
  );

  blocks.push({ kind: "pagebreak" }, { kind: "heading", level: 1, text: "BEGROTING" });
  blocks.push(budgetTable(data.rooms, data.lines, data.finance, data.year));

  blocks.push({ kind: "heading", level: 1, text: "FINANCIERING" });
  blocks.push({
    kind: "paragraph",
    text: "De financiering is een gezamenlijke investering van uren en euro's, namelijk van bewoners die als vrijwilligers kosteloos uren investeren (die we vertalen naar euro's) als ook van financiers die directe euro's investeren, zoals de gemeente, woningcorporaties, zorgverzekeraar en particuliere fondsen.",
  });
  const planHours = (roomId: string | null) =>
    data.plans
      .filter((p) => roomId === null || p.roomId === roomId)
      .reduce((s, p) => s + p.volunteerHours + p.staffUnpaidHours, 0);
  blocks.push(financingTable(data.rooms, data.contributions, data.finance, data.year, true, planHours));

  blocks.push(...section("budget_management"), ...section("dispute"));

  const city = data.rooms.find((r) => r.city)?.city ?? "";
  const funders = [
    ...new Map(
      data.contributions
        .filter((k) => k.funderType === "municipality" || k.funderType === "housing_corporation")
        .map((k) => [k.funderId, k.funderName]),
    ).values(),
  ].sort((a, b) => a.localeCompare(b, "nl"));
  blocks.push({
    kind: "signatures",
    place: city,
    parties: [
      ...data.rooms.map((r) => `Namens bewonersvereniging ${r.association ?? r.name}`),
      ...funders.map((f) => `Namens ${f}`),
      `Namens ${data.cooperative.name}`,
    ],
  });
  return {
    kind: "agreement",
    title: `Samenwerkingsafspraak ${data.year}`,
    subtitle: `Buurtwerkkamers ${listNames(names)}`,
    cooperative: data.cooperative,
    rooms: data.rooms.map((r) => r.id),
    year: data.year,
    quarter: null,
    date: data.date,
    blocks,
  };
}

export const agreementDateLine = (date: string) => `Opgesteld op ${dutchDate(date)}`;
