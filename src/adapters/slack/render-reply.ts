/**
 * Renders a desk reply as a Slack message for the actor's eyes only (an ephemeral reply): usage,
 * ticket lists, one ticket, the outcome of a change, or an error sentence from the core.
 */
import type { types } from '@slack/bolt';
import type { DeskReply, TicketSummary } from '../../app/desk/desk-reply.js';
import { digestLines } from '../../app/desk/digest-lines.js';
import { previewHeading } from '../../app/desk/preview-heading.js';
import { bulkLines } from '../../app/desk/bulk-lines.js';
import { errorReply } from '../../app/desk/replies.js';
import type { DeskParseError } from '../../domain/desk/parse-desk-command.js';
import { STATUS_LABELS, typesLabel } from '../../app/desk/ticket-buttons.js';
import { type SlackMessage, ticketDetailBlocks, ticketFallbackText } from './render-ticket.js';
import { withinLimits } from './slack-limits.js';
import { escapeMrkdwn, mentionOf } from './slack-text.js';

/** A section's text may hold at most 3000 characters; a long list is cut with a count of the rest. */
const SECTION_LIMIT = 2900;

const section = (text: string): types.SectionBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

function summaryLine(item: TicketSummary): string {
  const due = item.due ? `due ${item.due}` : 'no deadline';
  const who = item.assignee ? mentionOf(item.assignee) : 'unassigned';
  const triage = item.needsTriage ? ' · needs triage' : '';
  return `*${item.reference}* ${escapeMrkdwn(item.organisationId)} · ${escapeMrkdwn(typesLabel(item.types))} · ${STATUS_LABELS[item.status]} · ${due} · ${who}${triage}`;
}

function listMessage(reply: Extract<DeskReply, { kind: 'tickets' }>): SlackMessage {
  const title = `${reply.items.length} ticket${reply.items.length === 1 ? '' : 's'} (${reply.filter})`;
  if (reply.items.length === 0) return { text: title, blocks: [section(`${title}: nothing to show.`)] };
  const lines: string[] = [];
  let length = 0;
  for (const [i, item] of reply.items.entries()) {
    const line = summaryLine(item);
    if (length + line.length + 1 > SECTION_LIMIT) {
      lines.push(`… and ${reply.items.length - i} more`);
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  return { text: title, blocks: [section(`*${title}*`), section(lines.join('\n'))] };
}

/** Text in pieces of at most `limit` characters, each ending at a line end when one is near. */
function pieces(text: string, limit: number): string[] {
  const out: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const lineEnd = rest.lastIndexOf('\n', limit);
    const cut = lineEnd > limit / 2 ? lineEnd : limit;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  return rest === '' ? out : [...out, rest];
}

export function renderReply(reply: DeskReply): SlackMessage {
  return withinLimits(renderAnyLength(reply));
}

function renderAnyLength(reply: DeskReply): SlackMessage {
  switch (reply.kind) {
    case 'help': {
      const usage = reply.usage.map((line) => `/rights ${line}`).join('\n');
      return {
        text: 'Rightsdesk commands',
        blocks: [section(`*Rightsdesk commands*\n\`\`\`${usage}\`\`\``)],
      };
    }
    case 'tickets':
      return listMessage(reply);
    case 'ticket':
      return { text: ticketFallbackText(reply.ticket), blocks: ticketDetailBlocks(reply.ticket) };
    case 'changed':
      return {
        text: reply.summary,
        blocks: [
          section(`:white_check_mark: ${escapeMrkdwn(reply.summary)}`),
          ...ticketDetailBlocks(reply.ticket),
        ],
      };
    case 'digest': {
      const [title, ...lines] = digestLines(reply.digest, reply.organisationId);
      return {
        text: title ?? 'Digest',
        blocks: [section(`*${escapeMrkdwn(title ?? '')}*\n${lines.map(escapeMrkdwn).join('\n')}`)],
      };
    }
    case 'bulk': {
      // At most 200 lines of a reference and a sentence: split over sections, as a letter is.
      const text = bulkLines(reply).join('\n');
      return {
        text: bulkLines(reply)[0] ?? 'bulk',
        blocks: pieces(text, SECTION_LIMIT).map((piece) => section(escapeMrkdwn(piece))),
      };
    }
    case 'letter_preview': {
      // A letter is longer than one section holds: it is shown in sections, cut at line ends where it can.
      const heading = previewHeading(reply);
      return {
        text: heading,
        blocks: [
          section(`:mag: ${escapeMrkdwn(heading)}`),
          section(`*${escapeMrkdwn(reply.subject)}*`),
          ...pieces(reply.text, SECTION_LIMIT).map((piece) => section(escapeMrkdwn(piece))),
        ],
      };
    }
    case 'error':
      // An error may carry the ticket as it stands (a click on a message shown before it changed).
      return {
        text: reply.message,
        blocks: [
          section(`:warning: ${escapeMrkdwn(reply.message)}`),
          ...(reply.ticket ? ticketDetailBlocks(reply.ticket) : []),
        ],
      };
  }
}

/** A command that did not parse: the shared sentence for its code and the usage line, never a stack trace. */
export function renderParseError(error: DeskParseError): SlackMessage {
  return renderReply(errorReply(error));
}

export function renderNotice(text: string): SlackMessage {
  return withinLimits({ text, blocks: [section(escapeMrkdwn(text))] });
}
