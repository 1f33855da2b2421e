/**
 * Slack's HTTP requests pass here before they reach Bolt's receiver. Bolt checks the signature and
 * refuses timestamps more than 5 minutes old; this also refuses timestamps more than 5 minutes ahead and
 * a signed request seen before (app/desk/request-replay.ts), so a captured `/rights` command sent again
 * does not run twice. The body is read once here and handed on buffered, so Bolt checks the same bytes.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HTTPModuleFunctions, type HTTPReceiver, isValidSlackRequest } from '@slack/bolt';
import type { ReplayGuard, RequestRefusal } from '../../app/desk/request-replay.js';
import type { Logger } from '../log/logger.js';

export interface ReplayFilterDeps {
  readonly receiver: HTTPReceiver;
  readonly signingSecret: string;
  readonly guard: ReplayGuard;
  /** The path Slack posts to; other paths (the health check) go straight to the receiver. */
  readonly path: string;
  readonly log: Logger;
}

const header = (req: IncomingMessage, name: string): string | null => {
  const value = req.headers[name];
  return typeof value === 'string' ? value : null;
};

/** What to do with a request: hand it to Bolt, or refuse it (with the reason, for the log). */
async function screen(
  req: IncomingMessage,
  deps: ReplayFilterDeps,
): Promise<'pass' | 'too_large' | RequestRefusal> {
  let body: string;
  try {
    body = (
      await HTTPModuleFunctions.bufferIncomingMessage(req, HTTPModuleFunctions.defaultBodyLimit)
    ).rawBody.toString();
  } catch {
    return 'too_large';
  }
  const timestamp = header(req, 'x-slack-request-timestamp');
  const signature = header(req, 'x-slack-signature');
  const signed =
    timestamp !== null &&
    signature !== null &&
    isValidSlackRequest({
      signingSecret: deps.signingSecret,
      body,
      headers: { 'x-slack-request-timestamp': Number(timestamp), 'x-slack-signature': signature },
    });
  // Unsigned or badly signed (or Slack's unsigned ssl_check): Bolt answers it as it always does.
  if (!signed) return 'pass';
  const verdict = await deps.guard.admit('slack', timestamp, signature);
  return verdict.admitted ? 'pass' : verdict.code;
}

export function replayFilteredListener(deps: ReplayFilterDeps): RequestListener {
  const { receiver, log } = deps;
  const toBolt = (req: IncomingMessage, res: ServerResponse) => {
    try {
      receiver.requestListener(req, res);
    } catch {
      // Bolt throws for a path it does not serve; its own server answers that with 404, as this does.
      res.writeHead(404).end();
    }
  };
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'POST' || path !== deps.path) {
      toBolt(req, res);
      return;
    }
    screen(req, deps).then(
      (outcome) => {
        if (outcome === 'pass') {
          toBolt(req, res);
          return;
        }
        log.warn({ code: outcome }, 'refused a Slack request');
        res.writeHead(outcome === 'too_large' ? 413 : 401).end();
      },
      (error: unknown) => {
        log.error({ err: error }, 'could not screen a Slack request');
        res.writeHead(500).end();
      },
    );
  };
}
