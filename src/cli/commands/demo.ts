/**
 * `rightsdesk demo` (`npm run demo`): the whole flow on the embedded default, with nothing to set up.
 * A fresh SQLite file, the three seed organisations, the sample inbox in examples/inbox ingested through
 * the real pipeline, the acknowledgements written as .eml files, a ticket worked through the console
 * desk (the same commands as Slack), and the audit chain verified.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { renderReply } from '../../adapters/console/render-reply.js';
import { listEmlFiles } from '../../adapters/folder/read-folder.js';
import { verifyAuditTrail } from '../../app/audit/verify-audit-trail.js';
import type { DeskActor } from '../../app/desk/desk-reply.js';
import { summarise } from '../../app/intake/ingest-files.js';
import { compose, type App } from '../../composition-root.js';
import { parseDeskCommand } from '../../domain/desk/parse-desk-command.js';
import { type CliCommand, type CliIo, UsageError } from '../command.js';
import { describeOutcome } from '../describe-outcome.js';
import { ingestFilesWithProgress } from '../ingest-files-with-progress.js';
import { projectRoot } from '../../config/project-root.js';

const root = projectRoot;
const sampleInbox = join(root, 'examples/inbox');

export const demoCommand: CliCommand = {
  name: 'demo',
  usage: 'rightsdesk demo',
  summary: 'run the flow on a fresh SQLite database with the seed organisations and the sample inbox',
  async run(argv, io) {
    if (argv.length > 0) throw new UsageError(`unexpected argument ${argv[0]}`);
    // A state folder of its own, wiped on every run, so the demo never touches a real installation's files.
    const stateDir = join(io.env.RIGHTSDESK_STATE_DIR ?? 'var', 'demo');
    rmSync(stateDir, { recursive: true, force: true });
    const databaseFile = join(stateDir, 'demo.db');
    const app = await compose({
      ...io.env,
      DATABASE_URL: `file:${databaseFile}`,
      RIGHTSDESK_STATE_DIR: stateDir,
      RIGHTSDESK_ORGANISATIONS_DIR: io.env.RIGHTSDESK_ORGANISATIONS_DIR ?? join(root, 'organisations'),
    });
    try {
      const names = app.organisations.map((o) => o.organisation.name).join(', ');
      io.stdout.write(`Rightsdesk demo: database ${databaseFile} (SQLite), organisations: ${names}\n`);
      await ingestSampleInbox(app, io);
      await workOneTicket(app, io);
      await sendOutbox(app, io, stateDir);
      const audit = await verifyAuditTrail(app.tickets.auditTrail);
      io.stdout.write(
        `\n4. Audit chain: ${audit.ok ? 'intact' : 'BROKEN'}, ${audit.count} events, each hashed with the previous one.\n` +
          `\nLook further: DATABASE_URL=file:${databaseFile} npm run -s rightsdesk -- tickets list | status | quarantine list\n`,
      );
      return audit.ok ? 0 : 1;
    } finally {
      await app.close();
    }
  },
};

async function ingestSampleInbox(app: App, io: CliIo): Promise<void> {
  const files = listEmlFiles([sampleInbox]);
  io.stdout.write(`\n1. Ingesting ${files.length} emails from examples/inbox through the intake pipeline:\n`);
  const results = await ingestFilesWithProgress(app, files, io.stderr);
  for (const { file, outcome } of results) {
    io.stdout.write(`  ${file.slice(sampleInbox.length + 1).padEnd(34)} ${describeOutcome(outcome)}\n`);
  }
  const s = summarise(results.map((r) => r.outcome));
  io.stdout.write(
    `  = ${s.tickets} new tickets, ${s.replies} replies threaded, ${s.automatic} automatic (never answered), ` +
      `${s.duplicates} duplicates recorded, ${s.quarantined} quarantined.\n`,
  );
}

async function sendOutbox(app: App, io: CliIo, stateDir: string): Promise<void> {
  let sent = 0;
  for (;;) {
    const pass = await app.requesterMail.sendNow();
    sent += pass.sent;
    if (!pass.more) break;
  }
  const outbox = join(stateDir, 'outbox');
  const folders = readdirSync(outbox, { withFileTypes: true }).filter((d) => d.isDirectory());
  io.stdout.write(
    `\n3. Requester emails (acknowledgements, and the letters of the decisions above): ${sent} sent (no SMTP configured, so written as .eml files to ${outbox}/<organisation>/): ` +
      `${folders.map((d) => `${d.name} ${readdirSync(join(outbox, d.name)).length}`).join(', ')}\n`,
  );
}

/** Staff work the first request from the console, with the commands Slack uses; a manager reads the digest. */
async function workOneTicket(app: App, io: CliIo): Promise<void> {
  const agent: DeskActor = { id: 'console:demo-agent', role: 'agent' };
  const approver: DeskActor = { id: 'console:demo-dpo', role: 'approver' };
  const manager: DeskActor = { id: 'console:demo-manager', role: 'viewer' };
  const steps: [DeskActor, string][] = [
    [agent, 'list triage'],
    [agent, 'show RD-1001'],
    [agent, 'verify RD-1001 confirm account_email_match sender is the account owner'],
    [agent, 'approve RD-1001'],
    [approver, 'approve RD-1001'],
    [agent, 'fulfil RD-1001 export sent through the account portal'],
    // The week in numbers, as posted to a Slack digest channel on DIGEST_SCHEDULE.
    [manager, 'digest'],
  ];
  io.stdout.write(`\n2. Staff work RD-1001 from the console desk (the same commands as /rights in Slack):\n`);
  for (const [actor, text] of steps) {
    const parsed = parseDeskCommand(text);
    const reply = parsed.ok
      ? await app.tickets.execute(actor, parsed.command)
      : { kind: 'error' as const, code: parsed.error.code, message: 'bad command' };
    const lines = renderReply(reply).split('\n');
    io.stdout.write(`  ${actor.role}> /rights ${text}\n${lines.map((l) => `      ${l}`).join('\n')}\n`);
  }
}
