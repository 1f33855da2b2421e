// A local stand-in for Discord on 127.0.0.1, for the real discord.js client: a REST API under /api/v10
// that records every call the bot makes (gateway lookup, command registration, interaction callbacks,
// edits of deferred replies, channel messages), and a WebSocket gateway that does what Discord's does
// for a JSON, uncompressed session: HELLO, IDENTIFY → READY and GUILD_CREATE, heartbeat acks, and then the
// INTERACTION_CREATE dispatches a test sends (slash command, autocomplete, button click, modal submission).
// After `deliverOverHttp`, the same interactions are instead POSTed to the bot's HTTP interactions
// endpoint, signed with Ed25519 as Discord signs them, and the HTTP answer is recorded as the callback.
import { once } from 'node:events';
import { type KeyObject, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import {
  BOT_TOKEN,
  BOT_USER,
  DISCORD_IDS,
  DISCORD_USERS,
  guildCreate,
  type InteractionUser,
  memberOf,
  messageJson,
} from './fake-discord-payloads.js';
import { createWatch } from './watch.js';
import { typedDeskCommands } from '../../src/app/desk/command-arguments.js';

export { BOT_TOKEN, DISCORD_IDS, DISCORD_USERS, type InteractionUser } from './fake-discord-payloads.js';

export interface RecordedRequest {
  readonly method: string;
  /** The path below /api/v10, e.g. `/channels/1100…/messages`. */
  readonly path: string;
  readonly query: string;
  readonly body: unknown;
  /** The Authorization header (`Bot …`), or null (interaction callbacks and webhooks carry none). */
  readonly authorization: string | null;
  /** The raw body (of a multipart request, its payload_json), for assertions that must see everything sent. */
  readonly text: string;
  /** The files of a multipart request. */
  readonly files: readonly UploadedFile[];
}

export interface UploadedFile {
  readonly name: string;
  readonly type: string;
  readonly bytes: Uint8Array;
}

export interface PostedMessage {
  readonly id: string;
  readonly channel: string;
  /** The body as last posted or edited. */
  body: Record<string, unknown>;
  edits: number;
}

interface RegisteredOption {
  readonly name: string;
  readonly type: number;
  readonly options?: RegisteredOption[];
}

export interface SentInteraction {
  readonly id: string;
  readonly token: string;
}

export interface FakeDiscord {
  /** For DISCORD_API_URL: the base that discord.js appends /v10 to. */
  readonly apiUrl: string;
  readonly requests: RecordedRequest[];
  /** Channel messages the bot posted, by id, as they stand now. */
  readonly messages: Map<string, PostedMessage>;
  /** Gateway IDENTIFY payloads received, and connections opened. */
  readonly identifies: Record<string, unknown>[];
  readonly connections: number;
  /**
   * `/rights <text>` as a person fills in the registered subcommand: the words of the desk grammar go
   * into its options in order (an optional choice that does not match is left empty; free text takes
   * the rest). Needs `/rights` to have been registered with the fake.
   */
  slashCommand(user: InteractionUser, text: string): Promise<SentInteraction>;
  /** A subcommand with the options given as they are (names and values). */
  subcommand(
    user: InteractionUser,
    name: string,
    options: readonly { name: string; type: number; value: string | number }[],
  ): Promise<SentInteraction>;
  /**
   * A member typing `typed` into the option `option` of a subcommand (autocomplete), with `filled`
   * options already given, which Discord sends along.
   */
  autocomplete(
    user: InteractionUser,
    name: string,
    option: string,
    typed: string,
    filled?: readonly { name: string; type: number; value: string | number }[],
  ): Promise<SentInteraction>;
  clickButton(user: InteractionUser, customId: string, messageId?: string): Promise<SentInteraction>;
  submitModal(user: InteractionUser, customId: string, components: unknown[]): Promise<SentInteraction>;
  /** Resolves with the recorded request that `found` picks, checking after every request. */
  waitForRequest(
    found: (r: RecordedRequest) => boolean,
    what: string,
    timeoutMs?: number,
  ): Promise<RecordedRequest>;
  /** The bot's edit of the deferred reply to an interaction (PATCH …/messages/@original). */
  editedReply(interaction: SentInteraction): Promise<Record<string, unknown>>;
  /** The bot's first answer to an interaction (POST /interactions/:id/:token/callback). */
  callback(interaction: SentInteraction): Promise<Record<string, unknown>>;
  /**
   * From now on, interactions are signed with `privateKey` and POSTed to `url` instead of the gateway,
   * with a timestamp `skewSeconds` away from now.
   */
  deliverOverHttp(url: string, privateKey: KeyObject, skewSeconds?: number): void;
  /** POSTs the last signed request again, byte for byte (a replay); resolves with the HTTP status. */
  resendLast(): Promise<number>;
  /** Discord's PING, as it sends one when the endpoint URL is saved. */
  ping(): Promise<SentInteraction>;
  /** The HTTP status of each interaction delivered over HTTP, by interaction id. */
  readonly httpStatus: Map<string, number>;
  /** Sends a gateway event as Discord would (e.g. MESSAGE_CREATE), on the latest connection. */
  dispatch(t: string, d: unknown): void;
  /** Files served at `cdnUrl(path)` as Discord's CDN serves attachments, by path. */
  readonly cdn: Map<string, Uint8Array>;
  cdnUrl(path: string): string;
  /** Resolves once the latest gateway connection is closed, with the close code the client sent. */
  closed(timeoutMs?: number): Promise<number>;
  close(): Promise<void>;
}

/** The Discord part of the environment, pointing discord.js's REST client at the fake. */
export function discordTestEnv(fake: FakeDiscord): Record<string, string> {
  return {
    DISCORD_BOT_TOKEN: BOT_TOKEN,
    DISCORD_APPLICATION_ID: DISCORD_IDS.application,
    DISCORD_GUILD_ID: DISCORD_IDS.guild,
    DISCORD_API_URL: fake.apiUrl,
    DISCORD_ROLE_ADMIN: DISCORD_USERS.admin,
    DISCORD_ROLE_APPROVER: DISCORD_USERS.approver,
    DISCORD_ROLE_AGENT: `${DISCORD_USERS.agent},${DISCORD_IDS.agentRole}`,
    DISCORD_ROLE_VIEWER: DISCORD_USERS.viewer,
  };
}

export async function startFakeDiscord(): Promise<FakeDiscord> {
  const requests: RecordedRequest[] = [];
  const messages = new Map<string, PostedMessage>();
  const identifies: Record<string, unknown>[] = [];
  const watch = createWatch();
  let ids = 0n;
  const snowflake = () => String(1_200_000_000_000_000_000n + ++ids);
  const wake = () => watch.changed();

  const route = (method: string, path: string, body: Record<string, unknown>): [number, unknown] => {
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/gateway/bot')
      return [
        200,
        {
          url: gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
        },
      ];
    if (method === 'GET' && path === '/users/@me') return [200, { ...BOT_USER, flags: 0 }];
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path))
      return [
        200,
        (body as unknown as Record<string, unknown>[]).map((c) => ({
          ...c,
          id: snowflake(),
          application_id: DISCORD_IDS.application,
          version: snowflake(),
        })),
      ];
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return [204, null];
    if (method === 'PATCH' && /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(path))
      return [200, messageJson(snowflake(), DISCORD_IDS.triage, { ...body, flags: 64 })];
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/.exec(path))) {
      const id = snowflake();
      messages.set(id, { id, channel: m[1]!, body, edits: 0 });
      return [200, messageJson(id, m[1]!, body)];
    }
    if ((m = /^\/channels\/(\d+)\/messages\/(\d+)$/.exec(path))) {
      const posted = messages.get(m[2]!);
      if (!posted || posted.channel !== m[1]) return [404, { message: 'Unknown Message', code: 10008 }];
      if (method === 'PATCH') {
        posted.body = body;
        posted.edits += 1;
        return [200, messageJson(posted.id, posted.channel, body)];
      }
      if (method === 'DELETE') {
        messages.delete(posted.id);
        return [204, null];
      }
    }
    return [404, { message: '404: Not Found', code: 0 }];
  };

  const cdn = new Map<string, Uint8Array>();
  const server: Server = createServer((req, res) => {
    const cdnPath = /^\/cdn\/(.+)$/.exec((req.url ?? '').split('?')[0] ?? '')?.[1];
    if (cdnPath !== undefined && req.method === 'GET') {
      const bytes = cdn.get(decodeURIComponent(cdnPath));
      if (bytes) res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from(bytes));
      else res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => void respond(Buffer.concat(chunks)));
    const respond = async (raw: Buffer) => {
      const text = raw.toString('utf8');
      const [fullPath = '', query = ''] = (req.url ?? '').split('?');
      const path = decodeURIComponent(fullPath).replace(/^\/api\/v10/, '');
      const method = req.method ?? 'GET';
      const contentType = req.headers['content-type'] ?? '';
      // A message with files comes as multipart: the JSON in payload_json, each file in its own part.
      const form = contentType.startsWith('multipart/form-data')
        ? await new Response(raw, { headers: { 'content-type': contentType } }).formData()
        : null;
      const files: UploadedFile[] = [];
      for (const value of form?.values() ?? [])
        if (typeof value !== 'string')
          files.push({
            name: value.name,
            type: value.type,
            bytes: new Uint8Array(await value.arrayBuffer()),
          });
      const json = form ? String(form.get('payload_json') ?? '') : text;
      const body = ((): unknown => {
        try {
          return json ? (JSON.parse(json) as unknown) : null;
        } catch {
          return json;
        }
      })();
      const authorization = req.headers.authorization ?? null;
      requests.push({ method, path, query, body, authorization, text: json, files });
      // Interaction callbacks and webhook edits are authorised by their token; everything else by the bot's.
      const open = path.startsWith('/interactions/') || path.startsWith('/webhooks/');
      const [status, answer] =
        open || authorization === `Bot ${BOT_TOKEN}`
          ? route(method, path, (body ?? {}) as Record<string, unknown>)
          : [401, { message: '401: Unauthorized', code: 0 }];
      wake();
      if (status === 204) {
        res.writeHead(204).end();
        return;
      }
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer));
    };
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const gateway = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(gateway, 'listening');
  const gatewayUrl = `ws://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
  let latest: { readonly socket: WebSocket; readonly closed: Promise<number>; seq: number } | null = null;
  let connections = 0;

  const dispatch = (t: string, d: unknown) => {
    const session = latest;
    if (!session || session.socket.readyState !== session.socket.OPEN)
      throw new Error('no open gateway connection');
    session.seq += 1;
    session.socket.send(JSON.stringify({ op: 0, t, s: session.seq, d }));
  };

  gateway.on('connection', (socket, request) => {
    connections += 1;
    const query = new URLSearchParams((request.url ?? '').split('?')[1] ?? '');
    // What this fake speaks: the client must ask for JSON and no transport compression.
    if (query.get('encoding') !== 'json' || query.has('compress')) {
      socket.close(4002, 'unsupported encoding or compression');
      return;
    }
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    const session = { socket, closed, seq: 0 };
    latest = session;
    socket.on('message', (data) => {
      const payload = JSON.parse(String(data)) as { op: number; d: unknown };
      if (payload.op === 1) socket.send(JSON.stringify({ op: 11, d: null }));
      if (payload.op === 2) {
        identifies.push(payload.d as Record<string, unknown>);
        dispatch('READY', {
          v: 10,
          user: { ...BOT_USER, flags: 0 },
          guilds: [{ id: DISCORD_IDS.guild, unavailable: true }],
          session_id: `session-${connections}`,
          resume_gateway_url: gatewayUrl,
          shard: [0, 1],
          application: { id: DISCORD_IDS.application, flags: 0 },
          user_settings: {},
          private_channels: [],
          presences: [],
          relationships: [],
          guild_join_requests: [],
          geo_ordered_rtc_regions: [],
        });
        dispatch('GUILD_CREATE', guildCreate());
      }
      wake();
    });
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
  });

  let http: { readonly url: string; readonly key: KeyObject; readonly skew: number } | null = null;
  const httpStatus = new Map<string, number>();
  let lastSigned: { readonly url: string; readonly init: RequestInit } | null = null;
  /** Over the gateway, or as Discord's signed POST with the answer recorded as the callback. */
  const deliver = async (payload: { id: string; token: string } & Record<string, unknown>) => {
    if (!http) {
      dispatch('INTERACTION_CREATE', payload);
      return;
    }
    const body = JSON.stringify(payload);
    const timestamp = String(Math.floor(Date.now() / 1000) + http.skew);
    const signature = sign(null, Buffer.from(timestamp + body), http.key).toString('hex');
    const init: RequestInit = {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'x-signature-ed25519': signature,
        'x-signature-timestamp': timestamp,
      },
    };
    lastSigned = { url: http.url, init };
    const response = await fetch(http.url, init);
    const text = await response.text();
    httpStatus.set(payload.id, response.status);
    if (response.ok)
      requests.push({
        method: 'POST',
        path: `/interactions/${payload.id}/${payload.token}/callback`,
        query: '',
        body: JSON.parse(text) as unknown,
        authorization: null,
        text,
        files: [],
      });
    wake();
  };

  const interact = async (type: number, user: InteractionUser, data: Record<string, unknown>, extra = {}) => {
    const interaction = { id: snowflake(), token: `token-${snowflake()}` };
    await deliver({
      ...interaction,
      application_id: DISCORD_IDS.application,
      type,
      data,
      guild_id: user.guildId ?? DISCORD_IDS.guild,
      channel_id: DISCORD_IDS.triage,
      member: memberOf(user),
      version: 1,
      locale: 'en-GB',
      guild_locale: 'en-US',
      app_permissions: '2248473465835073',
      entitlements: [],
      authorizing_integration_owners: { '0': DISCORD_IDS.guild },
      context: 0,
      attachment_size_limit: 8_388_608,
      ...extra,
    });
    return interaction;
  };

  /** `/rights` as last registered: its subcommands and subcommand groups. */
  const registeredRights = (): RegisteredOption[] => {
    const put = requests.findLast((r) => r.method === 'PUT' && r.path.endsWith('/commands'));
    const commands = (put?.body ?? []) as { name: string; options?: RegisteredOption[] }[];
    return commands.find((c) => c.name === 'rights')?.options ?? [];
  };
  /** Where a subcommand was registered: at the top level, or in a group (type 2); undefined when nowhere. */
  const placeOf = (subcommand: string): { group: string | null; sub: RegisteredOption } | undefined => {
    for (const option of registeredRights()) {
      if (option.type === 1 && option.name === subcommand) return { group: null, sub: option };
      const sub = option.type === 2 ? option.options?.find((o) => o.name === subcommand) : undefined;
      if (sub) return { group: option.name, sub };
    }
    return undefined;
  };
  /** The options of `/rights` as last registered, by subcommand: name → option type. */
  const registered = (subcommand: string): Map<string, number> => {
    const place = placeOf(subcommand);
    if (!place) throw new Error(`/rights ${subcommand} is not registered with the fake`);
    return new Map((place.sub.options ?? []).map((o) => [o.name, o.type]));
  };
  /** The interaction data as Discord sends it: the subcommand inside its group when it was registered in one. */
  const subcommandData = (name: string, options: readonly Record<string, unknown>[]) => {
    const group = placeOf(name)?.group ?? null;
    const chosen = { name, type: 1, options };
    return {
      id: '1100000000000000300',
      name: 'rights',
      type: 1,
      guild_id: DISCORD_IDS.guild,
      options: [group === null ? chosen : { name: group, type: 2, options: [chosen] }],
    };
  };
  /** The words of a desk-grammar line put into the subcommand's options, as a person would fill them in. */
  const optionsOf = (text: string) => {
    const [name = 'help', ...words] = text.trim().split(/\s+/).filter(Boolean);
    const types = registered(name);
    const grammar = typedDeskCommands().find((c) => c.name === name);
    const options: { name: string; type: number; value: string | number }[] = [];
    for (const argument of grammar?.arguments ?? []) {
      const word = words[0];
      if (word === undefined) break;
      const type = types.get(argument.name) ?? 3;
      if (argument.kind === 'text') {
        options.push({ name: argument.name, type, value: words.splice(0).join(' ') });
        break;
      }
      if (argument.kind === 'choice' && !argument.choices.some((c) => c.value === word)) {
        if (argument.required) throw new Error(`${word} is not a choice of ${argument.name}`);
        continue;
      }
      words.shift();
      const value =
        argument.kind === 'integer'
          ? Number(word)
          : argument.kind === 'user'
            ? word.replace(/[<@!>]/g, '')
            : word;
      options.push({ name: argument.name, type, value });
    }
    return { name, options };
  };

  const waitForRequest: FakeDiscord['waitForRequest'] = (found, what, timeoutMs = 5000) =>
    watch.until(
      () => requests.find(found),
      () => `${what}; saw ${requests.map((r) => `${r.method} ${r.path}`).join(', ')}`,
      timeoutMs,
    );

  return {
    apiUrl: `${base}/api`,
    dispatch,
    cdn,
    cdnUrl: (path) => `${base}/cdn/${path}`,
    requests,
    messages,
    identifies,
    get connections() {
      return connections;
    },
    slashCommand: (user, text) => {
      const { name, options } = optionsOf(text);
      return interact(2, user, subcommandData(name, options));
    },
    subcommand: (user, name, options) => interact(2, user, subcommandData(name, options)),
    autocomplete: (user, name, option, typed, filled = []) =>
      interact(
        4,
        user,
        subcommandData(name, [...filled, { name: option, type: 3, value: typed, focused: true }]),
      ),
    deliverOverHttp: (url, key, skew = 0) => {
      http = { url, key, skew };
    },
    resendLast: async () => {
      if (!lastSigned) throw new Error('nothing was sent over HTTP yet');
      const response = await fetch(lastSigned.url, lastSigned.init);
      await response.text();
      return response.status;
    },
    ping: () => interact(1, { userId: DISCORD_USERS.admin }, {}),
    httpStatus,
    clickButton: (user, customId, messageId) =>
      interact(
        3,
        user,
        { custom_id: customId, component_type: 2 },
        { message: messageJson(messageId ?? snowflake(), DISCORD_IDS.triage, {}) },
      ),
    submitModal: (user, customId, components) => interact(5, user, { custom_id: customId, components }),
    waitForRequest,
    editedReply: async ({ token }) =>
      (
        await waitForRequest(
          (r) => r.method === 'PATCH' && r.path.endsWith(`/${token}/messages/@original`),
          `the edit of the reply to ${token}`,
        )
      ).body as Record<string, unknown>,
    callback: async ({ id, token }) =>
      (
        await waitForRequest(
          (r) => r.method === 'POST' && r.path === `/interactions/${id}/${token}/callback`,
          `the callback of ${id}`,
        )
      ).body as Record<string, unknown>,
    closed: (timeoutMs = 5000) => {
      if (!latest) return Promise.reject(new Error('the client never connected'));
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timed out waiting for the gateway to close')), timeoutMs);
      });
      return Promise.race([latest.closed, timeout]).finally(() => clearTimeout(timer));
    },
    close: async () => {
      for (const client of gateway.clients) client.terminate();
      await new Promise<void>((resolve) => gateway.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
