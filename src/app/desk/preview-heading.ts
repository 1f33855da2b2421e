/** The line above a letter preview, the same words in every chat: it says the letter was not sent. */
import type { DeskReply } from './desk-reply.js';

export function previewHeading(reply: Extract<DeskReply, { kind: 'letter_preview' }>): string {
  const who = reply.masked ? ', requester masked' : '';
  return `Preview, not sent: the ${reply.letter.replaceAll('_', ' ')} letter that "${reply.decision} ${reply.reference}" would send (${reply.jurisdiction}, ${reply.language}${who})`;
}
