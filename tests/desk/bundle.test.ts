import { existsSync } from "node:fs";
import { expect, it } from "vitest";
import { webJsGzipBytes } from "../../bench/desk.bench";

const ASSETS = "dist/web/assets";

// `npm test` builds the web app first; run alone, build it with `npm run build:web`.
it.skipIf(!existsSync(ASSETS))(
  "keeps the web app's JavaScript under 200 KB gzipped (the desk's budget)",
  () => {
    const bytes = webJsGzipBytes(ASSETS);
    expect(bytes).toBeGreaterThan(10_000);
    expect(bytes).toBeLessThan(200 * 1024);
  },
);
