import { financeRepository } from "../../db/finance.repository";
import { openDatabase } from "../../db/open";
import { getFinanceReport } from "../../domain/finance/get-finance-report";
import type { CliCommand } from "../command";
import { UsageError } from "../command";

export const reportFinanceCommand: CliCommand = {
  name: "report finance",
  usage:
    "report finance --rooms ID[,ID…]|all --year JJJJ [--format json]   begroting, financiering en populaire investering",
  examples: ["report finance --rooms all --year 2025"],
  options: {
    rooms: { type: "string" },
    year: { type: "string" },
    format: { type: "string" },
  },
  async run({ values }) {
    const format = (values.format as string | undefined) ?? "json";
    if (format !== "json") throw new UsageError(`--format '${format}' kan niet; alleen json`);
    const roomsText = (values.rooms as string | undefined)?.trim();
    if (!roomsText) throw new UsageError("--rooms ontbreekt (kamer-id's met komma's, of all)");
    const rooms =
      roomsText === "all"
        ? "all"
        : roomsText
            .split(",")
            .map((r) => r.trim())
            .filter(Boolean);
    if (rooms !== "all" && rooms.length === 0) throw new UsageError("--rooms noemt geen kamer");
    const yearText = values.year as string | undefined;
    if (!yearText || !/^\d{4}$/.test(yearText)) {
      throw new UsageError(
        `--year moet een jaartal zijn, zoals 2021${yearText ? ` (niet '${yearText}')` : ""}`,
      );
    }
    const db = await openDatabase({ holder: "cli", readOnly: true });
    try {
      const report = await getFinanceReport(
        { finance: financeRepository(db) },
        { rooms, year: Number(yearText) },
      );
      console.log(JSON.stringify(report, null, 2));
      return 0;
    } finally {
      await db.close();
    }
  },
};
