/**
 * Files uploaded in a ticket's Slack thread become the ticket's export (issue 15): a `message` event
 * with files, in a thread whose parent is the ticket's channel message. Each file is looked up with
 * `files.info` and downloaded from its `url_private_download` with the bot token (needs the `files:read`
 * scope), only from Slack's file host, and never past the size Slack declared. The uploader is answered
 * in the thread, ephemerally.
 */
import type { App } from '@slack/bolt';
import { z } from 'zod';
import { attachChatUpload, type ChatUploadDeps } from '../../app/delivery/chat-uploads.js';
import type { SerialQueue } from '../../app/serial-queue.js';
import type { Logger } from '../log/logger.js';
import type { SlackRoleResolver } from './slack-roles.js';
import { actorIdOf } from './slack-text.js';

/** A message with files in a thread; anything else (top-level posts, edits, bots) is not for us. */
const ThreadUploadSchema = z.object({
  channel: z.string().min(1),
  user: z.string().min(1),
  thread_ts: z.string().min(1),
  bot_id: z.undefined().optional(),
  files: z.array(z.object({ id: z.string().min(1) })).min(1),
});

const FileInfoSchema = z.object({
  name: z.string().default('export'),
  mimetype: z.string().nullable().default(null),
  size: z.number().int().nonnegative(),
  url_private_download: z.url(),
});

/** Slack serves uploaded files from this host; the bot token is sent nowhere else. */
const SLACK_FILES_HOST = 'files.slack.com';

export interface ExportUploadOptions {
  readonly uploads: ChatUploadDeps;
  readonly roles: SlackRoleResolver;
  readonly botToken: string;
  /** The Web API URL when it is not Slack's (tests): its host may serve files too. */
  readonly apiUrl: string | undefined;
  readonly queue: SerialQueue;
  readonly log: Logger;
}

export function registerExportUploads(app: App, options: ExportUploadOptions): void {
  const { log } = options;
  const hosts = new Set([SLACK_FILES_HOST, ...(options.apiUrl ? [new URL(options.apiUrl).host] : [])]);
  app.event('message', async ({ event, client }) => {
    const upload = ThreadUploadSchema.safeParse(event);
    if (!upload.success) return;
    const { channel, user, thread_ts: thread, files } = upload.data;
    await options.queue.run(async () => {
      try {
        // Threads that are no ticket's are passed over before Slack is asked anything.
        if ((await options.uploads.ticketOfMessage('slack', thread, channel)) === null) return;
        const infos = await Promise.all(
          files.map(async ({ id }) => FileInfoSchema.parse((await client.files.info({ file: id })).file)),
        );
        const lines = await attachChatUpload(options.uploads, {
          source: 'slack',
          parentMessageId: thread,
          channel,
          actorId: actorIdOf(user),
          role: await options.roles.roleOf(user),
          files: infos.map((info) => ({
            name: info.name,
            contentType: info.mimetype,
            size: info.size,
            read: () => download(info.url_private_download, info.size, options.botToken, hosts),
          })),
        });
        if (lines === null) return;
        await client.chat.postEphemeral({ channel, user, thread_ts: thread, text: lines.join('\n') });
      } catch (error) {
        log.error({ err: error, transport: 'slack' }, 'taking a file from a ticket thread failed');
      }
    });
  });
}

async function download(
  url: string,
  size: number,
  token: string,
  hosts: ReadonlySet<string>,
): Promise<Uint8Array> {
  if (!hosts.has(new URL(url).host)) throw new Error('refused to download a Slack file from another host');
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` }, redirect: 'error' });
  if (!response.ok || !response.body) throw new Error(`Slack file download failed: HTTP ${response.status}`);
  const chunks: Uint8Array[] = [];
  let received = 0;
  for await (const chunk of response.body) {
    received += chunk.byteLength;
    // More than Slack declared: stop reading rather than hold whatever arrives.
    if (received > size) throw new Error('the Slack file is larger than declared');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
