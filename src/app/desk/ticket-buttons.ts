/**
 * The buttons a ticket's chat message offers, for every chat alike: which ones a ticket shows, their
 * labels, and the desk-grammar command a direct click stands for. Reject and extend first ask for a
 * reason, so each chat opens its own modal for them. Labels for statuses and types live here too, so
 * Slack and Discord name things the same way.
 */
import {
  isClosed,
  type RejectionReason,
  type TicketAction,
  type TicketStatus,
} from '../../domain/tickets/vocabulary.js';
import type { TicketView } from './desk-reply.js';

/** Buttons that act at once. */
export const DIRECT_BUTTONS = {
  assign_me: 'Assign to me',
  verify_send: 'Send verification',
  verify_resend: 'Resend code',
  approve: 'Approve',
  fulfil: 'Fulfil',
  complaint_acknowledge: 'Acknowledge complaint',
} as const;
/** Buttons that first ask for a reason (or, for reply, the message to the requester) in a modal. */
export const MODAL_BUTTONS = { reject: 'Reject…', extend: 'Extend…', reply: 'Reply…' } as const;

export type DirectButton = keyof typeof DIRECT_BUTTONS;
export type ModalButton = keyof typeof MODAL_BUTTONS;
export type TicketButton = DirectButton | ModalButton;

export const TICKET_BUTTONS = [
  ...(Object.keys(DIRECT_BUTTONS) as DirectButton[]),
  ...(Object.keys(MODAL_BUTTONS) as ModalButton[]),
] as const;

export const BUTTON_LABELS: Readonly<Record<TicketButton, string>> = { ...DIRECT_BUTTONS, ...MODAL_BUTTONS };

export function isModalButton(button: TicketButton): button is ModalButton {
  return button in MODAL_BUTTONS;
}

/** Which lifecycle action makes each button worth showing; "assign to me" is always shown while open. */
const SHOWN_WHEN: Readonly<
  Record<Exclude<TicketButton, 'assign_me' | 'reply' | 'complaint_acknowledge'>, TicketAction>
> = {
  verify_send: 'request_verification',
  verify_resend: 'resend_verification',
  approve: 'approve',
  reject: 'reject',
  extend: 'extend',
  fulfil: 'fulfil',
};

/**
 * The buttons for a ticket: the actor's allowed actions, or for a channel message, what the ticket's
 * state allows to anyone (the message is for nobody in particular; the core checks the clicker's role).
 */
export function buttonsFor(ticket: TicketView, audience: 'actor' | 'channel'): TicketButton[] {
  if (isClosed(ticket.status)) return [];
  const actions = audience === 'channel' ? ticket.stateActions : ticket.allowedActions;
  const shown = (Object.entries(SHOWN_WHEN) as [TicketButton, TicketAction][])
    .filter(([, action]) => actions.includes(action))
    .map(([button]) => button);
  // A UK complaint not yet acknowledged (DPA 2018 s. 164A(3)): the view's line says by when.
  const complaint: TicketButton[] = ticket.complaintAcknowledgement ? ['complaint_acknowledge'] : [];
  // Writing to the requester (issue 15) is open while the ticket is; the core checks the clicker's role.
  return ['assign_me', ...shown, ...complaint, 'reply'];
}

/** The desk-grammar command a direct button stands for; `actorId` is the clicker's, for "assign to me". */
export function directCommand(button: DirectButton, reference: string, actorId: string): string {
  switch (button) {
    case 'assign_me':
      return `assign ${reference} ${actorId}`;
    case 'verify_send':
      return `verify ${reference} send`;
    case 'verify_resend':
      return `verify ${reference} resend`;
    case 'approve':
      return `approve ${reference}`;
    case 'fulfil':
      return `fulfil ${reference}`;
    case 'complaint_acknowledge':
      return `complaint ${reference} acknowledge`;
  }
}

/**
 * The command a modal's submission stands for: the lawful ground and a note, the extension's reason, or
 * the message to the requester (`reason` holds it), which the existing `reply` desk command sends.
 */
export function modalCommand(button: ModalButton, reference: string, reason: string, note: string): string {
  switch (button) {
    case 'reject':
      return `reject ${reference} ${reason} ${note}`;
    case 'extend':
      return `extend ${reference} ${reason}`;
    case 'reply':
      return `reply ${reference} ${reason}`;
  }
}

/** The rejection grounds as the reject modal offers them. */
export const REJECTION_LABELS: Readonly<Record<RejectionReason, string>> = {
  identity_not_verified: 'Identity not verified',
  manifestly_unfounded: 'Manifestly unfounded',
  excessive: 'Excessive',
  legal_exemption: 'Legal exemption',
  duplicate: 'Duplicate',
  not_a_request: 'Not a request',
  outside_jurisdiction: 'Outside jurisdiction',
};

export const STATUS_LABELS: Readonly<Record<TicketStatus, string>> = {
  received: 'Received',
  awaiting_verification: 'Awaiting verification',
  verified: 'Verified',
  approved: 'Approved',
  fulfilled: 'Fulfilled',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

export function typesLabel(types: readonly string[]): string {
  return types.length > 0 ? types.map((t) => t.replace(/_/g, ' ')).join(', ') : 'unclassified';
}
