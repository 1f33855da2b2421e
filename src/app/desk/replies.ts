/**
 * The one table from a desk error code to the sentence a person sees, shared by Slack, Discord and the
 * console. It is a mapped type over the codes, so a new code does not compile until it has a reply.
 */
import { USAGE } from '../../domain/desk/desk-command.js';
import { JURISDICTIONS } from '../../domain/deadlines/jurisdictions.js';
import { formatBytes } from '../../domain/delivery/export-file.js';
import { article, describeLifecycleError } from '../../domain/tickets/lifecycle-messages.js';
import type { DeskReply } from './desk-reply.js';
import { type DeskError, isLifecycleError } from './desk-error.js';
import { complaintRefusalText } from './complaint-refusals.js';

type NonLifecycle = Exclude<DeskError, { readonly allowedActions: unknown }>;
type ReplyTable = {
  readonly [C in NonLifecycle['code']]: (error: Extract<NonLifecycle, { code: C }>) => string;
};

/** The laws with an appeal stage, by the names staff know them ("VCDPA, CPA (Colorado), …"). */
const APPEAL_LAWS = Object.values(JURISDICTIONS)
  .filter((rule) => rule.appeal !== null)
  .map((rule) => rule.label)
  .join(', ');

const REPLIES: ReplyTable = {
  unknown_command: (e) => `There is no command "${e.command}". Try: help.`,
  bad_argument: (e) => `${e.problem}. Usage: ${e.usage}`,
  ticket_not_found: (e) => `There is no ticket ${e.reference}.`,
  organisation_unknown: (e) => `There is no organisation "${e.organisationId}".`,
  not_available_yet: (e) => `"${e.command}" is not available yet in this installation.`,
  role_required: (e) =>
    `${article(e.role)} ${e.role} cannot ${e.what}; that needs the role ${e.needed} or above.`,
  ticket_is_closed: (e) =>
    `${e.reference} is closed (${e.status.replace('_', ' ')}); it can only take notes.`,
  types_unchanged: (e) => `${e.reference} already has these types.`,
  already_assigned: (e) => `${e.reference} is already assigned to ${e.assignee}.`,
  recipients_pending: (e) =>
    `${e.reference} cannot close yet: tell these recipients first (GDPR Art. 19), or mark them impossible or disproportionate: ${e.pending.join('; ')}. Usage: ${USAGE.recipient ?? 'recipient'}`,
  recipient_line_unknown: (e) => `${e.reference} has no recipient line ${e.line}.`,
  no_recipient_checklist: (e) =>
    `${e.reference} has no recipient checklist; it is listed when a rectification, erasure or restriction is carried out (fulfil).`,
  agent_authorisation_required: (e) =>
    `${e.reference} was sent on someone else's behalf: a code to the sender cannot prove it. Check the agent's authorisation, then: verify ${e.reference} confirm agent_authorisation [note].`,
  requester_unreachable: (e) =>
    `${e.reference}: the requester's address bounced, so a code cannot reach them. Verify by hand: ${USAGE.verify ?? 'verify'}`,
  complaint_refused: complaintRefusalText,
  reply_unreachable: (e) =>
    `${e.reference}: the requester's address bounced, so the message was not sent. Record another way of reaching them with: note ${e.reference} <text>`,
  clarification_clock_runs: (e) =>
    e.why === 'law'
      ? `${e.reference} is under ${e.jurisdiction}, whose clock does not stop for a question: ask without scope (clarify ${e.reference} <question>); the clock keeps running.`
      : `${e.reference} asks for more than access: UK GDPR Art. 12A(5) stops the clock only for a question about what an access request covers, and this ticket has one clock for all its rights. Ask without scope (clarify ${e.reference} <question>); the clock keeps running.`,
  dismiss_needs_not_a_request: (e) =>
    `${e.reference} is classified as a request: reject it (the requester gets the reasons, GDPR Art. 12(4)), or reclassify it as not_a_request first if it asks for nothing.`,
  appeal_needs_denial: (e) =>
    `${e.reference} is ${e.status.replaceAll('_', ' ')}: only a denied (rejected) request can be appealed.`,
  appeal_before_denial: (e) =>
    `${e.reference}: the reply was received before the request was denied, so it appeals nothing; it is filed on the ticket.`,
  no_appeal_under_law: (e) =>
    `${e.reference} is under ${e.jurisdiction}, which has no appeal stage (appeals exist under ${APPEAL_LAWS}); the requester may complain to the authority named in the letter.`,
  already_appealed: (e) => `${e.reference} has already been appealed: see ${e.appeal}.`,
  appeal_of_appeal: (e) =>
    `${e.reference} is itself an appeal; after a denied appeal the requester may contact the state Attorney General.`,
  nothing_held: (e) =>
    `${e.reference} has no held email to release or discard; see its emails with: show ${e.reference}.`,
  letter_not_for_this_law: (e) =>
    `${e.reference} is under ${e.jurisdiction}, which has no ${e.letter.replaceAll('_', ' ')} letter: that decision is not open under this law.`,
  decision_sends_no_letter: (e) =>
    `${e.reference}: "${e.decision}" sends the requester no letter, so there is nothing to preview.`,
  export_needs_verified_requester: (e) =>
    `${e.reference} has an export attached, and the requester's identity is not verified: their data goes only to a verified requester (GDPR Art. 12(6)). Verify first (${USAGE.verify ?? 'verify'}), or remove the export (${USAGE.detach ?? 'detach'}). Nothing was sent.`,
  export_undeliverable: (e) =>
    `${e.reference}: the letter that would carry the export cannot be sent (the requester's address bounced), so nothing was sent. Reach the requester another way, or remove the export (${USAGE.detach ?? 'detach'}).`,
  export_empty: (e) => `${e.reference}: the file is empty; nothing was attached.`,
  export_too_large: (e) =>
    `${e.reference}: the file is ${formatBytes(e.size)}, over this organisation's limit of ${formatBytes(e.max)} (delivery.maxExportBytes); nothing was attached.`,
  export_not_found: (e) =>
    `${e.reference} has no attached export "${e.file}"; see them with: show ${e.reference}.`,
  export_in_delivery: (e) =>
    `${e.reference}: "${e.file}" is on its way to the requester with the outcome letter; it can be removed once sent.`,
  received_in_future: (e) =>
    `The request cannot have been received on ${e.receivedOn}: today is ${e.today} where the organisation is. Give the day it arrived.`,
  bulk_too_many: (e) =>
    `That filter matches more than ${e.cap} tickets; a bulk action changes at most ${e.cap}. Narrow it (org=, status=, older-than=) and try again.`,
  no_tasks: (e) =>
    `${e.reference} has no tasks: they open when a request is approved, one per data system of its organisation (it is ${e.status.replaceAll('_', ' ')}).`,
  task_unknown: (e) =>
    `${e.reference} has no task in "${e.system}"; its tasks are in: ${e.known.join(', ')}.`,
  task_already_settled: (e) =>
    `${e.reference}: the ${e.system} task is already ${e.status.replaceAll('_', ' ')}; what was recorded stands.`,
  tasks_open: (e) =>
    `${e.reference} cannot be fulfilled yet: these tasks are still open or blocked: ${e.open.join('; ')}. Mark each one with: ${USAGE.task ?? 'task'}`,
  ticket_changed_since_seen: (e) =>
    `${e.reference} changed since that message was shown (it is now ${e.status.replaceAll('_', ' ')}); nothing was done. Here it is now:`,
};

export function describeDeskError(error: DeskError): string {
  if (isLifecycleError(error)) return describeLifecycleError(error);
  const reply = REPLIES[error.code] as (e: NonLifecycle) => string;
  return reply(error);
}

export function errorReply(error: DeskError): Extract<DeskReply, { kind: 'error' }> {
  return { kind: 'error', code: error.code, message: describeDeskError(error) };
}
