/**
 * `bulk`: one decision over a filtered list of tickets, e.g. `bulk close triage org=importly
 * older-than=30 note="spam"`. The filters are those of `list` (organisation, status, overdue, due soon,
 * triage) and an age; at least one is required, so a bare `bulk reject` never reaches every open ticket.
 * Without `confirm` it only shows what it would touch; with it, each ticket is changed as the single
 * command would change it, audited on its own.
 */
import { z } from 'zod';
import {
  REJECTION_REASONS,
  type RejectionReason,
  TICKET_STATUSES,
  type TicketStatus,
} from '../tickets/vocabulary.js';
import { keyedWords } from './keyed-words.js';

/** reject: with a lawful ground and its letter; remind: a new code to a requester who has not verified; close: dismiss what asks for no right. */
export const BULK_ACTIONS = ['reject', 'remind', 'close'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

export interface BulkFilter {
  readonly organisationId: string | null;
  readonly status: TicketStatus | null;
  readonly overdue: boolean;
  readonly dueSoon: boolean;
  readonly triage: boolean;
  /** Received more than this many days ago. */
  readonly olderThanDays: number | null;
}

export interface BulkCommand {
  readonly name: 'bulk';
  readonly action: BulkAction;
  readonly filter: BulkFilter;
  /** False: show the count and references only. */
  readonly confirm: boolean;
  readonly reason: RejectionReason | null;
  readonly note: string | null;
}

const FLAGS = ['confirm', 'overdue', 'due-soon', 'triage'] as const;
const Keyed = z.object({
  org: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an organisation id such as importly')
    .optional(),
  status: z.enum(TICKET_STATUSES, { error: `statuses are ${TICKET_STATUSES.join(', ')}` }).optional(),
  'older-than': z
    .string()
    .regex(/^\d{1,4}d?$/, 'older-than is a number of days, e.g. older-than=30')
    .transform((s) => Number(s.replace('d', '')))
    .optional(),
  reason: z.enum(REJECTION_REASONS, { error: `reasons are ${REJECTION_REASONS.join(', ')}` }).optional(),
  note: z.string().trim().min(1).max(2000, 'the note is too long').optional(),
});

/** The words after `bulk`, as the grammar hands them over; throws a ZodError with the problem. */
export function parseBulk(text: string): BulkCommand {
  const [first = '', ...others] = text.trim().split(/\s+/);
  const action = z
    .enum(BULK_ACTIONS, { error: `say what to do: bulk ${BULK_ACTIONS.join('|')} <filters>` })
    .parse(first.toLowerCase());
  const { keyed, plain } = keyedWords(others.join(' '));
  const unknownWord = plain.find((w) => !(FLAGS as readonly string[]).includes(w.toLowerCase()));
  const unknownKey = [...keyed.keys()].find((k) => !(k in Keyed.shape));
  if (unknownWord ?? unknownKey) fail(`unknown filter "${(unknownWord ?? unknownKey)!.slice(0, 40)}"`);
  const fields = Keyed.parse(Object.fromEntries(keyed));
  const has = (flag: string) => plain.some((w) => w.toLowerCase() === flag);
  const filter: BulkFilter = {
    organisationId: fields.org ?? null,
    status: fields.status ?? null,
    overdue: has('overdue'),
    dueSoon: has('due-soon'),
    triage: has('triage'),
    olderThanDays: fields['older-than'] ?? null,
  };
  const { organisationId, status, overdue, dueSoon, triage, olderThanDays } = filter;
  if (organisationId === null && status === null && !overdue && !dueSoon && !triage && olderThanDays === null)
    fail('give at least one filter (org=, status=, overdue, due-soon, triage, older-than=)');
  if (action === 'reject' && !fields.reason) fail(`name the ground: reason=${REJECTION_REASONS.join('|')}`);
  if (action === 'close' && !fields.note) fail('say why they are closed: note="…"');
  return {
    name: 'bulk',
    action,
    filter,
    confirm: has('confirm'),
    reason: fields.reason ?? null,
    note: fields.note ?? null,
  };
}

function fail(message: string): never {
  throw new z.ZodError([{ code: 'custom', path: [], message, input: undefined }]);
}
