import { isAbsolute } from "node:path";
import { z } from "zod";
import { parseSecretKey } from "../domain/security/secret-box";
import { parseTrustProxy, type TrustedProxies, TrustProxyError } from "../server/client-address";

/*
 * The kinds of value a setting can have. Each parses the variable's text and, when it does not
 * fit, says in Dutch what it expected (the loader adds the name, the example and the docs).
 */

/** A whole number from `min` to `max`. */
export function integer(min: number, max: number) {
  const expect = `een geheel getal van ${min} tot ${max}`;
  return z
    .string()
    .trim()
    .regex(/^-?\d+$/, expect)
    .transform(Number)
    .pipe(z.number().min(min, expect).max(max, expect));
}

/** A TCP port: 0 to 65535. */
export function port() {
  return integer(0, 65535);
}

/** On or off: 1/0, true/false, ja/nee, on/off, yes/no. */
export function flag() {
  const on = ["1", "true", "ja", "on", "yes"];
  const off = ["0", "false", "nee", "off", "no"];
  return z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => on.includes(v) || off.includes(v), "1 of 0 (aan of uit)")
    .transform((v) => on.includes(v));
}

/** One of a few words. */
export function oneOf<const T extends readonly [string, ...string[]]>(choices: T) {
  const expect = `${choices.slice(0, -1).join(", ")}${choices.length > 1 ? " of " : ""}${choices.at(-1)}`;
  return z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(choices, { error: expect }));
}

/** Free text (not empty). */
export function text() {
  return z.string().trim().min(1, "een waarde");
}

/** A file or folder; relative paths count from the working folder. */
export function path() {
  return z
    .string()
    .trim()
    .min(1, "een pad naar een map of bestand")
    .refine((p) => !p.includes("\0"), "een pad zonder vreemde tekens");
}

/** An absolute file path (for settings that must not depend on the working folder). */
export function absolutePath() {
  return path().refine(isAbsolute, "een volledig pad, beginnend met /");
}

/** A PostgreSQL connection address. */
export function postgresUrl() {
  const expect = "een adres als postgres://gebruiker:wachtwoord@host:5432/database";
  return z
    .string()
    .trim()
    .refine((v) => {
      try {
        const u = new URL(v);
        return (u.protocol === "postgres:" || u.protocol === "postgresql:") && u.hostname !== "";
      } catch {
        return false;
      }
    }, expect);
}

/** 32 random bytes in base64, as `openssl rand -base64 32` writes them. */
export function secretKey() {
  return z
    .string()
    .trim()
    .superRefine((v, ctx) => {
      try {
        parseSecretKey(v, "de sleutel");
      } catch {
        ctx.addIssue({
          code: "custom",
          message: "32 bytes in base64 (maak er een met: openssl rand -base64 32)",
        });
      }
    });
}

/** Proxies whose X-Forwarded-* headers are believed: addresses or subnets, or `loopback` (client-address.ts). */
export function trustedProxies() {
  return z.string().transform((v, ctx): TrustedProxies => {
    try {
      return parseTrustProxy(v);
    } catch (err) {
      if (!(err instanceof TrustProxyError)) throw err;
      const bad = /'([^']*)'/.exec(err.message)?.[1];
      ctx.addIssue({
        code: "custom",
        message: `IP-adressen of subnetten, gescheiden door komma's (bijvoorbeeld 127.0.0.1 of 10.0.0.0/8, of loopback)${bad ? `; '${bad}' is dat niet` : ""}`,
      });
      return z.NEVER;
    }
  });
}
