import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseEmail } from '../../adapters/mime/parse-email.js';
import type { ParsedEmail } from '../email/parsed-email.js';
import { type Classification, type Classifier, classifyEmail, createClassifier } from './classify-email.js';
import { UNSUPPORTED_LANGUAGE_CAP } from './confidence.js';
import { createLanguageDetector } from './language.js';

const CORPUS = new URL('../../../../shared/corpus/dev/', import.meta.url);
const FIXTURES = new URL('../../../test/fixtures/classify/', import.meta.url);

async function load(name: string): Promise<ParsedEmail> {
  const folder = name.startsWith('d') ? CORPUS : FIXTURES;
  return parseEmail(readFileSync(new URL(name, folder)));
}

let classifier: Classifier;
const classify = async (name: string): Promise<Classification> => classifyEmail(classifier, await load(name));

beforeAll(() => {
  classifier = createClassifier(createLanguageDetector());
});

describe('negation', () => {
  it.each([
    ['d068.eml', ['not_a_request'], '"I do NOT want my account deleted" with a job-list question'],
    ['d049.eml', ['objection'], '"Please do NOT close my account", only stop marketing'],
    ['d015.eml', ['access'], '"not asking you to delete anything", asks what is held'],
    ['d040.eml', ['restriction'], '"Merci de NE PAS le supprimer", restrict instead'],
    ['f01-en-negated-deletion.eml', ['rectification'], '"Please don\'t delete my account", change the email'],
    [
      'f07-de-trailing-negation.eml',
      ['objection'],
      '"löschen Sie mein Konto nicht!" (negation after the verb)',
    ],
  ])('%s is %j: %s', async (file, types) => {
    expect((await classify(file)).types).toEqual(types);
  });

  it('says which deletion phrase was set aside', async () => {
    const result = await classify('d068.eml');
    expect(result.reasons.some((r) => r.startsWith('negated, not counted'))).toBe(true);
  });
});

describe('quoting', () => {
  it('a thank-you reply quoting "please delete my account" is not a request', async () => {
    expect((await classify('f03-en-quoted-request.eml')).types).toEqual(['not_a_request']);
  });

  it('a reply whose own text confirms deletion is erasure even though the quote asks a question', async () => {
    expect((await classify('f22-en-reply-confirms.eml')).types).toEqual(['erasure']);
  });

  it('a thank-you on a completed ticket is not a request although the quote says "corrected"', async () => {
    expect((await classify('d076.eml')).types).toEqual(['not_a_request']);
  });
});

describe('multi-type requests', () => {
  it.each([
    ['f05-en-multi-type.eml', ['access', 'erasure', 'objection']],
    ['d033.eml', ['access', 'portability']],
    ['d082.eml', ['access', 'restriction', 'objection']],
    ['d139.eml', ['erasure', 'opt_out_sale']],
    ['d150.eml', ['objection', 'withdraw_consent']],
  ])('%s gets every right it asks for: %j', async (file, types) => {
    expect([...(await classify(file)).types].sort()).toEqual([...types].sort());
  });

  it('a copy wanted as JSON is portability without access (labelling guide)', async () => {
    expect((await classify('d059.eml')).types).toEqual(['erasure', 'portability']);
  });
});

describe('each supported language', () => {
  it.each([
    ['d137.eml', 'en', ['access']],
    ['f06-de-access-erasure.eml', 'de', ['access', 'erasure']],
    ['f08-fr-rectification.eml', 'fr', ['rectification']],
    ['f09-es-objection.eml', 'es', ['objection']],
    ['f10-it-access.eml', 'it', ['access']],
    ['f11-nl-withdraw.eml', 'nl', ['withdraw_consent']],
    ['f12-pt-portability.eml', 'pt', ['portability']],
    ['f13-pl-erasure.eml', 'pl', ['erasure']],
    ['f14-sv-access.eml', 'sv', ['access']],
    ['f15-da-objection.eml', 'da', ['objection']],
    ['d017.eml', 'da', ['erasure']],
  ])('%s is %s and %j with confidence above the triage band', async (file, language, types) => {
    const result = await classify(file);
    expect(result.language).toBe(language);
    expect([...result.types].sort()).toEqual([...types].sort());
    expect(result.confidence).toBeGreaterThan(0.6);
  });

  it.each([
    ['d004.eml', 'fi'],
    ['d056.eml', 'ja'],
    ['d060.eml', 'hu'],
    ['d118.eml', 'cs'],
    ['d078.eml', 'ro'],
    ['d025.eml', 'no'],
    ['f21-fi-erasure.eml', 'fi'],
  ])(
    '%s in unsupported %s goes to a person with low confidence, still as a request',
    async (file, language) => {
      const result = await classify(file);
      expect(result.language).toBe(language);
      expect(result.confidence).toBeLessThanOrEqual(UNSUPPORTED_LANGUAGE_CAP);
      expect(result.types).not.toContain('not_a_request');
    },
  );
});

describe('HTML-only mail', () => {
  it.each([
    ['d003.eml', ['opt_out_sale']],
    ['d122.eml', ['erasure']],
    ['f04-en-html-only-erasure.eml', ['erasure']],
    ['f23-de-html-only-withdraw.eml', ['withdraw_consent']],
    ['d051.eml', ['not_a_request']],
  ])('%s is read from its HTML: %j', async (file, types) => {
    expect((await classify(file)).types).toEqual(types);
  });
});

describe('look-alikes that are not requests', () => {
  it.each([
    ['f02-en-how-delete-job.eml', 'how do I delete a conversion job?'],
    ['d080.eml', 'how do I delete old jobs'],
    ['d148.eml', 'deleting a leaked API key, "not the account"'],
    ['d132.eml', 'removing one imported file (Dutch)'],
    ['d108.eml', 'a DSAR-tool sales pitch full of request words'],
    ['d020.eml', 'a hypothetical question about deletion "if one day" (Portuguese)'],
    ['f16-en-policy-question.eml', '"do you sell personal information?" before signing up'],
    ['f17-en-support-export.eml', 'exporting conversion results as CSV'],
    ['f24-en-delete-webhook.eml', 'deleting a test webhook'],
  ])('%s is not_a_request: %s', async (file) => {
    expect((await classify(file)).types).toEqual(['not_a_request']);
  });
});

describe('automatic mail and output contract', () => {
  it('an out-of-office reply is auto and not a request', async () => {
    expect(await classify('d006.eml')).toMatchObject({
      types: ['not_a_request'],
      auto: true,
      language: 'de',
    });
  });

  it('a mailing-list post about deletion requests is auto, not erasure', async () => {
    expect(await classify('d123.eml')).toMatchObject({ types: ['not_a_request'], auto: true });
  });

  it('reasons never show an email address, even where the cue sits next to one', async () => {
    for (const file of ['d003.eml', 'd027.eml', 'd103.eml', 'd122.eml', 'd139.eml', 'd145.eml']) {
      const result = await classify(file);
      expect(result.reasons.length).toBeGreaterThan(0);
      for (const reason of result.reasons) expect(reason).not.toMatch(/@/);
    }
  });

  it('is deterministic: the same email gives the same classification', async () => {
    const email = await load('d082.eml');
    expect(classifyEmail(classifier, email)).toEqual(classifyEmail(classifier, email));
  });
});
