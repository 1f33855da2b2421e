/**
 * What the Discord adapter does with a typed command or a click, transport aside: find the actor's role,
 * parse the text with the one desk grammar, call the core once, render the reply. A click also carries
 * the ticket version it was shown; the core acts only on that version, and otherwise answers with the
 * ticket as it stands, which is shown again instead.
 */
import type { DeskActor, DeskReply } from '../../app/desk/desk-reply.js';
import type { DiscordRoleMap } from '../../config/discord-settings.js';
import { atSeenVersion, type DeskCommand } from '../../domain/desk/desk-command.js';
import { parseDeskCommand } from '../../domain/desk/parse-desk-command.js';
import type { Logger } from '../log/logger.js';
import { type DiscordMember, discordRoleOf } from './discord-roles.js';
import { actorIdOf, commandTextOf } from './discord-text.js';
import { notice, renderParseError, renderReply } from './render-reply.js';
import type { DiscordMessage } from './render-ticket.js';

/** The core's desk executor, bound to its dependencies by the composition root. */
export type ExecuteDeskCommand = (actor: DeskActor, command: DeskCommand) => Promise<DeskReply>;

export interface DiscordAnswers {
  /** A `/rights …` command typed by a Discord user. */
  answerText(member: DiscordMember, text: string): Promise<DiscordMessage>;
  /** A button or modal: `text` in the desk grammar, applied only if the ticket is still at `seenVersion`. */
  answerClick(member: DiscordMember, text: string, seenVersion: number): Promise<DiscordMessage>;
  /** The actor behind a Discord member, or a refusal to show them (audited, naming what was `attempted`). */
  actorOf(member: DiscordMember, attempted: string): Promise<DeskActor | DiscordMessage>;
}

export interface DiscordAnswersDeps {
  readonly execute: ExecuteDeskCommand;
  readonly roles: DiscordRoleMap;
  /** Records in the audit trail that a user with no role was refused `command` (a command name, never text). */
  readonly auditRefusal: (actorId: string, command: string) => Promise<void>;
  readonly log: Logger;
}

const NO_ROLE =
  'You have no Rightsdesk role in this server, so /rights is not available to you. ' +
  'Ask an administrator to add you (or a Discord role you hold) to the Discord role settings.';

export function isDiscordMessage(value: DeskActor | DiscordMessage): value is DiscordMessage {
  return 'embeds' in value;
}

export function createDiscordAnswers(deps: DiscordAnswersDeps): DiscordAnswers {
  async function actorOf(member: DiscordMember, attempted: string): Promise<DeskActor | DiscordMessage> {
    const role = discordRoleOf(deps.roles, member);
    if (role !== null) return { id: actorIdOf(member.userId), role };
    // Refused rather than treated as a viewer: a server holds guests and members of other teams; even a
    // viewer's ticket list says who asked which company for what.
    deps.log.warn(
      { discordUser: member.userId },
      'refused /rights: no role configured for this Discord user',
    );
    try {
      await deps.auditRefusal(actorIdOf(member.userId), attempted);
    } catch (error) {
      deps.log.error({ err: error, discordUser: member.userId }, 'could not audit a refusal');
    }
    return notice(NO_ROLE);
  }

  async function run(actor: DeskActor, command: DeskCommand): Promise<DiscordMessage> {
    try {
      return renderReply(await deps.execute(actor, command));
    } catch (error) {
      // Expected failures come back as replies; this is a bug or an outage, logged with its context.
      const reference = 'reference' in command ? command.reference : undefined;
      deps.log.error(
        { err: error, command: command.name, reference, actor: actor.id },
        'desk command failed',
      );
      return notice('Something went wrong on our side; nothing was changed. Please try again shortly.');
    }
  }

  /** What a refusal records: the command's name, never the text a stranger typed. */
  const attemptOf = (command: DeskCommand | DiscordMessage) =>
    'name' in command ? command.name : 'unparsed';

  function parse(text: string): DeskCommand | DiscordMessage {
    const parsed = parseDeskCommand(commandTextOf(text));
    return parsed.ok ? parsed.command : renderParseError(parsed.error);
  }

  return {
    actorOf,
    async answerText(member, text) {
      const command = parse(text);
      const actor = await actorOf(member, attemptOf(command));
      if (isDiscordMessage(actor)) return actor;
      return 'name' in command ? run(actor, command) : command;
    },
    async answerClick(member, text, seenVersion) {
      const command = parse(text);
      const actor = await actorOf(member, attemptOf(command));
      if (isDiscordMessage(actor)) return actor;
      return 'name' in command ? run(actor, atSeenVersion(command, seenVersion)) : command;
    },
  };
}
