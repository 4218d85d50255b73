import { DocumentErrors } from "./documents.errors";
import { cooperativeOf } from "./get-document-data";
import type { DocumentDeps } from "./ports";
import { AGREEMENT_SECTIONS, type AgreementTexts, DEFAULT_TEXTS, mergeTexts } from "./texts";

export interface DocumentSettings {
  name: string;
  logo: string | null;
  texts: AgreementTexts;
  sections: { key: string; heading: string; default: string }[];
}

/** The cooperative's name, logo and standard wording, with the defaults beside each section. */
export async function getDocumentSettings(deps: Pick<DocumentDeps, "documents">): Promise<DocumentSettings> {
  const [coop, texts] = await Promise.all([
    cooperativeOf(deps),
    deps.documents.getSetting("documents.texts"),
  ]);
  return {
    ...coop,
    texts: mergeTexts(texts as Record<string, unknown> | null),
    sections: AGREEMENT_SECTIONS.map((s) => ({ ...s, default: DEFAULT_TEXTS[s.key] })),
  };
}

/** Saves what is given; an empty section goes back to the default wording. */
export async function saveDocumentSettings(
  deps: Pick<DocumentDeps, "documents">,
  input: { name?: string; logo?: string | null; texts?: Partial<Record<string, string>> },
): Promise<DocumentSettings> {
  if (input.name !== undefined || input.logo !== undefined) {
    const coop = await cooperativeOf(deps);
    const logo = input.logo === undefined ? coop.logo : input.logo;
    if (
      logo !== null &&
      (!/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/.test(logo) || logo.length > 700_000)
    ) {
      throw DocumentErrors.BadLogo();
    }
    await deps.documents.setSetting("documents.cooperative", { name: input.name?.trim() || coop.name, logo });
  }
  if (input.texts) {
    const stored =
      ((await deps.documents.getSetting("documents.texts")) as Record<string, string> | null) ?? {};
    for (const { key } of AGREEMENT_SECTIONS) {
      const v = input.texts[key];
      if (v !== undefined) stored[key] = v.trim();
    }
    await deps.documents.setSetting("documents.texts", stored);
  }
  return getDocumentSettings(deps);
}
