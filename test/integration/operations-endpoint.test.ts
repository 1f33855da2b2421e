// The operations endpoint `rightsdesk run` serves on METRICS_PORT, scraped as Prometheus would: the
// text format parsed line by line, the counters moving after an ingest, the gauges reading the
// database; /healthz and /readyz answer for an orchestrator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import {
  type OperationsServer,
  startOperationsServer,
} from '../../src/adapters/metrics/operations-server.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { createTestApp, sampleInbox } from '../support/test-app.js';

interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

/** The Prometheus text exposition format (version 0.0.4): `name{label="value",…} number` per sample. */
function parseExposition(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`not a sample line: ${line}`);
      const labels = Object.fromEntries(
        [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1]!, m[2]!]),
      );
      return { name: match[1]!, labels, value: Number(match[3]) };
    });
}

let app: App;
let server: OperationsServer;
const url = (path: string) => `http://127.0.0.1:${server.port}${path}`;
const scrape = async () => parseExposition(await (await fetch(url('/metrics'))).text());
const valueOf = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
  samples
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);

beforeAll(async () => {
  app = await createTestApp({ env: { METRICS_PORT: '0' } });
  if (!app.metrics) throw new Error('METRICS_PORT is set: the app should have its metrics');
  server = await startOperationsServer({
    host: '127.0.0.1',
    port: 0,
    db: app.database.db,
    metrics: app.metrics,
  });
});
afterAll(async () => {
  await server?.close();
  await app?.close();
});

describe('the operations endpoint', () => {
  it('is not built for a process that sets no METRICS_PORT, which then never loads prom-client', async () => {
    const quiet = await createTestApp();
    try {
      expect(quiet.metrics).toBeNull();
    } finally {
      await quiet.close();
    }
  });

  it('serves every metric in the Prometheus text format, and the ingest counters move after an ingest', async () => {
    const response = await fetch(url('/metrics'));
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const before = parseExposition(await response.text());
    const names = new Set(before.map((s) => s.name));
    for (const name of [
      'rightsdesk_messages_quarantined',
      'rightsdesk_outbox_emails',
      'rightsdesk_process_cpu_seconds_total',
    ])
      expect(names, name).toContain(name);
    expect(valueOf(before, 'rightsdesk_messages_ingested_total')).toBe(0);

    await ingestFiles(
      { files: listEmlFiles([sampleInbox]), read: readEml, route: app.routeByRecipient, batchSize: 40 },
      app.intake,
    );
    const after = await scrape();
    const tickets = await app.database.db.ticket.count();
    const quarantined = await app.database.db.quarantinedMessage.count({ where: { resolvedAt: null } });
    expect(valueOf(after, 'rightsdesk_messages_ingested_total', { outcome: 'ticket' })).toBeGreaterThan(0);
    expect(valueOf(after, 'rightsdesk_messages_ingested_total', { outcome: 'quarantined' })).toBe(
      quarantined,
    );
    expect(valueOf(after, 'rightsdesk_tickets')).toBe(tickets);
    expect(valueOf(after, 'rightsdesk_messages_quarantined')).toBe(quarantined);
    // The gauge counts what the database holds past its deadline, closed tickets aside.
    const overdue = await app.database.db.ticket.count({
      where: { status: { notIn: ['fulfilled', 'rejected', 'withdrawn'] }, dueAt: { lt: new Date() } },
    });
    expect(valueOf(after, 'rightsdesk_tickets_overdue')).toBe(overdue);
    expect(valueOf(after, 'rightsdesk_outbox_emails', { status: 'queued' })).toBe(
      await app.database.db.outboundEmail.count({ where: { status: 'queued' } }),
    );
  });

  it('answers /healthz, and /readyz while the database answers and no mailbox is failing', async () => {
    expect((await fetch(url('/healthz'))).status).toBe(200);
    expect((await fetch(url('/readyz'))).status).toBe(200);
    const [mailbox] = await app.database.db.mailbox.findMany({ where: { source: 'imap' }, take: 1 });
    await app.database.db.mailbox.update({ where: { id: mailbox!.id }, data: { consecutiveFailures: 3 } });
    const failing = await fetch(url('/readyz'));
    expect(failing.status).toBe(503);
    expect(await failing.json()).toEqual({ ready: false, problems: [`mailbox ${mailbox!.id} failing`] });
  });
});
