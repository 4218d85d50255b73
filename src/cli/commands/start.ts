import { settings } from "../../config/load";
import { authRepository } from "../../db/auth.repository";
import { openDatabase } from "../../db/open";
import { assertSecretKeyPresent } from "../../db/secret-key";
import { deploymentSettings } from "../../server/deployment-settings";
import { startServer } from "../../server/start";
import type { CliCommand } from "../command";
import { UsageError } from "../command";
import { DEMO_LOGIN, DEMO_USERS, loadDemo } from "./demo";

export const startCommand: CliCommand = {
  name: "start",
  usage: "start [--port N] [--demo-if-empty]   start de server (PORT of 3000)",
  examples: ["start --port 8080"],
  options: { port: { type: "string" }, "demo-if-empty": { type: "boolean" } },
  async run({ values }) {
    const config = settings();
    const port = values.port === undefined ? config.PORT : Number(values.port);
    if (!/^\d+$/.test(String(values.port ?? port)) || port > 65535)
      throw new UsageError(`Ongeldige poort: ${values.port} (een getal van 0 tot 65535)`);
    let twoFactor = config.BUURTBOEK_TWO_FACTOR;
    const deployment = deploymentSettings(config);
    const db = await openDatabase({ holder: "server", port });
    try {
      await assertSecretKeyPresent(db);
    } catch (err) {
      await db.close();
      throw err;
    }
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
    }).catch(async (err) => {
      await db.close();
      throw err;
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
