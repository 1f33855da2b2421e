/** Why `complaint …` was refused, as staff read it (DPA 2018 s. 164A). */
import type { DeskError } from './desk-error.js';

export function complaintRefusalText(e: Extract<DeskError, { code: 'complaint_refused' }>): string {
  const ref = e.reference;
  switch (e.why) {
    case 'other_law':
      return `${ref} is under ${e.jurisdiction}: only the UK's DPA 2018 s. 164A makes the organisation acknowledge a data subject's complaint and tell them its outcome; ${e.jurisdiction} sets no such duty, so there is no complaint letter to send. Answer what the requester raises with: reply ${ref} <message>`;
    case 'regulator':
      return `${ref} reads as an authority's letter (regulator_claimed): s. 164A is the data subject's own complaint to us. Check the sender against the authority's published contacts, then answer the authority by the date its letter sets.`;
    case 'not_flagged':
      return `${ref} is not flagged as a complaint. If the requester complains all the same, acknowledge it within 30 days of receipt (DPA 2018 s. 164A(3)) with: reply ${ref} <message>`;
    case 'before_in_force':
      return `${ref} was received before 19 June 2026, when DPA 2018 s. 164A came into force: the complaint letter is for complaints received from that day.`;
    case 'already_acknowledged':
      return `${ref}: the complaint is already acknowledged (its letter is queued or sent, or an acknowledgement outside Rightsdesk is recorded). Tell the requester of progress with: reply ${ref} <message>`;
    case 'not_acknowledged':
      return `${ref}: acknowledge the complaint first (complaint ${ref} acknowledge), then record its outcome.`;
    case 'outcome_recorded':
      return `${ref}: the complaint's outcome is already recorded (see show ${ref}).`;
    case 'unreachable':
      return `${ref}: the requester's address bounced, so the acknowledgement was not sent. Acknowledge the complaint another way (post, phone) and record it with: complaint ${ref} acknowledge offline post`;
  }
}
