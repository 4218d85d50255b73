import { bundleFromCsvTexts } from "../../domain/import/bundle";
import { ImportErrors } from "../../domain/import/import.errors";
import { importBundle } from "../../domain/import/import-bundle";
import { longHoursRows } from "../../domain/import/long-hours";
import { bundleFromXlsx } from "../../domain/import/read-bundle";
import { CommonErrors } from "../../domain/shared/errors";
import { defineRoute, z } from "../route";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const jsonBody = z.object({
  files: z.record(z.string(), z.string()),
  partial: z.boolean().optional(),
  dryRun: z.boolean().optional(),
  /** Store nothing when hours.csv has a day over 16 hours: answer `longHours` to ask first (the screen). */
  checkLongHours: z.boolean().optional(),
});

const flag = (v: string | undefined) => v === "1" || v === "true";

export const importRoutes = [
  defineRoute({
    method: "post",
    path: "/api/import",
    summary:
      'Een bundel inlezen: JSON {files: {"visits.csv": "…"}, partial?, dryRun?} of een .xlsx-bestand (?partial=1&dryRun=1)',
    roles: ["cooperative"],
    handler: async ({ deps, actor, c }) => {
      const type = c.req.header("content-type") ?? "";
      let bundle: ReturnType<typeof bundleFromCsvTexts>;
      let opts: { partial: boolean; dryRun: boolean };
      let checkLongHours: boolean;
      if (type.startsWith(XLSX)) {
        bundle = await bundleFromXlsx(new Uint8Array(await c.req.arrayBuffer()), "bundel.xlsx");
        opts = { partial: flag(c.req.query("partial")), dryRun: flag(c.req.query("dryRun")) };
        checkLongHours = flag(c.req.query("checkLongHours"));
      } else {
        let raw: unknown;
        try {
          raw = await c.req.json();
        } catch {
          throw CommonErrors.Invalid({ reason: "de inhoud is geen geldige JSON en geen .xlsx-bestand" });
        }
        const body = jsonBody.parse(raw);
        bundle = bundleFromCsvTexts(body.files);
        opts = { partial: body.partial === true, dryRun: body.dryRun === true };
        checkLongHours = body.checkLongHours === true;
      }
      if (Object.keys(bundle).length === 0) throw ImportErrors.NoFiles();
      // Asked about first: a dry run, so the answer also names every rejected row.
      const longHours = checkLongHours ? longHoursRows(bundle) : [];
      const dryRun = opts.dryRun || longHours.length > 0;
      const report = await importBundle({ db: deps.db }, bundle, {
        ...opts,
        dryRun,
        userId: actor?.userId ?? null,
      });
      return longHours.length > 0 ? { ...report, longHours } : report;
    },
  }),
];
