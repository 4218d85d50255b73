import type { Role } from "../auth/roles";
import { SECOND_FACTOR_ROLES } from "./enrol-two-factor";

/**
 * "required": coordinator and cooperative accounts must have a second factor before they can do
 * anything but enrol (docs/decisions/080-two-factor.md). "optional": a banner asks them to.
 */
export type TwoFactorPolicy = "required" | "optional";

/**
 * True when this account must first turn on its second factor: the policy asks for one, its role
 * is one that gets one, and it has none yet.
 */
export function mustEnrolFirst(
  policy: TwoFactorPolicy | undefined,
  user: { role: Role; twoFactor?: boolean },
): boolean {
  return policy === "required" && SECOND_FACTOR_ROLES.includes(user.role) && user.twoFactor !== true;
}
