// The reject forms offer only the grounds the ticket's law provides for its request, on SQLite and
// PostgreSQL: Slack's Reject… modal through the real Bolt receiver (signed requests, a fake Slack API),
// Discord's Reject… modal and the completion of `/rights decide reject … reason:` through the real
// discord.js client against the local fake Discord. A Québec ticket has no refusal as excessive (CQLR
// c. P-39.1 s. 46) and a CCPA opt-out no identity ground (11 CCR §7026(d)).
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import { SLACK_EVENTS_PATH } from '../../src/adapters/slack/slack-adapter.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import type { App } from '../../src/composition-root.js';
import { engines } from '../support/engines.js';
import {
  DISCORD_IDS,
  DISCORD_USERS,
  discordTestEnv,
  type FakeDiscord,
  startFakeDiscord,
} from '../support/fake-discord.js';
import {
  buttonClickForm,
  type FakeSlack,
  postSigned,
  SIGNING_SECRET,
  SLACK_USERS,
  slackTestEnv,
  startFakeSlack,
  viewSubmissionForm,
} from '../support/fake-slack.js';
import { createTestApp, repoRoot, sampleInbox } from '../support/test-app.js';

const TRIAGE = 'C0TRIAGE01';
const QUEBEC_GROUNDS = [
  'identity_not_verified',
  'legal_exemption',
  'duplicate',
  'not_a_request',
  'outside_jurisdiction',
];
const OPT_OUT_GROUNDS = [
  'manifestly_unfounded',
  'excessive',
  'legal_exemption',
  'duplicate',
  'not_a_request',
  'outside_jurisdiction',
];

/** The seed organisations, each with a Slack and a Discord triage channel. */
function organisationsWithChats(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-reject-forms-'));
  for (const file of readdirSync(join(repoRoot, 'organisations'))) {
    copyFileSync(join(repoRoot, 'organisations', file), join(dir, file));
    writeFileSync(
      join(dir, file),
      `${readFileSync(join(dir, file), 'utf8')}\nchat:\n  slack:\n    triageChannel: ${TRIAGE}\n  discord:\n    triageChannel: "${DISCORD_IDS.triage}"\n`,
    );
  }
  return dir;
}

const SlackOption = z.object({
  value: z.string(),
  text: z.object({ text: z.string() }),
  description: z.object({ text: z.string() }).optional(),
});
const SlackModal = z.object({
  callback_id: z.string(),
  private_metadata: z.string(),
  blocks: z.array(
    z.object({ block_id: z.string(), element: z.object({ options: z.array(SlackOption) }).partial() }),
  ),
});
const DiscordModal = z.object({
  type: z.literal(9),
  data: z.object({
    custom_id: z.string(),
    components: z.array(
      z.object({
        component: z.object({
          options: z.array(z.object({ value: z.string(), description: z.string().optional() })).optional(),
        }),
      }),
    ),
  }),
});
const Choices = z.object({
  type: z.literal(8),
  data: z.object({ choices: z.array(z.object({ name: z.string(), value: z.string() })) }),
});

