import type { Context } from "hono";
import type { ZodError } from "zod";
import { settings } from "../config/load";
import { DomainError, type ErrorKind, messageOf } from "../domain/shared/errors";

const STATUS: Record<ErrorKind, 400 | 401 | 403 | 404 | 409 | 429> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  throttled: 429,
};

export function localeOf(c: Context): "nl" | "en" {
  return c.req.header("accept-language")?.toLowerCase().startsWith("en") ? "en" : "nl";
}

/** Answers a zod validation failure with 400 and a Dutch message naming the field. */
export function validationResponse(c: Context, err: ZodError) {
  const issue = err.issues[0];
  const field = issue?.path.join(".") || "invoer";
  const en = localeOf(c) === "en";
  return c.json(
    {
      error: {
        code: "common.invalid",
        message: en ? `Field '${field}' is not right.` : `Het veld '${field}' klopt niet.`,
        fields: err.issues.map((i) => ({ field: i.path.join("."), reason: i.message })),
      },
    },
    400,
  );
}

/** The one place where errors become HTTP answers. Never a stack trace, never personal data in logs. */
export function errorResponse(c: Context, err: unknown) {
  if (err instanceof DomainError) {
    return c.json(
      { error: { code: err.code, message: messageOf(err, localeOf(c)), params: err.params } },
      STATUS[err.def.kind],
    );
  }
  // PostgreSQL data exceptions (class 22: number out of range, bad date, invalid text) come from
  // input a route did not check; they are the caller's mistake, so 400 rather than 500.
  const sqlState = (err as { code?: unknown })?.code;
  if (typeof sqlState === "string" && /^22[0-9A-Z]{3}$/.test(sqlState)) {
    console.error(`[buurtboek] ongeldige invoer bij de database: ${sqlState}`);
    const en = localeOf(c) === "en";
    return c.json(
      {
        error: {
          code: "common.invalid",
          message: en
            ? "A value is not valid (out of range or wrong form)."
            : "Een waarde klopt niet (te groot of verkeerde vorm).",
        },
      },
      400,
    );
  }
  // Unknown errors: log the kind only (messages may carry SQL values, i.e. personal data).
  console.error(
    `[buurtboek] interne fout: ${(err as Error)?.name ?? "onbekend"} ${(err as { code?: string })?.code ?? ""}`,
  );
  if (settings().BUURTBOEK_DEBUG) console.error(err);
  return c.json({ error: { code: "internal", message: "Er ging iets mis. Probeer het nog eens." } }, 500);
}
