import { serve } from "@hono/node-server";
import { settings } from "../config/load";
import type { Database } from "../db/database";
import type { TwoFactorPolicy } from "../domain/security/two-factor-policy";
import { createApp } from "./app";
import { startBackupTimer } from "./backup-timer";
import type { TrustedProxies } from "./client-address";
import { startLadderTimer } from "./ladder-timer";
import { startRetentionTimer } from "./retention-timer";
import { flushUnknownLogins } from "./routes/auth.routes";

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
  const stopLadder = startLadderTimer(db);
  // Failed logins with unknown e-mails are counted per minute; each minute's rows are written here
  // when no login comes along to do it (errors only by kind: the log holds no personal data).
  const flushTimer = setInterval(() => {
    flushUnknownLogins(db, new Date()).catch((err: Error) =>
      console.error(`[buurtboek] logboek van mislukte aanmeldingen niet geschreven (${err.name})`),
    );
  }, 60_000);
  flushTimer.unref();
  const hostname = opts.host ?? settings().HOST;
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
      server.off("error", refuse);
      resolve({
        port: info.port,
        close: () => {
          stopRetention();
          stopBackup();
          stopLadder();
          clearInterval(flushTimer);
          return new Promise<void>((done) => server.close(() => done())).then(() =>
            flushUnknownLogins(db, new Date(), true).catch(() => {}),
          );
        },
      });
    });
    // Before listening: a port in use or an address this machine does not have.
    const refuse = (err: NodeJS.ErrnoException) => {
      stopRetention();
      stopBackup();
      stopLadder();
      clearInterval(flushTimer);
      reject(new ServerStartError(listenProblem(err, hostname, port)));
    };
    server.once("error", refuse);
  });
}

/** The server could not listen; the message says why, in Dutch. */
export class ServerStartError extends Error {}

function listenProblem(err: NodeJS.ErrnoException, host: string, port: number): string {
  switch (err.code) {
    case "EADDRINUSE":
      return `Poort ${port} is al in gebruik (draait Buurtboek of een ander programma al?). Kies een andere poort met PORT=… of --port.`;
    case "EACCES":
      return `Poort ${port} mag dit account niet gebruiken (poorten onder 1024 vragen extra rechten). Kies een poort vanaf 1024 met PORT=… of --port.`;
    case "EADDRNOTAVAIL":
    case "ENOTFOUND":
      return `Het adres HOST=${host} hoort niet bij deze machine. Gebruik 0.0.0.0 (alle netwerken) of 127.0.0.1 (alleen deze machine).`;
    default:
      return `De server kan niet luisteren op ${host}:${port} (${err.code ?? err.message}).`;
  }
}
