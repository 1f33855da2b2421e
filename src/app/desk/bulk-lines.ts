/** A bulk reply as lines of text, the same in every chat: what would be touched, or what happened to each. */
import type { DeskReply } from './desk-reply.js';

export function bulkLines(reply: Extract<DeskReply, { kind: 'bulk' }>): string[] {
  if (!reply.confirmed) {
    if (reply.references.length === 0) return [`bulk ${reply.action}: no ticket matches; nothing to do.`];
    return [
      `bulk ${reply.action} would change ${reply.references.length} ticket(s): ${reply.references.join(', ')}`,
      'Nothing was done yet. To go ahead, send the same command again with the word confirm added.',
    ];
  }
  const done = reply.results.filter((r) => r.done).length;
  return [
    `bulk ${reply.action}: ${done} done, ${reply.results.length - done} failed`,
    ...reply.results.map((r) => `${r.done ? 'done' : 'failed'} ${r.reference}: ${r.message}`),
  ];
}
