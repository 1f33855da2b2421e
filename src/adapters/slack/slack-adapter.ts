/**
 * Builds the Slack adapter from the installation's settings: one Bolt app on an HTTP receiver (Slack's
 * signature checked; a timestamp more than 5 minutes from now either way, or a request seen before,
 * refused) or on socket mode (an outbound WebSocket
 * authenticated by the app token, for a laptop with no public URL), the desk listeners with the queue
 * their work waits in, and the ticket notifier that shares the app's Web API client.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { DigestPublisher } from '../../app/desk/digest.js';
import type { TicketNotifier } from '../../app/desk/ticket-notifier.js';
import type { ReminderPublisher } from '../../app/fulfilment/remind-staff.js';
import type { SlackSettings } from '../../config/slack-settings.js';
import { createTicketMessageStore } from '../db/chat-message-store.js';
import type { Db } from '../db/database.js';
import type { Logger } from '../log/logger.js';
import { boltLogger } from './bolt-logger.js';
import type { ExecuteDeskCommand } from '../../app/desk/chat-answers.js';
import { createSlackAnswers } from './desk-answers.js';
import { registerDeskHandlers } from './desk-handlers.js';
import { registerTaskButtons } from './task-button-handler.js';
import { createSerialQueue } from '../../app/serial-queue.js';
import { createSlackDigestPublisher } from './slack-digest-publisher.js';
import { createSlackRoleResolver } from './slack-roles.js';
import { createSlackTicketNotifier } from './slack-ticket-notifier.js';
import { createSlackReminderPublisher } from './slack-reminder-publisher.js';
import { createSlackThreadPoster } from './slack-thread-post.js';
import type { TicketThreadPoster } from '../../app/desk/ticket-threads.js';
import type { ReplayGuard } from '../../app/desk/request-replay.js';
import { replayFilteredListener } from './replay-filter.js';
import type { ChatUploadDeps } from '../../app/delivery/chat-uploads.js';
import { registerExportUploads } from './export-uploads.js';

/** Where Slack sends slash commands and interactions in HTTP mode (the manifest's request URLs). */
export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackAdapterDeps {
  readonly settings: SlackSettings;
  readonly execute: ExecuteDeskCommand;
  readonly db: Db;
  readonly triageChannelOf: (organisationId: string) => string | null;
  readonly digestChannelOf: (organisationId: string) => string | null;
  /** Audits a refusal the adapter makes itself: a Slack user with no role. */
  readonly auditRefusal: (actorId: string, command: string) => Promise<void>;
  readonly log: Logger;
  /** Admits each signed HTTP request once, near its timestamp (HTTP mode). */
  readonly replayGuard: ReplayGuard;
  readonly now?: () => number;
  /** Files uploaded in a ticket's thread become its export (issue 15); absent: uploads are ignored. */
  readonly uploads?: ChatUploadDeps;
}

export interface RunningSlack {
  readonly mode: SlackSettings['mode'];
  /** The port the HTTP receiver listens on (useful with port 0); null in socket mode. */
  readonly port: number | null;
}

export interface SlackAdapter {
  readonly notifier: TicketNotifier;
  readonly digests: DigestPublisher;
  /** Staff reminders, threaded on the ticket's channel message (issue 15, item 4). */
  readonly reminders: ReminderPublisher;
  /** Lines about a ticket on its channel message's thread (issue 15: identity reminders, requester replies). */
  readonly threads: TicketThreadPoster;
  /** Checks the bot token with Slack (auth.test) and starts receiving; fails loudly on a bad token. */
  start(): Promise<RunningSlack>;
  stop(): Promise<void>;
}

