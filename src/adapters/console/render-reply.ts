/**
 * The console adapter's renderer: a DeskReply as plain text lines for a terminal. Personal data is
 * printed only when the reply carries it (`requester.full`, for roles that may see it).
 */
import { formatBytes } from '../../domain/delivery/export-file.js';
import type { DeskReply, TicketSummary, TicketView } from '../../app/desk/desk-reply.js';
import { digestLines } from '../../app/desk/digest-lines.js';
import { previewHeading } from '../../app/desk/preview-heading.js';
import { bulkLines } from '../../app/desk/bulk-lines.js';
import { taskLine } from '../../app/desk/task-lines.js';
import { maskAddressesIn } from '../../domain/redaction.js';

/** A mark beside a listed ticket's due date, by reference (`tickets list`: OVERDUE, DUE SOON). */
export type DeadlineMarks = ReadonlyMap<string, string>;

function summaryLine(t: TicketSummary, marks: DeadlineMarks): string {
  const triage = t.needsTriage ? ' [triage]' : '';
  const mark = marks.get(t.reference);
  return `${t.reference.padEnd(9)} ${t.organisationId.padEnd(13)} ${t.status.padEnd(22)} due ${t.due ?? '—'}${mark ? ` ${mark}` : ''}  ${t.types.join(',')}${triage}${t.assignee ? `  @${t.assignee}` : ''}`;
}

export function renderTicket(t: TicketView): string[] {
  const who = t.requester.full
    ? `${t.requester.full.name} <${t.requester.full.address}>`
    : t.requester.masked;
  const lines = [
    `${t.reference}  ${t.organisationId}  ${t.status}  (version ${t.version})`,
    `  requester   ${who}`,
    `  types       ${t.types.join(', ')}${t.needsTriage ? ' (needs triage)' : ''}${t.confidence !== null ? `  confidence ${t.confidence}` : ''}`,
    `  law         ${t.jurisdiction}${t.jurisdictionBasis ? ` (${t.jurisdictionBasis})` : ''}`,
    `  deadline    ${t.deadlineExplanation ?? t.due ?? 'unknown'}`,
    ...(t.complaintAcknowledgement ? [`  complaint   ${t.complaintAcknowledgement}`] : []),
    ...(t.complaintOutcome ? [`  complaint   outcome ${t.complaintOutcome}`] : []),
    `  assignee    ${t.assignee ?? '—'}`,
  ];
  if (t.reasons.length > 0) lines.push(`  because     ${t.reasons.join('; ')}`);
  if (t.flags.length > 0) lines.push(`  flags       ${t.flags.join(', ')}`);
  for (const link of t.linked ?? []) lines.push(`  linked      ${link.reference} (${link.kind})`);
  for (const e of t.emails ?? []) {
    const attention = e.status === 'capped' || e.status === 'failed' ? ' — needs a person' : '';
    lines.push(`  email       ${e.template}: ${e.status}${e.reason ? ` (${e.reason})` : ''}${attention}`);
  }
  for (const e of t.exports ?? [])
    lines.push(
      `  export      #${e.id} ${e.fileName} (${formatBytes(e.size)}, sha256 ${e.sha256Prefix}…): ${e.state}`,
    );
  if (t.recipients && t.recipients.length > 0) {
    lines.push('  recipients (GDPR Art. 19):');
    for (const r of t.recipients) {
      const note = r.note ? ` — ${maskAddressesIn(r.note)}` : '';
      lines.push(`    ${r.line}. [${r.outcome}] ${r.recipient} (${r.role})${note}`);
    }
  }
  if (t.tasks && t.tasks.length > 0) {
    lines.push('  tasks (by data system):');
    for (const task of t.tasks) lines.push(`    ${maskAddressesIn(taskLine(task))}`);
  }
  if (t.repeat) {
    lines.push(`  repeat      ${t.repeat.verdict.replaceAll('_', ' ')}: ${t.repeat.rule}`);
    for (const e of t.repeat.earlier)
      lines.push(`    earlier ${e.reference} received ${e.receivedOn} (${e.status})`);
  }
  lines.push(`  you may     ${t.allowedActions.length > 0 ? t.allowedActions.join(', ') : 'nothing now'}`);
  return lines;
}

export function renderReply(reply: DeskReply, marks: DeadlineMarks = new Map()): string {
  switch (reply.kind) {
    case 'help':
      return ['commands:', ...reply.usage.map((u) => `  ${u}`)].join('\n');
    case 'tickets':
      return reply.items.length === 0
        ? `no tickets (${reply.filter})`
        : [
            `${reply.items.length} ticket(s), ${reply.filter}:`,
            ...reply.items.map((t) => summaryLine(t, marks)),
          ].join('\n');
    case 'ticket':
      return renderTicket(reply.ticket).join('\n');
    case 'digest':
      return digestLines(reply.digest, reply.organisationId).join('\n');
    case 'changed':
      return [reply.summary, ...renderTicket(reply.ticket)].join('\n');
    case 'bulk':
      return bulkLines(reply).join('\n');
    case 'letter_preview':
      return [`${previewHeading(reply)}:`, `  subject  ${reply.subject}`, '', reply.text].join('\n');
    case 'error':
      return [
        `error (${reply.code}): ${reply.message}`,
        ...(reply.ticket ? renderTicket(reply.ticket) : []),
      ].join('\n');
  }
}
