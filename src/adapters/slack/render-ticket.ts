/**
 * Block Kit for one ticket. The channel message is built from an allow-list of fields that carry no
 * personal data (reference, organisation, status, types, language, confidence, deadline, assignee);
 * the requester, even masked, appears only in the detail shown to the actor alone.
 */
import { formatBytes } from '../../domain/delivery/export-file.js';
import type { types } from '@slack/bolt';
import type { TicketView } from '../../app/desk/desk-reply.js';
import { STATUS_LABELS, typesLabel } from '../../app/desk/ticket-buttons.js';
import { clip, SLACK_LIMITS, withinLimits } from './slack-limits.js';
import { escapeMrkdwn, mentionOf } from './slack-text.js';
import { ticketButtons } from './ticket-buttons.js';
import { taskButtonsBlock } from './task-buttons.js';
import { taskLine, tasksSummary } from '../../app/desk/task-lines.js';

/** One detail line (a recipient with a long note) is cut here; the whole detail spans a few sections. */
const LINE_LIMIT = 600;
const DETAIL_SECTIONS = 12;

export interface SlackMessage {
  readonly text: string;
  readonly blocks: types.KnownBlock[];
}

/** The fields every viewer of the channel may see. */
function safeFields(ticket: TicketView): types.MrkdwnElement[] {
  const field = (label: string, value: string): types.MrkdwnElement => ({
    type: 'mrkdwn',
    text: `*${label}*\n${value}`,
  });
  const confidence = ticket.confidence === null ? 'n/a' : `${Math.round(ticket.confidence * 100)}%`;
  return [
    field('Type', escapeMrkdwn(typesLabel(ticket.types))),
    field('Status', STATUS_LABELS[ticket.status]),
    field('Language', escapeMrkdwn(ticket.language ?? 'unknown')),
    field('Confidence', ticket.needsTriage ? `${confidence} (needs triage)` : confidence),
    field('Due', escapeMrkdwn(ticket.due ?? 'no deadline yet')),
    ...(ticket.complaintAcknowledgement
      ? [field('Complaint', escapeMrkdwn(ticket.complaintAcknowledgement))]
      : []),
    field('Assignee', ticket.assignee ? mentionOf(ticket.assignee) : 'nobody'),
    // Flags are words of ours (a right the policy omits, a possible minor, a misaddressed mail), never the mail's.
    ...(ticket.flags.length > 0 ? [field('Check', escapeMrkdwn(ticket.flags.join(', ')))] : []),
  ];
}

function heading(ticket: TicketView): types.SectionBlock {
  return {
    type: 'section',
    text: {
      type: 'mrkdwn',
      text: `*${ticket.reference}* · ${escapeMrkdwn(ticket.organisationId)} · ${STATUS_LABELS[ticket.status]}`,
    },
    fields: safeFields(ticket),
  };
}

function fallbackText(ticket: TicketView): string {
  return `${ticket.reference} (${ticket.organisationId}): ${typesLabel(ticket.types)}, ${STATUS_LABELS[ticket.status]}`;
}

/** The message in the organisation's triage channel: redacted, with buttons while the ticket is open. */
export function channelTicketMessage(ticket: TicketView): SlackMessage {
  const blocks: types.KnownBlock[] = [heading(ticket)];
  if (ticket.deadlineExplanation)
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: escapeMrkdwn(ticket.deadlineExplanation) }],
    });
  const tasks = ticket.tasks ?? [];
  if (tasks.length > 0) {
    const text = `Tasks: ${tasksSummary(tasks)}`;
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(text) }] });
  }
  const buttons = ticketButtons(ticket, 'channel');
  if (buttons) blocks.push(buttons);
  const taskButtons = taskButtonsBlock(ticket);
  if (taskButtons) blocks.push(taskButtons);
  return withinLimits({ text: fallbackText(ticket), blocks });
}

/**
 * The detail lines packed into as few sections as Slack's 3,000 characters allow, each line cut at
 * 600; past 12 sections the rest is counted, not shown (a message holds at most 50 blocks).
 */
