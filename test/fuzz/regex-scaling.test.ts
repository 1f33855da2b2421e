// Every regular expression that sees mail runs in linear time (issue 14): each function that applies
// them to a message's text is fed adversarial text of 100 KB and of 1 MB, and the larger may cost at
// most 30 times the smaller (linear is 10; the quadratic address regex of issue 14 was about 100). A
// ratio of two runs on the same machine, never an absolute time. The MIME parser's own cost per line is
// linear and bounded by the message size limit; what it hands on is capped (INTAKE_MAX_TEXT_CHARS).
import { describe, expect, it } from 'vitest';
import { storableText } from '../../src/adapters/mime/storable-email.js';
import { cleanBody } from '../../src/domain/classify/clean-body.js';
import { classifyEmail, createClassifier, noOwnMail } from '../../src/domain/classify/classify-email.js';
import { createLanguageDetector } from '../../src/domain/classify/language.js';
import { matchableText, withoutAddresses } from '../../src/domain/classify/matchable-text.js';
import { redactedReplyText } from '../../src/domain/desk/requester-reply-text.js';
import { viewQuarantined } from '../../src/domain/intake/quarantined-view.js';
import { maskAddressesIn } from '../../src/domain/redaction.js';
import type { ParsedEmail } from '../../src/domain/email/parsed-email.js';
import { adversarialTexts } from './adversarial-text.js';

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

describe.each(Object.entries(readers))('%s', (_name, read) => {
  it.each(Object.entries(adversarialTexts))(
    'works in linear time on %s',
    async (_kind, make) => {
      const small = await fastest(read, make(SMALL), 3);
      const large = await fastest(read, make(LARGE), 1);
      expect(large).toBeLessThan(30 * Math.max(small, FLOOR_MS));
    },
    60_000,
  );
});
