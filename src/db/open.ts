import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Database } from "./database";
import { redactUrl } from "./database";
import { migrate } from "./migrate";
import { openPglite } from "./pglite";
import { openPostgres } from "./postgres";

export class DatabaseOpenError extends Error {}

export interface OpenOptions {
  /** Who holds the embedded folder, written in its lock file: "server" or "cli". */
  holder: "server" | "cli";
  /** Port of the server holding the folder, so a CLI can say where to go instead. */
  port?: number;
}

export function dataDir(): string {
  return resolve(process.env.BUURTBOEK_DATA ?? "./data");
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the lock on an embedded data folder. Two processes opening one PGlite folder corrupt it
 * (seen on these machines), so a second process refuses with a message instead of opening.
 */
function lockDataDir(dir: string, opts: OpenOptions): () => void {
  const lockFile = join(dir, "buurtboek.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, "wx");
      writeSync(fd, JSON.stringify({ pid: process.pid, holder: opts.holder, port: opts.port ?? null }));
      closeSync(fd);
      const release = () => rmSync(lockFile, { force: true });
      process.once("exit", release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      let info: { pid?: number; holder?: string; port?: number } = {};
      try {
        info = JSON.parse(readFileSync(lockFile, "utf8"));
      } catch {}
      if (info.pid && info.pid !== process.pid && pidAlive(info.pid)) {
        const where =
          info.holder === "server"
            ? `de server (proces ${info.pid}${info.port ? `, http://localhost:${info.port}` : ""})`
            : `een ander commando (proces ${info.pid})`;
        throw new DatabaseOpenError(
          `De database in ${dir} is in gebruik door ${where}. Stop dat eerst, of gebruik de server via de browser.`,
        );
      }
      // A stale lock of a process that is gone: take it over.
      rmSync(lockFile, { force: true });
    }
  }
  throw new DatabaseOpenError(`Kan de database in ${dir} niet vergrendelen.`);
}

/**
 * Opens the database the environment names: the server at DATABASE_URL, else the embedded one in
 * BUURTBOEK_DATA (default ./data). Migrates it when it is empty or behind.
 */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  const url = process.env.DATABASE_URL;
  let db: Database;
  if (url) {
    try {
      db = await openPostgres(url);
    } catch (err) {
      throw new DatabaseOpenError(
        `Kan geen verbinding maken met de database op ${redactUrl(url)}: ${(err as Error).message}`,
      );
    }
  } else {
    const dir = dataDir();
    mkdirSync(dir, { recursive: true });
    const release = lockDataDir(dir, opts);
    try {
      const inner = await openPglite(dir);
      db = {
        ...inner,
        close: async () => {
          await inner.close();
          release();
        },
      };
    } catch (err) {
      release();
      throw new DatabaseOpenError(`Kan de database in ${dir} niet openen: ${(err as Error).message}`);
    }
  }
  await migrate(db);
  return db;
}
