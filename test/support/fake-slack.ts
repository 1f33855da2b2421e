// A local stand-in for Slack on 127.0.0.1: a Web API that records every call the bot makes (and the
// POSTs to response URLs), and helpers that send correctly signed slash commands and interactions to
// a real Bolt receiver, the way Slack does (v0 HMAC-SHA256 over `v0:timestamp:body`). Socket mode's
// WebSocket side is in fake-slack-socket.ts.
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWatch } from './watch.js';

export interface RecordedCall {
  /** Web API method (`chat.postMessage`), or `response_url` for a POST to a response URL. */
  readonly method: string;
  /** The URL the call was posted to, without the query. */
  readonly url: string;
  readonly params: Readonly<Record<string, unknown>>;
  /** The bearer token of the Authorization header (bot xoxb-, app-level xapp-), if any. */
  readonly token: string | null;
  /** The request body decoded (form values unescaped), for assertions that must see everything sent. */
  readonly text: string;
  /** What the fake answered. */
  readonly response: Readonly<Record<string, unknown>>;
}

export interface FakeSlack {
  /** Ends in /api/, as the Web API client's slackApiUrl must. */
  readonly apiUrl: string;
  /** A response URL of its own for one command or click, recording what is posted to it. */
  newResponseUrl(): string;
  readonly calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** Members the fake reports for `usergroups.users.list`. */
  readonly userGroups: Map<string, string[]>;
  /** Answers for Web API methods the fake does not know itself, by method name. */
  readonly methods: Map<
    string,
    (call: { params: Record<string, unknown>; token: string | null }) => Record<string, unknown>
  >;
  /** Files uploaded to the fake's upload URLs (files.uploadV2's second step), by file id. */
  readonly uploads: Map<string, Uint8Array>;
  /**
   * Files people shared, by file id: `files.info` describes them and their `url_private_download`
   * (on the fake) serves the bytes to a request with a bearer token, recorded as `file_download`.
   */
  readonly sharedFiles: Map<string, { name: string; mimetype: string; bytes: Uint8Array }>;
  /** Resolves when `count` calls of `method` have been recorded. */
  waitFor(method: string, count?: number, timeoutMs?: number): Promise<RecordedCall[]>;
  /** Resolves with the first answer posted to `responseUrl` (one from `newResponseUrl`). */
  answerAt(responseUrl: string, timeoutMs?: number): Promise<RecordedCall>;
  close(): Promise<void>;
}

