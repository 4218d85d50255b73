import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join, resolve } from "node:path";
import { settings } from "../config/load";
import type { Database } from "./database";
import { migrate } from "./migrate";
import { openPglite } from "./pglite";
import { openPostgres } from "./postgres";

export class DatabaseOpenError extends Error {}

export interface OpenOptions {
  /** Who holds the embedded folder, written in its lock file: "server" or "cli". */
  holder: "server" | "cli";
  /** Port of the server holding the folder, so a CLI can say where to go instead. */
  port?: number;
  /**
   * A command that only reads (report, export, backup): an embedded folder without a database is
   * refused instead of created, since it is most likely a typo in BUURTBOEK_DATA.
   */
  readOnly?: boolean;
}

export function dataDir(): string {
  return resolve(settings().BUURTBOEK_DATA);
}

/** Whether `dir` holds an embedded database (PGlite writes PostgreSQL's PG_VERSION first). */
export function holdsDatabase(dir: string): boolean {
  return existsSync(join(dir, "PG_VERSION"));
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
  const url = settings().DATABASE_URL;
  let db: Database;
  if (url) {
    try {
      db = await openPostgres(url);
    } catch (err) {
      throw new DatabaseOpenError(connectProblem(url, err as Error & { code?: string }));
    }
  } else {
    const dir = dataDir();
    if (opts.readOnly && !holdsDatabase(dir)) {
      throw new DatabaseOpenError(
        `In ${dir} staat geen database. Klopt BUURTBOEK_DATA (of de werkmap)? Dit commando leest alleen en maakt geen nieuwe database.`,
      );
    }
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

/**
 * Why a server database could not be opened, in Dutch: the host and the problem, never the
 * password (pg's own messages hold none, but the URL does).
 */
export function connectProblem(url: string, err: Error & { code?: string }): string {
  let where = "de databaseserver";
  try {
    const u = new URL(url);
    where = `de databaseserver ${u.hostname}:${u.port || "5432"}${u.pathname.length > 1 ? ` (database ${decodeURIComponent(u.pathname.slice(1))}, gebruiker ${decodeURIComponent(u.username) || "(geen)"})` : ""}`;
  } catch {}
  const problems: Record<string, string> = {
    ECONNREFUSED: "daar luistert geen PostgreSQL (draait de server, klopt de poort?)",
    ENOTFOUND: "die hostnaam bestaat niet (klopt de naam?)",
    EAI_AGAIN: "die hostnaam kan nu niet worden opgezocht (DNS)",
    ETIMEDOUT: "geen antwoord (firewall of verkeerde host?)",
    EHOSTUNREACH: "die host is niet bereikbaar",
    ENETUNREACH: "dat netwerk is niet bereikbaar",
    ECONNRESET: "de server verbrak de verbinding (vraagt hij om TLS? zet dan ?sslmode=require)",
    "28P01": "het wachtwoord of de gebruikersnaam klopt niet",
    "28000": "deze gebruiker mag niet verbinden (pg_hba.conf)",
    "3D000": "die database bestaat niet (maak hem met createdb)",
    "53300": "de server heeft geen verbindingen meer vrij",
    "57P03": "de server start nog op",
  };
  const timeout = /timeout/i.test(err.message)
    ? "geen antwoord binnen 5 seconden (firewall of verkeerde host?)"
    : null;
  const problem = problems[err.code ?? ""] ?? timeout ?? `onverwachte fout (${err.code ?? err.name})`;
  return `Kan geen verbinding maken met ${where}: ${problem}.`;
}
