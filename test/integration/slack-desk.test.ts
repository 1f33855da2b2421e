// Every /rights command, button and modal through the real Bolt receiver and the real desk on SQLite:
// the composition root builds the Slack adapter from the environment, the sample inbox makes the
// tickets, and a local fake Slack records every call, so what reached a channel can be checked.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import { SLACK_EVENTS_PATH } from '../../src/adapters/slack/slack-adapter.js';
import { jsonOf, TicketRefSchema } from '../../src/adapters/slack/slack-payloads.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { OPEN_STATUSES } from '../../src/domain/tickets/vocabulary.js';
import {
  buttonClickForm,
  type FakeSlack,
  isForOnePerson,
  postSigned,
  SIGNING_SECRET,
  SLACK_USERS,
  slackTestEnv,
  slashCommandForm,
  startFakeSlack,
  newTicketModalValues,
  viewSubmissionForm,
} from '../support/fake-slack.js';
import { createTestApp, repoRoot, sampleInbox } from '../support/test-app.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const TRIAGE = 'C0TRIAGE01';
const DIGEST = 'C0DIGEST01';
let fake: FakeSlack;
let app: App;
let url: string;
let refs: string[];

/** The seed organisations, each with a Slack triage channel. */
function organisationsWithSlack(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-slack-orgs-'));
  for (const file of readdirSync(join(repoRoot, 'organisations'))) {
    copyFileSync(join(repoRoot, 'organisations', file), join(dir, file));
    writeFileSync(
      join(dir, file),
      `${readFileSync(join(dir, file), 'utf8')}\nchat:\n  slack:\n    triageChannel: ${TRIAGE}\n    digestChannel: ${DIGEST}\n`,
    );
  }
  return dir;
}

beforeAll(async () => {
  fake = await startFakeSlack();
  app = await createTestApp({
    // The sample inbox's March requests, seen before their first month ends (an extension is still lawful).
    deskNow: () => new Date('2026-03-30T12:00:00Z'),
    env: { ...slackTestEnv(fake), RIGHTSDESK_ORGANISATIONS_DIR: organisationsWithSlack() },
  });
  await ingestFiles(
    { files: listEmlFiles([sampleInbox]), read: readEml, route: app.routeByRecipient, batchSize: 20 },
    app.intake,
  );
  await app.tickets.announcementsIdle(); // posted in the background
  const running = await app.slack!.start();
  url = `http://127.0.0.1:${running.port}${SLACK_EVENTS_PATH}`;
  refs = (await app.tickets.store.list({ statuses: OPEN_STATUSES, limit: 50 })).map((t) => t.reference);
});

afterAll(async () => {
  await app?.slack?.stop();
  await app?.close();
  await fake?.close();
});

/** A `/rights` command: acked with nothing, then answered, for the sender's eyes only, at its response URL. */
const command = async (userId: string, text: string) => {
  const responseUrl = fake.newResponseUrl();
  const ack = await postSigned(url, slashCommandForm({ userId, text, responseUrl }), {
    secret: SIGNING_SECRET,
  });
  expect([ack.status, ack.body]).toEqual([200, '']);
  const answer = await fake.answerAt(responseUrl);
  expect(answer.params['response_type']).toBe('ephemeral');
  return answer.text;
};

/** A button click; resolves with the modal opened (Reject…, Extend…, Reply…) or the answer at the response URL. */
const click = async (userId: string, actionId: string, reference: string, version: number) => {
  const responseUrl = fake.newResponseUrl();
  const form = buttonClickForm({
    userId,
    actionId,
    value: JSON.stringify({ reference, version }),
    channelId: TRIAGE,
    responseUrl,
  });
  const opensModal = /reject|extend|reply/.test(actionId);
  const before = fake.callsTo('views.open').length;
  expect((await postSigned(url, form, { secret: SIGNING_SECRET })).status).toBe(200);
  return opensModal ? (await fake.waitFor('views.open', before + 1)).at(-1)! : fake.answerAt(responseUrl);
};

