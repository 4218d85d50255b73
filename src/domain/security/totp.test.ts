import { describe, expect, it } from "vitest";
import {
  base32Decode,
  base32Encode,
  hotp,
  newTotpSecret,
  otpauthUri,
  totp,
  totpStep,
  totpStepOf,
  verifyTotp,
} from "./totp";

// RFC 6238 appendix B, SHA-1 key "12345678901234567890".
const KEY = Buffer.from("12345678901234567890", "ascii");

describe("TOTP (RFC 6238)", () => {
  it("matches the RFC test vectors", () => {
    expect(totp(KEY, new Date(59_000), 8)).toBe("94287082");
    expect(totp(KEY, new Date(1_111_111_109_000), 8)).toBe("07081804");
    expect(totp(KEY, new Date(1_234_567_890_000), 8)).toBe("89005924");
    expect(totp(KEY, new Date(2_000_000_000_000), 8)).toBe("69279037");
    // RFC 4226 appendix D
    expect(hotp(KEY, 0)).toBe("755224");
    expect(hotp(KEY, 9)).toBe("520489");
  });

  it("round-trips base32 (RFC 4648 vector)", () => {
    expect(base32Encode(Buffer.from("foobar"))).toBe("MZXW6YTBOI");
    expect(base32Decode("MZXW6YTBOI======").toString()).toBe("foobar");
    const s = newTotpSecret();
    expect(s).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Encode(base32Decode(s))).toBe(s);
  });

  it("accepts one step of drift either side, not two", () => {
    const secret = base32Encode(KEY);
    const at = new Date(1_234_567_890_000);
    const code = totp(KEY, at);
    expect(verifyTotp(secret, code, at)).toBe(true);
    expect(verifyTotp(secret, code, new Date(at.getTime() + 30_000))).toBe(true);
    expect(verifyTotp(secret, code, new Date(at.getTime() - 30_000))).toBe(true);
    expect(verifyTotp(secret, code, new Date(at.getTime() + 90_000))).toBe(false);
    expect(verifyTotp(secret, "12345", at)).toBe(false);
    expect(verifyTotp(secret, "abcdef", at)).toBe(false);
  });

  it("tells which step a code belongs to, so a used step can be refused", () => {
    const secret = base32Encode(KEY);
    const at = new Date(1_234_567_890_000);
    const step = totpStep(at);
    expect(totpStepOf(secret, totp(KEY, at), at)).toBe(step);
    expect(totpStepOf(secret, totp(KEY, new Date(at.getTime() + 30_000)), at)).toBe(step + 1);
    expect(totpStepOf(secret, totp(KEY, new Date(at.getTime() - 30_000)), at)).toBe(step - 1);
    expect(totpStepOf(secret, totp(KEY, new Date(at.getTime() + 60_000)), at)).toBeNull();
    expect(totpStepOf("not base32!", "123456", at)).toBeNull();
  });

  it("builds an otpauth URI", () => {
    expect(otpauthUri("coord@x.nl", "ABC")).toBe(
      "otpauth://totp/Buurtboek%3Acoord%40x.nl?secret=ABC&issuer=Buurtboek&algorithm=SHA1&digits=6&period=30",
    );
  });
});
