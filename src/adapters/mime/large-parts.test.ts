import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { elideLargeParts } from './large-parts.js';
import { parseEmail } from './parse-email.js';

const LIMIT = 1000;
const options = { maxAttachmentBytes: LIMIT, maxTextChars: 100_000 };
const base64Lines = (bytes: Buffer) => bytes.toString('base64').replace(/.{76}/g, '$&\r\n');

function message(parts: readonly string[], boundary = 'b'): Buffer {
  return Buffer.from(
    [
      'From: Jane Roe <jane@example.com>',
      'To: privacy@zmapi.example',
      'Subject: Delete my account',
      'Message-ID: <parts@example.com>',
      'MIME-Version: 1.0',
      `Content-Type: multipart/mixed; boundary="${boundary}"`,
      '',
      ...parts.flatMap((part) => [`--${boundary}`, part]),
      `--${boundary}--`,
      '',
    ].join('\r\n'),
  );
}

const text = 'Content-Type: text/plain\r\n\r\nPlease delete my account.';
const attachment = (name: string, bytes: Buffer) =>
  `Content-Type: application/pdf; name="${name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Lines(bytes)}`;

describe('attachments over the limit are streamed past', () => {
  it('leaves out the bytes of a part over the limit and keeps its name, type and exact size', async () => {
    const small = randomBytes(LIMIT - 10);
    const raw = message([text, attachment('small.pdf', small), attachment('large.pdf', randomBytes(50_000))]);
    expect(elideLargeParts(raw, LIMIT).bytes.byteLength).toBeLessThan(3_000);
    const email = await parseEmail(raw, options);
    expect(email.text.trim()).toBe('Please delete my account.');
    expect(email.attachments.map((a) => [a.filename, a.contentType, a.size])).toEqual([
      ['small.pdf', 'application/pdf', LIMIT - 10],
      ['large.pdf', 'application/pdf', 50_000],
    ]);
    expect(Buffer.from(email.attachments[0]!.content!).equals(small)).toBe(true);
    expect(email.attachments[1]!.content).toBeUndefined();
  });

  it('gives the size the decoder would, whatever the padding', async () => {
    for (const size of [3_000, 3_001, 3_002]) {
      const raw = message([text, attachment('a.pdf', randomBytes(size))]);
      const lean = await parseEmail(raw, options);
      const full = await parseEmail(raw, { ...options, maxAttachmentBytes: 1_000_000 });
      expect(lean.attachments[0]!.size).toBe(full.attachments[0]!.size);
    }
  });

  it('leaves a message at or under the limit as it is', () => {
    const raw = message([text, attachment('a.pdf', randomBytes(600))]);
    expect(elideLargeParts(raw, raw.byteLength).bytes).toBe(raw);
  });

  it('parses the message as it is when a large part sits inside a forwarded message', async () => {
    const inner = message([text, attachment('inner.pdf', randomBytes(3_000))], 'inner');
    const raw = message([text, `Content-Type: message/rfc822\r\n\r\n${inner.toString('latin1')}`]);
    const email = await parseEmail(raw, options);
    const full = await parseEmail(raw, { ...options, maxAttachmentBytes: 1_000_000 });
    // The forwarded message is one attachment of its full size, not one shortened by the pass.
    expect(email.attachments.map((a) => a.contentType)).toEqual(['message/rfc822']);
    expect(email.attachments[0]!.size).toBe(full.attachments[0]!.size);
    expect(email.attachments[0]!.size).toBeGreaterThan(4_000);
  });

  it('parses the message as it is when the large base64 part is the body text', async () => {
    const body = 'Please delete my account. '.repeat(100);
    const raw = message([
      `Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Lines(Buffer.from(body))}`,
    ]);
    const email = await parseEmail(raw, options);
    expect(email.text).toBe(body);
  });
});
