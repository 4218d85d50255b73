import { authRepository } from "../../db/auth.repository";
import { openDatabase } from "../../db/open";
import { twoFactorPolicyFromEnv } from "../../domain/security/two-factor-policy";
import { TrustProxyError } from "../../server/client-address";
import { deploymentSettingsFromEnv } from "../../server/deployment-settings";
import { startServer } from "../../server/start";
import type { CliCommand } from "../command";
import { UsageError } from "../command";
import { DEMO_LOGIN, DEMO_USERS, loadDemo } from "./demo";

export const startCommand: CliCommand = {
  name: "start",
  usage: "start [--port N] [--demo-if-empty]   start de server (PORT of 3000)",
  options: { port: { type: "string" }, "demo-if-empty": { type: "boolean" } },
  async run({ values }) {
    const port = Number(values.port ?? process.env.PORT ?? 3000);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`Ongeldige poort: ${values.port}`);
    let twoFactor = twoFactorPolicyFromEnv(process.env.BUURTBOEK_TWO_FACTOR);
    if (!twoFactor)
      throw new UsageError(
        `Ongeldige BUURTBOEK_TWO_FACTOR: ${process.env.BUURTBOEK_TWO_FACTOR} (kies required of optional)`,
      );
    let deployment: ReturnType<typeof deploymentSettingsFromEnv>;
    try {
      deployment = deploymentSettingsFromEnv();
    } catch (err) {
      if (err instanceof TrustProxyError) throw new UsageError(err.message);
      throw err;
    }
    const db = await openDatabase({ holder: "server", port });
    // Demo data only on an empty embedded database: never on a server, which a real cooperative uses.
    let demo = false;
    if (values["demo-if-empty"] && db.kind === "pglite") {
      const [{ n }] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM rooms");
      if (n === 0) {
        console.log("Lege database: demogegevens laden (eenmalig, ongeveer een halve minuut)…");
        await loadDemo(db);
        console.log(DEMO_LOGIN);
        demo = true;
      } else {
        demo = (await authRepository(db).findUserByEmail(DEMO_USERS[0].email)) !== null;
      }
    }
    // The demo's accounts share a published password and have no phones: a second factor there
    // would only stand in the way of trying the app.
    if (demo) {
      twoFactor = "optional";
      console.log(
        "Demo: tweestapsverificatie is niet verplicht (zonder demo wel; zie BUURTBOEK_TWO_FACTOR).",
      );
    }
    for (const note of deployment.notes) console.log(note);
    const server = await startServer(db, port, {
      secureCookies: deployment.alwaysHttps,
      trustProxy: deployment.trustProxy,
      host: deployment.host,
      twoFactor,
    });
    console.log(`Buurtboek draait op http://localhost:${server.port} (database: ${db.location})`);
    const stop = async () => {
      await server.close();
      await db.close();
      process.exit(0);
    };
    process.once("SIGINT", () => void stop());
    process.once("SIGTERM", () => void stop());
    return -1; // keep running
  },
};
