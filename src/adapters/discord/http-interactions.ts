/**
 * Discord's HTTP interactions endpoint: Discord posts each interaction to
 * `POST /discord/interactions`, signed with the application's Ed25519 key over the timestamp header and
 * the body. A request is answered only when the signature holds (Discord itself sends forged requests
 * when the URL is set, and disables an endpoint that accepts them), its timestamp is within 5 minutes of
 * now either way and it was not seen before (app/desk/request-replay.ts); else 401. The first response
 * is the HTTP answer; a deferred reply is edited in afterwards through the REST API.
 */
import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ReplayGuard } from '../../app/desk/request-replay.js';
import type { Logger } from '../log/logger.js';
import type { InteractionAnswer } from './discord-interactions.js';

export const DISCORD_INTERACTIONS_PATH = '/discord/interactions';
/** Interactions are small; a larger body is refused before it is read whole. */
const MAX_BODY_BYTES = 1024 * 1024;

/** The application's public key (64 hex characters, as the Developer Portal shows it) as a key object. */
export function discordPublicKey(hex: string): KeyObject {
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') },
    format: 'jwk',
  });
}

/** Whether `signature` (hex) is the application's Ed25519 signature of `timestamp` followed by `body`. */
export function isSignedByDiscord(
  key: KeyObject,
  timestamp: string,
  body: Buffer,
  signature: string,
): boolean {
  if (!/^[0-9a-fA-F]{128}$/.test(signature)) return false;
  return verify(null, Buffer.concat([Buffer.from(timestamp), body]), key, Buffer.from(signature, 'hex'));
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export interface InteractionServerDeps {
  readonly publicKey: KeyObject;
  readonly guard: ReplayGuard;
  readonly answer: (payload: unknown) => Promise<InteractionAnswer | null>;
  /** Edits the deferred reply of an answer with its later part (through the REST API). */
  readonly deliverLater: (answer: InteractionAnswer) => Promise<void>;
  readonly log: Logger;
}

export function createInteractionServer(deps: InteractionServerDeps): Server {
  const { log } = deps;
  const refuse = (res: ServerResponse, status: number, code: string) => {
    log.warn({ code }, 'refused a Discord interaction request');
    res
      .writeHead(status, { 'content-type': 'text/plain' })
      .end(status === 401 ? 'invalid request signature' : '');
  };
  return createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'GET' && path === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (req.method !== 'POST' || path !== DISCORD_INTERACTIONS_PATH) {
      res.writeHead(404).end();
      return;
    }
    void (async () => {
      const body = await readBody(req);
      if (!body) return refuse(res, 413, 'too_large');
      const timestamp = req.headers['x-signature-timestamp'];
      const signature = req.headers['x-signature-ed25519'];
      if (typeof timestamp !== 'string' || typeof signature !== 'string') return refuse(res, 401, 'unsigned');
      if (!isSignedByDiscord(deps.publicKey, timestamp, body, signature))
        return refuse(res, 401, 'bad_signature');
      const verdict = await deps.guard.admit('discord', timestamp, signature);
      if (!verdict.admitted) return refuse(res, 401, verdict.code);
      let payload: unknown;
      try {
        payload = JSON.parse(body.toString('utf8'));
      } catch {
        return refuse(res, 400, 'not_json');
      }
      const answer = await deps.answer(payload);
      if (!answer) return refuse(res, 400, 'not_an_interaction');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer.first));
      if (answer.later) await deps.deliverLater(answer);
    })().catch((error: unknown) => {
      log.error({ err: error }, 'Discord interaction request failed');
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
}
