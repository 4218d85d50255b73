import { writeFileSync } from "node:fs";
import { documentDeps } from "../../db/document-deps";
import { openDatabase } from "../../db/open";
import { generateDocument } from "../../domain/documents/generate-document";
import type { DocumentKind } from "../../domain/documents/model";
import { parseRoomList } from "../../domain/indicators/indicator-rooms";
import { isFormat, renderDocument } from "../../reports/render";
import type { CliCommand } from "../command";
import { UsageError } from "../command";

const NL: Record<DocumentKind, string> = {
  agreement: "de samenwerkingsafspraak",
  quarterly: "de kwartaalrapportage",
  annual: "de jaarrapportage",
};

function documentCommand(kind: DocumentKind): CliCommand {
  const quarter = kind === "quarterly" ? " --quarter N" : "";
  return {
    name: `report ${kind}`,
    usage: `report ${kind} --rooms ID[,ID…]|all --year JJJJ${quarter} --format docx|pdf|xlsx --out BESTAND   ${NL[kind]}`,
    examples: [
      `report ${kind} --rooms cjm --year 2025${kind === "quarterly" ? " --quarter 2" : ""} --format pdf --out ${kind}-cjm-2025.pdf`,
    ],
    options: {
      rooms: { type: "string" },
      year: { type: "string" },
      quarter: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
    },
    async run({ values }) {
      const roomsText = (values.rooms as string | undefined)?.trim();
      if (!roomsText) throw new UsageError("--rooms ontbreekt (kamer-id's met komma's, of all)");
      const rooms = parseRoomList(roomsText);
      if (rooms !== "all" && rooms.length === 0) throw new UsageError("--rooms noemt geen kamer");
      const yearText = values.year as string | undefined;
      if (!yearText || !/^\d{4}$/.test(yearText))
        throw new UsageError("--year moet een jaartal zijn, zoals 2021");
      let q: number | null = null;
      if (kind === "quarterly") {
        const text = values.quarter as string | undefined;
        if (!text || !/^[1-4]$/.test(text)) throw new UsageError("--quarter moet 1, 2, 3 of 4 zijn");
        q = Number(text);
      } else if (values.quarter !== undefined) {
        throw new UsageError(`--quarter hoort alleen bij report quarterly`);
      }
      const format = (values.format as string | undefined) ?? "";
      if (!isFormat(format)) throw new UsageError(`--format moet docx, pdf of xlsx zijn (niet '${format}')`);
      const out = values.out as string | undefined;
      if (!out) throw new UsageError("--out ontbreekt: het bestand om te schrijven");
      const db = await openDatabase({ holder: "cli", readOnly: true });
      try {
        const doc = await generateDocument(
          documentDeps(db, () => new Date()),
          null,
          { kind, rooms, year: Number(yearText), quarter: q },
        );
        writeFileSync(out, await renderDocument(doc, format));
        console.log(`${doc.title} (${format}) geschreven naar ${out}`);
        return 0;
      } finally {
        await db.close();
      }
    },
  };
}

export const reportAgreementCommand = documentCommand("agreement");
export const reportQuarterlyCommand = documentCommand("quarterly");
export const reportAnnualCommand = documentCommand("annual");
