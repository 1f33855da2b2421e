/**
 * Answers Discord's interactions as Discord sends them, whether they came over the gateway or as signed
 * HTTP requests: the `/rights` subcommands, the completion of ticket references, the ticket buttons and
 * the reason modals. Each one is parsed with zod and given its first response at once (Discord allows 3
 * seconds): a deferral of an ephemeral reply, whose answer is edited in later through the desk queue; a
 * reason modal, which must itself be the first response; or the completion choices. Replies are
 * ephemeral, only for the person who asked, since they may carry personal data.
 */
import {
  type APIApplicationCommandOptionChoice,
  type APIInteractionResponse,
  InteractionResponseType,
  MessageFlags,
} from 'discord.js';
import { commandLine, typedDeskCommands } from '../../app/desk/command-arguments.js';
import { directCommand, isModalButton } from '../../app/desk/ticket-buttons.js';
import { taskDoneCommand } from '../../app/desk/task-lines.js';
import type { TicketSuggestion } from '../../app/desk/ticket-suggestions.js';
import { type GroundOption, groundsMatching } from '../../app/desk/reject-options.js';
import type { SerialQueue } from '../../app/serial-queue.js';
import type { Logger } from '../log/logger.js';
import type { DiscordAnswers } from './discord-answers.js';
import {
  ComponentDataSchema,
  INTERACTION,
  type Interaction,
  InteractionSchema,
  MemberSchema,
  ModalDataSchema,
  ReasonFieldsSchema,
  ReasonModalIdSchema,
  SubcommandDataSchema,
  TaskButtonSchema,
  TicketButtonSchema,
} from './discord-payloads.js';
import type { DiscordMember } from './discord-roles.js';
import { actorIdOf } from './discord-text.js';
import { NOTE_INPUT, REASON_INPUT, reasonModal, submittedCommand } from './reason-modals.js';
import { notice } from './render-reply.js';
import type { DiscordMessage } from './render-ticket.js';
import { COMMAND_NAME } from './rights-command.js';

export interface InteractionHandlerOptions {
  readonly answers: DiscordAnswers;
  /** The open tickets matching what a member typed, or none for a member without a role. */
  readonly suggest: (member: DiscordMember, typed: string) => Promise<readonly TicketSuggestion[]>;
  /** The grounds the ticket `reference` may be refused on, or none for a member without a role. */
  readonly grounds: (member: DiscordMember, reference: string) => Promise<readonly GroundOption[]>;
  /** Where every answer that may touch the database waits its turn, after the first response. */
  readonly queue: SerialQueue;
  readonly log: Logger;
}

/** What to send for one interaction: its first response, and the answer to edit into a deferral. */
export interface InteractionAnswer {
  readonly id: string;
  readonly token: string;
  readonly first: APIInteractionResponse;
  /** Set when `first` is a deferral: resolves with the reply that replaces it. */
  readonly later: (() => Promise<DiscordMessage>) | null;
}

const MALFORMED = notice('That did not look like a Rightsdesk interaction; nothing was done.');
const COMMANDS = new Map(typedDeskCommands().map((c) => [c.name, c]));

const ephemeral = (message: DiscordMessage): APIInteractionResponse => ({
  type: InteractionResponseType.ChannelMessageWithSource,
  data: {
    content: message.content,
    embeds: [...message.embeds],
    components: [...message.components],
    allowed_mentions: { parse: [] },
    flags: MessageFlags.Ephemeral,
  },
});
const deferral: APIInteractionResponse = {
  type: InteractionResponseType.DeferredChannelMessageWithSource,
  data: { flags: MessageFlags.Ephemeral },
};

/** Who acted: their user id and the ids of the server roles they hold (never @everyone). */
function memberOf(interaction: Interaction): DiscordMember | null {
  const { member } = interaction;
  if (!member) return null;
  return MemberSchema.safeParse({ userId: member.user.id, roleIds: member.roles }).data ?? null;
}

