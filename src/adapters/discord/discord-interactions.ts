/**
 * Answers Discord's interactions: the `/rights` slash command, the ticket buttons and the reason modals.
 * Each one is parsed with zod and deferred at once (Discord gives 3 seconds for a first answer), then
 * answered through the desk queue by editing that deferred reply, which is ephemeral: only the person who
 * asked sees it, since it may carry personal data. A button that needs a reason opens its modal instead,
 * which must itself be the first answer.
 */
import {
  type APIInteractionGuildMember,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type GuildMember,
  type Interaction,
  MessageFlags,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { SerialQueue } from '../../app/serial-queue.js';
import { directCommand, isModalButton } from '../../app/desk/ticket-buttons.js';
import type { Logger } from '../log/logger.js';
import type { DiscordAnswers } from './discord-answers.js';
import {
  CommandTextSchema,
  MemberSchema,
  type ReasonFields,
  ReasonFieldsSchema,
  ReasonModalIdSchema,
  type ReasonModal,
  TicketButtonSchema,
} from './discord-payloads.js';
import type { DiscordMember } from './discord-roles.js';
import { actorIdOf } from './discord-text.js';
import { NOTE_INPUT, REASON_INPUT, reasonModal, submittedCommand } from './reason-modals.js';
import { notice } from './render-reply.js';
import type { DiscordMessage } from './render-ticket.js';

export const COMMAND_NAME = 'rights';
/** The one string option of `/rights`: the rest of the command, in the desk grammar. */
export const COMMAND_OPTION = 'command';

export interface InteractionHandlerOptions {
  readonly answers: DiscordAnswers;
  /** Where every answer that may touch the database waits its turn, after the deferral. */
  readonly queue: SerialQueue;
  readonly log: Logger;
}

const MALFORMED = notice('That did not look like a Rightsdesk interaction; nothing was done.');

/** The reply as discord.js sends it; mentions are shown but never ping anyone. */
const toReply = (message: DiscordMessage) => ({
  content: message.content,
  embeds: [...message.embeds],
  components: [...message.components],
  allowedMentions: { parse: [] },
});
const ephemeral = (message: DiscordMessage) => ({
  ...toReply(message),
  flags: MessageFlags.Ephemeral as const,
});

/** Who acted: their user id and, in a server, the ids of their roles (never the @everyone role). */
function memberOf(interaction: {
  readonly user: { readonly id: string };
  readonly member: GuildMember | APIInteractionGuildMember | null;
  readonly guildId: string | null;
}): DiscordMember | null {
  const { member } = interaction;
  // discord.js gives a GuildMember when the server is cached (GUILD_CREATE seen), else the payload's own member.
  const roleIds = !member
    ? []
    : Array.isArray(member.roles)
      ? member.roles
      : [...member.roles.cache.keys()].filter((id) => id !== interaction.guildId);
  return MemberSchema.safeParse({ userId: interaction.user.id, roleIds }).data ?? null;
}

function reasonFieldsOf(interaction: ModalSubmitInteraction, modal: ReasonModal): ReasonFields | null {
  try {
    const fields = interaction.fields;
    const raw =
      modal === 'reject'
        ? {
            reason: fields.getStringSelectValues(REASON_INPUT)[0] ?? '',
            note: fields.getTextInputValue(NOTE_INPUT),
          }
        : { reason: fields.getTextInputValue(REASON_INPUT), note: '' };
    return ReasonFieldsSchema.safeParse(raw).data ?? null;
  } catch {
    // discord.js throws for a missing or mistyped field: a submission of some other shape.
    return null;
  }
}

export function createInteractionHandler(options: InteractionHandlerOptions) {
  const { answers, queue, log } = options;

  async function onCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const member = memberOf(interaction);
    const text = CommandTextSchema.safeParse(interaction.options.getString(COMMAND_OPTION) ?? '');
    if (!member || !text.success) {
      await interaction.editReply(toReply(MALFORMED));
      return;
    }
    await interaction.editReply(toReply(await queue.run(() => answers.answerText(member, text.data))));
  }

  async function onButton(interaction: ButtonInteraction): Promise<void> {
    const parsed = TicketButtonSchema.safeParse(interaction.customId);
    const member = memberOf(interaction);
    if (!parsed.success || !member) {
      log.warn({ customId: interaction.customId.slice(0, 100) }, 'ignored a malformed button click');
      await interaction.reply(ephemeral(MALFORMED));
      return;
    }
    const { action, reference, version } = parsed.data;
    if (isModalButton(action)) {
      // The modal must be the interaction's first answer, within 3 seconds: nothing slower goes first.
      const allowed = await answers.authorise(member, action);
      if ('refusal' in allowed) await interaction.reply(ephemeral(allowed.refusal));
      else await interaction.showModal(reasonModal(action, reference, version));
      return;
    }
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const command = directCommand(action, reference, actorIdOf(member.userId));
    await interaction.editReply(
      toReply(await queue.run(() => answers.answerClick(member, command, version))),
    );
  }

  async function onModalSubmit(interaction: ModalSubmitInteraction): Promise<void> {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const parsed = ReasonModalIdSchema.safeParse(interaction.customId);
    const member = memberOf(interaction);
    const fields = parsed.success ? reasonFieldsOf(interaction, parsed.data.modal) : null;
    if (!parsed.success || !member || !fields) {
      await interaction.editReply(toReply(MALFORMED));
      return;
    }
    const { modal, reference, version } = parsed.data;
    const command = submittedCommand(modal, reference, fields);
    await interaction.editReply(
      toReply(await queue.run(() => answers.answerClick(member, command, version))),
    );
  }

  return async (interaction: Interaction): Promise<void> => {
    try {
      if (interaction.isChatInputCommand() && interaction.commandName === COMMAND_NAME)
        await onCommand(interaction);
      else if (interaction.isButton() && interaction.customId.startsWith('rd:')) await onButton(interaction);
      else if (interaction.isModalSubmit() && interaction.customId.startsWith('rd_modal:'))
        await onModalSubmit(interaction);
    } catch (error) {
      // Carries ids only: the interaction's options may hold a note with personal data.
      log.error(
        { err: error, interaction: interaction.id, type: interaction.type },
        'Discord interaction failed',
      );
    }
  };
}
