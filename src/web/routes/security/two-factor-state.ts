import { useEffect, useState } from "react";
import { api } from "../../lib/api";

export interface TwoFactorState {
  enrolled: boolean;
  expected: boolean;
}

/** Fired after enrolment so the banner goes away without a reload. */
export const TWO_FACTOR_CHANGED = "buurtboek:two-factor-changed";

/** Whether the signed-in user has a second factor, and whether their role should. */
export function useTwoFactorState(enabled: boolean): TwoFactorState | undefined {
  const [state, setState] = useState<TwoFactorState>();
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const load = () =>
      api<TwoFactorState>("/api/me/two-factor")
        .then((s) => live && setState(s))
        .catch(() => {});
    void load();
    window.addEventListener(TWO_FACTOR_CHANGED, load);
    return () => {
      live = false;
      window.removeEventListener(TWO_FACTOR_CHANGED, load);
    };
  }, [enabled]);
  return state;
}
