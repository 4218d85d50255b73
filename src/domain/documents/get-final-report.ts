import type { Actor } from "../auth/roles";
import { DocumentErrors } from "./documents.errors";
import { documentRooms } from "./generate-document";
import type { DocumentDeps, FinalReport } from "./ports";

/** A final report the actor may see (every one of its rooms visible), or not found. */
export async function getFinalReport(
  deps: DocumentDeps,
  actor: Actor | null,
  id: number,
): Promise<FinalReport> {
  const final = await deps.documents.getFinal(id);
  if (!final) throw DocumentErrors.FinalNotFound();
  if (actor !== null) {
    const visible = new Set(await documentRooms(deps, actor, "all").catch(() => [] as string[]));
    if (!final.rooms.every((r) => visible.has(r))) throw DocumentErrors.FinalNotFound();
  }
  return final;
}
