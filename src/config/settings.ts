import type { z } from "zod";
import {
  absolutePath,
  flag,
  integer,
  oneOf,
  path,
  port,
  postgresUrl,
  secretKey,
  text,
  trustedProxies,
} from "./setting-types";

/** One setting: an environment variable, read and checked once at start (src/config/load.ts). */
export interface SettingSpec {
  /** Parses the variable's text (see setting-types.ts); its error says what was expected. */
  type: z.ZodType<unknown, string>;
  /** The value when the variable is unset or empty, as text (parsed by `type` too). */
  default?: string;
  /** A value as an administrator would write it (shown in docs and in error messages). */
  example: string;
  /** What it does, for docs/configuration.md (English, like the other docs). */
  meaning: string;
  /**
   * A secret (password, key, token): never shown in messages or logs, and it may come from a
   * file instead: `<NAME>_FILE=/run/secrets/…` (unless a `<NAME>_FILE` setting of its own exists).
   */
  secret?: true;
  /** Only for the test suite: accepted only when NODE_ENV=test. Its name starts BUURTBOEK_TEST_. */
  testOnly?: true;
  /** Still accepted, with a line in the log saying what to use instead. */
  deprecated?: string;
  /**
   * A deprecated name for another setting: when this one is set and that one is not, `value`
   * turns this one's text into that one's, and the log says so.
   */
  aliasOf?: { name: string; value(text: string): string };
}

/*
 * Every setting Buurtboek reads. To add one: one entry here, read it with `settings().NAME`
 * (load.ts), then `npm run -s docs:config` to regenerate docs/configuration.md. A BUURTBOEK_*
 * variable that is not listed here stops the start, so a typo cannot go unnoticed.
 */
export const SETTINGS = {
  PORT: {
    type: port(),
    default: "3000",
    example: "8080",
    meaning: "TCP port the server listens on (`buurtboek start --port N` overrides it).",
  },
  HOST: {
    type: text(),
    default: "0.0.0.0",
    example: "127.0.0.1",
    meaning:
      "Address the server listens on. `0.0.0.0` is every network interface; `127.0.0.1` only this machine (behind a reverse proxy on the same machine).",
  },
  DATABASE_URL: {
    type: postgresUrl(),
    example: "postgres://buurtboek:wachtwoord@db.example.org:5432/buurtboek",
    meaning:
      "The PostgreSQL server (15 or newer) to use. Unset: the embedded database in `BUURTBOEK_DATA`. Messages name its host, never its password.",
    secret: true,
  },
  BUURTBOEK_DATA: {
    type: path(),
    default: "./data",
    example: "/var/lib/buurtboek",
    meaning:
      "Folder of the embedded database (PGlite), used when `DATABASE_URL` is unset; relative to the working folder. Commands that only read (`report`, `export`, `backup`, `privacy retention`) refuse a folder that holds no database; `start`, `migrate`, `import`, `demo`, `user add` create one.",
  },
  BUURTBOEK_SECRET_KEY: {
    type: secretKey(),
    example: "(the output of `openssl rand -base64 32`)",
    meaning:
      "Server key that encrypts the two-factor secrets in the database: 32 bytes in base64. Unset: read from `BUURTBOEK_SECRET_KEY_FILE`. Keep it with the backup passphrase: without it no one can sign in with their second factor.",
    secret: true,
  },
  BUURTBOEK_SECRET_KEY_FILE: {
    type: path(),
    example: "/etc/buurtboek/secret.key",
    meaning:
      "File holding the server key. Default: `buurtboek-secret.key` in `BUURTBOEK_DATA`, or in the working folder when `DATABASE_URL` is set. Created (mode 0600) when missing, unless two-factor secrets already exist: then the start refuses rather than lock everyone out.",
  },
  BUURTBOEK_TWO_FACTOR: {
    type: oneOf(["required", "optional"]),
    default: "required",
    example: "optional",
    meaning:
      "`required`: coordinator and cooperative accounts must turn on two-factor sign-in before anything else; `optional`: a banner asks them to. The demo is always optional.",
  },
  BUURTBOEK_TRUST_PROXY: {
    type: trustedProxies(),
    default: "",
    example: "127.0.0.1",
    meaning:
      "The reverse proxies whose `X-Forwarded-For`, `-Proto` and `-Host` headers are believed: IP addresses or subnets separated by commas or spaces (`10.0.0.0/8`, `::1`), or `loopback` (127.0.0.0/8 and ::1). Cookies are Secure and HSTS is sent when such a proxy says https; the client address in the audit log comes from it. Empty: no proxy, the connection's own address counts (docs/deploy.md).",
  },
  BUURTBOEK_SECURE_COOKIES: {
    type: flag(),
    default: "0",
    example: "1",
    meaning:
      "`1`: treat every request as HTTPS (Secure cookies, HSTS), whatever a proxy says. Older than `BUURTBOEK_TRUST_PROXY`, which should be used instead.",
    deprecated:
      "zet BUURTBOEK_TRUST_PROXY op het adres van de proxy (bijvoorbeeld 127.0.0.1); dan volgt Secure uit X-Forwarded-Proto.",
  },
  BUURTBOEK_BACKUP_DIR: {
    type: path(),
    example: "/var/backups/buurtboek",
    meaning:
      "Folder for the server's daily encrypted backup (only with `BUURTBOEK_BACKUP_PASSPHRASE`). Unset: no automatic backups.",
  },
  BUURTBOEK_BACKUP_PASSPHRASE: {
    type: text(),
    example: "(a long passphrase, kept outside the server)",
    meaning:
      "Passphrase that encrypts backups (the daily ones and `buurtboek backup`). Without it a backup cannot be restored.",
    secret: true,
  },
  BUURTBOEK_BACKUP_KEEP: {
    type: integer(1, 3650),
    default: "14",
    example: "30",
    meaning: "How many daily backups to keep in `BUURTBOEK_BACKUP_DIR`; older ones are removed.",
  },
  BUURTBOEK_RETENTION: {
    type: oneOf(["on", "off"]),
    default: "on",
    example: "off",
    meaning:
      "`off` switches off the nightly retention job (anonymising people inactive past the retention period), e.g. on a copy used for testing.",
  },
  BUURTBOEK_DEBUG: {
    type: flag(),
    default: "0",
    example: "1",
    meaning:
      "`1` logs the full text of unexpected errors. Those may hold personal data (SQL values): only for a short investigation, never in normal running.",
  },
  BUURTBOEK_TEST_TEMPLATE: {
    type: absolutePath(),
    example: "/tmp/buurtboek-template-abc/data",
    meaning: "Test suite only: a migrated PGlite folder the tests copy instead of migrating each time.",
    testOnly: true,
  },
} as const satisfies Record<string, SettingSpec>;

export type SettingName = keyof typeof SETTINGS;

type ValueOf<S> = S extends { type: z.ZodType<infer T, string> }
  ? S extends { default: string }
    ? T
    : T | undefined
  : never;

/** The settings as read at start, by variable name: `settings().PORT` is a number. */
export type Settings = { readonly [K in SettingName]: ValueOf<(typeof SETTINGS)[K]> };
