import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrate } from "../../src/db/migrate";
import { openPglite } from "../../src/db/pglite";

/** Builds one migrated PGlite data folder for every test worker to start from (initdb takes seconds). */
export default async function setup() {
  const dir = mkdtempSync(join(tmpdir(), "buurtboek-test-"));
  const db = await openPglite();
  await migrate(db);
  const blob = await db.dump();
  await db.close();
  const file = join(dir, "template.tar");
  writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  process.env.BUURTBOEK_TEST_TEMPLATE = file;
  return () => rmSync(dir, { recursive: true, force: true });
}
