/**
 * Posts an organisation's weekly digest to its digest channel in Slack: counts only, so it may go to a
 * channel; rendered as the `/rights digest` answer is, followed by the chart of the last weeks as an
 * uploaded image (files.uploadV2, scope files:write).
 */
import type { webApi } from '@slack/bolt';
import type { DigestPublisher } from '../../app/desk/digest.js';
import type { Logger } from '../log/logger.js';
import { renderReply } from './render-reply.js';

export interface SlackDigestDeps {
  readonly client: webApi.WebClient;
  /** The organisation's digest channel id, or null when it has none configured. */
  readonly digestChannelOf: (organisationId: string) => string | null;
  readonly log: Logger;
}

export function createSlackDigestPublisher(deps: SlackDigestDeps): DigestPublisher {
  return {
    async publishDigest(organisationId, digest, chart) {
      const channel = deps.digestChannelOf(organisationId);
      if (!channel) return false;
      const message = renderReply({ kind: 'digest', organisationId, digest });
      await deps.client.chat.postMessage({ channel, text: message.text, blocks: message.blocks });
      if (chart)
        await deps.client.filesUploadV2({
          channel_id: channel,
          file: Buffer.from(chart.png),
          filename: 'digest.png',
          title: 'Privacy requests per week',
          alt_text: chart.altText,
        });
      deps.log.info({ organisationId, channel, chart: chart !== null }, 'weekly digest posted to Slack');
      return true;
    },
  };
}
