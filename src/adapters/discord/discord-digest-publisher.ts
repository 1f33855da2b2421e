/**
 * Posts an organisation's weekly digest to its digest channel in Discord: counts only, so it may go to a
 * channel; rendered as the `/rights digest` answer is, with the chart of the last weeks attached as an
 * image (permission Attach Files).
 */
import { type REST, Routes } from 'discord.js';
import type { DigestPublisher } from '../../app/desk/digest.js';
import type { Logger } from '../log/logger.js';
import { messageBody } from './discord-ticket-notifier.js';
import { renderReply } from './render-reply.js';

export interface DiscordDigestDeps {
  readonly rest: REST;
  /** The organisation's digest channel id, or null when it has none configured. */
  readonly digestChannelOf: (organisationId: string) => string | null;
  readonly log: Logger;
}

export function createDiscordDigestPublisher(deps: DiscordDigestDeps): DigestPublisher {
  return {
    async publishDigest(organisationId, digest, chart) {
      const channel = deps.digestChannelOf(organisationId);
      if (!channel) return false;
      const body = messageBody(renderReply({ kind: 'digest', organisationId, digest }));
      await deps.rest.post(
        Routes.channelMessages(channel),
        chart
          ? {
              body: { ...body, attachments: [{ id: 0, filename: 'digest.png', description: chart.altText }] },
              files: [{ name: 'digest.png', data: Buffer.from(chart.png), contentType: 'image/png' }],
            }
          : { body },
      );
      deps.log.info({ organisationId, channel, chart: chart !== null }, 'weekly digest posted to Discord');
      return true;
    },
  };
}
