/**
 * `rightsdesk quarantine list|retry|show|export|dismiss`: the messages intake could not parse or route.
 * Nothing in the quarantine is ever dropped: a retried or dismissed entry stays listed with `--all`.
 * Reading one in full, exporting its bytes and dismissing it are audited (issue 15, item 8).
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createQuarantineReviewStore } from '../../adapters/db/quarantine-review-store.js';
import { createQuarantineStore } from '../../adapters/db/quarantine-store.js';
import {
  dismissQuarantined,
  exportQuarantined,
  type QuarantineReviewDeps,
  type QuarantineReviewError,
  showQuarantined,
} from '../../app/intake/quarantine-review.js';
import { retryQuarantined } from '../../app/intake/quarantine.js';
import { type App, compose } from '../../composition-root.js';
import { type CliCommand, type CliIo, UsageError } from '../command.js';
import { describeOutcome } from '../describe-outcome.js';

const ACTIONS = ['list', 'retry', 'show', 'export', 'dismiss'] as const;
type Action = (typeof ACTIONS)[number];

const failures: Record<QuarantineReviewError, string> = {
  quarantine_not_found: 'not in the quarantine',
  quarantine_not_open: 'already resolved or dismissed',
};

function quarantineId(word: string | undefined): number {
  if (word === undefined || !/^\d+$/.test(word))
    throw new UsageError(`"${word ?? ''}" is not a quarantine id`);
  return Number(word);
}

/** `--as NAME` names who did it in the audit trail; `--reveal` and `--all` are switches. */
function options(rest: readonly string[]) {
  const words: string[] = [];
  let actor = 'local';
  let reveal = false;
  let all = false;
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i] ?? '';
    if (word === '--as') {
      actor = rest[++i] ?? '';
      if (!/^[\w.@-]+$/.test(actor)) throw new UsageError('--as needs a name');
    } else if (word === '--reveal') reveal = true;
    else if (word === '--all') all = true;
    else words.push(word);
  }
  return { words, actor: `cli:${actor}`, reveal, all };
}

export const quarantineCommand: CliCommand = {
  name: 'quarantine',
  usage:
    'rightsdesk quarantine list [--all] | retry ID...|--all | show ID [--reveal] | export ID FILE | dismiss ID REASON... [--as NAME]',
  summary: 'list, read, export, retry or dismiss messages that could not be parsed or routed',
  async run(argv, io) {
    const [action, ...rest] = argv;
    if (!ACTIONS.includes(action as Action)) {
      throw new UsageError('expected "list", "retry", "show", "export" or "dismiss"');
    }
    const opts = options(rest);
    if (action === 'retry') {
      opts.words.forEach(quarantineId);
      if (opts.words.length === 0 && !opts.all) throw new UsageError('give the ids to retry, or --all');
    }
    if (action === 'show' || action === 'export' || action === 'dismiss') quarantineId(opts.words[0]);
    if (action === 'export' && opts.words.length !== 2) throw new UsageError('give the id and a FILE');
    if (action === 'export' && existsSync(opts.words[1] ?? '')) {
      throw new UsageError(`${opts.words[1]} exists; export writes a new file only`);
    }
    if (action === 'dismiss' && opts.words.length < 2) throw new UsageError('give the id and a reason');
    const app = await compose(io.env);
    try {
      if (action === 'list' || action === 'retry') return await listOrRetry(app, action, opts, io);
      return await review(app, action as 'show' | 'export' | 'dismiss', opts, io);
    } finally {
      await app.close();
    }
  },
};

async function listOrRetry(
  app: App,
  action: 'list' | 'retry',
  { words, all }: ReturnType<typeof options>,
  io: CliIo,
): Promise<number> {
  const store = createQuarantineStore(app.database.db);
  if (action === 'list') {
    const entries = await store.list({ includeResolved: all });
    if (entries.length === 0) io.stdout.write('the quarantine is empty\n');
    for (const e of entries) {
      const where = e.sourceName ?? (e.uid !== null ? `uid ${e.uid}` : '');
      const dismissed = e.dismissReason === null ? '' : `  dismissed: ${e.dismissReason}`;
      io.stdout.write(
        `#${e.id}  ${e.createdAt.toISOString()}  ${e.source} ${where}  ${e.size} bytes  ${e.error}${dismissed}\n`,
      );
    }
    return 0;
  }
  const targets = all ? (await store.list({ includeResolved: false })).map((e) => e.id) : words.map(Number);
  const results = await retryQuarantined(targets, store, app.routeByRecipient, app.intake);
  for (const r of results) {
    io.stdout.write(
      `#${r.id}: ${r.outcome.kind === 'not_found' ? 'not in the quarantine (or already resolved)' : describeOutcome(r.outcome)}\n`,
    );
  }
  return results.some((r) => r.outcome.kind === 'quarantined' || r.outcome.kind === 'not_found') ? 1 : 0;
}

async function review(
  app: App,
  action: 'show' | 'export' | 'dismiss',
  { words, actor, reveal }: ReturnType<typeof options>,
  io: CliIo,
): Promise<number> {
  const deps: QuarantineReviewDeps = {
    store: createQuarantineReviewStore(app.database.db, app.database.provider),
    parse: app.intake.parse,
    now: () => new Date(),
  };
  const id = Number(words[0]);
  const fail = (code: QuarantineReviewError) => {
    io.stdout.write(`#${id}: ${failures[code]}\n`);
    return 1;
  };
  if (action === 'show') {
    const shown = await showQuarantined(deps, id, { reveal, actor });
    if (!shown.ok) return fail(shown.code);
    for (const h of shown.value.headers) io.stdout.write(`${h.name}: ${h.value}\n`);
    io.stdout.write(`\n${shown.value.text}\n`);
    if (shown.value.dismissReason !== null) io.stdout.write(`\n(dismissed: ${shown.value.dismissReason})\n`);
    return 0;
  }
  if (action === 'export') {
    const file = words[1] ?? '';
    const exported = await exportQuarantined(deps, id, actor);
    if (!exported.ok) return fail(exported.code);
    // Never over another file, and readable by its owner only: it is a requester's mail.
    await writeFile(file, exported.value, { flag: 'wx', mode: 0o600 });
    io.stdout.write(`#${id}: ${exported.value.byteLength} bytes written to ${file}\n`);
    return 0;
  }
  const dismissed = await dismissQuarantined(deps, id, words.slice(1).join(' '), actor);
  if (!dismissed.ok) return fail(dismissed.code);
  io.stdout.write(`#${id}: dismissed\n`);
  return 0;
}
