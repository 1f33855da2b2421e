/**
 * Maps a Slack user to a staff role from the installation's configuration: listed user ids first,
 * then membership of listed user groups (asked of Slack, cached briefly). A user in no list has no
 * role and is refused before the core is called: the role check itself stays in the core.
 */
import type { SlackRoleMap } from '../../config/slack-settings.js';
import type { StaffRole } from '../../domain/tickets/vocabulary.js';

export interface SlackRoleResolver {
  roleOf(userId: string): Promise<StaffRole | null>;
}

export interface SlackRoleDeps {
  readonly roles: SlackRoleMap;
  /** Members of a user group (`usergroups.users.list`). */
  readonly listGroupMembers: (groupId: string) => Promise<readonly string[]>;
  readonly now: () => number;
  readonly onGroupError: (groupId: string, error: unknown) => void;
  /** How long a group's membership is trusted; removal from a group takes effect within it. */
  readonly cacheMs?: number;
}

export function createSlackRoleResolver(deps: SlackRoleDeps): SlackRoleResolver {
  const cacheMs = deps.cacheMs ?? 60_000;
  const cache = new Map<string, { readonly at: number; readonly members: Promise<ReadonlySet<string>> }>();

  const membersOf = (groupId: string): Promise<ReadonlySet<string>> => {
    const hit = cache.get(groupId);
    if (hit && deps.now() - hit.at < cacheMs) return hit.members;
    // One lookup in flight per group, shared by concurrent commands. A failed lookup grants nothing
    // (fail closed) and is not cached, so the next command asks again.
    const members = deps.listGroupMembers(groupId).then(
      (ids) => new Set(ids),
      (error: unknown) => {
        cache.delete(groupId);
        deps.onGroupError(groupId, error);
        return new Set<string>();
      },
    );
    cache.set(groupId, { at: deps.now(), members });
    return members;
  };

  return {
    async roleOf(userId) {
      // Grants are ordered strongest first, so the first match is the strongest role held.
      for (const grant of deps.roles.grants) {
        if (grant.users.includes(userId)) return grant.role;
        for (const group of grant.groups) if ((await membersOf(group)).has(userId)) return grant.role;
      }
      return null;
    },
  };
}
