import { KeyErrors } from "./keys.errors";
import type { KeysRepository } from "./ports";

/** Records that a key came back (the day of return still counts as held). */
export async function returnKey(
  deps: { keys: KeysRepository },
  roomId: string,
  input: { id: number; returned: string },
): Promise<void> {
  const k = await deps.keys.getKey(input.id);
  if (!k || k.roomId !== roomId) throw KeyErrors.UnknownKey();
  if (k.returned) throw KeyErrors.AlreadyReturned({ key: k.key, returned: k.returned });
  if (input.returned < k.issued)
    throw KeyErrors.ReturnedBeforeIssued({ issued: k.issued, returned: input.returned });
  await deps.keys.setReturned(k.id, input.returned);
}
