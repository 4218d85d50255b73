import { indicatorsRepository } from "../../db/indicators.repository";
import { openDatabase } from "../../db/open";
import { computeIndicators } from "../../domain/indicators/compute-indicators";
import { parseRoomList } from "../../domain/indicators/indicator-rooms";
import { resolvePeriod } from "../../domain/indicators/period";
import { DomainError, messageOf } from "../../domain/shared/errors";
import type { CliCommand } from "../command";
import { UsageError } from "../command";

/** The period of the options; a bad one is a usage error (exit 2). */
function periodOf(values: { year?: string; from?: string; to?: string }) {
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) {
    throw new UsageError(`--year moet een jaartal zijn, zoals 2021 (niet '${values.year}')`);
  }
  try {
    return resolvePeriod(values);
  } catch (err) {
    if (err instanceof DomainError) throw new UsageError(messageOf(err));
    throw err;
  }
}

export const reportIndicatorsCommand: CliCommand = {
  name: "report indicators",
  usage:
    "report indicators --rooms ID[,ID…]|all --year JJJJ [--from DATUM --to DATUM] [--format json]   de prestatie-indicatoren",
  examples: [
    "report indicators --rooms cjm,multibron --year 2025",
    "report indicators --rooms all --from 2025-01-01 --to 2025-06-30",
  ],
  options: {
    rooms: { type: "string" },
    year: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    format: { type: "string" },
  },
  async run({ values }) {
    const format = (values.format as string | undefined) ?? "json";
    if (format !== "json") throw new UsageError(`--format '${format}' kan niet; alleen json`);
    const roomsText = values.rooms as string | undefined;
    if (!roomsText?.trim()) throw new UsageError("--rooms ontbreekt (kamer-id's met komma's, of all)");
    const requested = parseRoomList(roomsText);
    if (requested !== "all" && requested.length === 0) throw new UsageError("--rooms noemt geen kamer");
    const period = periodOf(values as { year?: string; from?: string; to?: string });
    const db = await openDatabase({ holder: "cli", readOnly: true });
    try {
      const indicators = indicatorsRepository(db);
      const rooms = requested === "all" ? await indicators.allRoomIds() : requested;
      const report = await computeIndicators({ indicators }, { rooms, ...period, growth: true });
      console.log(JSON.stringify(report, null, 2));
      return 0;
    } finally {
      await db.close();
    }
  },
};
