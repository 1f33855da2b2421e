import { describe, expect, it } from 'vitest';
import { senderAuthenticationFailure } from './sender-failed-authentication.js';

const ours = 'mx.example.com';

describe('senderAuthenticationFailure', () => {
  it('names a DMARC failure stamped by our own server', () => {
    const header = `${ours}; spf=pass smtp.mailfrom=bank.example; dmarc=fail header.from=bank.example`;
    expect(senderAuthenticationFailure([header], ours)).toBe('the sender failed DMARC');
  });

  it('names SPF and DKIM failing together, but not one of them alone or a passing DKIM signature', () => {
    expect(senderAuthenticationFailure([`${ours}; spf=fail; dkim=fail`], ours)).toMatch(
      /SPF \(fail\) and DKIM/,
    );
    expect(
      senderAuthenticationFailure([`${ours}; spf=softfail; dkim=pass header.d=a.example`], ours),
    ).toBeNull();
    expect(senderAuthenticationFailure([`${ours}; spf=fail`], ours)).toBeNull();
  });

  it('keeps the failure our server stamped on top when the sender wrote a pass in our name under it', () => {
    const forged = `${ours}; dkim=pass header.d=bank.example; dmarc=pass header.from=bank.example`;
    expect(senderAuthenticationFailure([`${ours}; spf=fail; dkim=fail`, forged], ours)).toMatch(
      /SPF \(fail\) and DKIM \(fail\)/,
    );
    expect(senderAuthenticationFailure([`${ours}; dmarc=fail`, forged], ours)).toBe(
      'the sender failed DMARC',
    );
  });

  it('ignores results from another server and anything without a configured authserv-id', () => {
    expect(senderAuthenticationFailure(['forger.example; dmarc=fail'], ours)).toBeNull();
    expect(senderAuthenticationFailure([`${ours}; dmarc=fail`], null)).toBeNull();
  });
});