export function createSlackAdapter(deps: SlackAdapterDeps): SlackAdapter {
  const { settings, log } = deps;
  const logger = boltLogger(log);
  const receiver =
    settings.mode === 'http'
      ? new HTTPReceiver({
          signingSecret: settings.signingSecret,
          endpoints: SLACK_EVENTS_PATH,
          logger,
          customRoutes: [
            {
              path: '/healthz',
              method: ['GET'],
              handler: (_req, res) => {
                res.writeHead(200, { 'content-type': 'text/plain' });
                res.end('ok');
              },
            },
          ],
        })
      : new SocketModeReceiver({
          appToken: settings.appToken,
          logger,
          // The socket-mode client asks apps.connections.open for its WebSocket URL with a Web API
          // client of its own, which reads only these options, not the App's clientOptions below.
          ...(settings.apiUrl
            ? { installerOptions: { clientOptions: { slackApiUrl: settings.apiUrl } } }
            : {}),
        });
  const app = new App({
    token: settings.botToken,
    receiver,
    logger,
    // Deferred so that start() awaits auth.test: otherwise a bad token only shows as handlers that never run.
    deferInitialization: true,
    // Bolt's default conversation store is never read here, yet it looked up (and, missing, built an
    // Error with a stack for) every request's channel: about a tenth of the receiver's own time per ack.
    convoStore: false,
    clientOptions: {
      ...(settings.apiUrl ? { slackApiUrl: settings.apiUrl } : {}),
      retryConfig: { retries: 2 },
    },
  });
  const roles = createSlackRoleResolver({
    roles: settings.roles,
    listGroupMembers: async (usergroup) =>
      (await app.client.usergroups.users.list({ usergroup })).users ?? [],
    now: deps.now ?? Date.now,
    onGroupError: (group, err) =>
      log.warn({ err, group }, 'could not read a Slack user group; it grants no role'),
  });
  const queue = createSerialQueue();
  let httpServer: Server | null = null;
  const answers = createSlackAnswers({ execute: deps.execute, roles, auditRefusal: deps.auditRefusal, log });
  registerDeskHandlers(app, { answers, queue, log });
  registerTaskButtons(app, { answers, queue, log });
  if (deps.uploads)
    registerExportUploads(app, {
      uploads: deps.uploads,
      roles,
      botToken: settings.botToken,
      apiUrl: settings.apiUrl,
      queue,
      log,
    });
  app.error(async (error) => {
    log.error({ err: error, code: error.code }, 'Slack listener failed');
  });

  const messages = createTicketMessageStore(deps.db, 'slack');
  return {
    digests: createSlackDigestPublisher({ client: app.client, digestChannelOf: deps.digestChannelOf, log }),
    reminders: createSlackReminderPublisher({
      client: app.client,
      store: messages,
      triageChannelOf: deps.triageChannelOf,
      log,
    }),
    threads: createSlackThreadPoster({
      client: app.client,
      store: messages,
      triageChannelOf: deps.triageChannelOf,
    }),
    notifier: createSlackTicketNotifier({
      client: app.client,
      store: messages,
      triageChannelOf: deps.triageChannelOf,
      log,
    }),
    async start() {
      await app.init();
      if (settings.mode === 'socket' || !(receiver instanceof HTTPReceiver)) {
        await app.start();
        log.info({ mode: 'socket' }, 'Slack receiver started');
        return { mode: 'socket', port: null };
      }
      // Our server, Bolt's request listener behind the replay filter (Bolt's own server has no such hook).
      const listener = replayFilteredListener({
        receiver,
        signingSecret: settings.signingSecret,
        guard: deps.replayGuard,
        path: SLACK_EVENTS_PATH,
        log: log.child({ component: 'slack' }),
      });
      const server = createServer(listener);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(settings.port, settings.host, () => resolve());
      });
      httpServer = server;
      const { port } = server.address() as AddressInfo;
      log.info({ mode: 'http', port, path: SLACK_EVENTS_PATH }, 'Slack receiver started');
      return { mode: 'http', port };
    },
    stop: async () => {
      const server = httpServer;
      httpServer = null;
      if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
      else if (settings.mode === 'socket') await app.stop();
      // Commands already acked are answered before the caller closes the database under them.
      await queue.idle();
    },
  };
}