const versionOf = async (reference: string) => {
  const reply = await app.tickets.execute({ id: 'test:admin', role: 'admin' }, { name: 'show', reference });
  if (reply.kind !== 'ticket') throw new Error(`no ticket ${reference}`);
  return { version: reply.ticket.version, status: reply.ticket.status };
};

/** The tickets, at their versions, that the buttons of a Slack message act on. */
const ActionsBlock = z.object({
  type: z.literal('actions'),
  elements: z.array(z.object({ value: jsonOf(TicketRefSchema) })),
});
const buttonTargets = (blocks: unknown) =>
  z
    .array(z.unknown())
    .parse(blocks)
    .flatMap((block) => ActionsBlock.safeParse(block).data?.elements.map((e) => e.value) ?? []);

const ref = (i: number) => {
  const r = refs[i];
  if (!r) throw new Error(`the sample inbox should open at least ${i + 1} tickets`);
  return r;
};

describe('/rights through Slack with the real desk', () => {
  it('each ticket intake opened was posted to the triage channel once, when it arrived', () => {
    const posts = fake.callsTo('chat.postMessage').filter((c) => c.params['channel'] === TRIAGE);
    expect(refs.length).toBeGreaterThanOrEqual(3);
    for (const r of refs) expect(posts.filter((c) => c.text.includes(r))).toHaveLength(1);
  });

  it('help lists the usage of every command', async () => {
    const reply = await command(SLACK_USERS.viewer, 'help');
    for (const word of [
      'list',
      'show',
      'assign',
      'classify',
      'verify',
      'approve',
      'reject',
      'extend',
      'jurisdiction',
      'withdraw',
      'fulfil',
      'note',
      'digest',
    ])
      expect(reply).toContain(`/rights ${word}`);
  });

  it('list shows the open tickets', async () => {
    const reply = await command(SLACK_USERS.viewer, 'list open');
    expect(refs.length).toBeGreaterThanOrEqual(3);
    for (const r of refs) expect(reply).toContain(r);
  });

  it('show gives an agent the requester in full, ephemerally, and a viewer only the masked address', async () => {
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference: ref(0) } });
    expect(await command(SLACK_USERS.agent, `show ${ref(0)}`)).toContain(ticket.requesterAddress);
    const masked = await command(SLACK_USERS.viewer, `show ${ref(0)}`);
    expect(masked).not.toContain(ticket.requesterAddress);
    expect(masked.replaceAll('\u2060', '')).toContain('***@'); // the mask's stars are inert (slack-text.ts)
  });

  it('a burst of concurrent commands is acked and each command answered at its own response URL', async () => {
    const asked = refs.flatMap((r) => [`show ${r}`, `show ${r}`, `show ${r}`]);
    const replies = await Promise.all(asked.map((text) => command(SLACK_USERS.agent, text)));
    expect(replies.length).toBeGreaterThanOrEqual(9);
    // The answer's plain text starts with the reference of the ticket it shows.
    const shown = replies.map((reply) => (JSON.parse(reply) as { text: string }).text.split(' ')[0]);
    expect(shown).toEqual(asked.map((text) => text.slice('show '.length)));
  });

  it('assign with a Slack mention assigns, and the ticket appears in the triage channel', async () => {
    const reply = await command(SLACK_USERS.agent, `assign ${ref(0)} <@${SLACK_USERS.agent}|agent>`);
    expect(reply).toContain(`${ref(0)} assigned`);
    const posted = await fake.waitFor('chat.postMessage');
    expect(posted.some((c) => c.params['channel'] === TRIAGE && c.text.includes(ref(0)))).toBe(true);
  });

  it('classify, note and a manual verify change the ticket, and its channel message is edited in place', async () => {
    expect(await command(SLACK_USERS.agent, `classify ${ref(0)} erasure,access`)).toContain('reclassified');
    expect(await command(SLACK_USERS.agent, `note ${ref(0)} called back, all fine`)).toContain('Note added');
    expect(
      await command(SLACK_USERS.agent, `verify ${ref(0)} confirm account_email_match matched the account`),
    ).toContain('verified');
    await app.tickets.announcementsIdle(); // channel edits leave in the background
    const posts = fake.callsTo('chat.postMessage').filter((c) => c.text.includes(ref(0)));
    expect(posts).toHaveLength(1);
    const updates = fake.callsTo('chat.update').filter((c) => c.params['ts'] === posts[0]?.response['ts']);
    expect(updates.length).toBeGreaterThanOrEqual(3);
    expect(updates.at(-1)?.text).toContain('Verified');
  });

  it('an agent may not approve: the core refuses and names the role needed', async () => {
    const reply = await command(SLACK_USERS.agent, `approve ${ref(0)}`);
    expect(reply).toMatch(/approver/);
    expect((await versionOf(ref(0))).status).toBe('verified');
  });

  it('the Approve button of an approver approves the version it showed', async () => {
    const { version } = await versionOf(ref(0));
    const answer = await click(SLACK_USERS.approver, 'rd_approve', ref(0), version);
    expect(answer.params['response_type']).toBe('ephemeral');
    expect(answer.text).toContain(`${ref(0)} approved`);
    expect((await versionOf(ref(0))).status).toBe('approved');
  });

  it('a click on a ticket that changed meanwhile is answered with the ticket as it is, and not applied', async () => {
    const { version } = await versionOf(ref(1));
    await command(SLACK_USERS.agent, `note ${ref(1)} someone else got here first`);
    const answer = await click(SLACK_USERS.approver, 'rd_assign_me', ref(1), version);
    expect(answer.text).toContain('changed since');
    // Nothing but the note moved the ticket, and the answer's buttons act on the version it is at now.
    const now = await versionOf(ref(1));
    expect(now.version).toBe(version + 1);
    expect(buttonTargets(answer.params['blocks'])).toContainEqual(
      expect.objectContaining({ reference: ref(1), version: now.version }),
    );
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference: ref(1) } });
    expect(JSON.stringify(ticket)).not.toContain(SLACK_USERS.approver);
  });

  it('fulfil answers the agent for an approved ticket', async () => {
    const reply = await command(SLACK_USERS.agent, `fulfil ${ref(0)} export sent`);
    expect(reply).toContain(ref(0));
    expect(reply).not.toMatch(/went wrong/);
  });

  it('Reject… opens a modal for the lawful ground, and its submission rejects the ticket', async () => {
    const { version } = await versionOf(ref(1));
    const opened = await click(SLACK_USERS.approver, 'rd_reject', ref(1), version);
    const view = opened.params['view'] as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe('rd_reject_modal');
    const before = fake.callsTo('chat.postEphemeral').length;
    const form = viewSubmissionForm({
      userId: SLACK_USERS.approver,
      callbackId: view.callback_id,
      privateMetadata: view.private_metadata,
      values: {
        reason: { value: { selected_option: { value: 'duplicate' } } },
        note: { value: { value: 'same as before' } },
      },
    });
    expect((await postSigned(url, form, { secret: SIGNING_SECRET })).status).toBe(200);
    const [answer] = (await fake.waitFor('chat.postEphemeral', before + 1)).slice(-1);
    expect(answer?.params['user']).toBe(SLACK_USERS.approver);
    expect(answer?.text).toContain('rejected');
    expect((await versionOf(ref(1))).status).toBe('rejected');
  });

  it('Extend… opens a modal for the reason, and its submission extends the deadline', async () => {
    const { version } = await versionOf(ref(2));
    const opened = await click(SLACK_USERS.admin, 'rd_extend', ref(2), version);
    const view = opened.params['view'] as { callback_id: string; private_metadata: string };
    const before = fake.callsTo('chat.postEphemeral').length;
    const form = viewSubmissionForm({
      userId: SLACK_USERS.admin,
      callbackId: view.callback_id,
      privateMetadata: view.private_metadata,
      values: { reason: { value: { value: 'the request covers twelve years of records' } } },
    });
    await postSigned(url, form, { secret: SIGNING_SECRET });
    const [answer] = (await fake.waitFor('chat.postEphemeral', before + 1)).slice(-1);
    expect(answer?.text).toContain('extended');
  });

  it('Reply… opens a modal for a message to the requester, and its submission runs the reply command', async () => {
    const reference = ref(2);
    const { version } = await versionOf(reference);
    const opened = await click(SLACK_USERS.agent, 'rd_reply', reference, version);
    const view = opened.params['view'] as {
      callback_id: string;
      private_metadata: string;
      title: { text: string };
    };
    expect(view.callback_id).toBe('rd_reply_modal');
    expect(view.title.text).toBe(`Reply on ${reference}`);
    const before = fake.callsTo('chat.postEphemeral').length;
    const text = 'Could you tell us which of your two accounts you mean?';
    const form = viewSubmissionForm({
      userId: SLACK_USERS.agent,
      callbackId: view.callback_id,
      privateMetadata: view.private_metadata,
      values: { reason: { value: { value: text } } },
    });
    expect((await postSigned(url, form, { secret: SIGNING_SECRET })).status).toBe(200);
    const [answer] = (await fake.waitFor('chat.postEphemeral', before + 1)).slice(-1);
    expect(answer?.params['user']).toBe(SLACK_USERS.agent);
    expect(answer?.text).toContain(`${reference}: your message was sent to the requester`);
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference } });
    const sent = await app.database.db.outboundEmail.findMany({
      where: { ticketId: ticket.id, template: 'staff_message' },
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.bodyText).toContain(text);
  });

  it('/rights new opens a modal; a bad field is shown beside it, and a good request opens a ticket answered to the agent alone', async () => {
    const before = fake.callsTo('views.open').length;
    const form = slashCommandForm({
      userId: SLACK_USERS.agent,
      text: 'new',
      responseUrl: fake.newResponseUrl(),
    });
    expect((await postSigned(url, form, { secret: SIGNING_SECRET })).status).toBe(200);
    const opened = (await fake.waitFor('views.open', before + 1)).at(-1)!;
    const view = opened.params['view'] as {
      callback_id: string;
      private_metadata: string;
      blocks: { block_id: string }[];
    };
    expect(view.callback_id).toBe('rd_new_ticket_modal');
    expect(view.blocks.map((b) => b.block_id)).toEqual(
      expect.arrayContaining(['org', 'types', 'channel', 'received', 'name', 'email', 'postal']),
    );
    const submit = (values: Record<string, string>) =>
      postSigned(
        url,
        viewSubmissionForm({
          userId: SLACK_USERS.agent,
          callbackId: view.callback_id,
          privateMetadata: view.private_metadata,
          values: newTicketModalValues(values),
        }),
        { secret: SIGNING_SECRET },
      );
    const fields = {
      org: 'mediaconvert',
      types: 'access',
      channel: 'in_person',
      received: '2026-01-05',
      name: 'Ana Lima',
    };
    const refused = await submit({ ...fields, email: 'not an address' });
    expect(refused.status).toBe(200);
    expect(JSON.parse(refused.body)).toEqual({
      response_action: 'errors',
      errors: { email: 'that email address is not valid' },
    });
    const tickets = await app.database.db.ticket.count();
    const answered = fake.callsTo('chat.postEphemeral').length;
    expect((await submit({ ...fields, email: 'ana@example.org' })).body).toBe('');
    const [answer] = (await fake.waitFor('chat.postEphemeral', answered + 1)).slice(-1);
    expect(answer?.params['user']).toBe(SLACK_USERS.agent);
    expect(answer?.text).toMatch(/RD-\d+ opened for mediaconvert \(received by in person on 2026-01-05\)/);
    expect(await app.database.db.ticket.count()).toBe(tickets + 1);
  });

  it("answers a reason modal at the click's response URL when the channel refuses the bot (not in it)", async () => {
    const reference = ref(3);
    const { version } = await versionOf(reference);
    const opened = await click(SLACK_USERS.admin, 'rd_extend', reference, version);
    const view = opened.params['view'] as { callback_id: string; private_metadata: string };
    const { responseUrl } = z.object({ responseUrl: z.string() }).parse(JSON.parse(view.private_metadata));
    fake.methods.set('chat.postEphemeral', () => ({ ok: false, error: 'channel_not_found' }));
    try {
      const form = viewSubmissionForm({
        userId: SLACK_USERS.admin,
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        values: { reason: { value: { value: 'the archive must be restored first' } } },
      });
      expect((await postSigned(url, form, { secret: SIGNING_SECRET })).status).toBe(200);
      const answer = await fake.answerAt(responseUrl);
      expect(answer.params['response_type']).toBe('ephemeral');
      expect(answer.text).toContain(`${reference} extended`);
    } finally {
      fake.methods.delete('chat.postEphemeral');
    }
    expect((await versionOf(reference)).version).toBe(version + 1);
  });

  it("posts the weekly digest to the digest channel, and schedules it for Monday 08:00 in each organisation's zone", async () => {
    const before = fake.callsTo('chat.postMessage').length;
    expect(await app.digests.publishNow('importly')).toBe(true);
    const [post] = fake.callsTo('chat.postMessage').slice(before);
    expect(post?.params['channel']).toBe(DIGEST);
    expect(post?.params['text']).toMatch(/^Privacy requests for importly from \d{4}-\d{2}-\d{2}/);
    // The chart follows as an image uploaded to the same channel, described for screen readers.
    const [asked] = fake.callsTo('files.getUploadURLExternal').slice(-1);
    expect(asked?.params['filename']).toBe('digest.png');
    expect(asked?.params['alt_text']).toMatch(
      /^Privacy requests per week, importly\. .*received, \d+ closed\.$/,
    );
    const fileId = String(asked?.response['file_id']);
    expect(Buffer.from(fake.uploads.get(fileId)!).subarray(0, 8)).toEqual(PNG_SIGNATURE);
    const [completed] = fake.callsTo('files.completeUploadExternal').slice(-1);
    expect(completed?.params['channel_id']).toBe(DIGEST);
    expect(JSON.stringify(completed?.params['files'])).toContain(fileId);
    const schedule = app.digests.start();
    try {
      const organisations = await app.database.db.organisation.findMany({ select: { id: true } });
      const next = schedule!.nextRuns();
      expect([...next.keys()].sort()).toEqual(organisations.map((o) => o.id).sort());
      for (const { organisation } of app.organisations) {
        const at = next.get(organisation.id)!;
        const local = new Intl.DateTimeFormat('en-GB', {
          timeZone: organisation.timezone,
          weekday: 'long',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        }).format(at);
        expect(local, organisation.id).toBe('Monday 08:00');
        expect(at.getTime()).toBeGreaterThan(Date.now());
      }
    } finally {
      schedule?.stop();
    }
  });

  it('posts a ticket whose announcement was lost, and edits a message left behind by a failed edit, once', async () => {
    const lost = ref(3);
    const behind = ref(0);
    await app.database.db.chatTicketMessage.deleteMany({ where: { reference: lost } });
    await app.database.db.chatTicketMessage.updateMany({
      where: { reference: behind },
      data: { version: 0 },
    });
    const shown = await app.database.db.chatTicketMessage.findFirstOrThrow({ where: { reference: behind } });
    const [posts, updates] = [fake.callsTo('chat.postMessage').length, fake.callsTo('chat.update').length];
    expect(await app.tickets.resyncChats(new Date(0))).toBe(2);
    await app.tickets.announcementsIdle();
    // Thread replies aside: a message put back to version 0 shows no task yet, so the approval's owners are
    // mentioned again under it (what a lost edit would also have lost).
    const posted = fake
      .callsTo('chat.postMessage')
      .slice(posts)
      .filter((p) => p.params['thread_ts'] === undefined);
    expect(posted.map((p) => [p.params['channel'], String(p.params['text']).includes(lost)])).toEqual([
      [TRIAGE, true],
    ]);
    const edited = fake.callsTo('chat.update').slice(updates);
    expect(edited.map((u) => u.params['ts'])).toEqual([shown.messageId]);
    expect(String(edited[0]?.params['text'])).toContain(behind);
    const { version } = await versionOf(behind);
    expect(
      (await app.database.db.chatTicketMessage.findFirstOrThrow({ where: { reference: behind } })).version,
    ).toBe(version);
    expect(await app.tickets.resyncChats(new Date(0))).toBe(0);
  });

  it('verify send moves the ticket and sends a code; digest sums up the week; never a stack trace', async () => {
    const sent = await command(SLACK_USERS.agent, `verify ${ref(2)} send`);
    expect(sent).toContain('awaiting verification');
    expect((await versionOf(ref(2))).status).toBe('awaiting_verification');
    const digest = await command(SLACK_USERS.viewer, 'digest');
    expect(digest).toMatch(/Privacy requests from \d{4}-\d{2}-\d{2}/);
    expect(digest).toMatch(
      /Open: \d+ \(\d+ need triage(, the oldest waiting \d+ days?)?, 1 awaiting verification\)/,
    );
    for (const reply of [sent, digest]) expect(reply).not.toMatch(/went wrong|\.ts:\d+/);
  });

  it('a ticket awaiting verification offers Resend code in its channel message, and the click sends a new code', async () => {
    const { version, status } = await versionOf(ref(2));
    expect(status).toBe('awaiting_verification');
    const [post] = fake.callsTo('chat.postMessage').filter((c) => c.text.includes(ref(2)));
    const shown = fake
      .callsTo('chat.update')
      .filter((c) => c.params['ts'] === post?.response['ts'])
      .at(-1);
    expect(shown?.text).toContain('rd_verify_resend');
    expect(shown?.text).not.toContain('rd_verify_send');
    const answer = await click(SLACK_USERS.agent, 'rd_verify_resend', ref(2), version);
    expect(answer.text).toContain('new one-time code');
    expect((await versionOf(ref(2))).version).toBe(version + 1);
  });

  it('no channel message carries a requester address, name or any text of their emails', async () => {
    const tickets = await app.database.db.ticket.findMany({ include: { messages: true } });
    const secrets = tickets.flatMap((t) => [
      t.requesterAddress,
      ...(t.requesterName.length > 3 ? [t.requesterName] : []),
      ...t.messages.flatMap((m) =>
        (m.bodyText ?? '')
          .split(/\n+/)
          .map((l) => l.trim())
          .filter((l) => l.length > 25),
      ),
    ]);
    expect(secrets.length).toBeGreaterThan(5);
    // Every recorded call that is not for one person's eyes (channel posts, edits, anything else) is checked.
    const visible = fake.calls.filter((call) => !isForOnePerson(call));
    expect(visible.filter((c) => c.method === 'chat.update').length).toBeGreaterThan(3);
    // The check can see an address: ephemeral answers to agents did carry one.
    expect(fake.calls.some((c) => isForOnePerson(c) && /[\w.+-]+@[\w-]+\.[\w.-]+/.test(c.text))).toBe(true);
    for (const call of visible) {
      expect(call.text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]+/);
      for (const secret of secrets) expect(call.text).not.toContain(secret);
    }
  });
});
