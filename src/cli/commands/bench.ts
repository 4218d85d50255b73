import { BENCH_OPTIONS } from "../../../bench/options";
import type { CliCommand } from "../command";

/** The same harness as `npm run bench`; flags are passed on unchanged. */
export const benchCommand: CliCommand = {
  name: "bench",
  usage:
    "bench [--size demo|8x3|national|tiny] [--db pglite|postgres|both] [--runs N] [--rooms N --visits N --persons N]\n" +
    "                              meet de snelheid (zie BENCHMARKS.md); nooit op een gedeelde machine op landelijke schaal",
  examples: ["bench --size tiny --db pglite"],
  options: BENCH_OPTIONS,
  async run({ values }) {
    const args: string[] = [];
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined || v === false) continue;
      args.push(v === true ? `--${k}` : `--${k}=${String(v)}`);
    }
    // Loaded only when asked: the benchmarks are part of a source checkout, not of the built package.
    let bench: typeof import("../../../bench/run");
    try {
      bench = await import("../../../bench/run");
    } catch {
      console.error("De benchmarks horen bij de broncode: draai ze in een checkout met npm run bench.");
      return 1;
    }
    await bench.benchMain(args);
    return 0;
  },
};
