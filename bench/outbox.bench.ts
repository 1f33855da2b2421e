// Outbox benchmark (`npm run bench`): 5,000 emails queued on tickets (rendered, signed, stored in the
// outbox in batched transactions) and delivered by the real sender loop over SMTP to an in-process
// smtp-server on 127.0.0.1. Prints emails/s and the p95 queue-to-send latency; asserts nothing.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compose } from '../src/composition-root.js';
import { queueStaffEmail } from '../src/app/notify/staff-emails.js';
import { smtpOrganisations, startSmtpServer } from '../test/support/smtp.js';

const COUNT = Number(process.env.BENCH_OUTBOX_EMAILS ?? 5000);
const TICKETS = 500;

const smtp = await startSmtpServer();
const stateDir = mkdtempSync(join(tmpdir(), 'rightsdesk-bench-outbox-'));
const app = await compose({
  DATABASE_URL: `file:${join(stateDir, 'bench.db')}`,
  RIGHTSDESK_STATE_DIR: stateDir,
  RIGHTSDESK_SECRET: 'bench-secret-0123456789-0123456789-0123456789',
  LOG_LEVEL: 'error',
  ...smtpOrganisations(smtp.port),
});
try {
  const db = app.database.db;
  await db.ticket.createMany({
    data: Array.from({ length: TICKETS }, (_, i) => ({
      number: 1001 + i,
      reference: `RD-${1001 + i}`,
      organisationId: 'testorg',
      requesterAddress: `requester${i}@example.com`,
      requesterName: `Requester ${i}`,
      subject: 'Please delete my data',
      flags: [],
      types: ['erasure'],
      language: ['en', 'de', 'fr', 'es'][i % 4]!,
      receivedAt: new Date(),
    })),
  });
  const tickets = await db.ticket.findMany({ select: { id: true } });

  // Phase 1 queues with the sender running (as in production), so both compete for the database.
  const started = performance.now();
  const sender = app.requesterMail.startSender();
  for (let done = 0; done < COUNT; done += 100) {
    await app.requesterMail.store.transaction(async (tx) => {
      for (let i = done; i < Math.min(COUNT, done + 100); i++)
        await queueStaffEmail(tx, app.requesterMail.deps, {
          ticket: tickets[i % tickets.length]!.id,
          actor: 'bench',
          email: { kind: 'clarification_request', question: `Question ${i}`, stopsClock: false },
        });
    });
  }
  const queuedMs = performance.now() - started;
  while ((await db.outboundEmail.count({ where: { status: 'sent' } })) < COUNT)
    await new Promise((r) => setTimeout(r, 50));
  const seconds = (performance.now() - started) / 1000;
  await sender.stop();

  const rows = await db.outboundEmail.findMany({ select: { queuedAt: true, sentAt: true } });
  const latencies = rows.map((r) => r.sentAt!.getTime() - r.queuedAt.getTime()).sort((a, b) => a - b);
  const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  const lastQueued = Math.max(...rows.map((r) => r.queuedAt.getTime()));
  const sentAfterQueueing = rows.filter((r) => r.sentAt!.getTime() > lastQueued).length;
  const drainSeconds = seconds - queuedMs / 1000;
  console.log(
    `outbox: ${COUNT} emails queued in ${(queuedMs / 1000).toFixed(1)} s (${(COUNT / (queuedMs / 1000)).toFixed(0)}/s: render, sign, cap check, insert)`,
  );
  console.log(
    `outbox: all delivered after ${seconds.toFixed(1)} s: ${(COUNT / seconds).toFixed(0)} emails/s end to end; SMTP server received ${smtp.received.length}`,
  );
  console.log(
    `outbox: after queueing ended, ${sentAfterQueueing} left were sent in ${drainSeconds.toFixed(1)} s (${(sentAfterQueueing / drainSeconds).toFixed(0)} emails/s sending alone)`,
  );
  console.log(
    `outbox: queue-to-send latency p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, max ${latencies.at(-1)} ms`,
  );
} finally {
  await app.close();
  await smtp.stop();
}
