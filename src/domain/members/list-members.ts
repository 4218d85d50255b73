import type { MemberRow, MembersRepository } from "./ports";

/** The association's member list for a year with the paying-member count per year. */
export async function listMembers(
  deps: { members: MembersRepository },
  roomId: string,
  year: number,
): Promise<{
  year: number;
  dues: number;
  members: MemberRow[];
  perYear: { year: number; paying: number; registered: number }[];
}> {
  const [members, perYear, dues] = await Promise.all([
    deps.members.list(roomId, year),
    deps.members.payingPerYear(roomId),
    deps.members.dues(roomId),
  ]);
  return { year, dues, members, perYear };
}
