import type { NoteRead, PrivacyRepository } from "./ports";

/** The log of help-note reads, newest first, for the cooperative. */
export function listNoteReads(deps: { privacy: PrivacyRepository }, limit = 500): Promise<NoteRead[]> {
  return deps.privacy.noteReads(Math.min(Math.max(limit, 1), 5000));
}
