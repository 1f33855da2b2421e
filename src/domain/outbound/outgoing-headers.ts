/**
 * The headers of every email we send to a requester: a subject that carries the ticket token and
 * cannot smuggle a header, threading to the requester's last message, and the loop-safety marks that
 * keep other systems from answering us (RFC 3834, and Microsoft's X-Auto-Response-Suppress).
 */

/** RFC 3834 §3.1.7 and §5: our mail is an automatic response; suppress every Exchange auto-answer. */
export const LOOP_SAFETY_HEADERS: Readonly<Record<string, string>> = {
  'Auto-Submitted': 'auto-replied',
  'X-Auto-Response-Suppress': 'All',
};

/** The letters a person wrote word for word (`reply`): they answer nothing automatically. */
const WRITTEN_BY_STAFF: readonly string[] = ['staff_message'];

/**
 * The loop-safety headers of one letter. A message staff wrote is no automatic response, so it carries
 * no Auto-Submitted (RFC 3834 §5: only for mail sent without a person deciding to); Exchange's
 * auto-answers are suppressed all the same.
 */
export function loopSafetyHeaders(template: string): Readonly<Record<string, string>> {
  if (!WRITTEN_BY_STAFF.includes(template)) return LOOP_SAFETY_HEADERS;
  const { 'Auto-Submitted': _automatic, ...rest } = LOOP_SAFETY_HEADERS;
  return rest;
}

const MAX_SUBJECT = 200;
const MAX_REFERENCES = 20;

/**
 * One line of header text: control characters (CR and LF above all, which would start a new header)
 * become spaces, runs of space collapse, and the length is bounded.
 */
export function headerText(value: string, max = MAX_SUBJECT): string {
  const flat = value
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The rendered subject with the `[RD-1042]` token that threads a reply even when headers are lost. */
export function subjectWithToken(subject: string, ticketReference: string): string {
  const token = `[${ticketReference}]`;
  const clean = headerText(subject);
  return clean.includes(token) ? clean : `${clean} ${token}`;
}

/**
 * RFC 5322 §3.6.4: In-Reply-To names the message answered (the requester's last one), References the
 * thread before it, oldest first. Long threads keep the first message and the most recent ones.
 */
export function threadingFor(thread: readonly string[], lastInbound: string | null) {
  const ids = [...new Set(thread)];
  const references = ids.length > MAX_REFERENCES ? [ids[0]!, ...ids.slice(-(MAX_REFERENCES - 1))] : ids;
  return { inReplyTo: lastInbound, references };
}
