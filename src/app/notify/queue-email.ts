/**
 * Queues one email to a ticket's requester inside the caller's transaction: picks the language,
 * renders the template, signs a Message-ID, threads it to the requester's last message, applies the
 * per-requester and per-organisation caps on automatic mail, or a hold asked by the caller (a capped
 * or held email is stored as capped, with the reason, for staff to see) and records the audit event.
 */
import { capReason, capWindowStart } from '../../domain/outbound/delivery-policy.js';
import { organisationCapReason, organisationCapWindowStart } from '../../domain/outbound/organisation-cap.js';
import { chooseLanguage } from '../../domain/outbound/choose-language.js';
import { subjectWithToken, threadingFor } from '../../domain/outbound/outgoing-headers.js';
import type { TemplateInput } from '../../domain/outbound/template-data.js';
import type { MailTicket, NotifyDeps, OrganisationMail, OutboxTransaction } from './ports.js';

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
    };

export interface MailContext {
  readonly ticket: MailTicket;
  readonly organisation: OrganisationMail;
  readonly language: string;
  /** A date as the requester reads it, in the organisation's time zone. */
  formatDate(date: Date, withTime?: boolean): string;
  /** The data every template shares. */
  readonly common: {
    organisationName: string;
    ticketReference: string;
    requesterName: string;
    privacyAddress: string;
    policyUrl: string | null;
  };
}

export async function queueRequesterEmail(
  tx: OutboxTransaction,
  deps: NotifyDeps,
  request: {
    readonly ticket: number | string | MailTicket;
    readonly automatic: boolean;
    readonly actor: string;
    readonly build: (context: MailContext) => TemplateInput;
    /** Why this email is held for staff instead of sent (e.g. the sender failed DMARC), or null. */
    readonly hold?: string | null;
  },
): Promise<QueueResult> {
  const ticket = typeof request.ticket === 'object' ? request.ticket : await tx.ticketForMail(request.ticket);
  if (!ticket) return { kind: 'not_sent', reason: 'unknown_ticket' };
  const organisation = deps.organisation(ticket.organisationId);
  if (!organisation) return { kind: 'not_sent', reason: 'unknown_organisation' };
  // A permanent bounce said the address does not exist: more mail there only bounces again.
  if (ticket.requesterUnreachable) return { kind: 'not_sent', reason: 'requester_unreachable' };

  const now = deps.now();
  const choice = chooseLanguage(ticket.language, deps.renderer.languages, organisation.defaultLanguage);
  const input = request.build(mailContext(ticket, organisation, choice.language));
  const rendered = deps.renderer.render(input, choice.language);
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
      },
    },
  ]);
  return capped
    ? { kind: 'capped', messageId, reason: capped }
    : { kind: 'queued', messageId, language: choice.language, fellBackFrom: choice.requested };
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
  return {
    ticket,
    organisation,
    language,
    formatDate,
    common: {
      organisationName: organisation.name,
      ticketReference: ticket.reference,
      requesterName: ticket.requesterName,
      privacyAddress: organisation.fromAddress,
      policyUrl: organisation.policyUrl,
    },
  };
}
