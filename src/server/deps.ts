import type { Database } from "../db/database";
import type { TwoFactorPolicy } from "../domain/security/two-factor-policy";

/** What every route and use case gets from the server: the database and a clock. */
export interface AppDeps {
  db: Database;
  now: () => Date;
  /** True when the server is reached over TLS (directly or through a proxy): cookies get Secure. */
  secureCookies: boolean;
  /**
   * "required": a coordinator or cooperative account without a second factor may only enrol
   * (and see who it is, and log out) until it has one. Default "optional" (`cli start` uses
   * "required" unless BUURTBOEK_TWO_FACTOR=optional or the demo is loaded); docs/SECURITY.md.
   */
  twoFactor?: TwoFactorPolicy;
}
