/**
 * Every kind of change the audit trail records (issue 5, item 3), one string-literal union shared by the
 * tickets, the intake, the outbox and the database. The hash chain itself accepts any type string.
 */
export const AUDIT_EVENT_TYPES = [
  'ticket.ingested',
  'ticket.classified',
  'ticket.reclassified',
  'ticket.transitioned',
  'ticket.extended',
  'ticket.jurisdiction_changed',
  // Why a ticket opened under its law: the law cited, a stated residence, a country domain, or the strictest.
  'ticket.jurisdiction_chosen',
  // Issue 15: a request received by phone, post, in person or a web form, entered by staff (the channel).
  'ticket.opened_manually',
  // Issue 17: a request the mailbox held before it was added, left unacknowledged by its `imap.backlog`.
  'ticket.not_acknowledged',
  // Issue 17: a reply the mailbox held before it was added, filed on its ticket without what a new one
  // sets off (a code check, and by the mailbox's `imap.backlog` an appeal letter and a chat post).
  'reply.filed_without_action',
  'ticket.verification_resent',
  // Issue 15: the requester was reminded of an unanswered identity check; the request closed without one.
  'ticket.verification_reminded',
  'ticket.closed_unverified',
  // UK GDPR Art. 12A: asking for clarification stops the clock until the requester answers.
  'ticket.clarification_requested',
  // US state laws: an appeal of a denial is a ticket of its own, linked to the one it appeals.
  'ticket.appealed',
  'ticket.appeal_opened',
  // An opt-out answered from the organisation's policy (it does not sell or share personal data).
  'ticket.answered_by_policy',
  'ticket.note_added',
  // Issue 15: staff wrote to the requester (the text's digest; the outbox holds the letter).
  'ticket.reply_sent',
  // DPA 2018 s. 164A: a UK complaint acknowledged (its letter queued), and the outcome staff recorded.
  'ticket.complaint_acknowledged',
  'ticket.complaint_outcome_recorded',
  'ticket.assigned',
  // GDPR Art. 19: the downstream-recipient checklist is listed, then each line settled.
  'ticket.recipients_listed',
  'ticket.recipient_settled',
  // Issue 15: an approval opens one task per data system and right; staff mark each one.
  'task.created',
  'task.done',
  'task.not_applicable',
  'task.blocked',
  // Issue 7: an action refused for the actor's role is answered and recorded.
  'desk.refused',
  // Issue 16: every view of a requester's name and address (GDPR Art. 5(2) accountability, Art. 32(1)(b)).
  'ticket.personal_data_viewed',
  'email.queued',
  'email.sent',
  // Staff settle a held automatic email: released to the sender loop, or discarded with a reason.
  'email.released',
  'email.discarded',
  'verification.attempted',
  'data.purged',
  // Issue 15: personal data leaving the database (a quarantined message read or exported in full,
  // a ticket export with addresses) and a quarantined message dismissed, each recorded.
  'quarantine.revealed',
  'quarantine.exported',
  'quarantine.dismissed',
  'tickets.exported',
  // Issue 15, delivering the answer: a data file attached to a ticket (hash and size, never the content),
  // bound to the outcome letter, sent, removed by staff, removed after its retention.
  'export.attached',
  'export.queued',
  'export.sent',
  'export.detached',
  'export.purged',
] as const;

export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];
