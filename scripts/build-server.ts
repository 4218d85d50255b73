/**
 * `npm run build` (after the web app): bundles the server and CLI into dist/buurtboek.js and
 * copies the SQL migrations to dist/migrations (decision 093). Dependencies stay in node_modules
 * (`packages: "external"`), so the bundle runs with plain node on `npm ci --omit=dev`.
 */
import { cpSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
rmSync(`${root}dist/buurtboek.js`, { force: true });
rmSync(`${root}dist/migrations`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ["src/cli/main.ts"],
  outfile: "dist/buurtboek.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node22",
  packages: "external",
  // The benchmarks are loaded only in a source checkout (src/cli/commands/bench.ts).
  external: ["../../../bench/run"],
  sourcemap: false,
  legalComments: "none",
  logLevel: "warning",
});
cpSync(`${root}src/db/migrations`, `${root}dist/migrations`, { recursive: true });
console.log("dist/buurtboek.js en dist/migrations gebouwd.");
