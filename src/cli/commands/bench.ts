import { BENCH_OPTIONS, benchMain } from "../../../bench/run";
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
    await benchMain(args);
    return 0;
  },
};
