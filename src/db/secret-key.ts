import { randomBytes } from "node:crypto";
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { settings } from "../config/load";
import type { Settings } from "../config/settings";
import { parseSecretKey, SECRET_KEY_BYTES } from "../domain/security/secret-box";
import type { Queryable } from "./database";
import { DatabaseOpenError } from "./open";

/** The settings the key depends on; tests pass their own. */
export type KeySettings = Partial<
  Pick<Settings, "BUURTBOEK_SECRET_KEY" | "BUURTBOEK_SECRET_KEY_FILE" | "DATABASE_URL" | "BUURTBOEK_DATA">
>;

/**
 * Where the server's secret key comes from, in this order:
 * 1. BUURTBOEK_SECRET_KEY: 32 bytes in base64 (`openssl rand -base64 32`);
 * 2. the file BUURTBOEK_SECRET_KEY_FILE;
 * 3. `buurtboek-secret.key` in the embedded data folder (BUURTBOEK_DATA, default ./data), or in
 *    the working folder when DATABASE_URL names a server.
 * A missing file is created on first use with a random key, mode 0600. A server's backups do not
 * hold the key: it must be kept with the backup passphrase (docs/SECURITY.md). The embedded
 * default sits in the data folder and so travels inside that folder's backup.
 */
export function secretKeyFile(env: KeySettings = settings()): string {
  if (env.BUURTBOEK_SECRET_KEY_FILE) return resolve(env.BUURTBOEK_SECRET_KEY_FILE);
  // The same data folder as open.ts's dataDir(), read from `env` so tests can pass their own.
  return env.DATABASE_URL
    ? resolve("buurtboek-secret.key")
    : join(resolve(env.BUURTBOEK_DATA ?? "./data"), "buurtboek-secret.key");
}

const cache = new Map<string, Buffer>();

export function loadSecretKey(env: KeySettings = settings()): Buffer {
  if (env.BUURTBOEK_SECRET_KEY) return parseSecretKey(env.BUURTBOEK_SECRET_KEY, "BUURTBOEK_SECRET_KEY");
  const file = secretKeyFile(env);
  const known = cache.get(file);
  if (known) return known;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    mkdirSync(dirname(file), { recursive: true });
    // Written aside and linked into place: when two processes start at once, one key wins whole
    // and the other reads it (never a half-written file).
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
    writeFileSync(tmp, `${randomBytes(SECRET_KEY_BYTES).toString("base64")}\n`, { mode: 0o600 });
    try {
      linkSync(tmp, file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    } finally {
      rmSync(tmp, { force: true });
    }
    text = readFileSync(file, "utf8");
  }
  // A key file others can read is tightened, not refused: refusing would stop the server at night.
  try {
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  } catch {}
  const key = parseSecretKey(text, file);
  cache.set(file, key);
  return key;
}

/**
 * Refuses to go on when the key file is missing while two-factor secrets exist: a new random key
 * would open none of them and lock every coordinator out. Usually the file was not copied along
 * with the database, or BUURTBOEK_SECRET_KEY_FILE / the working folder changed.
 */
export async function assertSecretKeyPresent(db: Queryable, env: KeySettings = settings()): Promise<void> {
  if (env.BUURTBOEK_SECRET_KEY) return;
  const file = secretKeyFile(env);
  if (existsSync(file)) return;
  const [{ n }] = await db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM users WHERE totp_secret IS NOT NULL",
  );
  if (n === 0) return;
  throw new DatabaseOpenError(
    `De serversleutel ${file} ontbreekt, maar ${n} account(s) hebben tweestapsverificatie: met een nieuwe sleutel kan niemand van hen meer inloggen. Zet de sleutel terug (uit de plek waar u hem bewaart, bij het backupwachtwoord), of wijs hem aan met BUURTBOEK_SECRET_KEY_FILE of BUURTBOEK_SECRET_KEY.`,
  );
}