export function createInteractionHandler(options: InteractionHandlerOptions) {
  const { answers, queue, log } = options;

  /** The desk-grammar line a subcommand and its options stand for, or null for another command. */
  function lineOf(data: unknown): string | null {
    const parsed = SubcommandDataSchema.safeParse(data);
    if (!parsed.success || parsed.data.command !== COMMAND_NAME) return null;
    // A subcommand the grammar no longer knows (an old registration) is answered by the grammar: unknown.
    const command = COMMANDS.get(parsed.data.subcommand) ?? {
      name: parsed.data.subcommand,
      usage: '',
      arguments: [],
    };
    const kinds = new Map(command.arguments.map((a) => [a.name, a.kind]));
    const values = new Map<string, string | number>();
    for (const option of parsed.data.options) {
      if (option.value === undefined || typeof option.value === 'boolean') continue;
      // A user option carries the id; as a mention it reads like one typed (`assign RD-1042 @jane`).
      values.set(option.name, kinds.get(option.name) === 'user' ? `<@${option.value}>` : option.value);
    }
    return commandLine(command, values);
  }

  /** A ground as a choice: its label, and the law's words for it as far as Discord's 100 characters go. */
  const groundChoice = (g: GroundOption): APIApplicationCommandOptionChoice<string> => {
    const name = g.description ? `${g.label} — ${g.description}` : g.label;
    return { name: name.length <= 100 ? name : `${name.slice(0, 99)}…`, value: g.value };
  };

  /**
   * The choices for the option being typed: open tickets for a ticket option; for a ground, those the
   * ticket already given in the same command may be refused on (Discord sends the options filled so far).
   */
  async function completion(interaction: Interaction, member: DiscordMember) {
    const parsed = SubcommandDataSchema.safeParse(interaction.data).data;
    const focused = parsed?.options.find((o) => o.focused);
    const kind = COMMANDS.get(parsed?.subcommand ?? '')?.arguments.find(
      (a) => a.name === focused?.name,
    )?.kind;
    const typed = String(focused?.value ?? '');
    let choices: APIApplicationCommandOptionChoice<string>[] = [];
    if (kind === 'ticket')
      choices = (await options.suggest(member, typed)).map((s) => ({
        name: s.label.slice(0, 100),
        value: s.reference,
      }));
    if (kind === 'ground') {
      const ticket = parsed?.options.find((o) => o.name === 'ticket')?.value;
      const grounds = await options.grounds(member, typeof ticket === 'string' ? ticket : '');
      choices = groundsMatching(grounds, typed).map(groundChoice);
    }
    return {
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: choices.slice(0, 25) },
    } as const;
  }

  async function respond(interaction: Interaction): Promise<Omit<InteractionAnswer, 'id' | 'token'> | null> {
    if (interaction.type === INTERACTION.ping)
      return { first: { type: InteractionResponseType.Pong }, later: null };
    const member = memberOf(interaction);
    const deferred = (answer: (member: DiscordMember) => Promise<DiscordMessage>) => ({
      first: deferral,
      later: () => (member ? queue.run(() => answer(member)) : Promise.resolve(MALFORMED)),
    });
    switch (interaction.type) {
      case INTERACTION.command: {
        const line = lineOf(interaction.data);
        return deferred((m) => (line === null ? Promise.resolve(MALFORMED) : answers.answerText(m, line)));
      }
      case INTERACTION.autocomplete:
        return {
          first: member
            ? await completion(interaction, member)
            : { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } },
          later: null,
        };
      case INTERACTION.component: {
        const customId = ComponentDataSchema.safeParse(interaction.data).data?.custom_id ?? '';
        const task = TaskButtonSchema.safeParse(customId);
        if (task.success && member)
          return deferred((m) =>
            answers.answerText(m, taskDoneCommand(task.data.reference, task.data.system)),
          );
        const parsed = TicketButtonSchema.safeParse(customId);
        if (!parsed.success || !member) {
          log.warn({ customId: customId.slice(0, 100) }, 'ignored a malformed button click');
          return { first: ephemeral(MALFORMED), later: null };
        }
        const { action, reference, version, scope } = parsed.data;
        if (isModalButton(action)) {
          // The modal must be the interaction's first response, within 3 seconds: nothing slower goes first.
          const allowed = await answers.authorise(member, action);
          return {
            first:
              'refusal' in allowed
                ? ephemeral(allowed.refusal)
                : {
                    type: InteractionResponseType.Modal,
                    data: reasonModal(action, reference, version, scope),
                  },
            later: null,
          };
        }
        const command = directCommand(action, reference, actorIdOf(member.userId));
        return deferred((m) => answers.answerClick(m, command, version));
      }
      case INTERACTION.modal: {
        const data = ModalDataSchema.safeParse(interaction.data).data;
        const id = ReasonModalIdSchema.safeParse(data?.customId ?? '');
        const fields = ReasonFieldsSchema.safeParse({
          reason: data?.inputs.get(REASON_INPUT) ?? '',
          note: data?.inputs.get(NOTE_INPUT) ?? '',
        });
        if (!id.success || !fields.success) return deferred(() => Promise.resolve(MALFORMED));
        const command = submittedCommand(id.data.modal, id.data.reference, fields.data);
        return deferred((m) => answers.answerClick(m, command, id.data.version));
      }
      default:
        return null;
    }
  }

  /** The answer to one interaction, or null when it is not one this bot handles (or is malformed). */
  return async (payload: unknown): Promise<InteractionAnswer | null> => {
    const interaction = InteractionSchema.safeParse(payload);
    if (!interaction.success) return null;
    const { id, token } = interaction.data;
    try {
      const answer = await respond(interaction.data);
      return answer ? { id, token, ...answer } : null;
    } catch (error) {
      // Carries ids only: the interaction's options may hold a note with personal data.
      log.error({ err: error, interaction: id, type: interaction.data.type }, 'Discord interaction failed');
      return {
        id,
        token,
        first: ephemeral(notice('Something went wrong on our side; nothing was changed.')),
        later: null,
      };
    }
  };
}
