import { readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { settings } from "../config/load";
import { snapshotDatabase } from "../db/backup";
import type { Database } from "../db/database";
import { sealBackup } from "../domain/backup/envelope";

const DAY = 24 * 60 * 60 * 1000;
const PREFIX = "buurtboek-";
const SUFFIX = ".bbk";

/**
 * Writes one encrypted backup into `dir` named after the day, then keeps only the newest `keep`.
 * Written to a temporary name first, so a crash never leaves a half file with a backup's name.
 */
export async function writeDailyBackup(
  db: Database,
  opts: { dir: string; passphrase: string; keep: number; now: Date },
): Promise<string> {
  const name = `${PREFIX}${opts.now.toISOString().slice(0, 10)}${SUFFIX}`;
  const file = join(opts.dir, name);
  const sealed = sealBackup(await snapshotDatabase(db), db.kind, opts.passphrase);
  writeFileSync(`${file}.tmp`, sealed, { mode: 0o600 });
  renameSync(`${file}.tmp`, file);
  const old = readdirSync(opts.dir)
    .filter((f) => f.startsWith(PREFIX) && f.endsWith(SUFFIX))
    .sort()
    .reverse()
    .slice(Math.max(opts.keep, 1));
  for (const f of old) rmSync(join(opts.dir, f));
  return file;
}

/**
 * Daily backup while the server runs, when BUURTBOEK_BACKUP_DIR and BUURTBOEK_BACKUP_PASSPHRASE
 * are set; BUURTBOEK_BACKUP_KEEP (default 14) backups are kept. Returns a function that stops it.
 */
export function startBackupTimer(db: Database, now: () => Date = () => new Date()): () => void {
  const {
    BUURTBOEK_BACKUP_DIR: dir,
    BUURTBOEK_BACKUP_PASSPHRASE: passphrase,
    BUURTBOEK_BACKUP_KEEP: keep,
  } = settings();
  if (!dir || !passphrase) return () => {};
  const run = async () => {
    try {
      await writeDailyBackup(db, { dir, passphrase, keep, now: now() });
    } catch (err) {
      console.error(`[buurtboek] backup mislukt (${(err as Error)?.name ?? "onbekend"})`);
    }
  };
  // The first one a few minutes after start (not during start-up), then every day.
  const first = setTimeout(() => void run(), 5 * 60 * 1000);
  const daily = setInterval(() => void run(), DAY);
  first.unref();
  daily.unref();
  return () => {
    clearTimeout(first);
    clearInterval(daily);
  };
}
