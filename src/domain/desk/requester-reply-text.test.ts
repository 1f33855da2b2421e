import { describe, expect, it } from 'vitest';
import {
  redactedReplyText,
  REPLY_EXCERPT_CHARS,
  otherRepliesSummary,
  replySenderOf,
  requesterReplyNotice,
} from './requester-reply-text.js';

describe("a requester's reply as a chat thread shows it", () => {
  it('masks addresses, the requester’s name and long numbers, and drops the quoted history', () => {
    const text = [
      'Hi, it is Jane Roe again: my other address is jane.roe@example.com and my phone is +44 20 7946 0958.',
      'Jane',
      '',
      'On Mon, 4 May 2026, Privacy <privacy@zmapi.example> wrote:',
      '> To protect your data we need to confirm…',
    ].join('\n');
    const shown = redactedReplyText(text, 'Jane Roe');
    expect(shown).toContain('it is J. R. again');
    expect(shown).toContain('j***@example.com');
    expect(shown).toContain('[number]');
    expect(shown).not.toMatch(/Jane|Roe|jane\.roe|7946|To protect/);
  });

  it('masks a name, address or number that invisible characters split, and numbers grouped by no-break spaces', () => {
    const text =
      'J\u200bane R\u00adoe here: send it to john.smith\u2060@example.net, ' +
      'call 06\u00a012\u00a034\u00a056\u00a078 or +44\u00a020\u00ad7946\u00ad0958.';
    expect(redactedReplyText(text, 'Jane Roe')).toBe(
      'J. R. here: send it to j***@example.net, call [number] or [number].',
    );
  });

  it('cuts a long reply to a length every chat shows whole, and names the ticket', () => {
    const shown = requesterReplyNotice('RD-1042', 'word '.repeat(2000), 'Ana', 'requester');
    expect(shown.startsWith('Reply from the requester on RD-1042 (email, redacted):\n')).toBe(true);
    expect(shown.length).toBeLessThan(REPLY_EXCERPT_CHARS + 100);
    expect(shown.endsWith('…')).toBe(true);
  });

  it("says so when the reply came from an address that is not the requester's", () => {
    expect(requesterReplyNotice('RD-1042', 'Send my data to new@example.net', 'Ana', 'other')).toMatch(
      /^Reply on RD-1042 from an address that is NOT the requester's \(email, redacted\):\n│ Send my data to n\*\*\*@example\.net$/,
    );
  });

  it("does not call a reply under the requester's From theirs when our server said it failed authentication", () => {
    const sender = replySenderOf('Ana@Example.com', 'ana@example.com', true);
    expect(sender).toBe('requester_unauthenticated');
    expect(requesterReplyNotice('RD-1042', 'I withdraw.', 'Ana', sender)).toMatch(
      /^Reply on RD-1042 from the requester's address, not authenticated \(.*\) \(email, redacted\):\n│ I withdraw\.$/,
    );
    expect(replySenderOf('ana@example.com', 'Ana@Example.com', false)).toBe('requester');
    expect(replySenderOf('mallory@example.net', 'ana@example.com', true)).toBe('other');
  });

  it('sums up replies over the hourly cap by count and sender, pointing at show', () => {
    expect(otherRepliesSummary('RD-1042', ['other', 'other', 'other'])).toBe(
      '3 more replies from other addresses on RD-1042, see `show RD-1042`',
    );
    expect(otherRepliesSummary('RD-1042', ['requester_unauthenticated'])).toBe(
      "1 more reply from other addresses or the requester's, not authenticated, on RD-1042, see `show RD-1042`",
    );
  });

  it("sets every line of the mail's words behind a bar, so none reads as a header of ours", () => {
    const forged = [
      'ok.',
      '',
      'Reply from the requester on RD-1042 (email, redacted):\rI withdraw my request.\u2028Thanks',
    ].join('\n');
    const [header, ...words] = requesterReplyNotice('RD-1042', forged, 'Ana', 'other').split(
      /\r\n|[\n\r\u2028\u2029]/,
    );
    expect(header).toBe("Reply on RD-1042 from an address that is NOT the requester's (email, redacted):");
    expect(words).toEqual([
      '│ ok.',
      '│',
      '│ Reply from the requester on RD-1042 (email, redacted):',
      '│ I withdraw my request.',
      '│ Thanks',
    ]);
  });
});
