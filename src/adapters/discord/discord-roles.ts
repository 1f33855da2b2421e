/**
 * Maps a Discord user to a staff role from the installation's configuration: their user id, or any of
 * the server roles they hold in the interaction's payload. Someone in no list has no role and is refused
 * before the core is called; the role check itself stays in the core.
 */
import type { DiscordRoleMap } from '../../config/discord-settings.js';
import type { StaffRole } from '../../domain/tickets/vocabulary.js';

/** Who clicked or typed, as the interaction says: their user id and the ids of the server roles they hold. */
export interface DiscordMember {
  readonly userId: string;
  readonly roleIds: readonly string[];
}

export function discordRoleOf(roles: DiscordRoleMap, member: DiscordMember): StaffRole | null {
  // Grants are ordered strongest first, so the first match is the strongest role held.
  for (const grant of roles.grants) {
    if (grant.ids.includes(member.userId)) return grant.role;
    if (member.roleIds.some((id) => grant.ids.includes(id))) return grant.role;
  }
  return null;
}
