/**
 * The Discord side of the shared chat answers (app/desk/chat-answers.ts): roles from DISCORD_ROLE_*
 * (user ids and server role ids), the typed option's text, answers rendered as Discord messages.
 */
import {
  type ChatAnswers,
  type ChatLog,
  createChatAnswers,
  type ExecuteDeskCommand,
} from '../../app/desk/chat-answers.js';
import type { DiscordRoleMap } from '../../config/discord-settings.js';
import { type DiscordMember, discordRoleOf } from './discord-roles.js';
import { actorIdOf, commandTextOf } from './discord-text.js';
import { notice, renderParseError, renderReply } from './render-reply.js';
import type { DiscordMessage } from './render-ticket.js';

/** Answers keyed by the member who typed or clicked. */
export type DiscordAnswers = ChatAnswers<DiscordMember, DiscordMessage>;

const NO_ROLE =
  'You have no Rightsdesk role in this server, so /rights is not available to you. ' +
  'Ask an administrator to add you (or a Discord role you hold) to the Discord role settings.';

export function createDiscordAnswers(deps: {
  readonly execute: ExecuteDeskCommand;
  readonly roles: DiscordRoleMap;
  readonly auditRefusal: (actorId: string, command: string) => Promise<void>;
  readonly log: ChatLog;
}): DiscordAnswers {
  return createChatAnswers({
    execute: deps.execute,
    roleOf: (member) => Promise.resolve(discordRoleOf(deps.roles, member)),
    actorIdOf: (member) => actorIdOf(member.userId),
    commandText: commandTextOf,
    render: { reply: renderReply, notice, parseError: renderParseError },
    noRole: NO_ROLE,
    auditRefusal: deps.auditRefusal,
    log: deps.log,
  });
}
