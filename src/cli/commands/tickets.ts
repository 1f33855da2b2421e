/**
 * `rightsdesk tickets list|show`: the desk's list and show on the command line, redacted by default
 * (a viewer's view); `--reveal` shows the requester's name and address, as an agent would see them, and
 * records who saw them in the audit trail.
 */
import { userInfo } from 'node:os';
import { type DeadlineMarks, renderReply } from '../../adapters/console/render-reply.js';
import type { TicketSummary } from '../../app/desk/desk-reply.js';
import { describeDeskError } from '../../app/desk/replies.js';
import { reminderHorizon } from '../../app/fulfilment/remind-staff.js';
import { type App, compose } from '../../composition-root.js';
import { deadlineMark } from '../../domain/fulfilment/staff-reminders.js';
import { parseDeskCommand } from '../../domain/desk/parse-desk-command.js';
import { type CliCommand, UsageError } from '../command.js';

const MARKS = { overdue: 'OVERDUE', due_soon: 'DUE SOON' } as const;

/** Overdue and due-soon tickets marked, on the horizon the reminders pass uses (issue 15, item 4). */
function deadlineMarks(app: App, items: readonly TicketSummary[], now: Date): DeadlineMarks {
  const horizons = new Map(
    app.organisations.map(({ organisation: o }) => [
      o.id,
      reminderHorizon({ id: o.id, zone: o.timezone, holidays: o.holidays ?? null, ...o.reminders }, now),
    ]),
  );
  return new Map(
    items.flatMap((t) => {
      const h = horizons.get(t.organisationId);
      const mark = h ? deadlineMark(t.due, h.today, h.horizon) : null;
      return mark ? [[t.reference, MARKS[mark]] as const] : [];
    }),
  );
}

export const ticketsCommand: CliCommand = {
  name: 'tickets',
  usage:
    'rightsdesk tickets list [open|mine|due-soon|overdue|triage] [ORG] [--reveal] | show RD-1042 [--reveal]',
  summary: 'list or show tickets (personal data masked unless --reveal)',
  async run(argv, io) {
    const reveal = argv.includes('--reveal');
    const words = argv.filter((a) => a !== '--reveal');
    if (words[0] !== 'list' && words[0] !== 'show') throw new UsageError('expected "list" or "show"');
    const parsed = parseDeskCommand(words.join(' '));
    if (!parsed.ok) throw new UsageError(describeDeskError(parsed.error));
    const app = await compose(io.env);
    try {
      // The operator's account names who revealed a requester's data in the audit trail.
      const actor = { id: `cli:${userInfo().username}`, role: reveal ? 'agent' : 'viewer' } as const;
      const reply = await app.tickets.execute(actor, parsed.command);
      const marks = reply.kind === 'tickets' ? deadlineMarks(app, reply.items, new Date()) : new Map();
      io.stdout.write(`${renderReply(reply, marks)}\n`);
      return reply.kind === 'error' ? 1 : 0;
    } finally {
      await app.close();
    }
  },
};
