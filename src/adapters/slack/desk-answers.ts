/**
 * What the Slack adapter does with a typed command or a click, transport aside: find the actor's role,
 * parse the text with the one desk grammar, call the core once, render the reply. A click also carries
 * the ticket version it was shown; the core acts only on that version, and otherwise answers with the
 * ticket as it stands, which is shown again instead.
 */
import type { DeskActor, DeskReply } from '../../app/desk/desk-reply.js';
import { atSeenVersion, type DeskCommand } from '../../domain/desk/desk-command.js';
import { parseDeskCommand } from '../../domain/desk/parse-desk-command.js';
import type { Logger } from '../log/logger.js';
import { renderNotice, renderParseError, renderReply } from './render-reply.js';
import type { SlackMessage } from './render-ticket.js';
import type { TicketRef } from './slack-payloads.js';
import type { SlackRoleResolver } from './slack-roles.js';
import { actorIdOf, unescapeCommandText } from './slack-text.js';

/** The core's desk executor, bound to its dependencies by the composition root. */
export type ExecuteDeskCommand = (actor: DeskActor, command: DeskCommand) => Promise<DeskReply>;

export interface DeskAnswers {
  /** A `/rights …` command typed by a Slack user. */
  answerText(userId: string, text: string): Promise<SlackMessage>;
  /** A button or modal: `text` in the desk grammar, applied only if the ticket is still at `seen.version`. */
  answerClick(userId: string, text: string, seen: TicketRef): Promise<SlackMessage>;
  /** The actor behind a Slack user, or a refusal to show them (audited, naming what was `attempted`). */
  actorOf(userId: string, attempted: string): Promise<DeskActor | SlackMessage>;
}

export interface DeskAnswersDeps {
  readonly execute: ExecuteDeskCommand;
  readonly roles: SlackRoleResolver;
  /** Records in the audit trail that a user with no role was refused `command` (a command name, never text). */
  readonly auditRefusal: (actorId: string, command: string) => Promise<void>;
  readonly log: Logger;
}

const NO_ROLE =
  'You have no Rightsdesk role in this workspace, so /rights is not available to you. ' +
  'Ask an administrator to add you (or a user group you are in) to the Slack role settings.';

export function isSlackMessage(value: DeskActor | SlackMessage): value is SlackMessage {
  return 'blocks' in value;
}

export function createDeskAnswers(deps: DeskAnswersDeps): DeskAnswers {
  async function actorOf(userId: string, attempted: string): Promise<DeskActor | SlackMessage> {
    const role = await deps.roles.roleOf(userId);
    if (role !== null) return { id: actorIdOf(userId), role };
    // Refused rather than treated as a viewer: a workspace holds guests and, through Slack Connect,
    // people of other companies; even a viewer's ticket list says who asked which company for what.
    deps.log.warn({ slackUser: userId }, 'refused /rights: no role configured for this Slack user');
    try {
      await deps.auditRefusal(actorIdOf(userId), attempted);
    } catch (error) {
      deps.log.error({ err: error, slackUser: userId }, 'could not audit a refusal');
    }
    return renderNotice(NO_ROLE);
  }

  async function run(actor: DeskActor, command: DeskCommand): Promise<SlackMessage> {
    try {
      return renderReply(await deps.execute(actor, command));
    } catch (error) {
      // Expected failures come back as replies; this is a bug or an outage, logged with its context.
      const reference = 'reference' in command ? command.reference : undefined;
      deps.log.error(
        { err: error, command: command.name, reference, actor: actor.id },
        'desk command failed',
      );
      return renderNotice('Something went wrong on our side; nothing was changed. Please try again shortly.');
    }
  }

  /** What a refusal records: the command's name, never the text a stranger typed. */
  const attemptOf = (command: DeskCommand | SlackMessage) => ('name' in command ? command.name : 'unparsed');

  function parse(text: string): DeskCommand | SlackMessage {
    const parsed = parseDeskCommand(unescapeCommandText(text));
    return parsed.ok ? parsed.command : renderParseError(parsed.error);
  }

  return {
    actorOf,
    async answerText(userId, text) {
      const command = parse(text);
      const actor = await actorOf(userId, attemptOf(command));
      if (isSlackMessage(actor)) return actor;
      return 'name' in command ? run(actor, command) : command;
    },
    async answerClick(userId, text, seen) {
      const command = parse(text);
      const actor = await actorOf(userId, attemptOf(command));
      if (isSlackMessage(actor)) return actor;
      return 'name' in command ? run(actor, atSeenVersion(command, seen.version)) : command;
    },
  };
}
