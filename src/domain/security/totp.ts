import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** RFC 6238 TOTP (HMAC-SHA1, 30-second steps, 6 digits), as every authenticator app speaks it. */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const STEP_SECONDS = 30;

export function base32Encode(buf: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of buf) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s=-]/g, "");
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) throw new Error("not base32");
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** RFC 4226 HOTP for one counter value. */
export function hotp(key: Buffer, counter: number, digits = 6): string {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac("sha1", key).update(msg).digest();
  const offset = mac[mac.length - 1] & 15;
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return String(code).padStart(digits, "0");
}

export function totp(key: Buffer, at: Date, digits = 6): string {
  return hotp(key, Math.floor(at.getTime() / 1000 / STEP_SECONDS), digits);
}

/**
 * The time step `code` belongs to: the step of `at` or one either side (clock drift, slow typing),
 * or null when it matches none. The caller refuses a step it has accepted before (replay).
 */
export function totpStepOf(secretBase32: string, code: string, at: Date): number | null {
  if (!/^\d{6}$/.test(code.trim())) return null;
  let key: Buffer;
  try {
    key = base32Decode(secretBase32);
  } catch {
    return null;
  }
  const step = totpStep(at);
  const given = Buffer.from(code.trim());
  let matched: number | null = null;
  // Compare all three without stopping early, so timing does not tell which step matched; the
  // latest matching step wins, so a (one in a million) collision never lowers the replay mark.
  for (const s of [step - 1, step, step + 1]) {
    if (timingSafeEqual(Buffer.from(hotp(key, s)), given)) matched = s;
  }
  return matched;
}

/** True when `code` matches the step of `at` or one step either side. */
export function verifyTotp(secretBase32: string, code: string, at: Date): boolean {
  return totpStepOf(secretBase32, code, at) !== null;
}

/** The step a time falls in. */
export function totpStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / STEP_SECONDS);
}

/** A new 160-bit secret, base32 as authenticator apps expect. */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

/** The otpauth:// URI an authenticator app reads (typed in, or as a QR code). */
export function otpauthUri(account: string, secret: string): string {
  const label = encodeURIComponent(`Buurtboek:${account}`);
  return `otpauth://totp/${label}?secret=${secret}&issuer=Buurtboek&algorithm=SHA1&digits=6&period=${STEP_SECONDS}`;
}
