import { describe, expect, it } from 'vitest';
import { chooseLanguage } from './choose-language.js';
import { capReason, retryDelayMs } from './delivery-policy.js';
import { headerText, subjectWithToken, threadingFor } from './outgoing-headers.js';

describe('outgoing headers', () => {
  it('flattens CR, LF and other controls so no header can be smuggled in', () => {
    expect(headerText('Hi\r\nBcc: x@example.com\u0000')).toBe('Hi Bcc: x@example.com');
  });

  it('adds the ticket token once', () => {
    expect(subjectWithToken('We received your request', 'RD-1042')).toBe(
      'We received your request [RD-1042]',
    );
    expect(subjectWithToken('Re: [RD-1042] x', 'RD-1042')).toBe('Re: [RD-1042] x');
  });

  it('threads to the requester’s last message and keeps long References bounded', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `<m${i}@x>`);
    const { inReplyTo, references } = threadingFor(ids, '<m29@x>');
    expect(inReplyTo).toBe('<m29@x>');
    expect(references).toHaveLength(20);
    expect(references[0]).toBe('<m0@x>');
    expect(references.at(-1)).toBe('<m29@x>');
  });
});

describe('delivery policy', () => {
  it('caps automatic emails only, at the configured count', () => {
    const cap = { emails: 2, hours: 3 };
    expect(capReason({ automatic: true, sentRecently: 1 }, cap)).toBeNull();
    expect(capReason({ automatic: true, sentRecently: 2 }, cap)).toMatch(/cap reached/);
    expect(capReason({ automatic: false, sentRecently: 50 }, cap)).toBeNull();
  });

  it('backs off exponentially with jitter up to the maximum', () => {
    const backoff = { baseMs: 1000, maxMs: 60_000 };
    expect(retryDelayMs(1, backoff, () => 1)).toBe(1000);
    expect(retryDelayMs(3, backoff, () => 0)).toBe(2000);
    expect(retryDelayMs(30, backoff, () => 1)).toBe(60_000);
  });
});

describe('language of an email', () => {
  it('falls back to the organisation default and records the language asked for', () => {
    expect(chooseLanguage('de', ['de', 'en'], 'en')).toEqual({ language: 'de', requested: null });
    expect(chooseLanguage('it', ['de', 'en'], 'en')).toEqual({ language: 'en', requested: 'it' });
    expect(chooseLanguage(null, ['de', 'en'], 'de')).toEqual({ language: 'de', requested: null });
  });

  it('writes Brazilian Portuguese to a Portuguese speaker under the LGPD, European Portuguese otherwise', () => {
    const available = ['en', 'pt', 'pt-BR'];
    expect(chooseLanguage('pt', available, 'en', 'br-lgpd')).toEqual({ language: 'pt-BR', requested: null });
    expect(chooseLanguage('pt', available, 'en', 'eu-gdpr')).toEqual({ language: 'pt', requested: null });
  });

  it('falls back to French in Québec and to Brazilian Portuguese under the LGPD, not to the organisation default', () => {
    const available = ['en', 'fr', 'pt', 'pt-BR'];
    expect(chooseLanguage('ja', available, 'en', 'ca-qc')).toEqual({ language: 'fr', requested: 'ja' });
    expect(chooseLanguage(null, available, 'en', 'ca-qc')).toEqual({ language: 'fr', requested: null });
    expect(chooseLanguage('ja', available, 'en', 'br-lgpd')).toEqual({ language: 'pt-BR', requested: 'ja' });
    expect(chooseLanguage('ja', available, 'en', 'ca-pipeda')).toEqual({ language: 'en', requested: 'ja' });
    expect(chooseLanguage('en', available, 'fr', 'ca-qc')).toEqual({ language: 'en', requested: null });
  });
});
