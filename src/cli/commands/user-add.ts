import { authRepository } from "../../db/auth.repository";
import { openDatabase } from "../../db/open";
import { addUser } from "../../domain/auth/add-user";
import { isRole } from "../../domain/auth/roles";
import type { CliCommand } from "../command";
import { UsageError } from "../command";

export const userAddCommand: CliCommand = {
  name: "user add",
  usage:
    "user add --email E --role desk|coordinator|cooperative|board|funder [--rooms a,b] [--password P] [--name N] [--funder NAAM]",
  examples: [
    'user add --email coordinator@example.org --role coordinator --rooms cjm,multibron --name "Sam de Vries"',
  ],
  options: {
    email: { type: "string" },
    role: { type: "string" },
    rooms: { type: "string" },
    password: { type: "string" },
    name: { type: "string" },
    funder: { type: "string" },
  },
  async run({ values }) {
    const email = values.email as string | undefined;
    const role = values.role as string | undefined;
    if (!email) throw new UsageError("--email ontbreekt");
    if (!role || !isRole(role))
      throw new UsageError(`--role moet desk, coordinator, cooperative, board of funder zijn`);
    const rooms = ((values.rooms as string | undefined) ?? "").split(",").filter(Boolean);
    if (role !== "cooperative" && rooms.length === 0)
      throw new UsageError("--rooms ontbreekt (behalve voor cooperative)");
    // Without --password a strong one is made and shown once.
    const password =
      (values.password as string | undefined) ?? crypto.randomUUID().replaceAll("-", "").slice(0, 16);
    const db = await openDatabase({ holder: "cli" });
    try {
      let funderId: number | null = null;
      if (values.funder) {
        const rows = await db.query<{ id: number }>("SELECT id FROM funders WHERE name = $1", [
          values.funder,
        ]);
        if (!rows[0]) throw new UsageError(`Onbekende financier: ${values.funder}`);
        funderId = rows[0].id;
      }
      await addUser(
        { auth: authRepository(db) },
        { email, password, role, rooms, name: values.name as string | undefined, funderId },
      );
      console.log(`Account gemaakt: ${email} (${role}).${values.password ? "" : ` Wachtwoord: ${password}`}`);
      return 0;
    } finally {
      await db.close();
    }
  },
};
