import { bundleFromCsvTexts } from "../../domain/import/bundle";
import { ImportErrors } from "../../domain/import/import.errors";
import { importBundle } from "../../domain/import/import-bundle";
import { bundleFromXlsx } from "../../domain/import/read-bundle";
import { CommonErrors } from "../../domain/shared/errors";
import { defineRoute, z } from "../route";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const jsonBody = z.object({
  files: z.record(z.string(), z.string()),
  partial: z.boolean().optional(),
  dryRun: z.boolean().optional(),
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
      if (type.startsWith(XLSX)) {
        bundle = await bundleFromXlsx(new Uint8Array(await c.req.arrayBuffer()), "bundel.xlsx");
        opts = { partial: flag(c.req.query("partial")), dryRun: flag(c.req.query("dryRun")) };
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
      }
      if (Object.keys(bundle).length === 0) throw ImportErrors.NoFiles();
      return importBundle({ db: deps.db }, bundle, { ...opts, userId: actor?.userId ?? null });
    },
  }),
];
