import type { Database } from "../db/database";
import type { TwoFactorPolicy } from "../domain/security/two-factor-policy";
import type { TrustedProxies } from "./client-address";

/** What every route and use case gets from the server: the database and a clock. */
export interface AppDeps {
  db: Database;
  now: () => Date;
  /**
   * True: every request counts as TLS (cookies Secure, HSTS) whatever the headers say — the
   * deprecated BUURTBOEK_SECURE_COOKIES=1. Behind a proxy use `trustProxy` instead.
   */
  secureCookies: boolean;
  /**
   * BUURTBOEK_TRUST_PROXY: the reverse proxies whose X-Forwarded-For/Proto/Host are believed
   * (src/server/client-address.ts). Absent: none, the peer is the client.
   */
  trustProxy?: TrustedProxies;
  /**
   * "required": a coordinator or cooperative account without a second factor may only enrol
   * (and see who it is, and log out) until it has one. Default "optional" (`cli start` uses
   * "required" unless BUURTBOEK_TWO_FACTOR=optional or the demo is loaded); docs/SECURITY.md.
   */
  twoFactor?: TwoFactorPolicy;
}
