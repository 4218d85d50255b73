import { serve } from "@hono/node-server";
import type { Database } from "../db/database";
import type { TwoFactorPolicy } from "../domain/security/two-factor-policy";
import { createApp } from "./app";
import { startBackupTimer } from "./backup-timer";
import type { TrustedProxies } from "./client-address";
import { startRetentionTimer } from "./retention-timer";

export interface StartedServer {
  port: number;
  close(): Promise<void>;
}

/** Serves the API and the built web app on `port` (0 picks a free one, for tests). */
export function startServer(
  db: Database,
  port: number,
  opts: {
    secureCookies?: boolean;
    trustProxy?: TrustedProxies;
    host?: string;
    twoFactor?: TwoFactorPolicy;
  } = {},
): Promise<StartedServer> {
  const app = createApp({
    db,
    now: () => new Date(),
    secureCookies: opts.secureCookies ?? false,
    trustProxy: opts.trustProxy,
    twoFactor: opts.twoFactor ?? "optional",
  });
  const stopRetention = startRetentionTimer(db);
  const stopBackup = startBackupTimer(db);
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port, hostname: opts.host ?? "0.0.0.0" }, (info) => {
      resolve({
        port: info.port,
        close: () => {
          stopRetention();
          stopBackup();
          return new Promise<void>((done) => server.close(() => done()));
        },
      });
    });
  });
}
