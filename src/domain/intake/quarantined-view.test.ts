import { describe, expect, it } from 'vitest';
import { viewQuarantined } from './quarantined-view.js';

const raw = new TextEncoder().encode(
  [
    'From: "Jane Roe" <jane.roe@example.com>',
    'To: privacy@importly.example',
    'Subject: please delete my account,',
    ' my address is jane.roe@example.com',
    'X-Broken',
    '',
    'Hello, write to jane.roe@example.com. Thanks, Jane Roe',
  ].join('\r\n'),
);

describe('the view of a quarantined message', () => {
  it('masks addresses and drops display names unless revealed, unfolding continued headers', () => {
    const view = viewQuarantined(raw, null, { reveal: false });
    expect(view.headers).toEqual([
      { name: 'From', value: 'j***@example.com' },
      { name: 'To', value: 'p***@importly.example' },
      { name: 'Subject', value: 'please delete my account, my address is j***@example.com' },
    ]);
    expect(view.text).toBe('Hello, write to j***@example.com. Thanks, J. R.');
    expect(JSON.stringify(view)).not.toContain('Jane');
  });

  it('shows everything as received when revealed, and prefers the parser text when there is one', () => {
    const view = viewQuarantined(raw, 'parsed text', { reveal: true });
    expect(view.headers[0]).toEqual({ name: 'From', value: '"Jane Roe" <jane.roe@example.com>' });
    expect(view.text).toBe('parsed text');
  });

  it('reads a message with no blank line as headers only', () => {
    const view = viewQuarantined(new TextEncoder().encode('Subject: hi'), null, { reveal: false });
    expect(view).toEqual({ headers: [{ name: 'Subject', value: 'hi' }], text: '' });
  });

  it('shows bytes that do not start with a header as text, with control characters replaced', () => {
    const bytes = new Uint8Array([0x1b, ...new TextEncoder().encode('[31mnot mail\n\nat all')]);
    const view = viewQuarantined(bytes, null, { reveal: true });
    expect(view).toEqual({ headers: [], text: '\ufffd[31mnot mail\n\nat all' });
  });

  it('masks every word of the names when more people are named than it masks one by one', () => {
    const people = Array.from({ length: 30 }, (_, i) => `"Roe${i}, Jane" <j${i}@example.com>`);
    const bytes = new TextEncoder().encode(
      `From: ${people.join(', ')}\r\n\r\nJane Roe7 wrote; Roe7's mail, Jane`,
    );
    const view = viewQuarantined(bytes, null, { reveal: false });
    expect(view.text).toBe("J. R. wrote; R.'s mail, J.");
    expect(view.headers[0]?.value).toMatch(/^j\*\*\*@example\.com, /);
  });

  it('masks the names of a header block it shows as text, its first line broken', () => {
    for (const first of [
      'Return-Pa\u0000h: <jane.roe@example.com>',
      'From jane.roe@example.com Mon Mar 2 09:00:00 2026',
    ]) {
      const bytes = new TextEncoder().encode(
        `${first}\r\nFrom: "Jane Roe" <jane.roe@example.com>\r\nCc: John Smith <js@example.org>\r\n\r\nThanks, Jane Roe`,
      );
      const view = viewQuarantined(bytes, null, { reveal: false });
      expect(view.headers).toEqual([]);
      expect(view.text).toContain('From: "J. R." <j***@example.com>');
      expect(view.text).toContain('Thanks, J. R.');
      expect(view.text).not.toMatch(/Jane|Roe|John|Smith/);
    }
  });
});
