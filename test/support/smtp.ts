// An SMTP server in-process (smtp-server) on 127.0.0.1 that records every message it accepts, and can be
// stopped and started again on the same port to play an outage. Also writes a test organisation whose
// outgoing mail goes to it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { parseEmail } from '../../src/adapters/mime/parse-email.js';
import type { ParsedEmail } from '../../src/domain/email/parsed-email.js';
import { ingestBatch } from '../../src/app/intake/ingest-batch.js';
import type { IntakeOutcome } from '../../src/app/intake/intake-outcome.js';
import type { App } from '../../src/composition-root.js';

export interface ReceivedMail {
  readonly envelopeFrom: string;
  readonly envelopeTo: readonly string[];
  readonly raw: string;
  readonly email: ParsedEmail;
  readonly at: number;
}

export interface TestSmtpServer {
  readonly port: number;
  readonly received: ReceivedMail[];
  /** Recipients whose messages are refused with a 451 after their data was sent (kept out of `received`). */
  readonly refused: Set<string>;
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  /** Resolves when at least `count` messages have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<void>;
}

export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const refused = new Set<string>();
  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      // Drop idle pooled client connections at once on stop(), as a crashed server would.
      closeTimeout: 50,
      size: 50 * 1024 * 1024,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          if (session.envelope.rcptTo.some((r) => refused.has(r.address)))
            return callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
          const raw = Buffer.concat(chunks);
          parseEmail(raw).then(
            (email) => {
              const from = session.envelope.mailFrom;
              received.push({
                envelopeFrom: from ? from.address : '',
                envelopeTo: session.envelope.rcptTo.map((r) => r.address),
                raw: raw.toString('utf8'),
                email,
                at: Date.now(),
              });
              callback();
            },
            (error: Error) => callback(error),
          );
        });
      },
    });
  let server = create();
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port));
    });
  const port = await listen(0);
  return {
    port,
    received,
    refused,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    start: async () => {
      server = create();
      await listen(port);
    },
    async waitFor(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} messages, got ${received.length}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
  };
}

/**
 * Two organisations sending through the test server: `testorg` (privacy@zmapi.example, a cap of 3
 * automatic emails an hour) and `shortorg` (privacy@short.example, codes that expire after a second).
 */
export function smtpOrganisations(port: number): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-smtp-orgs-'));
  const common = (id: string, domain: string, ttlHours: number) => `id: ${id}
name: ${id === 'testorg' ? 'Test Org' : 'Short Org'}
domain: ${domain}
defaultLanguage: en
addresses: [privacy@${domain}]
jurisdictions: [eu-gdpr]
rights: [access, erasure]
minimumAge: 16
sellsPersonalData: false
retention:
  - { data: usage records, period: { years: 7 }, afterErasure: kept, ground: legal_obligation, basis: billing (7 years) }
mailboxes:
  - { id: ${id}-inbox, address: privacy@${domain} }
outbound:
  smtp: { host: 127.0.0.1, port: ${port}, secure: false }
  automaticCap: { emails: 3, hours: 1 }
verification:
  authservId: mx.rightsdesk.test
  codeTtlHours: ${ttlHours}
  maxAttempts: 3
`;
  writeFileSync(join(dir, 'testorg.yaml'), common('testorg', 'zmapi.example', 72));
  writeFileSync(join(dir, 'shortorg.yaml'), common('shortorg', 'short.example', 1 / 3600));
  return {
    RIGHTSDESK_ORGANISATIONS_DIR: dir,
    OUTBOX_RETRY_BASE_MS: '100',
    OUTBOX_RETRY_MAX_SECONDS: '1',
    OUTBOX_POLL_SECONDS: '1',
  };
}

/** Runs one raw message through the real intake pipeline into the given mailbox. */
export async function ingestRaw(
  app: App,
  raw: string,
  mailbox = { organisationId: 'testorg', mailboxId: 'testorg-inbox' },
): Promise<IntakeOutcome> {
  const bytes = Buffer.from(raw);
  const [outcome] = await ingestBatch(
    {
      target: mailbox,
      sourceLabel: 'test',
      messages: [
        {
          uidValidity: null,
          uid: null,
          sourceName: null,
          raw: bytes,
          size: bytes.length,
          tooLarge: false,
          receivedAt: null,
        },
      ],
      checkpoint: null,
      rescan: false,
      quarantineFailures: true,
    },
    app.intake,
  );
  return outcome!;
}
