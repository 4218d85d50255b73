import fc from "fast-check";
import { beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "../support/databases";
import { type DocOperation, operationsOf, request, type SecurityFixture, securityFixture } from "./fixture";

// Hostile input against every route in /api/openapi.json: the answer may be 4xx, never 5xx,
// and never a stack trace or internal detail. Runs are bounded to keep CI short.
const RUNS = Number(process.env.FUZZ_RUNS ?? 6);

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "' OR 1=1 --",
    "'; DROP TABLE people; --",
    "\\x00\u0000",
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    '"><svg onload=alert(1)>',
    "../../etc/passwd",
    "%00%2e%2e",
    "2024-02-30",
    "31-13-2024",
    "NaN",
    "-1",
    "9999999999999999999999",
    "😀👩‍👩‍👧",
    "\u202Eevil",
    "",
    " ",
  ),
  fc.constant("x".repeat(200_000)),
);
const hostileScalar = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constantFrom(-1, 0, 1e308, Number.MAX_SAFE_INTEGER + 2, true, false, null),
);
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileScalar,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "prototype")),
      tie("value"),
      {
        maxKeys: 4,
      },
    ),
  ),
})).value;

interface Schema {
  properties?: Record<string, unknown>;
}

/** A body: usually the route's own field names with hostile values, sometimes anything at all. */
function hostileBody(schema: Schema | undefined) {
  const names = Object.keys(schema?.properties ?? {});
  const shaped =
    names.length > 0
      ? fc.record(Object.fromEntries(names.map((n) => [n, hostileValue])), { requiredKeys: [] })
      : fc.dictionary(fc.string(), hostileValue, { maxKeys: 4 });
  return fc.oneof(
    shaped.map((o) => JSON.stringify(o)),
    shaped.map((o) => `{"__proto__":{"polluted":1},${JSON.stringify(o).slice(1)}`),
    hostileValue.map((v) => JSON.stringify(v) ?? "null"),
    fc.string(),
  );
}

function pathWith(op: DocOperation, values: string[]) {
  let i = 0;
  return op.path.replace(/\{([A-Za-z_]+)\}/g, (_m, name: string) =>
    name === "roomId" && i++ % 2 === 0 ? "a" : encodeURIComponent(values[i++ % values.length] ?? "x"),
  );
}

describeEachDatabase("fuzzing every route with hostile input", (db) => {
  let fx: SecurityFixture;
  let doc: { paths: Record<string, Record<string, Record<string, unknown>>> };
  let ops: DocOperation[];
  beforeAll(async () => {
    fx = await securityFixture(await db());
    doc = await (await fx.app.request("/api/openapi.json")).json();
    ops = operationsOf(doc).filter((o) => o.path !== "/api/logout");
  }, 120_000);

  it("never answers 5xx or leaks internals, on any route", async () => {
    const failures: string[] = [];
    for (const op of ops) {
      const role = op.isPublic ? undefined : op.roles.includes("cooperative") ? "cooperative" : op.roles[0];
      const cookie = role ? fx.cookies[role] : undefined;
      const schema = (
        doc.paths[op.path][op.method.toLowerCase()].requestBody as
          | { content: { "application/json": { schema: Schema } } }
          | undefined
      )?.content["application/json"].schema;
      await fc
        .assert(
          fc.asyncProperty(
            hostileBody(schema),
            fc.array(hostileString, { minLength: 1, maxLength: 3 }),
            fc.dictionary(fc.constantFrom(...op.query.map((q) => q.name), "__proto__", "x"), hostileString, {
              maxKeys: 3,
            }),
            async (body, pathValues, query) => {
              const qs = new URLSearchParams(query).toString();
              const path = pathWith(op, pathValues) + (qs ? `?${qs}` : "");
              const res = await request(fx.app, op.method, path, {
                cookie,
                body: op.method === "GET" ? undefined : body,
              });
              const text = await res.text();
              const bad =
                res.status >= 500 ||
                /\bat .+\.(ts|js):\d+|node_modules|SyntaxError|TypeError|ReferenceError/.test(text);
              if (bad)
                failures.push(`${op.method} ${path.slice(0, 120)} → ${res.status} ${text.slice(0, 200)}`);
              return !bad;
            },
          ),
          { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261125), endOnFailure: true },
        )
        .catch(() => undefined);
    }
    expect(failures).toEqual([]);
    // Prototype pollution through a JSON body would show up on every object.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 600_000);
});
