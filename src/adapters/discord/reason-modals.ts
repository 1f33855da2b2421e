/**
 * The modals that ask for a reason before a ticket is rejected or its deadline extended, and the desk
 * command their submission stands for. The modal's custom id carries the ticket reference and the version
 * the person saw (`rd_modal:reject:RD-1042:7`), so the submission is checked like a click. The reject
 * modal lists only the grounds the ticket's law provides for its request, in the law's words.
 */
import { type APIModalInteractionResponseCallbackData, ComponentType, TextInputStyle } from 'discord.js';
import { groundOptions, type RejectScope } from '../../app/desk/reject-options.js';
import { modalCommand } from '../../app/desk/ticket-buttons.js';
import type { ReasonFields, ReasonModal } from './discord-payloads.js';

/** The ids of the modal's inputs, read back from the submission. */
export const REASON_INPUT = 'reason';
export const NOTE_INPUT = 'note';

export function reasonModal(
  modal: ReasonModal,
  reference: string,
  version: number,
  /** The ticket's law and opt-out kind, from the button: the reject modal offers only its grounds. */
  scope: RejectScope | null = null,
): APIModalInteractionResponseCallbackData {
  const reject = modal === 'reject';
  if (modal === 'reply')
    // Issue 15: staff write to the requester from the ticket's message; the submission runs `reply`.
    return {
      custom_id: `rd_modal:${modal}:${reference}:${version}`,
      title: `Reply on ${reference}`,
      components: [
        {
          type: ComponentType.Label,
          label: 'Message to the requester (sent as written)',
          component: {
            type: ComponentType.TextInput,
            custom_id: REASON_INPUT,
            style: TextInputStyle.Paragraph,
            required: true,
            max_length: 2000,
          },
        },
      ],
    };
  return {
    custom_id: `rd_modal:${modal}:${reference}:${version}`,
    title: reject ? `Reject ${reference}` : `Extend ${reference}`,
    components: reject
      ? [
          {
            type: ComponentType.Label,
            label: 'Lawful ground',
            component: {
              type: ComponentType.StringSelect,
              custom_id: REASON_INPUT,
              options: groundOptions(scope).map((g) => ({
                label: g.label,
                value: g.value,
                ...(g.description ? { description: g.description } : {}),
              })),
              min_values: 1,
              max_values: 1,
            },
          },
          {
            type: ComponentType.Label,
            label: 'Note for the file (optional)',
            component: {
              type: ComponentType.TextInput,
              custom_id: NOTE_INPUT,
              style: TextInputStyle.Paragraph,
              required: false,
              max_length: 2000,
            },
          },
        ]
      : [
          {
            type: ComponentType.Label,
            label: 'Why more time is needed (told to the requester)',
            component: {
              type: ComponentType.TextInput,
              custom_id: REASON_INPUT,
              style: TextInputStyle.Paragraph,
              required: true,
              max_length: 2000,
            },
          },
        ],
  };
}

/** The command text the submission stands for, in the one desk grammar (which validates it). */
export function submittedCommand(modal: ReasonModal, reference: string, fields: ReasonFields): string {
  return modalCommand(modal, reference, fields.reason, fields.note);
}
