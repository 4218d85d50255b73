import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { restorePgliteFolder, snapshotDatabase } from "../../src/db/backup";
import { migrate } from "../../src/db/migrate";
import { openPglite } from "../../src/db/pglite";
import { loadSecretKey, secretKeyFile } from "../../src/db/secret-key";
import { securityRepository } from "../../src/db/security.repository";
import { newTotpSecret } from "../../src/domain/security/totp";

describe("the server's secret key (two-factor secrets at rest)", () => {
  const dir = mkdtempSync(join(tmpdir(), "buurtboek-key-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("takes BUURTBOEK_SECRET_KEY first, and says what is wrong with a bad one", () => {
    const key = randomBytes(32);
    expect(loadSecretKey({ BUURTBOEK_SECRET_KEY: key.toString("base64") }).equals(key)).toBe(true);
    expect(() => loadSecretKey({ BUURTBOEK_SECRET_KEY: "kort" })).toThrow(
      /BUURTBOEK_SECRET_KEY moet 32 bytes/,
    );
  });

  it("creates a key file once, readable by the owner only, and reads the same key after", () => {
    const file = join(dir, "sub", "my.key");
    const env = { BUURTBOEK_SECRET_KEY_FILE: file };
    const first = loadSecretKey(env);
    expect(first).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(file, "utf8").trim(), "base64").equals(first)).toBe(true);
    expect(loadSecretKey(env).equals(first)).toBe(true);
  });

  it("keeps the key in the data folder for the embedded database, else in the working folder", () => {
    expect(secretKeyFile({ BUURTBOEK_DATA: dir })).toBe(join(dir, "buurtboek-secret.key"));
    expect(secretKeyFile({ DATABASE_URL: "postgres://x@y/z" })).toBe(
      join(process.cwd(), "buurtboek-secret.key"),
    );
    const file = join(dir, "bad.key");
    writeFileSync(file, "niet-goed\n");
    expect(() => loadSecretKey({ BUURTBOEK_SECRET_KEY_FILE: file })).toThrow(
      new RegExp(`${file} moet 32 bytes`),
    );
  });

  it("travels inside an embedded backup (the data folder holds it), so a restore on a new machine opens the secrets", async () => {
    const from = join(dir, "data-a");
    const db = await openPglite(from);
    await migrate(db);
    const key = loadSecretKey({ BUURTBOEK_DATA: from });
    const [user] = await db.query<{ id: number }>(
      "INSERT INTO users (email, password_hash, role) VALUES ('k@x.nl', 'x', 'coordinator') RETURNING id",
    );
    const id = Number(user.id);
    const secret = newTotpSecret();
    await securityRepository(db, () => key).enrolTotp(id, secret, 1);
    const snapshot = await snapshotDatabase(db);
    await db.close();

    const to = join(dir, "data-b");
    await restorePgliteFolder(to, snapshot, new Date());
    const restoredKey = loadSecretKey({ BUURTBOEK_DATA: to });
    expect(restoredKey.equals(key)).toBe(true);
    const db2 = await openPglite(to);
    expect(await securityRepository(db2, () => restoredKey).totpSecretOf(id)).toBe(secret);
    await db2.close();
  }, 120_000);
});
