// A message just under INTAKE_MAX_MESSAGE_BYTES (a scanned ID document and a photo) must be stored
// exactly, byte for byte, however intake holds it on the way (issue 17: streamed from IMAP, bound to
// the driver as it is): the raw message with its hash, the document under the attachment limit with
// its content, the photo over it recorded by name, type and size only. On both engines, from both sources.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { dovecotAt } from '../support/dovecot.js';
import { engines } from '../support/engines.js';
import { imapOrganisation } from '../support/imap-org.js';
import { createTestApp } from '../support/test-app.js';

const MiB = 1024 * 1024;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** base64 as mailers write it: lines of 76 characters. */
const base64Lines = (bytes: Buffer) => bytes.toString('base64').replace(/.{76}/g, '$&\r\n');

// Under the default attachment limit of 10 MiB, and over it; with the text, about 24 MiB of message.
const document = randomBytes(7 * MiB);
const photo = randomBytes(10.5 * MiB);
const message = Buffer.from(
  [
    'From: Jane Roe <jane@example.com>',
    'To: privacy@zmapi.example',
    'Subject: Delete my account, ID attached',
    'Message-ID: <near-limit@example.com>',
    'Date: Mon, 02 Mar 2026 10:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Please delete my account and all data you hold about me. My ID is attached.',
    '--b',
    'Content-Type: application/pdf; name="id.pdf"',
    'Content-Disposition: attachment; filename="id.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(document),
    '--b',
    'Content-Type: image/jpeg; name="photo.jpg"',
    'Content-Disposition: attachment; filename="photo.jpg"',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(photo),
    '--b--',
    '',
  ].join('\r\n'),
);

async function expectStoredExactly(app: App): Promise<void> {
  const raw = await app.database.db.rawMessage.findFirstOrThrow({
    where: { messageId: '<near-limit@example.com>' },
  });
  expect(raw.status).toBe('ticket');
  expect(raw.size).toBe(message.length);
  expect(raw.contentHash).toBe(sha256(message));
  expect(sha256(raw.raw!)).toBe(sha256(message));
  const attachments = await app.database.db.attachment.findMany({
    where: { ticketMessage: { rawMessageId: raw.id } },
    orderBy: { id: 'asc' },
  });
  expect(
    attachments.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      size: a.size,
      content: a.content && sha256(a.content),
      omittedReason: a.omittedReason,
    })),
  ).toEqual([
    {
      filename: 'id.pdf',
      contentType: 'application/pdf',
      size: document.length,
      content: sha256(document),
      omittedReason: null,
    },
    {
      filename: 'photo.jpg',
      contentType: 'image/jpeg',
      size: photo.length,
      content: null,
      omittedReason: 'over the attachment size limit',
    },
  ]);
}

const apps: App[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

describe.each(engines('nearlimit'))('a message just under the size limit (%s)', (_engine, databaseUrl) => {
  it('is under INTAKE_MAX_MESSAGE_BYTES, as the test means it to be', () => {
    expect(message.length).toBeGreaterThan(23 * MiB);
    expect(message.length).toBeLessThan(25 * MiB);
  });

  it('is stored byte for byte from a folder, its small attachment with it, the large one recorded', async () => {
    const url = await databaseUrl();
    const app = await createTestApp(url ? { databaseUrl: url } : {});
    apps.push(app);
    const dir = mkdtempSync(join(tmpdir(), 'rd-near-limit-'));
    writeFileSync(join(dir, 'near-limit.eml'), message);
    const [result] = await ingestFiles(
      { files: listEmlFiles([dir]), read: readEml, route: app.routeByRecipient, batchSize: 10 },
      app.intake,
    );
    expect(result!.outcome.kind).toBe('ticket');
    await expectStoredExactly(app);
  });

  it('is stored byte for byte from IMAP, its small attachment with it, the large one recorded', async () => {
    const dovecot = dovecotAt(inject('dovecot'));
    const account = await dovecot.addUser('nearlimit');
    await dovecot.appendMessages(account, [message]);
    const url = await databaseUrl();
    const org = imapOrganisation(dovecot, account);
    const app = await createTestApp({ env: org.env, ...(url ? { databaseUrl: url } : {}) });
    apps.push(app);
    const intake = app.startImapIntake();
    try {
      await intake.syncAll();
    } finally {
      await intake.stop();
    }
    await expectStoredExactly(app);
  });
});