function detailSections(lines: readonly string[]): types.SectionBlock[] {
  const texts: string[] = [];
  let current = '';
  for (const [i, line] of lines.map((l) => clip(l, LINE_LIMIT)).entries()) {
    if (current.length + line.length + 1 <= SLACK_LIMITS.sectionText) {
      current = current ? `${current}\n${line}` : line;
      continue;
    }
    texts.push(current);
    current = line;
    if (texts.length === DETAIL_SECTIONS) {
      current = `_… ${lines.length - i} more lines not shown: Slack limits the length of a message._`;
      break;
    }
  }
  if (current) texts.push(current);
  return texts.map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));
}

function repeatLine(repeat: NonNullable<TicketView['repeat']>): string {
  const earlier = repeat.earlier.map((e) => `${e.reference} ${e.receivedOn} ${STATUS_LABELS[e.status]}`);
  return `${earlier.join(', ') || 'none'} · ${repeat.verdict.replace(/_/g, ' ')}: ${repeat.rule}`;
}

/** The ticket as shown to the actor alone (ephemeral): the channel fields plus the requester. */
export function ticketDetailBlocks(ticket: TicketView): types.KnownBlock[] {
  const requester = ticket.requester.full
    ? `${escapeMrkdwn(ticket.requester.full.name)} · ${escapeMrkdwn(ticket.requester.full.address)}`
    : escapeMrkdwn(ticket.requester.masked);
  const details = [
    `*Requester* ${requester}`,
    `*Jurisdiction* ${escapeMrkdwn(ticket.jurisdiction)}${ticket.jurisdictionBasis ? ` (${escapeMrkdwn(ticket.jurisdictionBasis)})` : ''}`,
    ...(ticket.deadlineExplanation ? [`*Deadline* ${escapeMrkdwn(ticket.deadlineExplanation)}`] : []),
    ...(ticket.complaintAcknowledgement
      ? [`*Complaint* ${escapeMrkdwn(ticket.complaintAcknowledgement)}`]
      : []),
    ...(ticket.complaintOutcome ? [`*Complaint outcome* ${escapeMrkdwn(ticket.complaintOutcome)}`] : []),
    ...(ticket.reasons.length > 0 ? [`*Why* ${escapeMrkdwn(ticket.reasons.join('; '))}`] : []),
    ...(ticket.flags.length > 0 ? [`*Flags* ${escapeMrkdwn(ticket.flags.join(', '))}`] : []),
    ...(ticket.linked?.length
      ? [`*Linked* ${escapeMrkdwn(ticket.linked.map((l) => `${l.reference} (${l.kind})`).join(', '))}`]
      : []),
    ...(ticket.repeat ? [`*Earlier requests* ${escapeMrkdwn(repeatLine(ticket.repeat))}`] : []),
    ...(ticket.emails?.length
      ? [
          `*Emails* ${escapeMrkdwn(ticket.emails.map((e) => `${e.template} ${e.status}${e.reason ? ` (${e.reason})` : ''}`).join(', '))}`,
        ]
      : []),
    ...(ticket.exports ?? []).map(
      (e) =>
        `*Export #${e.id}* ${escapeMrkdwn(`${e.fileName} (${formatBytes(e.size)}, sha256 ${e.sha256Prefix}…): ${e.state}`)}`,
    ),
    ...(ticket.recipients ?? []).map(
      (r) =>
        `*Recipient ${r.line}* ${escapeMrkdwn(`${r.recipient} (${r.role}): ${r.outcome}${r.note ? ` · ${r.note}` : ''}`)}`,
    ),
    ...(ticket.tasks ?? []).map((t) => `*Task* ${escapeMrkdwn(taskLine(t))}`),
  ];
  const blocks: types.KnownBlock[] = [heading(ticket), ...detailSections(details)];
  const buttons = ticketButtons(ticket, 'actor');
  if (buttons) blocks.push(buttons);
  const taskButtons = taskButtonsBlock(ticket);
  if (taskButtons) blocks.push(taskButtons);
  return blocks;
}

export function ticketFallbackText(ticket: TicketView): string {
  return fallbackText(ticket);
}
