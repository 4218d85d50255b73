import { z } from "zod";
import { pathParams, type RouteDef } from "./route";

const schemaOf = (s: z.ZodType) => z.toJSONSchema(s, { unrepresentable: "any", io: "input" });

/** The OpenAPI 3.1 document, generated from the same schemas that validate each route. */
export function openApiDocument(routes: readonly RouteDef[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const oaPath = r.path.replace(/:([A-Za-z_]+)/g, "{$1}");
    const op: Record<string, unknown> = {
      summary: r.summary,
      "x-roles": r.roles === "public" ? [] : r.roles,
      parameters: pathParams(r.path).map((name) => ({
        name,
        in: "path",
        required: true,
        schema: { type: "string" },
      })),
      responses: {
        [String(r.status ?? 200)]: { description: "OK" },
        "400": { description: "Ongeldige invoer" },
        ...(r.roles === "public"
          ? {}
          : { "401": { description: "Niet ingelogd" }, "403": { description: "Niet toegestaan" } }),
      },
    };
    if (r.roles === "public") op.security = [];
    if (r.query) {
      const js = schemaOf(r.query) as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, schema] of Object.entries(js.properties ?? {})) {
        (op.parameters as unknown[]).push({
          name,
          in: "query",
          required: js.required?.includes(name) ?? false,
          schema,
        });
      }
    }
    if (r.body)
      op.requestBody = { required: true, content: { "application/json": { schema: schemaOf(r.body) } } };
    paths[oaPath] ??= {};
    paths[oaPath][r.method] = op;
  }
  return {
    openapi: "3.1.0",
    info: { title: "Buurtboek API", version: "0.1.0" },
    components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "bb_session" } } },
    security: [{ session: [] }],
    paths,
  };
}
