// Issue 15, delivering the answer: an export attached with `rightsdesk attach` goes with the outcome
// letter to the verified requester, as an attachment or as an AES-256 zip whose password follows in a
// second email of the thread; never to an unverified requester; removed by the purge after its
// retention, and by `detach`; every step audited without the content. On SQLite and PostgreSQL, through
// the real composition root, the CLI and an SMTP server in process.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZipReader, Uint8ArrayReader, Uint8ArrayWriter, configure } from '@zip.js/zip.js';
import type { DeskActor } from '../../src/app/desk/desk-reply.js';
import { attachCommand } from '../../src/cli/commands/attach.js';
import { purgeCommand } from '../../src/cli/commands/purge.js';
import type { App } from '../../src/composition-root.js';
import { parseDeskCommand } from '../../src/domain/desk/parse-desk-command.js';
import { accessRequest, DELIVERY, deliveryOrganisations } from '../support/delivery-org.js';
import { engines, viewOf } from '../support/engines.js';
import { runCli } from '../support/run-cli.js';
import { ingestRaw, startSmtpServer, type TestSmtpServer } from '../support/smtp.js';
import { createTestApp } from '../support/test-app.js';

configure({ useWebWorkers: false });

const agent: DeskActor = { id: 'console:alice', role: 'agent' };
const approver: DeskActor = { id: 'console:dpo', role: 'approver' };
const DAY_MS = 24 * 3_600_000;

