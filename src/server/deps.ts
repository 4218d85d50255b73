import type { Database } from "../db/database";

/** What every route and use case gets from the server: the database and a clock. */
export interface AppDeps {
  db: Database;
  now: () => Date;
  /** True when the server is reached over TLS (directly or through a proxy): cookies get Secure. */
  secureCookies: boolean;
}
