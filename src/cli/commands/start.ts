import { openDatabase } from "../../db/open";
import { startServer } from "../../server/start";
import type { CliCommand } from "../command";
import { UsageError } from "../command";
import { DEMO_LOGIN, loadDemo } from "./demo";

export const startCommand: CliCommand = {
  name: "start",
  usage: "start [--port N] [--demo-if-empty]   start de server (PORT of 3000)",
  options: { port: { type: "string" }, "demo-if-empty": { type: "boolean" } },
  async run({ values }) {
    const port = Number(values.port ?? process.env.PORT ?? 3000);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`Ongeldige poort: ${values.port}`);
    const db = await openDatabase({ holder: "server", port });
    // Demo data only on an empty embedded database: never on a server, which a real cooperative uses.
    if (values["demo-if-empty"] && db.kind === "pglite") {
      const [{ n }] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM rooms");
      if (n === 0) {
        console.log("Lege database: demogegevens laden (eenmalig, ongeveer een halve minuut)…");
        await loadDemo(db);
        console.log(DEMO_LOGIN);
      }
    }
    const server = await startServer(db, port, {
      secureCookies: process.env.BUURTBOEK_SECURE_COOKIES === "1",
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
