/**
 * Discord embeds for one ticket. The channel message is built from an allow-list of fields that carry
 * no personal data (reference, organisation, status, types, language, confidence, deadline, assignee);
 * the requester, even masked, appears only in the detail shown to the actor alone (ephemeral).
 */
import { formatBytes } from '../../domain/delivery/export-file.js';
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { TicketView } from '../../app/desk/desk-reply.js';
import { STATUS_LABELS, typesLabel } from '../../app/desk/ticket-buttons.js';
import { clipped, escaped, mentionOf } from './discord-text.js';
import { taskLine, tasksSummary } from '../../app/desk/task-lines.js';
import { type ButtonRow, ticketButtonRows } from './ticket-buttons.js';

/** What is sent to Discord: a message's text, embeds and button rows. */
export interface DiscordMessage {
  readonly content: string;
  readonly embeds: readonly APIEmbed[];
  readonly components: readonly ButtonRow[];
}

/** Embed limits: a description holds 4096 characters, a field value 1024. */
export const DESCRIPTION_LIMIT = 4096;
const FIELD_LIMIT = 1024;

/** The fields every member of the channel may see. */
function safeFields(ticket: TicketView): APIEmbedField[] {
  const field = (name: string, value: string): APIEmbedField => ({
    name,
    value: clipped(value, FIELD_LIMIT),
    inline: true,
  });
  const confidence = ticket.confidence === null ? 'n/a' : `${Math.round(ticket.confidence * 100)}%`;
  return [
    field('Type', escaped(typesLabel(ticket.types))),
    field('Status', STATUS_LABELS[ticket.status]),
    field('Language', escaped(ticket.language ?? 'unknown')),
    field('Confidence', ticket.needsTriage ? `${confidence} (needs triage)` : confidence),
    field('Due', escaped(ticket.due ?? 'no deadline yet')),
    ...(ticket.complaintAcknowledgement
      ? [field('Complaint', escaped(ticket.complaintAcknowledgement))]
      : []),
    field('Assignee', ticket.assignee ? mentionOf(ticket.assignee) : 'nobody'),
    // Flags are words of ours (a right the policy omits, a possible minor, a misaddressed mail), never the mail's.
    ...(ticket.flags.length > 0 ? [field('Check', escaped(ticket.flags.join(', ')))] : []),
    ...(ticket.tasks?.length ? [field('Tasks', escaped(tasksSummary(ticket.tasks)))] : []),
  ];
}

const title = (ticket: TicketView) =>
  `${ticket.reference} · ${ticket.organisationId} · ${STATUS_LABELS[ticket.status]}`;

/** The message in the organisation's triage channel: redacted, with buttons while the ticket is open. */
export function channelTicketMessage(ticket: TicketView): DiscordMessage {
  const embed: APIEmbed = {
    title: title(ticket),
    fields: safeFields(ticket),
    ...(ticket.deadlineExplanation ? { footer: { text: clipped(ticket.deadlineExplanation, 2048) } } : {}),
  };
  return { content: '', embeds: [embed], components: ticketButtonRows(ticket, 'channel') };
}

function repeatLine(repeat: NonNullable<TicketView['repeat']>): string {
  const earlier = repeat.earlier.map((e) => `${e.reference} ${e.receivedOn} ${STATUS_LABELS[e.status]}`);
  return `${earlier.join(', ') || 'none'} · ${repeat.verdict.replace(/_/g, ' ')}: ${repeat.rule}`;
}

/** The ticket as shown to the actor alone (ephemeral): the channel fields plus the requester and details. */
export function ticketDetail(ticket: TicketView): Pick<DiscordMessage, 'embeds' | 'components'> {
  const requester = ticket.requester.full
    ? `${escaped(ticket.requester.full.name)} · ${escaped(ticket.requester.full.address)}`
    : escaped(ticket.requester.masked);
  const details = [
    `**Requester** ${requester}`,
    `**Jurisdiction** ${escaped(ticket.jurisdiction)}${ticket.jurisdictionBasis ? ` (${escaped(ticket.jurisdictionBasis)})` : ''}`,
    ...(ticket.deadlineExplanation ? [`**Deadline** ${escaped(ticket.deadlineExplanation)}`] : []),
    ...(ticket.complaintAcknowledgement ? [`**Complaint** ${escaped(ticket.complaintAcknowledgement)}`] : []),
    ...(ticket.complaintOutcome ? [`**Complaint outcome** ${escaped(ticket.complaintOutcome)}`] : []),
    ...(ticket.reasons.length > 0 ? [`**Why** ${escaped(ticket.reasons.join('; '))}`] : []),
    ...(ticket.flags.length > 0 ? [`**Flags** ${escaped(ticket.flags.join(', '))}`] : []),
    ...(ticket.linked?.length
      ? [`**Linked** ${escaped(ticket.linked.map((l) => `${l.reference} (${l.kind})`).join(', '))}`]
      : []),
    ...(ticket.repeat ? [`**Earlier requests** ${escaped(repeatLine(ticket.repeat))}`] : []),
    ...(ticket.emails?.length
      ? [
          `**Emails** ${escaped(ticket.emails.map((e) => `${e.template} ${e.status}${e.reason ? ` (${e.reason})` : ''}`).join(', '))}`,
        ]
      : []),
    ...(ticket.exports ?? []).map(
      (e) =>
        `**Export #${e.id}** ${escaped(`${e.fileName} (${formatBytes(e.size)}, sha256 ${e.sha256Prefix}…): ${e.state}`)}`,
    ),
    ...(ticket.recipients ?? []).map(
      (r) =>
        `**Recipient ${r.line}** ${escaped(`${r.recipient} (${r.role}): ${r.outcome}${r.note ? ` · ${r.note}` : ''}`)}`,
    ),
    ...(ticket.tasks ?? []).map((t) => `**Task** ${escaped(taskLine(t))}`),
  ];
  return {
    embeds: [
      {
        title: title(ticket),
        description: clipped(details.join('\n'), DESCRIPTION_LIMIT),
        fields: safeFields(ticket),
      },
    ],
    components: ticketButtonRows(ticket, 'actor'),
  };
}
