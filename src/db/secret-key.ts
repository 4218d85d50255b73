import { randomBytes } from "node:crypto";
import { chmodSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseSecretKey, SECRET_KEY_BYTES } from "../domain/security/secret-box";

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
export function secretKeyFile(env: NodeJS.ProcessEnv = process.env): string {
  if (env.BUURTBOEK_SECRET_KEY_FILE) return resolve(env.BUURTBOEK_SECRET_KEY_FILE);
  // The same data folder as open.ts's dataDir(), read from `env` so tests can pass their own.
  return env.DATABASE_URL
    ? resolve("buurtboek-secret.key")
    : join(resolve(env.BUURTBOEK_DATA ?? "./data"), "buurtboek-secret.key");
}

const cache = new Map<string, Buffer>();

export function loadSecretKey(env: NodeJS.ProcessEnv = process.env): Buffer {
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
