/**
 * The desk grammar: the argument shape of each `/rights` command, read from its words with zod. A bad
 * argument throws a zod error, which parse-desk-command.ts turns into a value with the usage line.
 */
import { z } from 'zod';
import { JURISDICTION_IDS } from '../deadlines/jurisdiction-rule.js';
import { TASK_SETTLEMENTS } from '../fulfilment/tasks.js';
import { REQUEST_TYPES, RIGHTS } from '../request-types.js';
import { REJECTION_REASONS } from '../tickets/vocabulary.js';
import {
  LIST_FILTERS,
  MANUAL_VERIFICATION_METHODS,
  PREVIEW_DECISIONS,
  RECIPIENT_SETTLEMENTS,
} from './desk-command.js';
import { parseBulk } from './bulk-command.js';
import { parseComplaintStep } from './complaint-command.js';
import { keyedWords } from './keyed-words.js';
import { ManualRequestSchema } from './manual-request.js';

const MAX_TEXT = 2000;
const reference = z
  .string()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^RD-\d{1,9}$/, 'expected a ticket reference such as RD-1042'));
const org = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an organisation id such as importly')
  .nullable();
const jurisdictionId = z
  .string({ error: `name the law: ${JURISDICTION_IDS.join(', ')}` })
  .transform((s) => s.toLowerCase())
  .pipe(z.enum(JURISDICTION_IDS, { error: `jurisdictions are ${JURISDICTION_IDS.join(', ')}` }));
const rejectionReason = z.enum(REJECTION_REASONS, { error: `reasons are ${REJECTION_REASONS.join(', ')}` });
const freeText = (what: string) =>
  z.string().trim().min(1, `${what} is required`).max(MAX_TEXT, `${what} is too long`);
const optionalText = z
  .string()
  .trim()
  .max(MAX_TEXT, 'the note is too long')
  .transform((s) => (s === '' ? null : s));
/**
 * A clarification's question, after `scope` where staff say the answer is needed to identify what an
 * access request covers (UK GDPR Art. 12A(5)); `from` is the index of the question's first word.
 */
const clarification = (first: string | undefined, rest: (n: number) => string, from: number) => {
  const scope = first?.toLowerCase() === 'scope';
  return { question: freeText('the question').parse(rest(scope ? from + 1 : from)), scope };
};

