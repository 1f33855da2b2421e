// Slack's Socket Mode faked on 127.0.0.1, beside the fake Web API: `apps.connections.open` (app-level
// token only, as Slack insists) hands out the ws:// URL of a local WebSocket server, which greets each
// connection with `hello` and then sends the envelopes a test gives it, recording what the app sends
// back. An envelope counts as acked when a message carrying its envelope_id comes back, as Slack counts it.
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { type FakeSlack, slackTestEnv } from './fake-slack.js';

export const APP_TOKEN = 'xapp-1-A0TEST-1-0123456789abcdef';

/** Envelope types Slack sends over the socket. */
export type EnvelopeType = 'slash_commands' | 'interactive' | 'events_api';

/** What the app sent back for one envelope: its id, and the response payload (empty for a bare ack). */
export interface SocketAck {
  readonly envelope_id: string;
  readonly payload?: Readonly<Record<string, unknown>>;
}

export interface FakeSocketMode {
  /** WebSocket connections the app has opened so far. */
  readonly connections: number;
  /** Sends an envelope on the open connection; resolves with the app's ack of it. */
  deliver(
    type: EnvelopeType,
    payload: Readonly<Record<string, unknown>>,
    timeoutMs?: number,
  ): Promise<SocketAck>;
  /** Resolves once the latest connection is closed, down to its TCP socket, with the close code sent. */
  closed(timeoutMs?: number): Promise<number>;
  /** Cuts the latest connection without a closing handshake, as a network failure would. */
  drop(): void;
  /** Resolves once the app has opened `count` connections in all. */
  connected(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** The Slack part of the environment for socket mode: app-level token, no signing secret, no port. */
export function slackSocketTestEnv(fake: FakeSlack): Record<string, string> {
  const httpOnly = new Set(['SLACK_SIGNING_SECRET', 'SLACK_HOST', 'SLACK_PORT']);
  return {
    ...Object.fromEntries(Object.entries(slackTestEnv(fake)).filter(([name]) => !httpOnly.has(name))),
    SLACK_MODE: 'socket',
    SLACK_APP_TOKEN: APP_TOKEN,
  };
}

/** Resolves with `promise`, or rejects with `what` once `timeoutMs` has passed. */
function within<T>(promise: Promise<T>, timeoutMs: number, what: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what()}`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function startFakeSocketMode(fake: FakeSlack): Promise<FakeSocketMode> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  fake.methods.set('apps.connections.open', ({ token }) =>
    token?.startsWith('xapp-')
      ? { ok: true, url: `ws://127.0.0.1:${port}/link/?ticket=${randomUUID()}&app_id=A0TEST` }
      : { ok: false, error: 'not_allowed_token_type' },
  );

  let latest: { readonly socket: WebSocket; readonly closed: Promise<number> } | null = null;
  let connections = 0;
  /** Every message the app sent, parsed, for acks and for saying what was seen instead. */
  const received: unknown[] = [];
  const waiters = new Set<() => void>();
  const connectionWaiters = new Set<() => void>();

  server.on('connection', (socket) => {
    connections += 1;
    // ws emits `close` only after the TCP socket itself has closed: nothing of the connection is left.
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    latest = { socket, closed };
    socket.on('message', (data, isBinary) => {
      if (isBinary) return;
      try {
        received.push(JSON.parse(String(data)) as unknown);
      } catch {
        received.push(String(data));
      }
      for (const wake of waiters) wake();
    });
    socket.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        debug_info: { host: 'applink-fake', build_number: 1, approximate_connection_time: 3600 },
        connection_info: { app_id: 'A0TEST' },
      }),
    );
    for (const wake of connectionWaiters) wake();
  });

  const ackOf = (envelopeId: string): SocketAck | undefined =>
    received.find(
      (m): m is SocketAck =>
        typeof m === 'object' && m !== null && (m as { envelope_id?: unknown }).envelope_id === envelopeId,
    );

  return {
    get connections() {
      return connections;
    },
    deliver(type, payload, timeoutMs = 5000) {
      const socket = latest?.socket;
      if (!socket || socket.readyState !== socket.OPEN)
        return Promise.reject(new Error('no open Socket Mode connection'));
      const envelopeId = randomUUID();
      let wake = (): void => undefined;
      const acked = new Promise<SocketAck>((resolve) => {
        wake = () => {
          const ack = ackOf(envelopeId);
          if (ack) resolve(ack);
        };
        waiters.add(wake);
      });
      socket.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: type !== 'events_api',
        }),
      );
      return within(
        acked,
        timeoutMs,
        () => `an ack of ${type} ${envelopeId}; saw ${JSON.stringify(received)}`,
      ).finally(() => waiters.delete(wake));
    },
    drop() {
      latest?.socket.terminate();
    },
    connected(count, timeoutMs = 10_000) {
      let wake = (): void => undefined;
      const reached = new Promise<void>((resolve) => {
        wake = () => {
          if (connections >= count) resolve();
        };
        connectionWaiters.add(wake);
        wake();
      });
      return within(reached, timeoutMs, () => `${count} connections; saw ${connections}`).finally(() =>
        connectionWaiters.delete(wake),
      );
    },
    closed(timeoutMs = 5000) {
      if (!latest) return Promise.reject(new Error('the app never connected'));
      return within(latest.closed, timeoutMs, () => 'the Socket Mode connection to close');
    },
    async close() {
      fake.methods.delete('apps.connections.open');
      for (const client of server.clients) client.terminate();
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
