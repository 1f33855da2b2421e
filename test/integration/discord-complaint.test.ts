// The Acknowledge complaint button (DPA 2018 s. 164A(3)) through the real discord.js client and the real
// desk on SQLite, with the fake gateway and REST API the suite uses: a UK complaint's channel message
// offers it, a click sends the letter, and the edited message drops the button and the line; `/rights
// complaint … acknowledge offline post` records an acknowledgement made outside Rightsdesk, with no letter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/composition-root.js';
import {
  DISCORD_IDS,
  DISCORD_USERS,
  discordTestEnv,
  type FakeDiscord,
  startFakeDiscord,
} from '../support/fake-discord.js';
import { complaintMail, complaintOrganisations } from '../support/complaint-desk.js';
import { ingestRaw } from '../support/smtp.js';
import { createTestApp } from '../support/test-app.js';

const complaint = (id: string) => complaintMail('ukorg', id, 'Information Commissioner');

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
      env: {
        ...discordTestEnv(fake),
        RIGHTSDESK_ORGANISATIONS_DIR: complaintOrganisations(null, [
          {
            id: 'ukorg',
            law: 'uk-gdpr',
            chat: `chat:\n  discord:\n    triageChannel: "${DISCORD_IDS.triage}"\n`,
          },
        ]),
      },
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
