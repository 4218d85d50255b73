import { authRepository } from "../../db/auth.repository";
import type { Database } from "../../db/database";
import { openDatabase } from "../../db/open";
import { generateBundle } from "../../demo/generate";
import { addUser } from "../../domain/auth/add-user";
import type { Role } from "../../domain/auth/roles";
import { bundleFromCsvTexts } from "../../domain/import/bundle";
import { importBundle } from "../../domain/import/import-bundle";
import { todayInAmsterdam } from "../../domain/shared/dates";
import type { CliCommand } from "../command";

export const DEMO_PASSWORD = "demo-wachtwoord";

export const DEMO_USERS: { email: string; role: Role; rooms: string[]; name: string; funder?: string }[] = [
  { email: "cooperatie@demo.buurtboek.nl", role: "cooperative", rooms: [], name: "Coöperatie" },
  {
    email: "coordinator@demo.buurtboek.nl",
    role: "coordinator",
    rooms: ["cjm", "multibron", "handreiking"],
    name: "Coördinator Zuidoost",
  },
  {
    email: "coordinator.utrecht@demo.buurtboek.nl",
    role: "coordinator",
    rooms: ["top", "hvlr", "verbinding"],
    name: "Coördinator Utrecht",
  },
  { email: "balie.cjm@demo.buurtboek.nl", role: "desk", rooms: ["cjm"], name: "Balie Casa Jepie Makandra" },
  { email: "balie.multibron@demo.buurtboek.nl", role: "desk", rooms: ["multibron"], name: "Balie MultiBron" },
  { email: "balie.top@demo.buurtboek.nl", role: "desk", rooms: ["top"], name: "Balie TOP" },
  { email: "bestuur.cjm@demo.buurtboek.nl", role: "board", rooms: ["cjm"], name: "Bewonersvereniging CJM" },
  {
    email: "gemeente.amsterdam@demo.buurtboek.nl",
    role: "funder",
    rooms: ["cjm", "multibron", "handreiking"],
    name: "Gemeente Amsterdam",
    funder: "Gemeente Amsterdam",
  },
];

export const DEMO_LOGIN = [
  "",
  "Demo: open de app en log in met wachtwoord 'demo-wachtwoord' en een van deze accounts:",
  ...DEMO_USERS.map((u) => `  ${u.email.padEnd(42)} ${u.name}`),
  "",
].join("\n");

/** Loads the six seed rooms with a year of synthetic registrations up to today, and the demo accounts. */
export async function loadDemo(
  db: Database,
  size: { days?: number; peoplePerRoom?: number; visitsPerDay?: number } = {},
): Promise<void> {
  const bundle = bundleFromCsvTexts(
    generateBundle({ seed: 2021, until: todayInAmsterdam(), days: size.days ?? 365, ...size }),
  );
  const report = await importBundle({ db }, bundle);
  if (!report.applied) {
    const first = report.rejected[0];
    throw new Error(
      `demogegevens afgewezen: ${first?.file} regel ${first?.line} ${first?.field}: ${first?.reason}`,
    );
  }
  const auth = authRepository(db);
  for (const u of DEMO_USERS) {
    if (await auth.findUserByEmail(u.email)) continue;
    const funder = u.funder
      ? await db.query<{ id: number }>("SELECT id FROM funders WHERE name = $1", [u.funder])
      : [];
    await addUser({ auth }, { ...u, password: DEMO_PASSWORD, funderId: funder[0]?.id ?? null });
  }
}

export const demoCommand: CliCommand = {
  name: "demo",
  usage: "demo                        laad de demogegevens (zes kamers, een jaar registraties)",
  examples: ["demo"],
  options: {},
  async run() {
    const db = await openDatabase({ holder: "cli" });
    try {
      const [{ n }] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM rooms");
      if (n > 0 && !db.location.includes(":memory:")) {
        console.error("De database heeft al kamers; de demo laadt alleen in een lege database.");
        return 1;
      }
      await loadDemo(db);
      console.log(DEMO_LOGIN);
      return 0;
    } finally {
      await db.close();
    }
  },
};
