// The Acknowledge complaint button (DPA 2018 s. 164A(3)) through the real discord.js client and the real
// desk on SQLite, with the fake gateway and REST API the suite uses: a UK complaint's channel message
// offers it, a click sends the letter, and the edited message drops the button and the line; `/rights
// complaint … acknowledge offline post` records an acknowledgement made outside Rightsdesk, with no letter.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/composition-root.js';
import {
  DISCORD_IDS,
  DISCORD_USERS,
  discordTestEnv,
  type FakeDiscord,
  startFakeDiscord,
} from '../support/fake-discord.js';
import { ingestRaw } from '../support/smtp.js';
import { createTestApp } from '../support/test-app.js';

function ukOrganisation(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-discord-complaint-'));
  writeFileSync(
    join(dir, 'ukorg.yaml'),
    `id: ukorg
name: UK Org
domain: ukorg.example
timezone: Europe/London
addresses: [privacy@ukorg.example]
jurisdictions: [uk-gdpr]
rights: [access, erasure]
minimumAge: 16
sellsPersonalData: false
mailboxes:
  - { id: ukorg-inbox, address: privacy@ukorg.example }
chat:
  discord:
    triageChannel: "${DISCORD_IDS.triage}"
`,
  );
  return dir;
}

const complaint = (id: string) =>
  [
    'From: Owen Price <owen.price@example.net>',
    'To: privacy@ukorg.example',
    'Subject: Subject access request',
    'Date: Wed, 01 Jul 2026 09:00:00 +0000',
    `Message-ID: <${id}@example.net>`,
    '',
    'Please send me a copy of my personal data. I asked in May and heard nothing; if I do not receive it within a month I will lodge a complaint with the Information Commissioner.',
    '',
  ].join('\r\n');

describe('the Acknowledge complaint button in Discord', () => {
  let fake: FakeDiscord;
  let app: App;
  let reference: string;
  let byPost: string;
  const message = (ref = reference) =>
    [...fake.messages.values()].find(
      (m) => m.channel === DISCORD_IDS.triage && JSON.stringify(m.body).includes(`${ref} ·`),
    );

  beforeAll(async () => {
    fake = await startFakeDiscord();
    app = await createTestApp({
      deskNow: () => new Date('2026-07-03T12:00:00Z'),
      env: { ...discordTestEnv(fake), RIGHTSDESK_ORGANISATIONS_DIR: ukOrganisation() },
    });
    const mailbox = { organisationId: 'ukorg', mailboxId: 'ukorg-inbox' };
    const outcome = await ingestRaw(app, complaint('discord-complaint'), mailbox);
    if (outcome.kind !== 'ticket') throw new Error(`expected a ticket, got ${outcome.kind}`);
    reference = outcome.ticketReference;
    const second = await ingestRaw(app, complaint('discord-complaint-by-post'), mailbox);
    if (second.kind !== 'ticket') throw new Error(`expected a ticket, got ${second.kind}`);
    byPost = second.ticketReference;
    await app.tickets.announcementsIdle();
    await app.discord!.start();
  });
  afterAll(async () => {
    await app?.discord?.stop();
    await app?.close();
    await fake?.close();
  });

  it('offers the button beside the line, and a click sends the letter and drops both', async () => {
    const shown = await app.tickets.execute({ id: 'test:admin', role: 'admin' }, { name: 'show', reference });
    if (shown.kind !== 'ticket') throw new Error('no ticket');
    const id = `rd:complaint_acknowledge:${reference}:${shown.ticket.version}`;
    const posted = JSON.stringify(message()?.body);
    expect(posted).toContain(id);
    expect(posted).toContain('acknowledge the complaint by 2026-07-30');

    const interaction = await fake.clickButton({ userId: DISCORD_USERS.agent, roleIds: [] }, id);
    expect(await fake.callback(interaction)).toEqual({ type: 5, data: { flags: 64 } });
    expect(JSON.stringify(await fake.editedReply(interaction))).toContain(
      'complaint acknowledgement was sent',
    );
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference } });
    expect(
      await app.database.db.outboundEmail.count({
        where: { ticketId: ticket.id, template: 'complaint_acknowledgement' },
      }),
    ).toBe(1);
    await app.tickets.announcementsIdle();
    const edited = JSON.stringify(message()?.body);
    expect(edited).not.toContain('rd:complaint_acknowledge');
    expect(edited).not.toContain('acknowledge the complaint');
  });

  it('records an acknowledgement by post from /rights, with no letter, and the message drops the line', async () => {
    expect(JSON.stringify(message(byPost)?.body)).toContain('acknowledge the complaint by 2026-07-30');
    const interaction = await fake.slashCommand(
      { userId: DISCORD_USERS.agent, roleIds: [] },
      `complaint ${byPost} acknowledge offline post`,
    );
    expect(await fake.callback(interaction)).toEqual({ type: 5, data: { flags: 64 } });
    expect(JSON.stringify(await fake.editedReply(interaction))).toContain(
      'acknowledged outside Rightsdesk (post)',
    );
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference: byPost } });
    expect(
      await app.database.db.outboundEmail.count({
        where: { ticketId: ticket.id, template: 'complaint_acknowledgement' },
      }),
    ).toBe(0);
    await app.tickets.announcementsIdle();
    const edited = JSON.stringify(message(byPost)?.body);
    expect(edited).not.toContain('rd:complaint_acknowledge');
    expect(edited).not.toContain('acknowledge the complaint');
  });
});
