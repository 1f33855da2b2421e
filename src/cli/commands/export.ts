/**
 * `rightsdesk export tickets --format csv`: the record of requests for record keeping (issue 15,
 * item 6), streamed to standard output or a new file. Requesters' names and addresses only with
 * `--reveal`, which is audited.
 */
import { once } from 'node:events';
import { createWriteStream, existsSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { z } from 'zod';
import { openTicketExportStore } from '../../adapters/db/ticket-export-store.js';
import { exportTicketsCsv, type TicketExportFilter } from '../../app/fulfilment/export-tickets.js';
import { compose } from '../../composition-root.js';
import { type CliCommand, UsageError } from '../command.js';

const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d));

const Options = z.object({
  format: z.literal('csv'),
  from: Day.optional(),
  to: Day.optional(),
  org: z.string().min(1).optional(),
  out: z.string().min(1).optional(),
  as: z
    .string()
    .regex(/^[\w.@-]+$/)
    .optional(),
  reveal: z.boolean(),
});

const VALUED = new Set(['--format', '--from', '--to', '--org', '--out', '--as']);

function parseOptions(args: readonly string[]): z.infer<typeof Options> {
  const raw: Record<string, string | boolean> = { reveal: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--reveal') raw.reveal = true;
    else if (VALUED.has(arg)) raw[arg.slice(2)] = args[++i] ?? '';
    else throw new UsageError(arg.startsWith('--') ? `unknown option ${arg}` : `unexpected argument ${arg}`);
  }
  const parsed = Options.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path[0];
    throw new UsageError(
      where === 'format' ? '--format csv is required' : `--${String(where)}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);

export const exportCommand: CliCommand = {
  name: 'export',
  usage:
    'rightsdesk export tickets --format csv [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--org ID] [--out FILE] [--reveal [--as NAME]]',
  summary: 'the record of requests as CSV, streamed (requesters only with --reveal, which is audited)',
  async run(argv, io) {
    const [what, ...rest] = argv;
    if (what !== 'tickets') throw new UsageError('expected "tickets"');
    const options = parseOptions(rest);
    if (options.out && existsSync(options.out)) {
      throw new UsageError(`${options.out} exists; export writes a new file only`);
    }
    const app = await compose(io.env);
    try {
      if (options.org && !app.organisations.some((o) => o.organisation.id === options.org)) {
        throw new UsageError(`no organisation ${options.org}`);
      }
      // Received dates are whole UTC days, --to included.
      const filter: TicketExportFilter = {
        organisationId: options.org ?? null,
        receivedFrom: options.from ? new Date(`${options.from}T00:00:00Z`) : null,
        receivedBefore: options.to ? nextDay(options.to) : null,
      };
      const store = await openTicketExportStore(app.database, app.env.DATABASE_URL);
      try {
        const lines = exportTicketsCsv(store, filter, {
          reveal: options.reveal,
          actor: `cli:${options.as ?? 'local'}`,
          now: new Date(),
        });
        // A revealed file holds personal data: readable by its owner only.
        const out = options.out ? createWriteStream(options.out, { flags: 'wx', mode: 0o600 }) : io.stdout;
        await streamTo(lines, out);
        if (options.out) {
          out.end();
          await once(out, 'finish');
        }
        return 0;
      } finally {
        await store.close();
      }
    } finally {
      await app.close();
    }
  },
};

/** Writes each chunk, waiting for the stream to drain, so a slow reader holds back the database reads. */
async function streamTo(chunks: AsyncIterable<string>, out: Writable): Promise<void> {
  for await (const chunk of chunks) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
}
