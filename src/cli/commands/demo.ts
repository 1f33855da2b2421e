/**
 * `rightsdesk demo` (`npm run demo`): the whole flow on the embedded default, with nothing to set up.
 * A fresh SQLite file, the three seed organisations, the sample inbox in examples/inbox ingested through
 * the real pipeline, the acknowledgements written as .eml files, a ticket worked through the console
 * desk (the same commands as Slack), and the audit chain verified.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { renderReply } from '../../adapters/console/render-reply.js';
import { listEmlFiles } from '../../adapters/folder/read-folder.js';
import { verifyAuditTrail } from '../../app/audit/verify-audit-trail.js';
import type { DeskActor } from '../../app/desk/desk-reply.js';
import { summarise } from '../../app/intake/ingest-files.js';
import { compose, type App } from '../../composition-root.js';
import { parseEmail } from '../../adapters/mime/parse-email.js';
import { parseDeskCommand } from '../../domain/desk/parse-desk-command.js';
import { describeDeskError } from '../../app/desk/replies.js';
import { type CliCommand, type CliIo, UsageError } from '../command.js';
import { describeOutcome } from '../describe-outcome.js';
import { ingestFilesWithProgress } from '../ingest-files-with-progress.js';
import { projectRoot } from '../../config/project-root.js';
import { shiftDates, shiftToPresent } from '../demo-inbox.js';

const root = projectRoot;
const sampleInbox = join(root, 'examples/inbox');
// A request under another law than the GDPR: a Californian opt-out of sale to Importly (which declares us-ca).
const usInbox = join(root, 'examples/inbox-us');

/** The demo, on the clock it is given: the sample mail is moved to just before `now()`. */
export const createDemoCommand = (now: () => Date): CliCommand => ({
  name: 'demo',
  usage: 'rightsdesk demo',
  summary: 'run the flow on a fresh SQLite database with the seed organisations and the sample inbox',
  async run(argv, io) {
    if (argv.length > 0) throw new UsageError(`unexpected argument ${argv[0]}`);
    // A state folder of its own, wiped on every run, so the demo never touches a real installation's files.
    const stateDir = join(io.env.RIGHTSDESK_STATE_DIR ?? 'var', 'demo');
    rmSync(stateDir, { recursive: true, force: true });
    const databaseFile = join(stateDir, 'demo.db');
    const app = await compose(
      {
        ...io.env,
        DATABASE_URL: `file:${databaseFile}`,
        RIGHTSDESK_STATE_DIR: stateDir,
        RIGHTSDESK_ORGANISATIONS_DIR: io.env.RIGHTSDESK_ORGANISATIONS_DIR ?? join(root, 'organisations'),
      },
      { deskNow: now },
    );
    try {
      const names = app.organisations.map((o) => o.organisation.name).join(', ');
      io.stdout.write(`Rightsdesk demo: database ${databaseFile} (SQLite), organisations: ${names}\n`);
      await ingestSampleInbox(app, io, copyToPresent(join(stateDir, 'inbox'), now()));
      await workOneTicket(app, io);
      await sendOutbox(app, io, stateDir);
      await printDeliveredExport(io, join(stateDir, 'outbox', 'importly'), 'RD-1001');
      await printLetter(io, join(stateDir, 'outbox', 'importly'), 'RD-1008');
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
});

export const demoCommand = createDemoCommand(() => new Date());

/**
 * Copies of the sample mail, dated so the newest arrived a day before `now` (order and gaps kept): the
 * files in examples/ stay as they are, since other tests use them as fixtures.
 */
function copyToPresent(folder: string, now: Date): string[] {
  const files = listEmlFiles([sampleInbox, usInbox]);
  // latin1 keeps every byte as it is; the date-times are ASCII.
  const texts = files.map((file) => readFileSync(file, 'latin1'));
  const shiftMs = shiftToPresent(texts, now);
  mkdirSync(folder, { recursive: true });
  return files.map((file, i) => {
    const copy = join(folder, basename(file));
    writeFileSync(copy, shiftDates(texts[i] ?? '', shiftMs), 'latin1');
    return copy;
  });
}

async function ingestSampleInbox(app: App, io: CliIo, files: readonly string[]): Promise<void> {
  io.stdout.write(
    `\n1. Ingesting ${files.length} emails from examples/inbox and examples/inbox-us (dated to this week) through the intake pipeline:\n`,
  );
  const results = await ingestFilesWithProgress(app, files, io.stderr);
  for (const { file, outcome } of results) {
    io.stdout.write(`  ${basename(file).padEnd(34)} ${describeOutcome(outcome)}\n`);
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
    // The approval opens one task per data system of Importly that holds part of an access answer.
    [approver, 'approve RD-1001'],
    // A free-text email to the requester, in the ticket's thread, as `/rights reply` sends it.
    [
      agent,
      'reply RD-1001 Thank you for confirming. We are collecting your data from each of our systems and will send it to you within the month.',
    ],
    [agent, 'fulfil RD-1001'],
    [agent, 'task RD-1001 accounts done export attached'],
    [agent, 'task RD-1001 media not_applicable no imports in the last 7 days'],
    [agent, 'task RD-1001 logs done'],
    [agent, ATTACH_STEP],
    [agent, 'fulfil RD-1001'],
    // The Californian opt-out: opened under the CCPA, on its 15 business days, with no identity check.
    [agent, 'show RD-1008'],
    // The week in numbers, as posted to a Slack digest channel on DIGEST_SCHEDULE.
    [manager, 'digest'],
  ];
  io.stdout.write(`\n2. Staff work RD-1001 from the console desk (the same commands as /rights in Slack):\n`);
  for (const [actor, text] of steps) {
    if (text === ATTACH_STEP) {
      await attachDemoExport(app, io, actor);
      continue;
    }
    const parsed = parseDeskCommand(text);
    const reply = parsed.ok
      ? await app.tickets.execute(actor, parsed.command)
      : { kind: 'error' as const, code: parsed.error.code, message: 'bad command' };
    const lines = renderReply(reply).split('\n');
    io.stdout.write(`  ${actor.role}> /rights ${text}\n${lines.map((l) => `      ${l}`).join('\n')}\n`);
  }
}

/** Not a desk command: the export is attached as `rightsdesk attach` (or an upload in the ticket's thread) does. */
const ATTACH_STEP = 'attach RD-1001 examples/exports/importly-account.json';
const demoExport = join(root, 'examples/exports/importly-account.json');

async function attachDemoExport(app: App, io: CliIo, actor: DeskActor): Promise<void> {
  const content = new Uint8Array(readFileSync(demoExport));
  const result = await app.exports.attach({
    reference: 'RD-1001',
    fileName: basename(demoExport),
    contentType: 'application/json',
    size: content.byteLength,
    read: async () => content,
    source: 'cli',
    actor,
  });
  const line = result.ok
    ? `RD-1001: attached #${result.export.id} ${result.export.fileName} (${result.export.size} bytes, sha256 ${result.export.sha256.slice(0, 12)}…); fulfil sends it to the verified requester`
    : describeDeskError(result.error);
  io.stdout.write(`  $ rightsdesk ${ATTACH_STEP}
      ${line}
`);
}

/** The outcome letter of the ticket worked above, with the export it carries to the verified requester. */
async function printDeliveredExport(io: CliIo, folder: string, ticketRef: string): Promise<void> {
  for (const name of readdirSync(folder).filter((n) => n.includes(`.${ticketRef}.`))) {
    const letter = await parseEmail(readFileSync(join(folder, name)));
    const [file] = letter.attachments;
    if (!file) continue;
    io.stdout.write(
      `\n   The outcome letter of ${ticketRef} carries its export to the verified requester: ${file.filename ?? 'file'} (${file.size} bytes, ${file.contentType}).\n`,
    );
  }
}

/** The requester's letter on one ticket, as written to the outbox: here the CCPA acknowledgement. */
async function printLetter(io: CliIo, folder: string, ticketRef: string): Promise<void> {
  const file = readdirSync(folder).find((name) => name.includes(`.${ticketRef}.`));
  if (!file) return;
  const letter = await parseEmail(readFileSync(join(folder, file)));
  io.stdout.write(
    `\n   The letter to the Californian requester of ${ticketRef} (its law, its clock, no identity check):\n` +
      `      Subject: ${letter.subject}\n${letter.text
        .trim()
        .split('\n')
        .map((l) => (l ? `      ${l}` : ''))
        .join('\n')}\n`,
  );
}
