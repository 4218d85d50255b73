import { existsSync, readFileSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";

/*
 * Where Buurtboek's own files are: found from this module's place, never from the working folder,
 * so `cd / && buurtboek start` serves the same web app as a start in the package. In a source
 * checkout this module runs from src/config/, in a built package from dist/ (one bundle).
 */

const here = dirname(fileURLToPath(import.meta.url));

function findRoot(): string {
  for (let dir = here; ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file) && JSON.parse(readFileSync(file, "utf8")).name === "buurtboek") return dir;
    if (dirname(dir) === dir) throw new Error(`package.json van buurtboek niet gevonden boven ${here}`);
  }
}

/** The folder of Buurtboek's package.json. */
export const PACKAGE_ROOT = findRoot();

/** True when running from the built bundle (dist/), not from the TypeScript sources. */
export const BUILT = here.startsWith(join(PACKAGE_ROOT, "dist") + sep) || here === join(PACKAGE_ROOT, "dist");

/** The built web app (vite's output). */
export const WEB_DIST = join(PACKAGE_ROOT, "dist", "web");

/** The SQL migrations: copied into dist/ by the build, so a built package has its own. */
export const MIGRATIONS_DIR = BUILT
  ? join(PACKAGE_ROOT, "dist", "migrations")
  : join(PACKAGE_ROOT, "src", "db", "migrations");

/** The version in package.json. */
export function packageVersion(): string {
  return JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")).version;
}

/** How a user calls the CLI here: the `buurtboek` command, or npm in a source checkout. */
export const PROGRAM = BUILT ? "buurtboek" : "npm run -s cli --";
