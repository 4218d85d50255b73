import { useState } from "react";
import type { T } from "../../i18n/index";
import { api } from "../../lib/api";

export interface Message {
  text: string;
  kind: "ok" | "error" | "warning";
}

/**
 * Sends a change and reloads the screen; shows the server's Dutch message on refusal and its
 * warnings (e.g. petty cash above € 250) after saving.
 */
export function useAction(t: T, reload: () => void, locale: "nl" | "en") {
  const [message, setMessage] = useState<Message>();
  async function run(path: string, method: string, body?: unknown): Promise<boolean> {
    try {
      const res = await api<{ warnings?: { nl: string; en: string }[] } | null>(path, { method, body });
      const warnings = res?.warnings ?? [];
      setMessage(
        warnings.length
          ? { text: warnings.map((w) => w[locale]).join(" "), kind: "warning" }
          : { text: t("finance.saved"), kind: "ok" },
      );
      reload();
      return true;
    } catch (err) {
      setMessage({ text: (err as Error).message, kind: "error" });
      return false;
    }
  }
  return { message, run };
}