function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes('application/json'))
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // The Web API client form-encodes objects (blocks, view) as JSON strings.
    try {
      params[key] = /^[[{]/.test(value) ? (JSON.parse(value) as unknown) : value;
    } catch {
      params[key] = value;
    }
  }
  return params;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const userGroups = new Map<string, string[]>();
  const methods: FakeSlack['methods'] = new Map();
  let seq = 0;
  let responseUrls = 0;
  const watch = createWatch();

  const answer = (
    method: string,
    params: Record<string, unknown>,
    token: string | null,
  ): Record<string, unknown> => {
    const extra = methods.get(method);
    if (extra) return extra({ params, token });
    const channel = typeof params['channel'] === 'string' ? params['channel'] : 'C0000000000';
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          user_id: 'UBOT',
          bot_id: 'BBOT',
          team_id: 'T0TEST',
          team: 'test',
          url: 'https://test.invalid/',
        };
      case 'chat.postMessage':
        return { ok: true, channel, ts: `1700000000.${String(++seq).padStart(6, '0')}` };
      case 'chat.update':
        return { ok: true, channel, ts: params['ts'] };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `1700000000.${String(++seq).padStart(6, '0')}` };
      case 'chat.delete':
        return { ok: true, channel, ts: params['ts'] };
      case 'views.open':
        return { ok: true, view: { id: `V${++seq}` } };
      case 'files.getUploadURLExternal': {
        const fileId = `F${++seq}`;
        return { ok: true, file_id: fileId, upload_url: `${base}/upload/${fileId}` };
      }
      case 'files.completeUploadExternal':
        return { ok: true, files: params['files'] };
      case 'files.info': {
        const id = String(params['file']);
        const shared = sharedFiles.get(id);
        if (!shared) return { ok: false, error: 'file_not_found' };
        return {
          ok: true,
          file: {
            id,
            name: shared.name,
            mimetype: shared.mimetype,
            size: shared.bytes.length,
            url_private_download: `${base}/files-pri/${id}/download/${encodeURIComponent(shared.name)}`,
          },
        };
      }
      case 'usergroups.users.list':
        return { ok: true, users: userGroups.get(String(params['usergroup'])) ?? [] };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  };

  const uploads = new Map<string, Uint8Array>();
  const sharedFiles: FakeSlack['sharedFiles'] = new Map();
  /** The file of an upload (a multipart form whose one field carries it), kept with its bytes. */
  const receiveUpload = async (path: string, body: Buffer, contentType: string, token: string | null) => {
    const form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
    const file = [...form.values()].find((v) => typeof v !== 'string');
    const fileId = path.slice('/upload/'.length);
    const bytes = file ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    if (file) uploads.set(fileId, bytes);
    const params = { file_id: fileId, size: bytes.length };
    calls.push({ method: 'upload', url: `${base}${path}`, params, token, text: '', response: { ok: true } });
    watch.changed();
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0] ?? '';
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? null;
      const download = /^\/files-pri\/([^/]+)\/download\//.exec(path);
      if (download) {
        const shared = sharedFiles.get(download[1]!);
        calls.push({
          method: 'file_download',
          url: `${base}${path}`,
          params: { file: download[1] },
          token,
          text: '',
          response: { ok: !!shared && token !== null },
        });
        watch.changed();
        if (!shared || token === null) res.writeHead(404).end();
        else res.writeHead(200, { 'content-type': shared.mimetype }).end(Buffer.from(shared.bytes));
        return;
      }
      if (path.startsWith('/upload/')) {
        void receiveUpload(path, Buffer.concat(chunks), req.headers['content-type'] ?? '', token).then(
          () => res.writeHead(200, { 'content-type': 'text/plain' }).end('OK'),
          () => res.writeHead(400).end(),
        );
        return;
      }
      const raw = Buffer.concat(chunks).toString('utf8');
      const params = parseBody(raw, req.headers['content-type'] ?? '');
      const method = path.startsWith('/api/') ? path.slice('/api/'.length) : 'response_url';
      const response = method === 'response_url' ? { ok: true } : answer(method, params, token);
      const text = (req.headers['content-type'] ?? '').includes('json')
        ? raw
        : [...new URLSearchParams(raw)].map(([k, v]) => `${k}=${v}`).join('\n');
      calls.push({ method, url: `${base}${path}`, params, token, text, response });
      watch.changed();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(response));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const callsTo = (method: string) => calls.filter((c) => c.method === method);
  /** Resolves with what `found` returns once it returns something, checking after every recorded call. */
  const waitUntil = <T>(found: () => T | undefined, what: string, timeoutMs: number) =>
    watch.until(found, () => `${what}; saw ${calls.map((c) => c.method).join(', ')}`, timeoutMs);

  return {
    apiUrl: `${base}/api/`,
    newResponseUrl: () => `${base}/response/${++responseUrls}`,
    calls,
    callsTo,
    userGroups,
    methods,
    uploads,
    sharedFiles,
    waitFor: (method, count = 1, timeoutMs = 5000) =>
      waitUntil(
        () => {
          const seen = callsTo(method);
          return seen.length >= count ? seen : undefined;
        },
        `${count} × ${method}`,
        timeoutMs,
      ),
    answerAt: (responseUrl, timeoutMs = 5000) =>
      waitUntil(() => calls.find((c) => c.url === responseUrl), `an answer at ${responseUrl}`, timeoutMs),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface SignedRequest {
  readonly secret: string;
  /** Unix seconds; now by default. */
  readonly timestamp?: number;
}

export interface SlackResponse {
  readonly status: number;
  readonly body: string;
  readonly json: unknown;
}

/** A form body and the headers that sign it the way Slack does. */
export function signedForm(
  form: Record<string, string>,
  signing: SignedRequest,
): { readonly body: string; readonly headers: Record<string, string> } {
  const body = new URLSearchParams(form).toString();
  const timestamp = signing.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', signing.secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return {
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
    },
  };
}

/** POSTs a form body to the receiver, signed the way Slack signs it. */
export async function postSigned(
  url: string,
  form: Record<string, string>,
  signing: SignedRequest,
): Promise<SlackResponse> {
  const response = await fetch(url, { method: 'POST', ...signedForm(form, signing) });
  const text = await response.text();
  const json = ((): unknown => {
    try {
      return text ? (JSON.parse(text) as unknown) : null;
    } catch {
      return null;
    }
  })();
  return { status: response.status, body: text, json };
}

export interface SlashCommandInput {
  readonly userId: string;
  readonly text: string;
  readonly channelId?: string;
  readonly responseUrl: string;
}

