import { keysRepository } from "../../db/keys.repository";
import { membersRepository } from "../../db/members.repository";
import { peopleRepository } from "../../db/people.repository";
import { privacyRepository } from "../../db/privacy.repository";
import { volunteersRepository } from "../../db/volunteers.repository";
import { parseDate, todayInAmsterdam } from "../../domain/shared/dates";
import type { AppDeps } from "../deps";
import { z } from "../route";

/** Shared input shapes and dependencies of the people, volunteers, keys, members and privacy routes. */
export const date = z.string().refine((s) => parseDate(s) === s, "datum als jjjj-mm-dd");
export const id = z.coerce.number().int().positive();
export const year = z.coerce.number().int().min(1990).max(2100);
export const text = (max: number) => z.string().max(max).nullish();

export function peopleDeps(deps: AppDeps) {
  return {
    now: deps.now,
    people: peopleRepository(deps.db),
    keys: keysRepository(deps.db),
    members: membersRepository(deps.db),
    volunteers: volunteersRepository(deps.db),
    privacy: privacyRepository(deps.db),
  };
}

export const thisYear = (deps: AppDeps) => Number(todayInAmsterdam(deps.now()).slice(0, 4));
