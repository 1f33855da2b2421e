// The Acknowledge complaint button (DPA 2018 s. 164A(3)) through the real Bolt receiver and the real desk
// on SQLite, with the fake Slack the suite uses: a UK complaint's channel post offers it, a click sends
// the letter and edits the post, which then shows neither the button nor the line; `/rights complaint …
// acknowledge offline phone` records an acknowledgement made outside Rightsdesk, with no letter, alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLACK_EVENTS_PATH } from '../../src/adapters/slack/slack-adapter.js';
import type { App } from '../../src/composition-root.js';
import {
  buttonClickForm,
  type FakeSlack,
  postSigned,
  SIGNING_SECRET,
  SLACK_USERS,
  slashCommandForm,
  slackTestEnv,
  startFakeSlack,
} from '../support/fake-slack.js';
import { complaintMail, complaintOrganisations } from '../support/complaint-desk.js';
import { ingestRaw } from '../support/smtp.js';
import { createTestApp } from '../support/test-app.js';

const TRIAGE = 'C0TRIAGE01';

const complaint = (id: string) => complaintMail('ukorg', id, 'Information Commissioner');

const ACTION = 'rd_complaint_acknowledge';
const actionsOf = (blocks: unknown) => JSON.stringify(blocks ?? []).match(/rd_[a-z_]+/g) ?? [];

describe('the Acknowledge complaint button in Slack', () => {
  let fake: FakeSlack;
  let app: App;
  let url: string;
  let reference: string;
  let byPhone: string;

  beforeAll(async () => {
    fake = await startFakeSlack();
    app = await createTestApp({
      deskNow: () => new Date('2026-07-03T12:00:00Z'),
      env: {
        ...slackTestEnv(fake),
        RIGHTSDESK_ORGANISATIONS_DIR: complaintOrganisations(null, [
          { id: 'ukorg', law: 'uk-gdpr', chat: 'chat:\n  slack:\n    triageChannel: ' + TRIAGE + '\n' },
        ]),
      },
    });
    const mailbox = { organisationId: 'ukorg', mailboxId: 'ukorg-inbox' };
    const outcome = await ingestRaw(app, complaint('slack-complaint'), mailbox);
    if (outcome.kind !== 'ticket') throw new Error(`expected a ticket, got ${outcome.kind}`);
    reference = outcome.ticketReference;
    const second = await ingestRaw(app, complaint('slack-complaint-by-phone'), mailbox);
    if (second.kind !== 'ticket') throw new Error(`expected a ticket, got ${second.kind}`);
    byPhone = second.ticketReference;
    await app.tickets.announcementsIdle();
    const running = await app.slack!.start();
    url = `http://127.0.0.1:${running.port}${SLACK_EVENTS_PATH}`;
  });
  afterAll(async () => {
    await app?.slack?.stop();
    await app?.close();
    await fake?.close();
  });

  it('is offered on the complaint’s channel post, beside its line', async () => {
    const [post] = await fake.waitFor('chat.postMessage', 2);
    expect(actionsOf(post?.params['blocks'])).toContain(ACTION);
    expect(post?.text).toContain('acknowledge the complaint by 2026-07-30');
  });

  it('sends the letter on a click, and the edited post drops the button and the line', async () => {
    const shown = await app.tickets.execute({ id: 'test:admin', role: 'admin' }, { name: 'show', reference });
    if (shown.kind !== 'ticket') throw new Error('no ticket');
    const responseUrl = fake.newResponseUrl();
    const form = buttonClickForm({
      userId: SLACK_USERS.agent,
      actionId: ACTION,
      value: JSON.stringify({ reference, version: shown.ticket.version }),
      channelId: TRIAGE,
      responseUrl,
    });
    const before = fake.callsTo('chat.update').length;
    expect((await postSigned(url, form, { secret: SIGNING_SECRET })).status).toBe(200);
    expect((await fake.answerAt(responseUrl)).text).toContain('complaint acknowledgement was sent');
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference } });
    const letters = await app.database.db.outboundEmail.findMany({
      where: { ticketId: ticket.id, template: 'complaint_acknowledgement' },
    });
    expect(letters).toHaveLength(1);
    const [edited] = (await fake.waitFor('chat.update', before + 1)).slice(-1);
    expect(actionsOf(edited?.params['blocks'])).not.toContain(ACTION);
    expect(edited?.text).not.toContain('acknowledge the complaint');
  });

  it('records an acknowledgement by phone from the slash command, with no letter, and edits the post', async () => {
    const responseUrl = fake.newResponseUrl();
    const before = fake.callsTo('chat.update').length;
    const form = slashCommandForm({
      userId: SLACK_USERS.agent,
      text: `complaint ${byPhone} acknowledge offline phone`,
      responseUrl,
    });
    expect((await postSigned(url, form, { secret: SIGNING_SECRET })).status).toBe(200);
    expect((await fake.answerAt(responseUrl)).text).toContain('acknowledged outside Rightsdesk (phone)');
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference: byPhone } });
    expect(
      await app.database.db.outboundEmail.count({
        where: { ticketId: ticket.id, template: 'complaint_acknowledgement' },
      }),
    ).toBe(0);
    const [event] = await app.database.db.auditEvent.findMany({
      where: { ticketReference: byPhone, type: 'ticket.complaint_acknowledged' },
    });
    expect(JSON.parse(event?.payload ?? '{}')).toMatchObject({ channel: 'offline', how: 'phone' });
    const [edited] = (await fake.waitFor('chat.update', before + 1)).slice(-1);
    expect(edited?.text).toContain(byPhone);
    expect(actionsOf(edited?.params['blocks'])).not.toContain(ACTION);
    expect(edited?.text).not.toContain('acknowledge the complaint');
  });
});
