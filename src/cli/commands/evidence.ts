/**
 * `rightsdesk evidence RD-… [--out FILE] [--reveal [--as NAME]]` writes one ticket's evidence pack
 * (Markdown, masked unless revealed, a reveal audited); `rightsdesk evidence verify FILE` checks the
 * pack's audit hashes against the database and exits 1 naming the first mismatch.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { readEvidenceRecords } from '../../adapters/db/evidence-store.js';
import { evidencePackOf } from '../../app/evidence/evidence-pack-of.js';
import { verifyEvidence } from '../../app/evidence/verify-evidence.js';
import { compose } from '../../composition-root.js';
import type { EvidenceMismatch } from '../../domain/evidence/check-pack.js';
import { type CliCommand, type CliIo, UsageError } from '../command.js';

const Options = z.object({
  reference: z.string().regex(/^RD-\d+$/, 'expected a ticket reference such as RD-1001'),
  out: z.string().min(1).optional(),
  as: z
    .string()
    .regex(/^[\w.@-]+$/)
    .optional(),
  reveal: z.boolean(),
});

function parseOptions(args: readonly string[]): z.infer<typeof Options> {
  const [reference, ...rest] = args;
  const raw: Record<string, string | boolean | undefined> = { reference, reveal: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--reveal') raw.reveal = true;
    else if (arg === '--out' || arg === '--as') raw[arg.slice(2)] = rest[++i] ?? '';
    else throw new UsageError(arg.startsWith('--') ? `unknown option ${arg}` : `unexpected argument ${arg}`);
  }
  const parsed = Options.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = String(issue?.path[0]);
    throw new UsageError(`${where === 'reference' ? '' : `--${where}: `}${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

function describeMismatch(m: EvidenceMismatch): string {
  switch (m.code) {
    case 'hash_differs':
      return `event seq ${m.seq} (${m.type}) is stored with a different hash than the pack lists`;
    case 'event_edited':
      return `event seq ${m.seq} (${m.type}) was edited: it no longer matches its hash`;
    case 'event_missing':
      return `event seq ${m.seq} (${m.type}) is not in the database`;
    case 'chain_broken':
      return `the audit chain is broken at seq ${m.seq} (${m.reason}), before the pack's last event`;
  }
}

async function verify(file: string, io: CliIo): Promise<number> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new UsageError(`cannot read ${file}`);
  });
  const app = await compose(io.env);
  try {
    const result = await verifyEvidence(app.tickets.auditTrail, text);
    if ('code' in result) throw new UsageError(`${file} is not a Rightsdesk evidence pack`);
    if (result.ok) {
      io.stdout.write(
        `evidence pack ${result.reference} verified: ${result.events} events match the audit chain\n`,
      );
      return 0;
    }
    io.stdout.write(
      `evidence pack ${result.reference} does NOT match: ${describeMismatch(result.mismatch)}\n`,
    );
    return 1;
  } finally {
    await app.close();
  }
}

export const evidenceCommand: CliCommand = {
  name: 'evidence',
  usage: 'rightsdesk evidence RD-… [--out FILE] [--reveal [--as NAME]] | rightsdesk evidence verify FILE',
  summary: "one ticket's evidence pack for a regulator, with audit hashes; verify checks them",
  async run(argv, io) {
    if (argv[0] === 'verify') {
      if (argv.length !== 2 || !argv[1]) throw new UsageError('expected "verify FILE"');
      return verify(argv[1], io);
    }
    const options = parseOptions(argv);
    if (options.out && existsSync(options.out)) {
      throw new UsageError(`${options.out} exists; evidence writes a new file only`);
    }
    const app = await compose(io.env);
    try {
      const result = await evidencePackOf(
        {
          tickets: app.tickets.store,
          termsOf: app.tickets.termsOf,
          readRecords: (ticket) => readEvidenceRecords(app.database.db, ticket.id, ticket.reference),
        },
        options.reference,
        { reveal: options.reveal, actor: `cli:${options.as ?? 'local'}`, now: new Date() },
      );
      if (!result.ok) throw new UsageError(`no ticket ${options.reference}`);
      if (options.out) {
        // A revealed pack holds personal data: readable by its owner only.
        await writeFile(options.out, result.text, { flag: 'wx', mode: 0o600 });
        io.stdout.write(`wrote ${options.out}\n`);
      } else io.stdout.write(result.text);
      return 0;
    } finally {
      await app.close();
    }
  },
};