/** The form Slack sends for `/rights <text>`. */
export function slashCommandForm(input: SlashCommandInput): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: 'T0TEST',
    team_domain: 'test',
    channel_id: input.channelId ?? 'C0TRIAGE01',
    channel_name: 'privacy-triage',
    user_id: input.userId,
    user_name: 'someone',
    command: '/rights',
    text: input.text,
    api_app_id: 'A0TEST',
    response_url: input.responseUrl,
    trigger_id: '1234.5678.abcd',
  };
}

export interface ButtonClickInput {
  readonly userId: string;
  readonly actionId: string;
  readonly value: string;
  readonly channelId?: string;
  readonly responseUrl: string;
}

/** The form Slack sends for a click on a block button (`payload=<json>`). */
export function buttonClickForm(input: ButtonClickInput): Record<string, string> {
  const channel = input.channelId ?? 'C0TRIAGE01';
  const payload = {
    type: 'block_actions',
    team: { id: 'T0TEST', domain: 'test' },
    user: { id: input.userId, username: 'someone', team_id: 'T0TEST' },
    api_app_id: 'A0TEST',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: '1700000000.000001', channel_id: channel, is_ephemeral: false },
    trigger_id: '1234.5678.efgh',
    channel: { id: channel, name: 'privacy-triage' },
    message: { type: 'message', ts: '1700000000.000001', text: '' },
    response_url: input.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: input.actionId,
        block_id: 'rd_ticket',
        text: { type: 'plain_text', text: input.actionId },
        value: input.value,
        action_ts: '1700000001.000000',
      },
    ],
  };
  return { payload: JSON.stringify(payload) };
}

/**
 * The `/rights new` modal's fields as a view submission carries them: each block holds one input, `channel`
 * a select (its selected option), the others plain text.
 */
export function newTicketModalValues(
  fields: Record<string, string>,
): Record<string, Record<string, { value?: string; selected_option?: { value: string } }>> {
  return Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [
      k,
      { value: k === 'channel' ? { selected_option: { value: v } } : { value: v } },
    ]),
  );
}

/** The form Slack sends when a modal is submitted. */
export function viewSubmissionForm(input: {
  readonly userId: string;
  readonly callbackId: string;
  readonly privateMetadata: string;
  readonly values: Record<string, Record<string, { value?: string; selected_option?: { value: string } }>>;
}): Record<string, string> {
  const payload = {
    type: 'view_submission',
    team: { id: 'T0TEST', domain: 'test' },
    user: { id: input.userId, name: 'someone', team_id: 'T0TEST' },
    api_app_id: 'A0TEST',
    token: 'legacy-verification-token',
    trigger_id: '1234.5678.ijkl',
    view: {
      id: 'V1',
      type: 'modal',
      callback_id: input.callbackId,
      private_metadata: input.privateMetadata,
      team_id: 'T0TEST',
      app_id: 'A0TEST',
      bot_id: 'BBOT',
      title: { type: 'plain_text', text: 'x' },
      blocks: [],
      close: null,
      submit: null,
      hash: 'h',
      root_view_id: 'V1',
      previous_view_id: null,
      clear_on_close: false,
      notify_on_close: false,
      state: { values: input.values },
    },
  };
  return { payload: JSON.stringify(payload) };
}

/** Slack users of the tests, one per role, plus one with none; AGENTS_GROUP grants agent by membership. */
export const SLACK_USERS = {
  admin: 'UADMIN001',
  approver: 'UAPPROVER1',
  agent: 'UAGENT0001',
  viewer: 'UVIEWER001',
  groupAgent: 'UGROUPAGT1',
  stranger: 'USTRANGER1',
} as const;
export const AGENTS_GROUP = 'SAGENTS001';
export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';

/** The Slack part of the environment, pointing the Web API client at the fake. */
export function slackTestEnv(fake: FakeSlack): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_MODE: 'http',
    SLACK_HOST: '127.0.0.1',
    SLACK_PORT: '0',
    SLACK_API_URL: fake.apiUrl,
    SLACK_ROLE_ADMIN: SLACK_USERS.admin,
    SLACK_ROLE_APPROVER: SLACK_USERS.approver,
    SLACK_ROLE_AGENT: `${SLACK_USERS.agent},${AGENTS_GROUP}`,
    SLACK_ROLE_VIEWER: SLACK_USERS.viewer,
  };
}

/** A call whose content only one person sees: an ephemeral reply, or a modal opened for the clicker. */
export function isForOnePerson(call: RecordedCall): boolean {
  if (call.method === 'chat.postEphemeral' || call.method === 'views.open') return true;
  return call.method === 'response_url' && call.params['response_type'] === 'ephemeral';
}
