import { suppressIndicatorReport } from "../indicators/small-cells";
import { listNames } from "./build-agreement";
import { dutchDate } from "./format";
import type { DocumentData } from "./get-document-data";
import type { Block, DocumentModel } from "./model";
import {
  breakdownTable,
  financingTable,
  growthBars,
  headlineTable,
  isEmpty,
  landlordLabel,
  newcomerLabel,
  realisationTable,
  spendingTable,
} from "./tables";

/**
 * The quarterly or annual report (Jaarrapportage): the rooms together first, then each room with
 * the coordinator's story; realisation against target for every indicator, the growth chart,
 * budget against spending, financing received, hours and the popular investment.
 *
 * Documents travel, so the small-cell rule holds in every one, whoever makes it (DOMAIN §10):
 * person counts of 1–4 show as "< 5" except a room's headline figures over a whole year, and the
 * breakdowns by category merge and hide their small cells (tables.ts).
 */
export function buildProgressReport(data: DocumentData): DocumentModel {
  const wholeYear = data.quarter === null;
  const ind = {
    total: suppressIndicatorReport(data.indicators.total),
    perRoom: Object.fromEntries(
      Object.entries(data.indicators.perRoom).map(([id, r]) => [id, suppressIndicatorReport(r)]),
    ),
  };
  const names = data.rooms.map((r) => r.name);
  const cities = [...new Set(data.rooms.map((r) => r.city).filter((c): c is string => !!c))];
  const period =
    data.quarter === null
      ? String(data.year)
      : `${data.year}, kwartaal ${data.quarter} (1 januari t/m ${dutchDate(data.to)})`;
  const blocks: Block[] = [];
  const allEmpty = isEmpty(data.indicators.total, data.finance.total);
  if (allEmpty) {
    blocks.push({
      kind: "paragraph",
      italic: true,
      text: `Er zijn over ${period} geen gegevens geregistreerd voor ${listNames(names)}: geen bezoeken, uren, begroting of financiering. De tabellen hieronder zijn daarom leeg of nul.`,
    });
  }
  blocks.push({ kind: "heading", level: 1, text: "Algemeen" });
  blocks.push({
    kind: "paragraph",
    text: `Deze rapportage verantwoordt de resultaten van ${listNames(names)} over ${period}, berekend uit de registratie van ${data.cooperative.name}. De streefcijfers zijn indicatief: een buurtwerkkamer werkt energiegericht.`,
  });
  blocks.push(headlineTable(data.rooms, data.indicators.perRoom, data.indicators.total, wholeYear));

  const scope = data.rooms.length > 1 ? "alle kamers samen" : names[0];
  blocks.push({ kind: "heading", level: 1, text: "Prestaties" });
  blocks.push(realisationTable("Prestaties totaal", `Realisatie en streefcijfers, ${scope}`, ind.total));
  blocks.push({ kind: "heading", level: 2, text: "Groei" });
  blocks.push(growthBars(data.growth));

  blocks.push({ kind: "heading", level: 1, text: "Begroting en besteding" });
  blocks.push(
    spendingTable("Besteding totaal", `Begroot en besteed ${data.year}, ${scope}`, data.spending.total, true),
  );

  blocks.push({ kind: "heading", level: 1, text: "Financiering" });
  const hoursOf = (roomId: string | null) => {
    const f = roomId === null ? data.finance.total : data.finance.perRoom[roomId];
    return f.hours.volunteer + f.hours.staff_unpaid;
  };
  blocks.push(
    financingTable(
      data.rooms,
      data.contributions,
      data.finance,
      data.year,
      false,
      hoursOf,
      data.quarter === null
        ? `Financiering ${data.year} (toegekend en ontvangen)`
        : `Ontvangen financiering t/m ${dutchDate(data.to)}`,
    ),
  );

  blocks.push({ kind: "heading", level: 1, text: "Deelnemers" });
  blocks.push(
    breakdownTable(
      "Naar verhuurder",
      "Deelnemers naar verhuurder",
      "Verhuurder",
      data.breakdowns.landlord,
      landlordLabel,
    ),
  );
  blocks.push(
    breakdownTable(
      "Nieuwe bewoners",
      "Deelnemers naar nieuwe bewoner",
      "Deelnemer",
      data.breakdowns.newcomer,
      newcomerLabel,
    ),
  );

  for (const room of data.rooms) {
    const report = ind.perRoom[room.id];
    blocks.push({ kind: "pagebreak" }, { kind: "heading", level: 1, text: room.name });
    if (!allEmpty && isEmpty(report, data.finance.perRoom[room.id])) {
      blocks.push({
        kind: "paragraph",
        italic: true,
        text: `Voor ${room.name} zijn over ${period} geen gegevens geregistreerd.`,
      });
    }
    blocks.push({
      kind: "heading",
      level: 2,
      text: data.quarter === null ? "Het verhaal van het jaar" : "Het verhaal van het kwartaal",
    });
    const story = data.stories[room.id]?.trim();
    blocks.push(
      ...(story
        ? story.split(/\n\s*\n/).map((p): Block => ({ kind: "paragraph", text: p.trim() }))
        : [
            {
              kind: "paragraph" as const,
              italic: true,
              text: "(Ruimte voor het verhaal van de teamcoördinator.)",
            },
          ]),
    );
    blocks.push(
      realisationTable(`Prestaties ${room.id}`, `Realisatie en streefcijfers, ${room.name}`, report),
    );
    blocks.push(
      spendingTable(
        `Besteding ${room.id}`,
        `Begroot en besteed, ${room.name}`,
        data.spending.perRoom[room.id],
        false,
      ),
    );
  }

  const kindName = data.quarter === null ? "Jaarrapportage" : `Kwartaalrapportage K${data.quarter}`;
  return {
    kind: data.quarter === null ? "annual" : "quarterly",
    title: `${kindName} buurtwerkkamers ${cities.length === 1 ? `${cities[0]} ` : ""}${data.year}`,
    subtitle: listNames(names),
    cooperative: data.cooperative,
    rooms: data.rooms.map((r) => r.id),
    year: data.year,
    quarter: data.quarter,
    date: data.date,
    blocks,
  };
}
