import { resolve } from "node:path";
import { optionsFromTotals, writeBundleFiles } from "../../demo/generate-stream";
import { todayInAmsterdam } from "../../domain/shared/dates";
import { type CliCommand, UsageError } from "../command";
import { progress } from "../progress";

function count(values: Record<string, unknown>, name: string, fallback: number, min = 1): number {
  const text = values[name];
  if (text === undefined) return fallback;
  if (typeof text !== "string" || !/^\d+$/.test(text) || Number(text) < min)
    throw new UsageError(`--${name} moet een geheel getal van minstens ${min} zijn (niet '${String(text)}')`);
  return Number(text);
}

/**
 * A synthetic bundle of any size (the seeded generator of the demo and the benchmarks), written
 * room by room so it never has to fit in memory: anyone can try an import at scale.
 */
export const generateCommand: CliCommand = {
  name: "generate",
  usage:
    "generate --out MAP [--rooms N] [--visits N] [--persons N] [--days N] [--until DATUM] [--seed N]   schrijf een verzonnen bundel (CSV) om een import op schaal te proberen",
  examples: [
    "generate --rooms 20 --visits 500000 --persons 8000 --out ./proefbundel",
    "import ./proefbundel --dry-run",
  ],
  options: {
    out: { type: "string" },
    rooms: { type: "string" },
    visits: { type: "string" },
    persons: { type: "string" },
    days: { type: "string" },
    until: { type: "string" },
    seed: { type: "string" },
  },
  async run({ values }) {
    if (typeof values.out !== "string" || !values.out)
      throw new UsageError("Geef --out MAP: waar de bundel komt.");
    const until = (values.until as string | undefined) ?? todayInAmsterdam();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || Number.isNaN(Date.parse(until)))
      throw new UsageError(`--until moet een datum zijn als 2025-12-31 (niet '${until}')`);
    const rooms = count(values, "rooms", 6);
    const options = optionsFromTotals({
      rooms,
      visits: count(values, "visits", rooms * 5_000, 0),
      persons: count(values, "persons", rooms * 200),
      days: count(values, "days", 365),
      until,
      seed: count(values, "seed", 2021, 0),
    });
    const dir = resolve(values.out);
    const bar = progress("Genereren", { unit: "kamers" });
    let counts: Record<string, number>;
    try {
      counts = writeBundleFiles(dir, options, (done, total) => bar.update(done, total));
    } finally {
      bar.stop();
    }
    const lines = Object.entries(counts).map(([file, n]) => `  ${file.padEnd(24)} ${n} regels`);
    console.log(`Bundel geschreven in ${dir}:\n${lines.join("\n")}\nProbeer: import ${values.out} --dry-run`);
    return 0;
  },
};
