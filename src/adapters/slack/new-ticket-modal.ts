/**
 * `/rights new` typed alone in Slack opens a modal with one field per part of a request taken by phone,
 * post, in person or a web form. What comes back is checked by the same zod schema as the typed line
 * (domain/desk/manual-request.ts): a problem is shown beside its field and the modal stays open; a good
 * request is written as the grammar's `new key=value …` line and run by the desk like anything typed.
 */
import type { types } from '@slack/bolt';
import { z } from 'zod';
import { keyedWord } from '../../domain/desk/keyed-words.js';
import {
  checkManualRequest,
  INTAKE_CHANNELS,
  MANUAL_REQUEST_FIELDS,
  type ManualRequestProblems,
} from '../../domain/desk/manual-request.js';
import { modalWithinLimits } from './slack-limits.js';

export const NEW_TICKET_MODAL = 'rd_new_ticket_modal';

const plain = (text: string): types.PlainTextElement => ({ type: 'plain_text', text });
const input = (
  field: string,
  label: string,
  optional: boolean,
  element: types.InputBlock['element'] = { type: 'plain_text_input', action_id: 'value', max_length: 500 },
): types.KnownBlock => ({ type: 'input', block_id: field, optional, label: plain(label), element });

/** The modal; `channel` (where `/rights new` was typed) is where the answer goes, kept in its metadata. */
export function newTicketModal(channel: string): types.ModalView {
  return modalWithinLimits({
    type: 'modal',
    callback_id: NEW_TICKET_MODAL,
    private_metadata: JSON.stringify({ channel }),
    title: plain('New request'),
    submit: plain('Open ticket'),
    close: plain('Cancel'),
    blocks: [
      input('org', 'Organisation id (e.g. importly)', false),
      input('types', 'Rights asked, comma-separated (e.g. access,erasure)', false),
      input('channel', 'How it arrived', false, {
        type: 'static_select',
        action_id: 'value',
        options: INTAKE_CHANNELS.map((c) => ({ text: plain(c.replaceAll('_', ' ')), value: c })),
      }),
      input('received', 'Day received, YYYY-MM-DD (the clock runs from it)', false),
      input('name', "Requester's name", false),
      input('email', 'Email address (email or postal address)', true),
      input('postal', 'Postal address (letters then go by post)', true, {
        type: 'plain_text_input',
        action_id: 'value',
        multiline: true,
        max_length: 500,
      }),
      input('law', 'Law, if known (e.g. uk-gdpr)', true),
      input('language', 'Language, two letters (e.g. de)', true),
      input('notes', 'What was asked, in your words', true, {
        type: 'plain_text_input',
        action_id: 'value',
        multiline: true,
        max_length: 2000,
      }),
    ],
  });
}

const Value = z.object({
  value: z.string().nullish(),
  selected_option: z.object({ value: z.string() }).nullish(),
});
export const NewTicketSubmissionSchema = z.object({
  user: z.object({ id: z.string().regex(/^[UW][A-Z0-9]{2,20}$/) }),
  view: z.object({
    private_metadata: z
      .string()
      .transform(
        (s) => z.object({ channel: z.string().max(40) }).safeParse(JSON.parse(s || '{}')).data ?? null,
      )
      .catch(null),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), Value)) }),
  }),
});

/** The desk line the submission stands for, or the problems to show beside the fields. */
export function submittedRequest(
  state: z.infer<typeof NewTicketSubmissionSchema>['view']['state'],
): { ok: true; line: string } | { ok: false; problems: ManualRequestProblems } {
  const fields: Record<string, string> = {};
  for (const field of MANUAL_REQUEST_FIELDS) {
    const v = state.values[field]?.['value'];
    const value = (v?.selected_option?.value ?? v?.value ?? '').trim();
    if (value !== '') fields[field] = value;
  }
  const checked = checkManualRequest(fields);
  if (!checked.ok) return checked;
  return { ok: true, line: ['new', ...Object.entries(fields).map(([k, v]) => keyedWord(k, v))].join(' ') };
}
