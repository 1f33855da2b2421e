/**
 * Files posted in a ticket's Discord thread (a thread started from the ticket's channel message has
 * that message's id) or in a reply to that message become the ticket's export (issue 15). They arrive
 * as MESSAGE_CREATE over the gateway (intents GUILD_MESSAGES and MESSAGE_CONTENT, without which Discord
 * leaves attachments out), each downloaded from Discord's CDN, never past the size Discord declared.
 * The uploader is answered with a reply that names the ticket, the size and the hash, not the file.
 */
import { type REST, Routes } from 'discord.js';
import { z } from 'zod';
import { attachChatUpload, type ChatUploadDeps } from '../../app/delivery/chat-uploads.js';
import type { SerialQueue } from '../../app/serial-queue.js';
import type { DiscordRoleMap } from '../../config/discord-settings.js';
import type { Logger } from '../log/logger.js';
import { discordRoleOf } from './discord-roles.js';
import { actorIdOf } from './discord-text.js';

const MessageSchema = z.object({
  id: z.string(),
  channel_id: z.string(),
  author: z.object({ id: z.string(), bot: z.boolean().optional() }),
  member: z.object({ roles: z.array(z.string()).default([]) }).optional(),
  message_reference: z.object({ message_id: z.string().optional() }).optional(),
  attachments: z
    .array(
      z.object({
        filename: z.string(),
        size: z.number().int().nonnegative(),
        url: z.url(),
        content_type: z.string().optional(),
      }),
    )
    .min(1),
});

/** Discord serves attachments from its CDN; nothing is fetched from anywhere else. */
const DISCORD_CDN_HOSTS = ['cdn.discordapp.com', 'media.discordapp.net'];

export interface DiscordUploadOptions {
  readonly uploads: ChatUploadDeps;
  readonly roles: DiscordRoleMap;
  readonly rest: REST;
  /** The API URL when it is not Discord's (tests): its host may serve files too. */
  readonly apiUrl: string | undefined;
  readonly queue: SerialQueue;
  readonly log: Logger;
}

/** Handles one MESSAGE_CREATE; messages without files, from bots or outside ticket threads are ignored. */
export function discordUploadHandler(options: DiscordUploadOptions): (payload: unknown) => Promise<void> {
  const hosts = new Set([...DISCORD_CDN_HOSTS, ...(options.apiUrl ? [new URL(options.apiUrl).host] : [])]);
  return async (payload) => {
    const parsed = MessageSchema.safeParse(payload);
    if (!parsed.success || parsed.data.author.bot) return;
    const message = parsed.data;
    await options.queue.run(async () => {
      try {
        const upload = {
          source: 'discord' as const,
          channel: null,
          actorId: actorIdOf(message.author.id),
          role: discordRoleOf(options.roles, {
            userId: message.author.id,
            roleIds: message.member?.roles ?? [],
          }),
          files: message.attachments.map((a) => ({
            name: a.filename,
            contentType: a.content_type ?? null,
            size: a.size,
            read: () => download(a.url, a.size, hosts),
          })),
        };
        // In a thread started from the ticket's message, or a reply to that message.
        const lines =
          (await attachChatUpload(options.uploads, { ...upload, parentMessageId: message.channel_id })) ??
          (message.message_reference?.message_id
            ? await attachChatUpload(options.uploads, {
                ...upload,
                parentMessageId: message.message_reference.message_id,
              })
            : null);
        if (lines === null) return;
        await options.rest.post(Routes.channelMessages(message.channel_id), {
          body: {
            content: lines.join('\n'),
            message_reference: { message_id: message.id, fail_if_not_exists: false },
            allowed_mentions: { parse: [] },
          },
        });
      } catch (error) {
        options.log.error({ err: error, transport: 'discord' }, 'taking a file from a ticket thread failed');
      }
    });
  };
}

async function download(url: string, size: number, hosts: ReadonlySet<string>): Promise<Uint8Array> {
  if (!hosts.has(new URL(url).host)) throw new Error('refused to download a Discord file from another host');
  const response = await fetch(url, { redirect: 'error' });
  if (!response.ok || !response.body)
    throw new Error(`Discord file download failed: HTTP ${response.status}`);
  const chunks: Uint8Array[] = [];
  let received = 0;
  for await (const chunk of response.body) {
    received += chunk.byteLength;
    if (received > size) throw new Error('the Discord file is larger than declared');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
