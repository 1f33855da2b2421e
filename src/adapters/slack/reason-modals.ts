/**
 * The modals that ask for a reason before a ticket is rejected or its deadline extended, and the zod
 * parsing of what comes back. The modal carries the ticket reference, the version the person saw and
 * the channel to answer in, in its private metadata. The reject modal lists only the grounds the
 * ticket's law provides for its request (the button's value names the law).
 */
import type { types } from '@slack/bolt';
import { groundOptions } from '../../app/desk/reject-options.js';
import { modalCommand } from '../../app/desk/ticket-buttons.js';
import type { ModalContext, ModalSubmission } from './slack-payloads.js';
import { modalWithinLimits } from './slack-limits.js';

export const REJECT_MODAL = 'rd_reject_modal';
export const EXTEND_MODAL = 'rd_extend_modal';
/** Issue 15: staff write to the requester from the ticket's message; the submission runs `reply`. */
export const REPLY_MODAL = 'rd_reply_modal';
export type ReasonModal = typeof REJECT_MODAL | typeof EXTEND_MODAL | typeof REPLY_MODAL;

const BUTTON_OF = { [REJECT_MODAL]: 'reject', [EXTEND_MODAL]: 'extend', [REPLY_MODAL]: 'reply' } as const;

const TEXTS = {
  [REJECT_MODAL]: { title: 'Reject', submit: 'Reject' },
  [EXTEND_MODAL]: { title: 'Extend', submit: 'Extend' },
  [REPLY_MODAL]: { title: 'Reply on', submit: 'Send' },
} as const;

const plain = (text: string): types.PlainTextElement => ({ type: 'plain_text', text });

/** The message to the requester: one paragraph, as the desk grammar reads one line. */
const REPLY_BLOCKS: types.KnownBlock[] = [
  {
    type: 'input',
    block_id: 'reason',
    label: plain('Message to the requester (sent as written, in the ticket’s email thread)'),
    element: { type: 'plain_text_input', action_id: 'value', multiline: true, max_length: 2000 },
  },
];

export function reasonModal(modal: ReasonModal, context: ModalContext): types.ModalView {
  const reject = modal === REJECT_MODAL;
  const blocks: types.KnownBlock[] =
    modal === REPLY_MODAL
      ? REPLY_BLOCKS
      : reject
        ? [
            {
              type: 'input',
              block_id: 'reason',
              label: plain('Lawful ground'),
              element: {
                type: 'static_select',
                action_id: 'value',
                // Only the grounds the ticket's law and request allow, in the law's words where it has them.
                options: groundOptions(context.scope ?? null).map((g) => ({
                  text: plain(g.label),
                  value: g.value,
                  ...(g.description ? { description: plain(g.description) } : {}),
                })),
              },
            },
            {
              type: 'input',
              block_id: 'note',
              optional: true,
              label: plain('Note for the file (optional)'),
              element: { type: 'plain_text_input', action_id: 'value', multiline: true, max_length: 2000 },
            },
          ]
        : [
            {
              type: 'input',
              block_id: 'reason',
              label: plain('Why more time is needed (told to the requester)'),
              element: { type: 'plain_text_input', action_id: 'value', multiline: true, max_length: 2000 },
            },
          ];
  return modalWithinLimits({
    type: 'modal',
    callback_id: modal,
    private_metadata: JSON.stringify(context),
    title: plain(`${TEXTS[modal].title} ${context.reference}`),
    submit: plain(TEXTS[modal].submit),
    close: plain('Cancel'),
    blocks,
  });
}

/** The command text the submission stands for, in the one desk grammar (which validates it). */
export function submittedCommand(modal: ReasonModal, view: ModalSubmission['view']): string {
  const { private_metadata: context, state } = view;
  const input = (block: string) => {
    const v = state.values[block]?.['value'];
    return (v?.selected_option?.value ?? v?.value ?? '').trim();
  };
  return modalCommand(BUTTON_OF[modal], context.reference, input('reason'), input('note'));
}
