/**
 * Errors of the domain are codes with parameters. Each context declares its codes with
 * `defineError` in its own `*.errors.ts`, with the Dutch (B1) and English message; the server and
 * CLI turn them into text in one place. The domain never throws HTTP types.
 */

/** Kinds of failure, which the server maps to HTTP status codes. */
export type ErrorKind = "invalid" | "not_found" | "forbidden" | "unauthenticated" | "conflict" | "throttled";

type Params = Record<string, string | number>;

export interface ErrorDef {
  code: string;
  kind: ErrorKind;
  nl: (p: Params) => string;
  en: (p: Params) => string;
}

const registry = new Map<string, ErrorDef>();

export class DomainError extends Error {
  constructor(
    readonly def: ErrorDef,
    readonly params: Params = {},
  ) {
    super(def.nl(params));
    this.name = "DomainError";
  }
  get code(): string {
    return this.def.code;
  }
}

/** Declares an error code with its messages; call once per code at module level. */
export function defineError(
  code: string,
  kind: ErrorKind,
  nl: string | ((p: Params) => string),
  en: string | ((p: Params) => string),
): ErrorDef & ((params?: Params) => DomainError) {
  const def: ErrorDef = {
    code,
    kind,
    nl: typeof nl === "string" ? () => nl : nl,
    en: typeof en === "string" ? () => en : en,
  };
  registry.set(code, def);
  const make = (params?: Params) => new DomainError(def, params);
  return Object.assign(make, def);
}

export function errorDef(code: string): ErrorDef | undefined {
  return registry.get(code);
}

export function messageOf(err: DomainError, locale: "nl" | "en" = "nl"): string {
  return err.def[locale](err.params);
}

export const CommonErrors = {
  Invalid: defineError(
    "common.invalid",
    "invalid",
    (p) => `Dit klopt niet: ${p.field ? `veld '${p.field}': ` : ""}${p.reason ?? "ongeldige invoer"}.`,
    (p) => `This is not right: ${p.field ? `field '${p.field}': ` : ""}${p.reason ?? "invalid input"}.`,
  ),
  NotFound: defineError("common.not_found", "not_found", "Niet gevonden.", "Not found."),
  /** An id in a request that does not exist or belongs to another room: the same answer for both. */
  UnknownId: defineError(
    "common.unknown_id",
    "not_found",
    (p) => `Niet gevonden: er is geen '${p.field}' met dit nummer.`,
    (p) => `Not found: there is no '${p.field}' with this number.`,
  ),
  Forbidden: defineError(
    "common.forbidden",
    "forbidden",
    "Dit mag u niet met dit account.",
    "Your account may not do this.",
  ),
  Unauthenticated: defineError(
    "common.unauthenticated",
    "unauthenticated",
    "U bent niet ingelogd. Log eerst in.",
    "You are not logged in. Please log in first.",
  ),
};