describe.each(engines('export_delivery'))('delivering an attached export (%s)', (_engine, databaseUrl) => {
  let smtp: TestSmtpServer;
  let app: App;
  let env: Record<string, string>;
  const files = mkdtempSync(join(tmpdir(), 'rightsdesk-exports-'));

  beforeAll(async () => {
    smtp = await startSmtpServer();
    const url = await databaseUrl();
    const orgs = deliveryOrganisations(smtp.port);
    app = await createTestApp({ ...(url ? { databaseUrl: url } : {}), env: orgs });
    env = {
      DATABASE_URL: app.env.DATABASE_URL,
      RIGHTSDESK_STATE_DIR: app.env.RIGHTSDESK_STATE_DIR,
      RIGHTSDESK_SECRET: 'test-secret-0123456789-0123456789-0123456789',
      LOG_LEVEL: 'silent',
      ...orgs,
    };
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  const desk = async (actor: DeskActor, text: string) => {
    const parsed = parseDeskCommand(text);
    if (!parsed.ok) throw new Error(`test command does not parse: ${text}`);
    return app.tickets.execute(actor, parsed.command);
  };
  const openTicket = async (id: string) => {
    const outcome = await ingestRaw(app, accessRequest(id));
    if (outcome.kind !== 'ticket') throw new Error(`expected a ticket, got ${outcome.kind}`);
    return outcome.ticketReference;
  };
  const verifiedAndApproved = async (id: string) => {
    const reference = await openTicket(id);
    expect(await desk(agent, `verify ${reference} confirm account_email_match`)).toMatchObject({
      kind: 'changed',
    });
    expect(await desk(approver, `approve ${reference}`)).toMatchObject({ kind: 'changed' });
    return reference;
  };
  const writeExport = (name: string, size: number) => {
    const bytes = randomBytes(size);
    const path = join(files, name);
    writeFileSync(path, bytes);
    return { path, bytes };
  };
  const attach = (reference: string, path: string) =>
    runCli(attachCommand, [reference, path, '--as', 'alice'], env);
  /** Runs the sender until the outbox has nothing queued for the ticket (the password email waits its turn). */
  const sendAll = async (reference: string) => {
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference } });
    for (let pass = 0; pass < 40; pass++) {
      await app.requesterMail.sendNow();
      const queued = await app.database.db.outboundEmail.count({
        where: { ticketId: ticket.id, status: 'queued' },
      });
      if (queued === 0) return;
      await new Promise((r) => setTimeout(r, 60));
    }
    throw new Error('the outbox did not drain');
  };
  const receivedFor = (reference: string) =>
    smtp.received.filter((m) => m.email.subject.includes(`[${reference}]`));
  const audit = async (reference: string, type: string) =>
    (await app.database.db.auditEvent.findMany({ where: { ticketReference: reference, type } })).map((e) => ({
      actor: e.actor,
      payload: JSON.parse(e.payload) as Record<string, unknown>,
    }));

  it('sends a small export as an attachment of the outcome letter, byte for byte, and audits its hash', async () => {
    const reference = await verifiedAndApproved('small-export');
    const { path, bytes } = writeExport('my data.json', 600);
    const attached = await attach(reference, path);
    expect(attached.code).toBe(0);
    expect(attached.out).toContain('my data.json');

    const shown = viewOf(await desk(agent, `show ${reference}`));
    expect(shown.exports).toEqual([
      expect.objectContaining({ fileName: 'my data.json', size: 600, state: 'attached' }),
    ]);
    const [event] = await audit(reference, 'export.attached');
    expect(event).toMatchObject({ actor: 'cli:alice', payload: { size: 600, source: 'cli' } });
    expect(event!.payload.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(event)).not.toContain(bytes.toString('base64').slice(0, 16));

    expect(await desk(agent, `fulfil ${reference}`)).toMatchObject({ kind: 'changed' });
    await sendAll(reference);
    const letters = receivedFor(reference).filter((m) => m.email.attachments.length > 0);
    expect(letters).toHaveLength(1);
    const letter = letters[0]!;
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference } });
    expect(letter.envelopeTo).toEqual([ticket.requesterAddress]);
    expect(letter.email.text).toContain('The copy of your data is attached to this email: my data.json.');
    const [file] = letter.email.attachments;
    expect(file?.filename).toBe('my data.json');
    expect(Buffer.from(file!.content!)).toEqual(bytes);

    expect(viewOf(await desk(agent, `show ${reference}`)).exports).toEqual([
      expect.objectContaining({ state: 'sent' }),
    ]);
    expect(await audit(reference, 'export.sent')).toHaveLength(1);
  });

  it('sends a larger export in an AES-256 zip and its password in a second email of the thread, then forgets the password', async () => {
    const reference = await verifiedAndApproved('large-export');
    const { path, bytes } = writeExport('account.csv', 3000);
    expect((await attach(reference, path)).code).toBe(0);
    expect(await desk(agent, `fulfil ${reference}`)).toMatchObject({ kind: 'changed' });

    // Before sending: the outbox holds a placeholder, never the password.
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference } });
    const stored = await app.database.db.outboundEmail.findMany({ where: { ticketId: ticket.id } });
    const delivery = await app.database.db.exportDelivery.findFirstOrThrow({
      where: { ticketId: ticket.id },
    });
    expect(delivery).toMatchObject({ form: 'zip_aes', sealedPassword: expect.any(String) });

    await sendAll(reference);
    const mails = receivedFor(reference);
    const letter = mails.find((m) => m.email.messageId === delivery.letterMessageId)!;
    const second = mails.find((m) => m.email.messageId === delivery.passwordMessageId)!;
    expect(letter.email.attachments.map((a) => a.filename)).toEqual([`${reference}-data.zip`]);
    expect(letter.email.text).toContain('encrypted with AES-256');
    // The password email is in the letter's thread and arrives after it.
    expect(second.email.references).toEqual(expect.arrayContaining([delivery.letterMessageId]));
    expect(second.at).toBeGreaterThanOrEqual(letter.at);
    const password = /is: ([A-Za-z0-9]{20})\b/.exec(second.email.text)?.[1];
    expect(password).toBeDefined();
    expect(letter.raw).not.toContain(password!);

    const reader = new ZipReader(new Uint8ArrayReader(letter.email.attachments[0]!.content!), {
      password: password!,
    });
    const entries = await reader.getEntries();
    expect(entries.map((e) => [e.filename, e.encrypted, e.zipCrypto])).toEqual([
      ['account.csv', true, false],
    ]);
    const entry = entries[0]!;
    if (entry.directory) throw new Error('expected a file');
    expect(Buffer.from(await entry.getData(new Uint8ArrayWriter()))).toEqual(bytes);
    await reader.close();

    for (const email of stored) expect(email.bodyText).not.toContain(password!);
    const trail = await app.database.db.auditEvent.findMany({ where: { ticketReference: reference } });
    expect(JSON.stringify(trail)).not.toContain(password!);
    expect(
      await app.database.db.exportDelivery.findFirstOrThrow({ where: { ticketId: ticket.id } }),
    ).toMatchObject({ sealedPassword: null });
  });

  it('refuses to fulfil with an export for a requester whose identity is not verified, and sends nothing', async () => {
    const reference = await openTicket('unverified-export');
    // An opt-out of sale is approved without an identity check (11 CCR §7026(d)): no proof of the address.
    expect(await desk(agent, `classify ${reference} opt_out_sale`)).toMatchObject({ kind: 'changed' });
    expect(await desk(approver, `approve ${reference}`)).toMatchObject({ kind: 'changed' });
    const { path } = writeExport('unverified.json', 200);
    expect((await attach(reference, path)).code).toBe(0);
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference } });
    const before = await app.database.db.outboundEmail.count({ where: { ticketId: ticket.id } });

    const refused = await desk(agent, `fulfil ${reference}`);
    expect(refused).toMatchObject({ kind: 'error', code: 'export_needs_verified_requester' });
    expect(await app.database.db.outboundEmail.count({ where: { ticketId: ticket.id } })).toBe(before);
    expect(await app.database.db.ticket.findUniqueOrThrow({ where: { reference } })).toMatchObject({
      status: 'approved',
    });
    await sendAll(reference);
    expect(receivedFor(reference).filter((m) => m.email.attachments.length > 0)).toHaveLength(0);
  });

  it('refuses a file over the organisation limit, saying the limit, and stores nothing', async () => {
    const reference = await openTicket('oversize-export');
    const { path } = writeExport('too-big.json', DELIVERY.maxExportBytes + 1);
    const stderr: string[] = [];
    const { PassThrough } = await import('node:stream');
    const err = new PassThrough();
    err.on('data', (c: Buffer) => stderr.push(c.toString()));
    const code = await attachCommand.run([reference, path], { stdout: new PassThrough(), stderr: err, env });
    expect(code).toBe(1);
    expect(stderr.join('')).toContain("over this organisation's limit of 4.0 KiB (delivery.maxExportBytes)");
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference } });
    expect(await app.database.db.ticketExport.count({ where: { ticketId: ticket.id } })).toBe(0);
  });

  it('lets an agent detach an export, deleting its bytes and auditing it, and refuses a viewer', async () => {
    const reference = await openTicket('detach-export');
    const { path } = writeExport('wrong-file.json', 100);
    expect((await attach(reference, path)).code).toBe(0);
    expect(
      await desk({ id: 'console:vic', role: 'viewer' }, `detach ${reference} wrong-file.json`),
    ).toMatchObject({
      kind: 'error',
      code: 'role_required',
    });
    const removed = await desk(agent, `detach ${reference} wrong-file.json`);
    expect(removed).toMatchObject({ kind: 'changed' });
    expect(viewOf(removed).exports).toBeUndefined();
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference } });
    expect(
      await app.database.db.ticketExport.findFirstOrThrow({ where: { ticketId: ticket.id } }),
    ).toMatchObject({
      content: null,
      removedReason: 'detached',
    });
    expect(await audit(reference, 'export.detached')).toEqual([
      expect.objectContaining({
        actor: agent.id,
        payload: expect.objectContaining({ size: 100, sent: false }),
      }),
    ]);
  });

  it('purges a sent export once its retention has passed, audits it, and a second purge removes nothing more', async () => {
    const reference = await verifiedAndApproved('purged-export');
    const { path } = writeExport('old.json', 300);
    expect((await attach(reference, path)).code).toBe(0);
    expect(await desk(agent, `fulfil ${reference}`)).toMatchObject({ kind: 'changed' });
    await sendAll(reference);
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference } });

    // Within the retention nothing goes.
    expect(
      (await app.exports.purge(new Date(Date.now() + (DELIVERY.keepDays - 1) * DAY_MS)))[0],
    ).toMatchObject({
      exports: 0,
    });
    await app.database.db.ticketExport.updateMany({
      where: { ticketId: ticket.id },
      data: { sentAt: new Date(Date.now() - (DELIVERY.keepDays + 1) * DAY_MS) },
    });
    const purged = await runCli(purgeCommand, [], env);
    expect(purged.code).toBe(0);
    expect(purged.out).toMatch(/testorg exports \(kept 30 days\): [1-9]\d* removed/);
    expect(
      await app.database.db.ticketExport.findFirstOrThrow({ where: { ticketId: ticket.id } }),
    ).toMatchObject({
      content: null,
      removedReason: 'retention',
    });
    expect(await audit(reference, 'export.purged')).toEqual([
      expect.objectContaining({
        actor: 'system',
        payload: expect.objectContaining({ size: 300, keepDays: 30 }),
      }),
    ]);
    expect((await runCli(purgeCommand, [], env)).out).toContain('testorg exports (kept 30 days): 0 removed');
    expect(await audit(reference, 'export.purged')).toHaveLength(1);
  });
});
