import { describe, expect, it } from 'vitest';
import { appealsDecision } from './appeal-wording.js';

describe('a reply that appeals', () => {
  it.each([
    ['en', 'I wish to appeal this decision. The exemption does not apply to me.'],
    ['en', 'Please treat this as my appeal of your denial.'],
    ['de', 'Ich lege hiermit Widerspruch gegen Ihre Entscheidung ein.'],
    ['fr', 'Je forme un recours contre cette décision.'],
    ['es', 'Presento recurso contra su decisión.'],
  ])('%s: "%s" appeals', (_language, text) => {
    expect(appealsDecision(text)).toBe(true);
  });

  it('does not read a thank-you, or an appeal only in the quoted history, as an appeal', () => {
    expect(appealsDecision('Thanks for letting me know, understood.')).toBe(false);
    expect(appealsDecision('Fine, thanks.\n\n> You may appeal this decision by replying.')).toBe(false);
  });
});
