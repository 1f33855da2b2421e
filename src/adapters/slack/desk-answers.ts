/**
 * The Slack side of the shared chat answers (app/desk/chat-answers.ts): roles from SLACK_ROLE_* (user
 * ids and user groups), Slack's escapes undone in typed text, answers rendered as Block Kit.
 */
import {
  type ChatAnswers,
  type ChatLog,
  createChatAnswers,
  type ExecuteDeskCommand,
} from '../../app/desk/chat-answers.js';
import { renderNotice, renderParseError, renderReply } from './render-reply.js';
import type { SlackMessage } from './render-ticket.js';
import type { SlackRoleResolver } from './slack-roles.js';
import { actorIdOf, unescapeCommandText } from './slack-text.js';

/** Answers keyed by the Slack user id. */
export type SlackAnswers = ChatAnswers<string, SlackMessage>;

const NO_ROLE =
  'You have no Rightsdesk role in this workspace, so /rights is not available to you. ' +
  'Ask an administrator to add you (or a user group you are in) to the Slack role settings.';

export function createSlackAnswers(deps: {
  readonly execute: ExecuteDeskCommand;
  readonly roles: SlackRoleResolver;
  readonly auditRefusal: (actorId: string, command: string) => Promise<void>;
  readonly log: ChatLog;
}): SlackAnswers {
  return createChatAnswers({
    execute: deps.execute,
    roleOf: (userId) => deps.roles.roleOf(userId),
    actorIdOf,
    commandText: unescapeCommandText,
    render: { reply: renderReply, notice: renderNotice, parseError: renderParseError },
    noRole: NO_ROLE,
    auditRefusal: deps.auditRefusal,
    log: deps.log,
  });
}
