import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { SecurityErrors } from "./security.errors";

/**
 * Secrets at rest (the TOTP secret): AES-256-GCM with the server's key, so a copy of the database
 * alone (a leaked backup, a stolen disk) cannot produce anyone's codes.
 *
 * Format: `enc1:<key id>:<iv>:<ciphertext>:<tag>` (base64url). The key id (8 hex characters of the
 * key's SHA-256) tells a wrong key apart from damaged data. `context` (e.g. `totp:42`) is bound as
 * additional data: a sealed value copied into another user's row does not open.
 */
export const SEALED_PREFIX = "enc1:";
export const SECRET_KEY_BYTES = 32;

export function isSealed(value: string): boolean {
  return value.startsWith(SEALED_PREFIX);
}

export function keyIdOf(key: Buffer): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 8);
}

/** Reads a key given as base64 (BUURTBOEK_SECRET_KEY); throws a plain Error naming what is wrong. */
export function parseSecretKey(text: string, source: string): Buffer {
  const key = Buffer.from(text.trim(), "base64");
  if (key.length !== SECRET_KEY_BYTES) {
    throw new Error(
      `${source} moet ${SECRET_KEY_BYTES} bytes in base64 zijn (maak er een met: openssl rand -base64 32); nu ${key.length} bytes.`,
    );
  }
  return key;
}

export function sealSecret(key: Buffer, plain: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  const parts = [iv, body, cipher.getAuthTag()].map((b) => b.toString("base64url"));
  return `${SEALED_PREFIX}${keyIdOf(key)}:${parts.join(":")}`;
}

/** Opens a sealed value; a wrong key or tampered data gives SecurityErrors.SecretKeyMismatch. */
export function openSecret(key: Buffer, sealed: string, context: string): string {
  const [version, keyId, iv, body, tag] = sealed.split(":");
  if (`${version}:` !== SEALED_PREFIX || !keyId || !iv || !body || !tag)
    throw SecurityErrors.SecretKeyMismatch();
  if (keyId !== keyIdOf(key)) throw SecurityErrors.SecretKeyMismatch();
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString(
      "utf8",
    );
  } catch {
    throw SecurityErrors.SecretKeyMismatch();
  }
}
