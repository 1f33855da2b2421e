/**
 * A letter exactly as it would be sent on a sample ticket of an organisation, under a law and in a
 * language: the same composition and layout as the outbox, with dates from the law's own clock for a
 * request received at a fixed sample moment. Staff and lawyers read it before a letter goes out.
 */
import { deadlineFor } from '../../domain/deadlines/deadline.js';
import type { JurisdictionId } from '../../domain/deadlines/jurisdiction-rule.js';
import type { LetterKind, LetterRequest } from '../../domain/outbound/letters/letter-facts.js';
import type { LetterLanguage } from '../../domain/outbound/letters/languages.js';
import { rejectionGround } from '../../domain/outbound/rejection-grounds.js';
import type { RequestType } from '../../domain/request-types.js';
import type { RejectionReason } from '../../domain/tickets/vocabulary.js';
import { tasksToOpen } from '../../domain/fulfilment/data-systems.js';
import { systemsWork } from '../../domain/fulfilment/tasks.js';
import type { EmailRenderer, MailTicket, OrganisationMail, RenderedEmail } from './ports.js';
import { renderRequesterLetter } from './queue-email.js';

export interface PreviewInput {
  readonly jurisdiction: JurisdictionId;
  readonly kind: LetterKind;
  readonly language: LetterLanguage;
  readonly types: readonly RequestType[];
  /** The rejection reason of an outcome_rejected letter (and of a denied appeal). */
  readonly ground: RejectionReason;
  /** When the letter is composed: a law in force from a day (DPA 2018 s. 164A) words it from that day. */
  readonly composedAt: Date;
}

export type PreviewResult =
  | { readonly ok: true; readonly email: RenderedEmail }
  | { readonly ok: false; readonly code: 'not_for_this_law' };

const RECEIVED = '2026-05-04T10:00:00Z';

/** Building an Intl formatter costs far more than using one: one per language and zone. */
const formats = new Map<string, Intl.DateTimeFormat>();
function longDate(language: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}`;
  const format = formats.get(key) ?? new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone });
  formats.set(key, format);
  return format;
}

export function previewLetter(
  organisation: OrganisationMail,
  renderer: EmailRenderer,
  input: PreviewInput,
): PreviewResult {
  const zone = organisation.timezone;
  // The moment of receipt on the organisation's calendar; a due date is a calendar day already, named
  // as it is (read in the zone, noon UTC is the next day from UTC+12), as the outbox does.
  const moment = longDate(input.language, zone);
  const format = longDate(input.language, 'UTC');
  const day = (iso: string) => format.format(new Date(`${iso}T12:00:00Z`));
  const due = (options: { extended?: boolean; stage?: 'appeal' }) => {
    const result = deadlineFor({ jurisdiction: input.jurisdiction, receivedAt: RECEIVED, zone, ...options });
    if (!result.ok) return day(RECEIVED.slice(0, 10));
    // An extension notice names the extended date, never the first one it replaces.
    return day(options.extended ? (result.deadline.extendedDue ?? result.deadline.due) : result.deadline.due);
  };
  const ticket: MailTicket = {
    id: 1,
    reference: 'RD-1001',
    organisationId: organisation.organisationId,
    requesterAddress: 'requester@example.com',
    requesterName: 'Alex Example',
    subject: '',
    language: input.language,
    jurisdiction: input.jurisdiction,
    status: 'received',
    version: 0,
    flags: [],
    types: input.types,
    requesterUnreachable: false,
    receivedAt: new Date(RECEIVED),
    dueDate: null,
    thread: [],
    lastInboundMessageId: null,
  };
  const reason = rejectionGround(input.ground, input.language);
  // The sample request's tasks in the organisation's data systems, every one of them done.
  const { dataSystems } = organisation;
  const done = tasksToOpen(dataSystems, input.types, []).map((t) => ({
    ...t,
    status: 'done' as const,
    note: null,
  }));
  const systems = systemsWork(done, dataSystems);
  const requests: { readonly [K in LetterKind]: Extract<LetterRequest, { kind: K }> } = {
    acknowledgement: {
      kind: 'acknowledgement',
      receivedDate: moment.format(new Date(RECEIVED)),
      dueDate: due({}),
    },
    verification_request: {
      kind: 'verification_request',
      code: '4821-0937',
      expiresAt: day('2026-05-07'),
    },
    verification_success: { kind: 'verification_success' },
    clarification_request: {
      kind: 'clarification_request',
      question: '(the question staff write)',
      stopsClock: true,
    },
    extension_notice: {
      kind: 'extension_notice',
      reason: '(the reason staff write)',
      newDeadline: due({ extended: true }),
    },
    outcome_fulfilled: { kind: 'outcome_fulfilled', details: null, systems },
    outcome_partial: { kind: 'outcome_partial', details: null, systems },
    outcome_rejected: { kind: 'outcome_rejected', reason, ground: input.ground },
    appeal_received: { kind: 'appeal_received', appealDueDate: due({ stage: 'appeal' }) },
    appeal_decision: { kind: 'appeal_decision', upheld: true, reason },
    staff_message: { kind: 'staff_message', text: '(the message staff write)' },
    verification_reminder: { kind: 'verification_reminder', closesOn: day('2026-05-18') },
    closed_unverified: { kind: 'closed_unverified' },
    complaint_acknowledgement: {
      kind: 'complaint_acknowledgement',
      receivedDate: moment.format(new Date(RECEIVED)),
    },
  };
  const letter = renderRequesterLetter(
    renderer,
    ticket,
    organisation,
    () => requests[input.kind],
    input.composedAt,
  );
  return letter.ok ? { ok: true, email: letter.rendered } : { ok: false, code: 'not_for_this_law' };
}
