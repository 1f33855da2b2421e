import { describe, expect, it } from 'vitest';
import { crLineEndingsAsCrlf } from './line-endings.js';
import { parseEmail } from './parse-email.js';

const bytes = (text: string) => Buffer.from(text, 'latin1');

describe('mail whose lines end in a bare CR', () => {
  it('is read with its sender, subject and body, as if its lines ended in CRLF', async () => {
    const raw = bytes(
      'From: Ann Lee <ann@example.com>\rTo: privacy@example.com\rSubject: delete my data\r' +
        'Message-ID: <cr@example.com>\r\rPlease delete all my data.\rThanks\r',
    );
    const email = await parseEmail(raw);
    expect(email.from).toEqual({ address: 'ann@example.com', name: 'Ann Lee' });
    expect(email.subject).toBe('delete my data');
    expect(email.messageId).toBe('<cr@example.com>');
    expect(email.text.trim()).toBe('Please delete all my data.\nThanks');
  });

  it('leaves a message with any LF as it is: a stray CR in CRLF mail is text, not a line end', () => {
    const raw = bytes('Subject: a\r\n\r\nline one\rstill one\r\n');
    expect(crLineEndingsAsCrlf(raw)).toBe(raw);
    const bareLf = bytes('Subject: a\n\nbody\n');
    expect(crLineEndingsAsCrlf(bareLf)).toBe(bareLf);
  });

  it('turns every CR into CRLF and nothing else', () => {
    expect(Buffer.from(crLineEndingsAsCrlf(bytes('a\rb\r\rc'))).toString('latin1')).toBe('a\r\nb\r\n\r\nc');
    const none = bytes('no line end at all');
    expect(crLineEndingsAsCrlf(none)).toBe(none);
  });
});
