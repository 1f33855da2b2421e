/**
 * What every chat adapter does with a typed command or a click, transport aside: find the actor's role,
 * parse the text with the one desk grammar, call the core once, render the reply. A click also carries
 * the ticket version it was shown; the core acts only on that version, and otherwise answers with the
 * ticket as it stands, which is shown again instead. A chat user with no role is refused outright,
 * rather than treated as a viewer (a workspace or server also holds guests and people of other
 * companies, and even a ticket list says who asked which company for what), and the refusal is audited.
 */
import { atSeenVersion, type DeskCommand } from '../../domain/desk/desk-command.js';
import { type DeskParseError, parseDeskCommand } from '../../domain/desk/parse-desk-command.js';
import type { StaffRole } from '../../domain/tickets/vocabulary.js';
import type { DeskActor, DeskReply } from './desk-reply.js';

/** The core's desk executor, bound to its dependencies by the composition root. */
export type ExecuteDeskCommand = (actor: DeskActor, command: DeskCommand) => Promise<DeskReply>;

/** How a chat shows the desk's answers. */
export interface ChatRendering<Message> {
  reply(reply: DeskReply): Message;
  notice(text: string): Message;
  parseError(error: DeskParseError): Message;
}

/** The part of the adapters' logger this needs (pino's satisfies it). */
export interface ChatLog {
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

export interface ChatAnswersDeps<User, Message> {
  readonly execute: ExecuteDeskCommand;
  /** The user's staff role, or null when they hold none. */
  readonly roleOf: (user: User) => Promise<StaffRole | null>;
  /** The actor id the audit trail records, e.g. `slack:U123`. */
  readonly actorIdOf: (user: User) => string;
  /** The typed text as the grammar reads it, the chat's own escapes undone. */
  readonly commandText: (text: string) => string;
  readonly render: ChatRendering<Message>;
  /** What a user with no role is told. */
  readonly noRole: string;
  /** Records in the audit trail that a user with no role was refused `command` (a command name, never text). */
  readonly auditRefusal: (actorId: string, command: string) => Promise<void>;
  readonly log: ChatLog;
}

/** The actor behind a chat user, or the refusal to show them. */
export type Authorisation<Message> = { readonly actor: DeskActor } | { readonly refusal: Message };

export interface ChatAnswers<User, Message> {
  /** A `/rights …` command typed by a user. */
  answerText(user: User, text: string): Promise<Message>;
  /** A button or modal: `text` in the desk grammar, applied only if the ticket is still at `seenVersion`. */
  answerClick(user: User, text: string, seenVersion: number): Promise<Message>;
  /** Checks the user before a modal opens (audited as an attempt at `attempted` when refused). */
  authorise(user: User, attempted: string): Promise<Authorisation<Message>>;
}

const FAILED = 'Something went wrong on our side; nothing was changed. Please try again shortly.';

export function createChatAnswers<User, Message>(
  deps: ChatAnswersDeps<User, Message>,
): ChatAnswers<User, Message> {
  async function authorise(user: User, attempted: string): Promise<Authorisation<Message>> {
    const id = deps.actorIdOf(user);
    const role = await deps.roleOf(user);
    if (role !== null) return { actor: { id, role } };
    deps.log.warn({ actor: id }, 'refused /rights: no role configured for this chat user');
    try {
      await deps.auditRefusal(id, attempted);
    } catch (error) {
      deps.log.error({ err: error, actor: id }, 'could not audit a refusal');
    }
    return { refusal: deps.render.notice(deps.noRole) };
  }

  async function run(actor: DeskActor, command: DeskCommand): Promise<Message> {
    try {
      return deps.render.reply(await deps.execute(actor, command));
    } catch (error) {
      // Expected failures come back as replies; this is a bug or an outage, logged with its context.
      const reference = 'reference' in command ? command.reference : undefined;
      deps.log.error(
        { err: error, command: command.name, reference, actor: actor.id },
        'desk command failed',
      );
      return deps.render.notice(FAILED);
    }
  }

  /** Parses once, checks the user (a refusal records the command's name, never the typed text), runs. */
  async function answer(user: User, text: string, seenVersion: number | null): Promise<Message> {
    const parsed = parseDeskCommand(deps.commandText(text));
    const allowed = await authorise(user, parsed.ok ? parsed.command.name : 'unparsed');
    if ('refusal' in allowed) return allowed.refusal;
    if (!parsed.ok) return deps.render.parseError(parsed.error);
    const command = seenVersion === null ? parsed.command : atSeenVersion(parsed.command, seenVersion);
    return run(allowed.actor, command);
  }

  return {
    authorise,
    answerText: (user, text) => answer(user, text, null),
    answerClick: (user, text, seenVersion) => answer(user, text, seenVersion),
  };
}
