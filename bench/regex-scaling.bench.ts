/**
 * Regex scaling benchmark (`npm run bench -- regex-scaling`, issue 14: a quadratic address regex once
 * blocked a mailbox): feeds each function that applies regular expressions to a message's text
 * adversarial text of 100 KB and of 1 MB, and prints the 1 MB / 100 KB time ratio per reader and text
 * (linear is about 10; the quadratic address regex of issue 14 was about 100). A ratio of two runs on the
 * same machine, never an absolute time; prints figures, asserts nothing. `test/fuzz/regex-redos.test.ts`
 * is the deterministic check.
 */
import { storableText } from '../src/adapters/mime/storable-email.js';
import { cleanBody } from '../src/domain/classify/clean-body.js';
import { classifyEmail, createClassifier, noOwnMail } from '../src/domain/classify/classify-email.js';
import { createLanguageDetector } from '../src/domain/classify/language.js';
import { matchableText, withoutAddresses } from '../src/domain/classify/matchable-text.js';
import { redactedReplyText } from '../src/domain/desk/requester-reply-text.js';
import type { ParsedEmail } from '../src/domain/email/parsed-email.js';
import { viewQuarantined } from '../src/domain/intake/quarantined-view.js';
import { maskAddressesIn } from '../src/domain/redaction.js';
import { adversarialTexts } from './support/adversarial-text.js';

const SMALL = 100_000;
const LARGE = 1_000_000;
/**
 * Below this a run is too short to time: a linear pass over 1 MB of many short lines also pays for
 * the garbage it makes, which a 100 KB pass rarely meets. A quadratic pattern costs seconds at 100 KB.
 */
const FLOOR_MS = 25;

const classifier = createClassifier(createLanguageDetector(), noOwnMail);
const emailWith = (text: string): ParsedEmail => ({
  messageId: '<scaling@example.org>',
  inReplyTo: null,
  references: [],
  from: { address: 'someone@example.org', name: 'Someone' },
  replyTo: null,
  to: [{ address: 'privacy@example.com', name: '' }],
  cc: [],
  subject: 'Request',
  date: null,
  text,
  html: null,
  headers: [],
  attachments: [],
  returnedMessageIds: [],
  deliveryActions: [],
});

const readers: Record<string, (text: string) => unknown> = {
  matchableText: (text) => matchableText('re: re: request', text),
  cleanBody,
  withoutAddresses,
  classifyEmail: (text) => classifyEmail(classifier, emailWith(text)),
  // Every decoded header and body, before it reaches a column.
  storableText,
  // A reply's text on its way to a chat thread, and every free text masked for a channel or a pack.
  maskAddressesIn,
  redactedReplyText: (text) => redactedReplyText(text, 'Jane Roe'),
  // A quarantined message as staff read it, the text as its From and as its body.
  viewQuarantined: (text) =>
    viewQuarantined(Buffer.from(`From: ${text.replace(/[\r\n]/g, ' ')}\r\n\r\n${text}`), null, {
      reveal: false,
    }),
};

async function fastest(read: (text: string) => unknown, text: string, runs: number): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await read(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

async function main(): Promise<void> {
  console.log(`1 MB / 100 KB time ratio (floor ${FLOOR_MS} ms; linear is about 10, issue 14 was about 100)`);
  let worst = { ratio: 0, at: '' };
  for (const [name, read] of Object.entries(readers)) {
    for (const [kind, make] of Object.entries(adversarialTexts)) {
      const small = await fastest(read, make(SMALL), 3);
      const large = await fastest(read, make(LARGE), 1);
      const ratio = large / Math.max(small, FLOOR_MS);
      if (ratio > worst.ratio) worst = { ratio, at: `${name} on ${kind}` };
      console.log(
        `${name.padEnd(18)} ${kind.padEnd(36)} ${small.toFixed(1).padStart(8)} ms ${large.toFixed(1).padStart(9)} ms  x${ratio.toFixed(1)}`,
      );
    }
  }
  console.log(`worst ratio: x${worst.ratio.toFixed(1)} (${worst.at})`);
}

await main();