describe.each(engines('reject_forms'))('reject forms per law (%s)', (_engine, databaseUrl) => {
  let slack: FakeSlack;
  let discord: FakeDiscord;
  let app: App;
  let url: string;
  let quebec = '';
  let optOut = '';

  beforeAll(async () => {
    [slack, discord] = await Promise.all([startFakeSlack(), startFakeDiscord()]);
    const database = await databaseUrl();
    app = await createTestApp({
      ...(database ? { databaseUrl: database } : {}),
      env: {
        ...slackTestEnv(slack),
        ...discordTestEnv(discord),
        RIGHTSDESK_ORGANISATIONS_DIR: organisationsWithChats(),
      },
    });
    await ingestFiles(
      { files: listEmlFiles([sampleInbox]), read: readEml, route: app.routeByRecipient, batchSize: 40 },
      app.intake,
    );
    const tickets = await app.database.db.ticket.findMany({ orderBy: { reference: 'asc' } });
    optOut = tickets.find((t) => t.jurisdiction === 'us-ca-optout')?.reference ?? '';
    quebec = tickets.find((t) => JSON.stringify(t.types) === '["access"]')?.reference ?? '';
    expect([optOut, quebec]).not.toContain('');
    const moved = await app.tickets.execute(
      { id: 'test:admin', role: 'admin' },
      {
        name: 'jurisdiction',
        reference: quebec,
        jurisdiction: 'ca-qc',
        reason: 'the requester lives in Montréal',
      },
    );
    expect(moved.kind).toBe('changed');
    await app.tickets.announcementsIdle();
    url = `http://127.0.0.1:${(await app.slack!.start()).port}${SLACK_EVENTS_PATH}`;
    await app.discord!.start();
  });

  afterAll(async () => {
    await app?.slack?.stop();
    await app?.discord?.stop();
    await app?.close();
    await Promise.all([slack?.close(), discord?.close()]);
  });

  /** The value of the Reject… button on the ticket's Slack channel message, as last posted or edited. */
  const slackRejectValue = (reference: string): string => {
    const last = [...slack.callsTo('chat.postMessage'), ...slack.callsTo('chat.update')]
      .filter((c) => c.params['channel'] === TRIAGE && c.text.includes(reference))
      .at(-1);
    const blocks = z
      .array(
        z
          .object({ elements: z.array(z.object({ action_id: z.string(), value: z.string() }).partial()) })
          .partial(),
      )
      .parse(last?.params['blocks'] ?? []);
    const button = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'rd_reject');
    if (!button) throw new Error(`no Reject… button on the message of ${reference}`);
    return button.value ?? '';
  };

  const openSlackModal = async (reference: string) => {
    const before = slack.callsTo('views.open').length;
    const form = buttonClickForm({
      userId: SLACK_USERS.approver,
      actionId: 'rd_reject',
      value: slackRejectValue(reference),
      channelId: TRIAGE,
      responseUrl: slack.newResponseUrl(),
    });
    expect((await postSigned(url, form, { secret: SIGNING_SECRET })).status).toBe(200);
    const opened = (await slack.waitFor('views.open', before + 1)).at(-1)!;
    const view = SlackModal.parse(opened.params['view']);
    const options = view.blocks.find((b) => b.block_id === 'reason')?.element.options ?? [];
    return { view, options };
  };

  /** The Reject… button's custom id on the ticket's Discord channel message, as it stands. */
  const discordRejectId = (reference: string): string => {
    const message = [...discord.messages.values()].find(
      (m) => m.channel === DISCORD_IDS.triage && JSON.stringify(m.body).includes(`${reference} ·`),
    );
    const id = JSON.stringify(message?.body ?? {}).match(/"custom_id":"(rd:reject:[^"]+)"/)?.[1];
    if (!id) throw new Error(`no Reject… button on the Discord message of ${reference}`);
    return id;
  };

  const completeReason = async (userId: string, reference: string, typed: string) =>
    Choices.parse(
      await discord.callback(
        await discord.autocomplete({ userId }, 'reject', 'reason', typed, [
          { name: 'ticket', type: 3, value: reference },
        ]),
      ),
    ).data.choices;

  it("Slack's Reject… modal for a Québec ticket offers no refusal as excessive, and words the exemption as the Act does", async () => {
    const { options } = await openSlackModal(quebec);
    expect(options.map((o) => o.value)).toEqual(QUEBEC_GROUNDS);
    expect(options.find((o) => o.value === 'legal_exemption')?.description?.text).toBe(
      'CQLR c. P-39.1 ss. 37-41: a refusal the Act provides',
    );
    // The administrative grounds are no statutory refusal: no law's words under them.
    expect(options.find((o) => o.value === 'duplicate')?.description).toBeUndefined();
  });

  it("Slack's Reject… modal for a CCPA opt-out offers no identity ground, citing the Civil Code for the others", async () => {
    const { view, options } = await openSlackModal(optOut);
    expect(options.map((o) => o.value)).toEqual(OPT_OUT_GROUNDS);
    expect(options.find((o) => o.value === 'excessive')?.description?.text).toContain(
      'Civ. Code §1798.145(h)(3)',
    );
    // A ground the modal offers is one the desk takes.
    const before = slack.callsTo('chat.postEphemeral').length;
    const form = viewSubmissionForm({
      userId: SLACK_USERS.approver,
      callbackId: view.callback_id,
      privateMetadata: view.private_metadata,
      values: {
        reason: { value: { selected_option: { value: 'duplicate' } } },
        note: { value: { value: '' } },
      },
    });
    expect((await postSigned(url, form, { secret: SIGNING_SECRET })).status).toBe(200);
    const [answer] = (await slack.waitFor('chat.postEphemeral', before + 1)).slice(-1);
    expect(answer?.text).toContain(`${optOut} rejected`);
    const ticket = await app.database.db.ticket.findUniqueOrThrow({ where: { reference: optOut } });
    expect(ticket.rejectionReason).toBe('duplicate');
  });

  it("Discord's Reject… button carries the ticket's law, and its modal offers only that law's grounds", async () => {
    await app.tickets.announcementsIdle();
    const customId = discordRejectId(quebec);
    expect(customId).toMatch(new RegExp(`^rd:reject:${quebec}:\\d+:ca-qc:request$`));
    const opened = await discord.clickButton({ userId: DISCORD_USERS.approver }, customId);
    const modal = DiscordModal.parse(await discord.callback(opened));
    const options = modal.data.components[0]?.component.options ?? [];
    expect(options.map((o) => o.value)).toEqual(QUEBEC_GROUNDS);
    expect(options.find((o) => o.value === 'legal_exemption')?.description).toContain('CQLR c. P-39.1');
  });

  it("completes a reject's reason in Discord from the grounds of the ticket given in the command", async () => {
    const offered = await completeReason(DISCORD_USERS.approver, quebec, '');
    expect(offered.map((c) => c.value)).toEqual(QUEBEC_GROUNDS);
    expect(offered.find((c) => c.value === 'legal_exemption')?.name).toBe(
      'Legal exemption — CQLR c. P-39.1 ss. 37-41: a refusal the Act provides',
    );
    // What was typed narrows the grounds; Québec's Act has no "excessive" to offer.
    expect((await completeReason(DISCORD_USERS.approver, quebec, 'exc')).map((c) => c.value)).toEqual([]);
    expect((await completeReason(DISCORD_USERS.approver, quebec, 'dup')).map((c) => c.value)).toEqual([
      'duplicate',
    ]);
    // Without a ticket yet, every ground; to a member without a role, none.
    expect(await completeReason(DISCORD_USERS.approver, '', '')).toHaveLength(7);
    expect(await completeReason(DISCORD_USERS.stranger, quebec, '')).toEqual([]);
  });
});
