import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQuarantineStore } from '../../src/adapters/db/quarantine-store.js';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import { type FileOutcome, ingestFiles } from '../../src/app/intake/ingest-files.js';
import { retryQuarantined } from '../../src/app/intake/quarantine.js';
import type { App } from '../../src/composition-root.js';
import { engines as enginesFor } from '../support/engines.js';
import { corpusDir, createTestApp, sampleInbox } from '../support/test-app.js';

const engines = enginesFor('intake');

interface Label {
  readonly file: string;
  readonly flags: readonly string[];
  readonly note: string;
}
const labels: Label[] = JSON.parse(readFileSync(join(corpusDir, 'labels.json'), 'utf8'));

function ingest(app: App, paths: string[]): Promise<FileOutcome[]> {
  return ingestFiles(
    { files: listEmlFiles(paths), read: readEml, route: app.routeByRecipient, batchSize: 40 },
    app.intake,
  );
}

describe.each(engines)('folder intake of the dev corpus (%s)', (_engine, databaseUrl) => {
  let app: App;
  let results: FileOutcome[];
  beforeAll(async () => {
    const url = await databaseUrl();
    app = await createTestApp(url ? { databaseUrl: url } : {});
    results = await ingest(app, [corpusDir]);
  });
  afterAll(() => app.close());

  it('stores every one of the 150 files, 148 unique messages by Message-ID', async () => {
    expect(results).toHaveLength(150);
    expect(await app.database.db.rawMessage.count()).toBe(150);
    expect(await app.database.db.rawMessage.count({ where: { canonicalMessageId: { not: null } } })).toBe(
      148,
    );
  });

  it('records the corpus duplicates (d053 of d011, d014 of d013) without opening tickets', async () => {
    const duplicates = results
      .filter((r) => r.outcome.kind === 'duplicate')
      .map((r) => r.file.split('/').pop());
    expect(duplicates).toEqual(['d014.eml', 'd053.eml']);
    expect(labels.filter((l) => /duplicate of/.test(l.note)).map((l) => l.file)).toEqual(duplicates);
  });

  it('recognises every automatic email of the corpus and no other', () => {
    const automatic = results
      .filter((r) => r.outcome.kind === 'automatic')
      .map((r) => r.file.split('/').pop());
    const labelled = labels.filter((l) => l.flags.includes('auto')).map((l) => l.file);
    expect(automatic).toEqual(labelled);
  });

  it('opens no ticket for automatic mail', async () => {
    const automaticTickets = await app.database.db.rawMessage.count({
      where: { status: 'automatic', ticketId: { not: null } },
    });
    expect(automaticTickets).toBe(0);
    // 150 files less 11 automatic and 2 duplicates; d019 asks Importly (which declares CCPA) for an
    // opt-out of sale and an objection, which run on different clocks: two linked tickets (issue 5, item 7).
    expect(await app.database.db.ticket.count()).toBe(150 - 11 - 2 + 1);
  });

  it("stores the classifier's verdict with each new ticket and sends unsure ones to triage", async () => {
    const db = app.database.db;
    const tickets = await db.ticket.findMany({ include: { classifications: true } });
    expect(
      tickets.every((t) => t.classifications.length === 1 && t.classifications[0]?.source === 'classifier'),
    ).toBe(true);
    expect(
      tickets.every((t) => JSON.stringify(t.types) === JSON.stringify(t.classifications[0]?.types)),
    ).toBe(true);
    const czech = await db.rawMessage.findFirstOrThrow({
      where: { sourceName: 'd149.eml' },
      include: { ticket: true },
    });
    expect(czech.ticket?.needsTriage).toBe(true);
    const triaged = tickets.filter((t) => t.needsTriage);
    expect(triaged.every((t) => (t.classifications[0]?.confidence ?? 1) < 0.6)).toBe(true);
  });

  it('ingesting the same folder again adds nothing', async () => {
    const again = await ingest(app, [corpusDir]);
    expect(again.every((r) => r.outcome.kind === 'skipped')).toBe(true);
    expect(await app.database.db.rawMessage.count()).toBe(150);
  });
});

describe.each(engines)('folder intake of the sample inbox (%s)', (_engine, databaseUrl) => {
  let app: App;
  let byFile: Map<string, FileOutcome['outcome']>;
  beforeAll(async () => {
    const url = await databaseUrl();
    app = await createTestApp(url ? { databaseUrl: url } : {});
    const results = await ingest(app, [sampleInbox]);
    byFile = new Map(results.map((r) => [r.file.split('/').pop()!, r.outcome]));
  });
  afterAll(() => app.close());

  it('threads a reply onto its ticket by In-Reply-To', () => {
    const request = byFile.get('01-access-request.eml');
    expect(request).toMatchObject({ kind: 'ticket' });
    const reference = request?.kind === 'ticket' ? request.ticketReference : '';
    expect(byFile.get('03-reply-to-access-request.eml')).toEqual({
      kind: 'reply',
      ticketReference: reference,
      via: 'in-reply-to',
    });
  });

  it('opens a flagged new ticket for a ticket token from a stranger', () => {
    expect(byFile.get('11-token-from-stranger.eml')).toMatchObject({
      kind: 'ticket',
      flags: ['token_from_stranger'],
    });
  });

  it('gives a message without Message-ID a deterministic one', async () => {
    const row = await app.database.db.rawMessage.findFirst({ where: { sourceName: '13-no-message-id.eml' } });
    expect(row?.messageIdSynthetic).toBe(true);
    expect(row?.messageId).toMatch(/^<[0-9a-f]{64}@synthetic\.rightsdesk\.invalid>$/);
  });

  it('quarantines malformed mail with its bytes, and a retry keeps it there with the error', async () => {
    expect(byFile.get('06-malformed.eml')).toMatchObject({ kind: 'quarantined' });
    const store = createQuarantineStore(app.database.db);
    const [entry] = await store.list({ includeResolved: false });
    expect(entry?.sourceName).toBe('06-malformed.eml');
    expect(Buffer.from((await store.raw(entry!.id))!)).toEqual(
      readFileSync(join(sampleInbox, '06-malformed.eml')),
    );
    const [retry] = await retryQuarantined([entry!.id], store, app.routeByRecipient, app.intake);
    expect(retry?.outcome.kind).toBe('quarantined');
    expect(await app.database.db.quarantinedMessage.count()).toBe(1);
  });

  it('keeps the delivery status of a bounce and opens no ticket for it', () => {
    expect(byFile.get('05-bounce.eml')).toMatchObject({ kind: 'automatic', automaticKind: 'bounce' });
  });
});
