/**
 * Renders a desk reply as a Discord message for the actor's eyes only (an ephemeral reply): usage,
 * ticket lists, one ticket, the outcome of a change, or an error sentence from the core. The sentence
 * the core gives is the message's text; embeds carry the ticket or the list.
 */
import type { DeskReply, TicketSummary } from '../../app/desk/desk-reply.js';
import { digestLines } from '../../app/desk/digest-lines.js';
import { previewHeading } from '../../app/desk/preview-heading.js';
import { bulkLines } from '../../app/desk/bulk-lines.js';
import { errorReply } from '../../app/desk/replies.js';
import type { DeskParseError } from '../../domain/desk/parse-desk-command.js';
import { discordPath } from './command-groups.js';
import { clipped, escaped, mentionOf } from './discord-text.js';
import { STATUS_LABELS, typesLabel } from '../../app/desk/ticket-buttons.js';
import { DESCRIPTION_LIMIT, type DiscordMessage, ticketDetail } from './render-ticket.js';

/** A message's text may hold at most 2000 characters. */
const CONTENT_LIMIT = 2000;
/** An embed's title may hold at most 256 characters. */
const TITLE_LIMIT = 256;

function summaryLine(item: TicketSummary): string {
  const due = item.due ? `due ${item.due}` : 'no deadline';
  const who = item.assignee ? mentionOf(item.assignee) : 'unassigned';
  const triage = item.needsTriage ? ' · needs triage' : '';
  return `**${item.reference}** ${escaped(item.organisationId)} · ${escaped(typesLabel(item.types))} · ${STATUS_LABELS[item.status]} · ${due} · ${who}${triage}`;
}

function listMessage(reply: Extract<DeskReply, { kind: 'tickets' }>): DiscordMessage {
  const heading = `${reply.items.length} ticket${reply.items.length === 1 ? '' : 's'} (${reply.filter})`;
  if (reply.items.length === 0) return notice(`${heading}: nothing to show.`);
  const lines: string[] = [];
  let length = 0;
  for (const [i, item] of reply.items.entries()) {
    const line = summaryLine(item);
    // Room is kept for the last line, which says how many more there are.
    if (length + line.length + 1 > DESCRIPTION_LIMIT - 40) {
      lines.push(`… and ${reply.items.length - i} more`);
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  return { content: heading, embeds: [{ description: lines.join('\n') }], components: [] };
}

export function renderReply(reply: DeskReply): DiscordMessage {
  switch (reply.kind) {
    case 'help': {
      // Each line as typed in Discord: a decision sits in its group (`/rights decide approve …`).
      const usage = reply.usage.map((line) => line.replace(/^\S+/, (name) => discordPath(name))).join('\n');
      return {
        content: 'Rightsdesk commands',
        embeds: [{ description: clipped(`\`\`\`\n${usage}\n\`\`\``, DESCRIPTION_LIMIT) }],
        components: [],
      };
    }
    case 'tickets':
      return listMessage(reply);
    case 'ticket':
      return { content: '', ...ticketDetail(reply.ticket) };
    case 'changed':
      return {
        content: clipped(`✅ ${escaped(reply.summary)}`, CONTENT_LIMIT),
        ...ticketDetail(reply.ticket),
      };
    case 'digest': {
      const [title, ...lines] = digestLines(reply.digest, reply.organisationId);
      return {
        content: escaped(title ?? 'Digest'),
        embeds: [{ title: title ?? 'Digest', description: lines.map(escaped).join('\n') }],
        components: [],
      };
    }
    case 'bulk': {
      const [heading = 'bulk', ...rest] = bulkLines(reply);
      return {
        content: clipped(escaped(heading), CONTENT_LIMIT),
        embeds:
          rest.length > 0 ? [{ description: clipped(escaped(rest.join('\n')), DESCRIPTION_LIMIT) }] : [],
        components: [],
      };
    }
    case 'letter_preview':
      return {
        content: clipped(`🔍 ${escaped(previewHeading(reply))}`, CONTENT_LIMIT),
        embeds: [
          {
            title: clipped(reply.subject, TITLE_LIMIT),
            description: clipped(escaped(reply.text), DESCRIPTION_LIMIT),
          },
        ],
        components: [],
      };
    case 'error': {
      // An error may carry the ticket as it stands (a click on a message shown before it changed).
      const content = clipped(`⚠️ ${escaped(reply.message)}`, CONTENT_LIMIT);
      return reply.ticket
        ? { content, ...ticketDetail(reply.ticket) }
        : { content, embeds: [], components: [] };
    }
  }
}

/** A command that did not parse: the shared sentence for its code and the usage line, never a stack trace. */
export function renderParseError(error: DeskParseError): DiscordMessage {
  return renderReply(errorReply(error));
}

export function notice(text: string): DiscordMessage {
  return { content: clipped(escaped(text), CONTENT_LIMIT), embeds: [], components: [] };
}
