import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import { core } from "./core";
import { dashboard } from "./dashboard";
import { desk } from "./desk";
import { documents } from "./documents";
import { finance } from "./finance";
import { people } from "./people";
import { planning } from "./planning";
import { referrals } from "./referrals";
import { security } from "./security";

export type Locale = "nl" | "en";
type Dict = Record<string, string>;

/**
 * Every context's dictionary, merged. A context adds `src/web/i18n/<context>.ts` exporting
 * `{ nl: {...}, en: {...} }` with keys prefixed by its name, and one line here.
 */
const dictionaries: { nl: Dict; en: Dict }[] = [
  core,
  documents,
  dashboard,
  desk,
  referrals,
  finance,
  people,
  planning,
  security,
];

const merged: Record<Locale, Dict> = {
  nl: Object.assign({}, ...dictionaries.map((d) => d.nl)),
  en: Object.assign({}, ...dictionaries.map((d) => d.en)),
};

export type T = (key: string, params?: Record<string, string | number>) => string;

export function translate(locale: Locale, key: string, params?: Record<string, string | number>): string {
  const text = merged[locale][key] ?? merged.nl[key] ?? key;
  return params ? text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`)) : text;
}

const LocaleContext = createContext<{ locale: Locale; setLocale: (l: Locale) => void; t: T }>({
  locale: "nl",
  setLocale: () => {},
  t: (k, p) => translate("nl", k, p),
});

const STORAGE_KEY = "buurtboek.locale";

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() =>
    globalThis.localStorage?.getItem(STORAGE_KEY) === "en" ? "en" : "nl",
  );
  const setLocale = useCallback((l: Locale) => {
    localStorage.setItem(STORAGE_KEY, l);
    document.documentElement.lang = l;
    setLocaleState(l);
  }, []);
  const value = useMemo(
    () => ({ locale, setLocale, t: ((k, p) => translate(locale, k, p)) as T }),
    [locale, setLocale],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useI18n() {
  return useContext(LocaleContext);
}
