// A name typed with mrkdwn markers reaches Slack inert: through the real Bolt receiver (signed requests)
// and the real desk, a ticket opened by the /rights new modal is shown with `show`, and what the local
// fake Slack receives holds every `*`, `_`, `~` of the name between word joiners, so nothing is bold,
// italic or struck, and the name still reads as typed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLACK_EVENTS_PATH } from '../../src/adapters/slack/slack-adapter.js';
import type { App } from '../../src/composition-root.js';
import {
  type FakeSlack,
  postSigned,
  SIGNING_SECRET,
  SLACK_USERS,
  slackTestEnv,
  slashCommandForm,
  startFakeSlack,
  newTicketModalValues,
  viewSubmissionForm,
} from '../support/fake-slack.js';
import { createTestApp } from '../support/test-app.js';

const NAME = '*urgent* _x_ ~y~ `z`';
const JOINED_MARKER = /\u2060[*_~`]\u2060/g;
let fake: FakeSlack;
let app: App;
let url: string;

beforeAll(async () => {
  fake = await startFakeSlack();
  app = await createTestApp({ env: slackTestEnv(fake) });
  const running = await app.slack!.start();
  url = `http://127.0.0.1:${running.port}${SLACK_EVENTS_PATH}`;
});

afterAll(async () => {
  await app?.slack?.stop();
  await app?.close();
  await fake?.close();
});

const slash = async (text: string) => {
  const responseUrl = fake.newResponseUrl();
  const form = slashCommandForm({ userId: SLACK_USERS.agent, text, responseUrl });
  expect((await postSigned(url, form, { secret: SIGNING_SECRET })).status).toBe(200);
  return responseUrl;
};

/** Opens a ticket for NAME through the /rights new modal; resolves with its reference. */
async function openTicketByModal(): Promise<string> {
  const opened = fake.callsTo('views.open').length;
  await slash('new');
  const view = (await fake.waitFor('views.open', opened + 1)).at(-1)!.params['view'] as {
    callback_id: string;
    private_metadata: string;
  };
  const values: Record<string, string> = {
    org: 'mediaconvert',
    types: 'access',
    channel: 'in_person',
    received: '2026-01-05',
    name: NAME,
    email: 'ana@example.org',
  };
  const answered = fake.callsTo('chat.postEphemeral').length;
  const submitted = await postSigned(
    url,
    viewSubmissionForm({
      userId: SLACK_USERS.agent,
      callbackId: view.callback_id,
      privateMetadata: view.private_metadata,
      values: newTicketModalValues(values),
    }),
    { secret: SIGNING_SECRET },
  );
  expect(submitted.body).toBe('');
  const answer = (await fake.waitFor('chat.postEphemeral', answered + 1)).at(-1)!;
  const reference = /RD-\d+/.exec(answer.text)?.[0];
  if (!reference) throw new Error(`no reference in ${answer.text}`);
  return reference;
}

/** Every mrkdwn text of the blocks posted, as Slack would parse it. */
const mrkdwnTexts = (blocks: unknown): string[] =>
  [...JSON.stringify(blocks).matchAll(/"type":"mrkdwn","text":"((?:[^"\\]|\\.)*)"/g)].map(
    (m) => JSON.parse(`"${m[1]!}"`) as string,
  );

describe('mrkdwn markers in a name typed into Slack', () => {
  it('show posts the name with every marker inert, and the name reads as typed', async () => {
    const reference = await openTicketByModal();
    const answer = await fake.answerAt(await slash(`show ${reference}`));
    const requester = mrkdwnTexts(answer.params['blocks'])
      .flatMap((text) => text.split('\n'))
      .find((line) => line.startsWith('*Requester* '));
    expect(requester).toBeDefined();
    const shown = requester!.slice('*Requester* '.length);
    expect(shown.replaceAll('\u2060', '')).toBe(`${NAME} · ana@example.org`);
    expect(shown.replace(JOINED_MARKER, '')).not.toMatch(/[*_~`]/);
  });
});
