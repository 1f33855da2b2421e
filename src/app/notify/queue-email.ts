/**
 * Queues one email to a ticket's requester inside the caller's transaction: picks the language,
 * composes the letter in the ticket's law, renders it (an acknowledgement is rendered when sent), signs a Message-ID, threads it to the requester's
 * last message, applies the per-requester and per-organisation caps on automatic mail, or a hold asked by
 * the caller (a capped or held email is stored as capped, with the reason, for staff to see) and records
 * the audit event.
 */
import { capReason, capWindowStart } from '../../domain/outbound/delivery-policy.js';
import { organisationCapReason, organisationCapWindowStart } from '../../domain/outbound/organisation-cap.js';
import { chooseLanguage, type LanguageChoice } from '../../domain/outbound/choose-language.js';
import { localDateOf } from '../../domain/deadlines/iso-date.js';
import { composeLetter } from '../../domain/outbound/letters/compose-letter.js';
import type { LetterFacts, LetterKind, LetterRequest } from '../../domain/outbound/letters/letter-facts.js';
import { isLetterLanguage } from '../../domain/outbound/letters/languages.js';
import { subjectWithToken, threadingFor } from '../../domain/outbound/outgoing-headers.js';
import type { TemplateInput } from '../../domain/outbound/template-data.js';
import type {
  EmailRenderer,
  MailTicket,
  NotifyDeps,
  OrganisationMail,
  OutboxTransaction,
  RenderedEmail,
} from './ports.js';

export type QueueResult =
  | {
      readonly kind: 'queued';
      readonly messageId: string;
      readonly language: string;
      readonly fellBackFrom: string | null;
    }
  | { readonly kind: 'capped'; readonly messageId: string; readonly reason: string }
  | {
      readonly kind: 'not_sent';
      readonly reason: 'unknown_ticket' | 'unknown_organisation' | 'requester_unreachable';
    }
  /** The ticket's law has no such letter (an extension where none is allowed, an appeal where there is none). */
  | { readonly kind: 'not_for_this_law'; readonly letter: LetterKind; readonly jurisdiction: string };

export interface MailContext {
  readonly ticket: MailTicket;
  readonly organisation: OrganisationMail;
  readonly language: string;
  /** A moment as the requester reads it, on the calendar of the organisation's time zone. */
  formatDate(date: Date, withTime?: boolean): string;
  /**
   * A calendar day (YYYY-MM-DD: a due date, the day a request closes) as the requester reads it. The day
   * is already the organisation's: read as a moment in its zone, noon UTC is the next day from UTC+12
   * (New Zealand in winter, Fiji, Samoa, Tonga, Kiribati), and a letter would promise a day too late.
   */
  formatDay(day: string): string;
}

export async function queueRequesterEmail(
  tx: OutboxTransaction,
  deps: NotifyDeps,
  request: {
    readonly ticket: number | string | MailTicket;
    readonly automatic: boolean;
    readonly actor: string;
    readonly build: (context: MailContext) => LetterRequest;
    /** Why this email is held for staff instead of sent (e.g. the sender failed DMARC), or null. */
    readonly hold?: string | null;
    /** The answer date (YYYY-MM-DD) the letter names, recorded so a later change of law can be checked. */
    readonly promisedDate?: string | null;
  },
): Promise<QueueResult> {
  const ticket = typeof request.ticket === 'object' ? request.ticket : await tx.ticketForMail(request.ticket);
  if (!ticket) return { kind: 'not_sent', reason: 'unknown_ticket' };
  const organisation = deps.organisation(ticket.organisationId);
  if (!organisation) return { kind: 'not_sent', reason: 'unknown_organisation' };
  // A permanent bounce said the address does not exist: more mail there only bounces again.
  if (ticket.requesterUnreachable) return { kind: 'not_sent', reason: 'requester_unreachable' };

  const now = deps.now();
  const letter = composeRequesterLetter(deps.renderer, ticket, organisation, request.build, now);
  if (!letter.ok) return { kind: 'not_for_this_law', letter: letter.kind, jurisdiction: letter.jurisdiction };
  const { choice, input } = letter;
  // Intake acknowledges every new request inside its batch's transaction, where laying the letter out
  // (validating it and running both templates) was a twentieth of intake's CPU: an acknowledgement keeps
  // its composed letter and the sender lays it out (issue 17). The layout is a function of the composed
  // letter alone, so what goes out is the same bytes either way; every other letter is laid out here.
  const laidOutWhenSent = input.template === 'acknowledgement';
  const rendered: RenderedEmail = laidOutWhenSent
    ? { subject: input.data.subject.trim(), text: '', html: null }
    : deps.renderer.render(input);
  const messageId = deps.newMessageId(ticket.reference, organisation.domain);
  const sentRecently = request.automatic
    ? await tx.countAutomaticEmails(ticket.requesterAddress, capWindowStart(organisation.cap, now))
    : 0;
  const capped =
    request.hold ??
    capReason({ automatic: request.automatic, sentRecently }, organisation.cap) ??
    (request.automatic
      ? organisationCapReason(
          await tx.countOrganisationAutomaticEmails(ticket.organisationId, organisationCapWindowStart(now)),
          organisation.organisationHourlyCap,
        )
      : null);
  const { inReplyTo, references } = threadingFor(ticket.thread, ticket.lastInboundMessageId);
  await tx.enqueueEmail({
    organisationId: ticket.organisationId,
    ticketId: ticket.id,
    template: input.template,
    language: choice.language,
    requestedLanguage: choice.requested,
    messageId,
    fromAddress: organisation.fromAddress,
    toAddress: ticket.requesterAddress,
    subject: subjectWithToken(rendered.subject, ticket.reference),
    inReplyTo,
    references,
    bodyText: rendered.text,
    bodyHtml: rendered.html,
    letter: laidOutWhenSent ? input : null,
    automatic: request.automatic,
    status: capped ? 'capped' : 'queued',
    statusReason: capped,
    queuedAt: now,
  });
  await tx.recordAudit([
    {
      type: 'email.queued',
      actor: request.actor,
      at: now,
      ticketId: ticket.id,
      ticketReference: ticket.reference,
      payload: {
        template: input.template,
        language: choice.language,
        fellBackFrom: choice.requested,
        messageId,
        automatic: request.automatic,
        capped: capped !== null,
        ...(request.promisedDate ? { promisedDate: request.promisedDate } : {}),
      },
    },
  ]);
  return capped
    ? { kind: 'capped', messageId, reason: capped }
    : { kind: 'queued', messageId, language: choice.language, fellBackFrom: choice.requested };
}

