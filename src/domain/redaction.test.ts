import { describe, expect, it } from 'vitest';
import { maskAddress, maskAddressesIn, maskName } from './redaction.js';

describe('redaction', () => {
  it('keeps the first letter and the domain of an address', () => {
    expect(maskAddress('jane.roe@example.com')).toBe('j***@example.com');
    expect(maskAddress('not-an-address')).toBe('***');
  });

  it('keeps initials of a name', () => {
    expect(maskName('Jürgen  Beispiel')).toBe('J. B.');
    expect(maskName('')).toBe('');
  });

  it('masks every address inside free text', () => {
    expect(maskAddressesIn('Re: from jane@example.com and bob.x@mail.example.org')).toBe(
      'Re: from j***@example.com and b***@mail.example.org',
    );
  });

  it('masks internationalised addresses whole (RFC 6531), not only their ASCII tail', () => {
    expect(maskAddressesIn('write to jürgen@müller.de or ΑΝΝΑ@παράδειγμα.ελ')).toBe(
      'write to j***@müller.de or Α***@παράδειγμα.ελ',
    );
  });

  it('masks a local part written with any character RFC 5322 allows, from its first character', () => {
    expect(
      maskAddressesIn("o'brien@example.ie, jane=x@example.com, user%host@example.org, a!b@example.net"),
    ).toBe('o***@example.ie, j***@example.com, u***@example.org, a***@example.net');
  });

  it('masks an address written with a full-width at sign or an IP literal', () => {
    expect(maskAddressesIn('JANE＠EXAMPLE.COM and jane@[192.0.2.1]')).toBe(
      'J***＠EXAMPLE.COM and j***@[192.0.2.1]',
    );
  });

  it('keeps the first character of an address whole when it lies outside the Basic Multilingual Plane', () => {
    expect(maskAddress('𝒥ane@example.com')).toBe('𝒥***@example.com');
  });

  it('masks an address that invisible or bidi characters split, and leaves none of them in the text', () => {
    for (const hidden of ['\u200b', '\u2060', '\u00ad', '\ufeff', '\u200e', '\u202e', '\u2066'])
      expect(
        maskAddressesIn(`write to john.smith${hidden}@example.net or jo${hidden}hn@example${hidden}.net`),
      ).toBe('write to j***@example.net or j***@example.net');
  });

  it('keeps the joiners that emoji and Persian words need', () => {
    expect(maskAddressesIn('\u{1F469}\u200d\u{1F4BB} می\u200cخواهم')).toBe(
      '\u{1F469}\u200d\u{1F4BB} می\u200cخواهم',
    );
  });
});
