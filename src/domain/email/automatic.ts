/**
 * Recognises automatic mail (auto-replies, out-of-office, bounces, list and bulk mail, our own mail
 * coming back) so that it is recorded but never opened as a request and never answered.
 * Rules from RFC 3834 §2 and the practice of mature helpdesks (Zammad, FreeScout, osTicket).
 */
import { type AutoReplyBodyRule, autoReplyBodyRule } from './auto-reply-body.js';
import { isAutoReplySubject } from './auto-reply-subject.js';
import { headerValue, type ParsedEmail } from './parsed-email.js';

export type AutomaticKind = 'bounce' | 'auto_reply' | 'list' | 'own_mail';

export interface AutomaticVerdict {
  readonly kind: AutomaticKind;
  /** Which rule matched, e.g. `Auto-Submitted: auto-replied`; shown to staff. */
  readonly reason: string;
}

export interface AutomaticContext {
  /** Our own addresses (privacy mailboxes, sender addresses): mail from them is never a requester's. */
  readonly ownAddresses: readonly string[];
  /** True for a Message-ID that we generated and signed: such a message is our own mail coming back. */
  readonly isOwnMessageId: (messageId: string) => boolean;
}

const BOUNCE_SENDER = /^(mailer-daemon|postmaster)@/i;
// RFC 3834 §2: responders MAY refuse addresses like owner-*, *-request, MAILER-DAEMON.
const LIST_SENDER = /^(owner-[^@]*|[^@]*-request)@/i;
const BODY_REASONS: Record<AutoReplyBodyRule, string> = {
  absence: 'out-of-office notice in the body',
  acknowledgement: 'automatic acknowledgement in the body',
};
const SUPPRESS_TOKENS = /\b(all|oof|autoreply)\b/i;

/** Returns why an email is automatic, or null for mail a person wrote. */
export function detectAutomaticMail(email: ParsedEmail, context: AutomaticContext): AutomaticVerdict | null {
  const from = email.from?.address ?? '';
  const contentType = headerValue(email, 'content-type') ?? '';

  // RFC 3464/6522: a DSN is multipart/report; report-type=delivery-status.
  if (/multipart\/report/i.test(contentType) && /report-type\s*=\s*"?delivery-status/i.test(contentType)) {
    return { kind: 'bounce', reason: 'Content-Type: multipart/report; report-type=delivery-status' };
  }
  if (BOUNCE_SENDER.test(from)) return { kind: 'bounce', reason: `sender ${from.split('@')[0]}` };
  if (email.attachments.some((a) => a.contentType === 'message/delivery-status')) {
    return { kind: 'bounce', reason: 'message/delivery-status part' };
  }

  if (isOwnMail(email, context)) return { kind: 'own_mail', reason: 'our own mail came back' };

  const autoSubmitted = headerValue(email, 'auto-submitted');
  // RFC 3834 §2: any value other than "no" (parameters such as "; owner-email=" ignored).
  if (autoSubmitted !== null && autoSubmitted.split(';')[0]!.trim().toLowerCase() !== 'no') {
    return { kind: 'auto_reply', reason: `Auto-Submitted: ${autoSubmitted.trim()}` };
  }
  for (const name of [
    'x-autoreply',
    'x-autorespond',
    'x-autoresponse',
    'x-autoreply-from',
    'x-mail-autoreply',
  ]) {
    const value = headerValue(email, name);
    if (value !== null && !/^\s*no\s*$/i.test(value))
      return { kind: 'auto_reply', reason: `${name}: ${value.trim()}` };
  }
  const suppress = headerValue(email, 'x-auto-response-suppress');
  if (suppress !== null && SUPPRESS_TOKENS.test(suppress)) {
    return { kind: 'auto_reply', reason: `X-Auto-Response-Suppress: ${suppress.trim()}` };
  }
  const xLoop = headerValue(email, 'x-loop');
  if (xLoop !== null) return { kind: 'auto_reply', reason: `X-Loop: ${xLoop.trim()}` };
  // Responders that mark nothing in their headers still write their subject (see auto-reply-subject.ts).
  if (isAutoReplySubject(email.subject)) return { kind: 'auto_reply', reason: 'out-of-office subject' };
  // …or only their body: a notice that is the whole message (see auto-reply-body.ts). The rule is named,
  // never the text.
  const body = autoReplyBodyRule(email.text);
  if (body !== null) return { kind: 'auto_reply', reason: BODY_REASONS[body] };

  const precedence = headerValue(email, 'precedence') ?? headerValue(email, 'x-precedence');
  if (precedence !== null && /^\s*(bulk|list|junk|auto_reply)\s*$/i.test(precedence)) {
    const value = precedence.trim().toLowerCase();
    return { kind: value === 'auto_reply' ? 'auto_reply' : 'list', reason: `Precedence: ${value}` };
  }
  for (const name of ['list-id', 'list-unsubscribe']) {
    if (headerValue(email, name) !== null) return { kind: 'list', reason: `${name} header` };
  }
  if (LIST_SENDER.test(from)) return { kind: 'list', reason: `list sender ${from.split('@')[0]}` };

  // RFC 3834 §2: never respond to a null return path.
  const returnPath = headerValue(email, 'return-path');
  if (returnPath !== null && /^\s*<\s*>\s*$/.test(returnPath))
    return { kind: 'bounce', reason: 'empty Return-Path' };
  return null;
}

function isOwnMail(email: ParsedEmail, context: AutomaticContext): boolean {
  const from = email.from?.address;
  if (from !== undefined && context.ownAddresses.includes(from)) return true;
  return email.messageId !== null && context.isOwnMessageId(email.messageId);
}
