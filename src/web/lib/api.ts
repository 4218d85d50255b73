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
    throw new ApiError(
      res.status,
      data?.error?.code ?? "error",
      data?.error?.message ?? res.statusText,
      data?.error,
    );
  }
  return data as T;
}
