/** The flags of `npm run bench` and `cli bench` (apart from run.ts, so the CLI can list them without loading the benchmarks). */
export const BENCH_OPTIONS = {
  size: { type: "string", default: "demo" },
  db: { type: "string", default: "both" },
  runs: { type: "string", default: "5" },
  rooms: { type: "string" },
  visits: { type: "string" },
  persons: { type: "string" },
  days: { type: "string" },
  url: { type: "string" },
  out: { type: "string", default: "bench/results.json" },
  markdown: { type: "string", default: "BENCHMARKS.md" },
  "no-markdown": { type: "boolean", default: false },
  skip: { type: "string", default: "" },
  memory: { type: "boolean", default: false },
} as const;
