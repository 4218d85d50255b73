/** The one way the web app talks to the server: JSON over fetch, with the CSRF header. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** The server's answer to an account that must turn on its second factor first. */
export const TWO_FACTOR_REQUIRED = "security.two_factor_required";
export const TWO_FACTOR_REQUIRED_EVENT = "buurtboek:two-factor-required";

export async function api<T>(
  path: string,
  init: { method?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  const locale = localStorage.getItem("buurtboek.locale") === "en" ? "en" : "nl";
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers: {
        "accept-language": locale,
        "x-buurtboek": "1",
        ...(init.body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: "same-origin",
      signal: init.signal,
    });
  } catch (err) {
    if ((err as Error).name === "AbortError") throw err;
    throw new ApiError(
      0,
      "offline",
      locale === "en" ? "No connection to the server." : "Geen verbinding met de server.",
    );
  }
  const data = res.headers.get("content-type")?.includes("application/json") ? await res.json() : null;
  if (!res.ok) {
    if (res.status === 401 && !path.startsWith("/api/login"))
      window.dispatchEvent(new Event("buurtboek:unauthenticated"));
    // The policy asks for a second factor first: the session reloads and the app goes to enrolment.
    if (res.status === 403 && data?.error?.code === TWO_FACTOR_REQUIRED)
      window.dispatchEvent(new Event(TWO_FACTOR_REQUIRED_EVENT));
    throw new ApiError(
      res.status,
      data?.error?.code ?? "error",
      data?.error?.message ?? res.statusText,
      data?.error,
    );
  }
  return data as T;
}
