import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors";
import { isSealed, keyIdOf, openSecret, parseSecretKey, sealSecret } from "./secret-box";

const KEY = randomBytes(32);
const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof DomainError ? err.code : String(err);
  }
  return undefined;
}

describe("secret box (AES-256-GCM at rest)", () => {
  it("round-trips, never stores the secret readable, and differs every time (random IV)", () => {
    const a = sealSecret(KEY, SECRET, "totp:1");
    const b = sealSecret(KEY, SECRET, "totp:1");
    expect(isSealed(a)).toBe(true);
    expect(a).not.toContain(SECRET);
    expect(a).not.toBe(b);
    expect(a.startsWith(`enc1:${keyIdOf(KEY)}:`)).toBe(true);
    expect(openSecret(KEY, a, "totp:1")).toBe(SECRET);
    expect(openSecret(KEY, b, "totp:1")).toBe(SECRET);
  });

  it("refuses a wrong key with a clear error, also when the key id is forged", () => {
    const sealed = sealSecret(KEY, SECRET, "totp:1");
    const other = randomBytes(32);
    expect(codeOf(() => openSecret(other, sealed, "totp:1"))).toBe("security.secret_key_mismatch");
    const forged = sealed.replace(keyIdOf(KEY), keyIdOf(other));
    expect(codeOf(() => openSecret(other, forged, "totp:1"))).toBe("security.secret_key_mismatch");
    try {
      openSecret(other, sealed, "totp:1");
    } catch (err) {
      expect((err as Error).message).toContain("BUURTBOEK_SECRET_KEY");
    }
  });

  it("does not open in another user's row, nor when tampered with", () => {
    const sealed = sealSecret(KEY, SECRET, "totp:1");
    expect(codeOf(() => openSecret(KEY, sealed, "totp:2"))).toBe("security.secret_key_mismatch");
    const parts = sealed.split(":");
    const body = Buffer.from(parts[3], "base64url");
    body[0] ^= 1;
    parts[3] = body.toString("base64url");
    expect(codeOf(() => openSecret(KEY, parts.join(":"), "totp:1"))).toBe("security.secret_key_mismatch");
    expect(codeOf(() => openSecret(KEY, "enc1:garbage", "totp:1"))).toBe("security.secret_key_mismatch");
  });

  it("reads a base64 key of 32 bytes and names what is wrong otherwise", () => {
    expect(parseSecretKey(KEY.toString("base64"), "X").equals(KEY)).toBe(true);
    expect(() => parseSecretKey("dGVzdA==", "BUURTBOEK_SECRET_KEY")).toThrow(
      /BUURTBOEK_SECRET_KEY moet 32 bytes in base64 zijn .*nu 4 bytes/,
    );
  });
});