/** The argument shape of each command, from its words (`rest` is the text after the fixed words). */
export const grammar: Record<string, (words: string[], rest: (n: number) => string) => unknown> = {
  help: () => ({ name: 'help' }),
  list: ([first, second]) => {
    const isFilter = first !== undefined && (LIST_FILTERS as readonly string[]).includes(first);
    return {
      name: 'list',
      filter: z.enum(LIST_FILTERS).parse(isFilter ? first : 'open'),
      organisationId: org.parse((isFilter ? second : first) ?? null),
    };
  },
  show: ([ref]) => ({ name: 'show', reference: reference.parse(ref) }),
  assign: ([ref, user]) => ({
    name: 'assign',
    reference: reference.parse(ref),
    assignee: z.string({ error: 'say whom to assign, e.g. @user' }).min(1).parse(user),
  }),
  classify: ([ref, types]) => ({
    name: 'classify',
    reference: reference.parse(ref),
    types: z
      .array(z.enum(REQUEST_TYPES, { error: `types are ${REQUEST_TYPES.join(', ')}` }))
      .min(1)
      .refine((t) => !t.includes('not_a_request') || t.length === 1, 'not_a_request stands alone')
      .parse([...new Set((types ?? '').split(',').filter(Boolean))]),
  }),
  verify: ([ref, step, method], rest) => {
    const parsedReference = reference.parse(ref);
    if (step === 'send') return { name: 'verify_send', reference: parsedReference };
    if (step === 'resend') return { name: 'verify_resend', reference: parsedReference };
    if (step !== 'confirm')
      throw new z.ZodError([
        { code: 'custom', path: [], message: 'expected send, resend or confirm', input: step },
      ]);
    return {
      name: 'verify_confirm',
      reference: parsedReference,
      method: z
        .enum(MANUAL_VERIFICATION_METHODS, { error: `methods are ${MANUAL_VERIFICATION_METHODS.join(', ')}` })
        .parse(method),
      note: optionalText.parse(rest(4)),
    };
  },
  approve: ([ref]) => ({ name: 'approve', reference: reference.parse(ref) }),
  reject: ([ref, reason], rest) => ({
    name: 'reject',
    reference: reference.parse(ref),
    reason: rejectionReason.parse(reason),
    note: optionalText.parse(rest(3)),
  }),
  extend: ([ref], rest) => ({
    name: 'extend',
    reference: reference.parse(ref),
    reason: freeText('the reason').parse(rest(2)),
  }),
  jurisdiction: ([ref, id], rest) => ({
    name: 'jurisdiction',
    reference: reference.parse(ref),
    jurisdiction: jurisdictionId.parse(id),
    reason: freeText('the reason').parse(rest(3)),
  }),
  withdraw: ([ref], rest) => ({
    name: 'withdraw',
    reference: reference.parse(ref),
    note: optionalText.parse(rest(2)),
  }),
  fulfil: ([ref], rest) => ({
    name: 'fulfil',
    reference: reference.parse(ref),
    note: optionalText.parse(rest(2)),
  }),
  note: ([ref], rest) => ({
    name: 'note',
    reference: reference.parse(ref),
    text: freeText('the note').parse(rest(2)),
  }),
  reply: ([ref], rest) => ({
    name: 'reply',
    reference: reference.parse(ref),
    text: freeText('the message').parse(rest(2)),
  }),
  complaint: ([ref, step, outcome], rest) => ({
    name: 'complaint',
    reference: reference.parse(ref),
    ...parseComplaintStep(step, outcome, rest(4)),
  }),
  recipient: ([ref, line, outcome], rest) => ({
    name: 'recipient',
    reference: reference.parse(ref),
    line: z.coerce.number({ error: 'give the line number' }).int().positive().parse(line),
    outcome: z
      .enum(RECIPIENT_SETTLEMENTS, { error: `say ${RECIPIENT_SETTLEMENTS.join(', ')}` })
      .parse(outcome),
    note: optionalText.parse(rest(4)),
  }),
  task: ([ref, target, outcome], rest) => {
    const parsedReference = reference.parse(ref);
    if (target === undefined) return { name: 'tasks', reference: parsedReference };
    const [system, right] = target.toLowerCase().split(':');
    return {
      name: 'task',
      reference: parsedReference,
      system: z
        .string()
        .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a data system id such as billing')
        .parse(system),
      right:
        right === undefined
          ? null
          : z.enum(RIGHTS, { error: `rights are ${RIGHTS.join(', ')}` }).parse(right),
      outcome: z
        .enum(TASK_SETTLEMENTS, { error: `say ${TASK_SETTLEMENTS.join(', ')}` })
        .parse(outcome?.toLowerCase()),
      note: optionalText.parse(rest(4)),
    };
  },
  clarify: ([ref, first], rest) => ({
    name: 'clarify',
    reference: reference.parse(ref),
    ...clarification(first, rest, 2),
  }),
  dismiss: ([ref], rest) => ({
    name: 'dismiss',
    reference: reference.parse(ref),
    note: freeText('a note saying why').parse(rest(2)),
  }),
  appeal: ([ref], rest) => ({
    name: 'appeal',
    reference: reference.parse(ref),
    note: optionalText.parse(rest(2)),
  }),
  uphold: ([ref], rest) => ({
    name: 'uphold',
    reference: reference.parse(ref),
    reason: freeText('the reason').parse(rest(2)),
  }),
  overturn: ([ref], rest) => ({
    name: 'overturn',
    reference: reference.parse(ref),
    reason: freeText('the reason').parse(rest(2)),
  }),
  release: ([ref, step], rest) => {
    const parsedReference = reference.parse(ref);
    if (step === undefined) return { name: 'release', reference: parsedReference, discard: null };
    if (step.toLowerCase() !== 'discard')
      throw new z.ZodError([{ code: 'custom', path: [], message: 'expected discard <reason>', input: step }]);
    return {
      name: 'release',
      reference: parsedReference,
      discard: freeText('the reason').parse(rest(3)),
    };
  },
  preview: ([ref, decision, reason], rest) => {
    const parsedReference = reference.parse(ref);
    const which = z
      .enum(PREVIEW_DECISIONS, { error: `preview one of ${PREVIEW_DECISIONS.join(', ')}` })
      .parse(decision);
    const previewed = {
      reject: () => ({ name: 'reject', reason: rejectionReason.parse(reason) }),
      extend: () => ({ name: 'extend', reason: freeText('the reason').parse(rest(3)) }),
      fulfil: () => ({ name: 'fulfil' }),
      clarify: () => ({ name: 'clarify', ...clarification(reason, rest, 3) }),
    }[which]();
    return { name: 'preview', reference: parsedReference, decision: previewed };
  },
  digest: ([first]) => ({ name: 'digest', organisationId: org.parse(first ?? null) }),
  detach: ([ref], rest) => ({
    name: 'detach',
    reference: reference.parse(ref),
    file: freeText('the file name').parse(rest(2)),
  }),
  bulk: (_words, rest) => parseBulk(rest(1)),
  new: (_words, rest) => {
    const { keyed, plain } = keyedWords(rest(1));
    if (plain.length > 0)
      throw new z.ZodError([
        {
          code: 'custom',
          path: [],
          message: `write each field as key=value (not "${plain[0]?.slice(0, 40)}")`,
          input: plain[0],
        },
      ]);
    return { name: 'new', request: ManualRequestSchema.parse(Object.fromEntries(keyed)) };
  },
};
