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
});