export type ComposedLetter =
  | { readonly ok: true; readonly choice: LanguageChoice; readonly input: TemplateInput }
  | { readonly ok: false; readonly kind: LetterKind; readonly jurisdiction: string };

export type RenderedLetter =
  | (Extract<ComposedLetter, { ok: true }> & { readonly rendered: RenderedEmail })
  | Extract<ComposedLetter, { ok: false }>;

/**
 * The letter a ticket's requester would receive if composed at `composedAt`: its language chosen, composed
 * in the ticket's law, laid out. The outbox sends exactly this; a preview in chat shows exactly this
 * before a decision.
 */
export function renderRequesterLetter(
  renderer: EmailRenderer,
  ticket: MailTicket,
  organisation: OrganisationMail,
  build: (context: MailContext) => LetterRequest,
  composedAt: Date,
): RenderedLetter {
  const composed = composeRequesterLetter(renderer, ticket, organisation, build, composedAt);
  return composed.ok ? { ...composed, rendered: renderer.render(composed.input) } : composed;
}

/** The same letter, composed but not yet laid out. */
export function composeRequesterLetter(
  renderer: EmailRenderer,
  ticket: MailTicket,
  organisation: OrganisationMail,
  build: (context: MailContext) => LetterRequest,
  composedAt: Date,
): ComposedLetter {
  const choice = chooseLanguage(
    ticket.language,
    renderer.languages,
    organisation.defaultLanguage,
    ticket.jurisdiction,
  );
  if (!isLetterLanguage(choice.language)) throw new Error(`no letters in ${choice.language}`);
  const letterRequest = build(mailContext(ticket, organisation, choice.language));
  const composed = composeLetter(
    letterRequest,
    letterFacts(ticket, organisation, choice.language, composedAt),
    choice.language,
  );
  if (!composed.ok) return { ok: false, kind: composed.kind, jurisdiction: composed.jurisdiction };
  return { ok: true, choice, input: { template: letterRequest.kind, data: composed.letter } };
}

/** Building an Intl formatter costs far more than using one; an installation needs only a handful. */
const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(language: string, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}|${withTime}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, {
      dateStyle: 'long',
      ...(withTime ? { timeStyle: 'short' } : {}),
      timeZone,
    });
    formats.set(key, format);
  }
  return format;
}

function mailContext(ticket: MailTicket, organisation: OrganisationMail, language: string): MailContext {
  const formatDate = (date: Date, withTime = false) =>
    dateFormat(language, organisation.timezone, withTime).format(date);
  const formatDay = (day: string) => dateFormat(language, 'UTC', false).format(new Date(`${day}T12:00:00Z`));
  return { ticket, organisation, language, formatDate, formatDay };
}

/** The facts of the ticket and its organisation that a letter in `language`, composed at `composedAt`, is composed from. */
export function letterFacts(
  ticket: MailTicket,
  organisation: OrganisationMail,
  language: string,
  composedAt: Date,
): LetterFacts {
  return {
    organisationName: organisation.name,
    ticketReference: ticket.reference,
    requesterName: ticket.requesterName,
    privacyAddress: organisation.fromAddress,
    policyUrl: organisation.policyUrl,
    jurisdiction: ticket.jurisdiction,
    types: ticket.types,
    authority: organisation.authority,
    rights: organisation.rights,
    retention: organisation.retention,
    access: organisation.access,
    texts: {
      language: organisation.texts.language,
      translations: organisation.texts.translations[language] ?? null,
    },
    // The organisation's own calendar day, as a US state law's day of receipt is: a law in force "from 19
    // June" speaks from its midnight there. The zone was checked when the file was loaded.
    composedOn:
      localDateOf(composedAt.toISOString(), organisation.timezone) ?? composedAt.toISOString().slice(0, 10),
  };
}
