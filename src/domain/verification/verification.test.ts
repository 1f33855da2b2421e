import { describe, expect, it } from 'vitest';
import { senderAuthenticated } from './authentication-results.js';
import { checkVerificationReply } from './check-reply.js';
import { codeCandidatesIn, generateCode, hashCode } from './one-time-code.js';

const secret = 'unit-test-secret';
const now = new Date('2026-05-04T10:00:00Z');
const pending = (code: string) => ({
  id: 1,
  ticketId: 7,
  codeHash: hashCode(code, 7, secret),
  expiresAt: new Date('2026-05-05T10:00:00Z'),
  attempts: 0,
  maxAttempts: 3,
});
const passed = { passed: true, detail: 'dkim=pass header.d=example.com' };
const check = (text: string, overrides: Partial<Parameters<typeof checkVerificationReply>[0]> = {}) =>
  checkVerificationReply({
    pending: pending('1234-5678'),
    requesterAddress: 'jane@example.com',
    reply: { fromAddress: 'jane@example.com', text, authentication: passed },
    secret,
    now,
    ...overrides,
  });

describe('one-time codes', () => {
  it('are eight digits from the injected random source', () => {
    let i = 0;
    expect(generateCode(() => i++ % 10)).toBe('0123-4567');
  });

  it('are stored as a keyed hash bound to the ticket', () => {
    expect(hashCode('1234-5678', 7, secret)).toBe(hashCode('12345678', 7, secret));
    expect(hashCode('1234-5678', 7, secret)).not.toBe(hashCode('1234-5678', 8, secret));
    expect(hashCode('1234-5678', 7, secret)).not.toContain('12345678');
  });

  it('are found in a reply written with or without the dash, but not inside longer numbers', () => {
    expect(codeCandidatesIn('code 1234-5678, again 12345678')).toEqual(['12345678']);
    expect(codeCandidatesIn('call +49 30 123456789')).toEqual([]);
  });

  it('are not read in the groups of a phone number written with spaces or dashes, as signatures write them', () => {
    for (const phone of [
      '+44 20 7946 0958',
      '030 1234 5678',
      '+1-202-555-0143-0100',
      '0151 2345 6789',
      '020\u00a07946\u00a00958',
    ])
      expect(codeCandidatesIn(`I am out of the office. Call ${phone}.`)).toEqual([]);
    expect(codeCandidatesIn('my code is 1234 5678\n2 attachments')).toEqual(['12345678']);
    expect(codeCandidatesIn('Code: 1234\u20115678 (from your letter), 4321-8765')).toEqual([
      '12345678',
      '43218765',
    ]);
  });
});

describe('checking a code reply', () => {
  it('verifies the right code from the requester with authentication passed', () => {
    expect(check('my code is 1234 5678').kind).toBe('verified');
  });

  it('costs no attempt when the reply has no code in it', () => {
    expect(check('thanks, when will you answer?').kind).toBe('no_code');
  });

  it('names every reason a reply fails', () => {
    const result = check('1111-2222', {
      reply: {
        fromAddress: 'eve@example.com',
        text: '1111-2222',
        authentication: { passed: false, detail: '' },
      },
      now: new Date('2026-05-06T00:00:00Z'),
    });
    expect(result).toMatchObject({
      kind: 'rejected',
      reasons: ['sender_not_requester', 'sender_not_authenticated', 'code_expired', 'wrong_code'],
    });
  });

  it("counts only the requester's authenticated replies against the attempt limit", () => {
    const last = { pending: { ...pending('1234-5678'), attempts: 2 } };
    const stranger = { fromAddress: 'eve@example.com', text: '1111-2222', authentication: passed };
    const forged = {
      ...stranger,
      fromAddress: 'jane@example.com',
      authentication: { passed: false, detail: '' },
    };
    expect(check('1111-2222', { ...last, reply: stranger })).toMatchObject({
      costsAttempt: false,
      exhausted: false,
    });
    expect(check('1111-2222', { ...last, reply: forged })).toMatchObject({
      costsAttempt: false,
      exhausted: false,
    });
    expect(check('1111-2222', last)).toMatchObject({ costsAttempt: true, exhausted: true });
  });

  it('treats a reply listing many codes as guessing', () => {
    expect(check('1111-1111, 2222-2222, 3333-3333, 1234-5678')).toMatchObject({
      reasons: ['too_many_candidates'],
    });
    // Written as one run of digit groups they read as a number: no code, so nothing verifies either.
    expect(check('1111-1111 2222-2222 3333-3333 1234-5678').kind).toBe('no_code');
  });

  it('stops after the attempt limit even with the right code', () => {
    expect(check('1234-5678', { pending: { ...pending('1234-5678'), attempts: 3 } })).toMatchObject({
      kind: 'rejected',
      reasons: ['attempts_exhausted'],
      exhausted: true,
    });
  });
});

describe('Authentication-Results', () => {
  const header = (value: string) => senderAuthenticated([value], 'jane@mail.example.com', 'mx.ours.example');

  it('trusts DKIM or SPF passes for the sender domain from our authserv-id only', () => {
    expect(header('mx.ours.example; dkim=pass (good) header.d=example.com; spf=fail').passed).toBe(true);
    expect(header('mx.ours.example 1; spf=pass smtp.mailfrom=jane@mail.example.com').passed).toBe(true);
    expect(header('mx.other.example; dkim=pass header.d=example.com').passed).toBe(false);
    expect(header('mx.ours.example; dkim=pass header.d=evil.example').passed).toBe(false);
    expect(header('mx.ours.example; dkim=fail header.d=example.com').passed).toBe(false);
    expect(
      senderAuthenticated(['mx.ours.example; dkim=pass header.d=example.com'], 'jane@example.com', null)
        .passed,
    ).toBe(false);
  });

  it("takes each method's verdict from the topmost header of our server, not a pass the sender wrote under it", () => {
    const ours = 'mx.ours.example; dkim=fail header.d=example.com; spf=softfail smtp.mailfrom=example.com';
    const forged = 'mx.ours.example; dkim=pass header.d=example.com; spf=pass smtp.mailfrom=example.com';
    const verdict = (values: string[]) => senderAuthenticated(values, 'jane@example.com', 'mx.ours.example');
    expect(verdict([ours, forged]).passed).toBe(false);
    // Several filters of our server may each add a header: one method's verdict does not hide another's.
    const dkimOnly = 'mx.ours.example; dkim=none';
    const spfOnly = 'mx.ours.example; spf=pass smtp.mailfrom=example.com';
    expect(verdict([dkimOnly, spfOnly]).passed).toBe(true);
    expect(verdict([dkimOnly, spfOnly, forged]).passed).toBe(true);
    expect(verdict(['mx.ours.example; spf=fail smtp.mailfrom=example.com', dkimOnly, forged]).passed).toBe(
      false,
    );
  });
});
