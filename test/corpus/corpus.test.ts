// Integrity of the committed labelled corpus (corpus/): labels parse, every email parses to a text body,
// splits never share a template family, every language has requests in test, and the seed reproduces it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { REQUEST_TYPES } from '../../src/domain/request-types.js';
import { generateCorpus, labelsJson } from '../../scripts/corpus/generate.js';

const CORPUS = join(import.meta.dirname, '..', '..', 'corpus');
const TYPES = REQUEST_TYPES;
const Label = z.strictObject({
  file: z.string().regex(/^c\d{4}\.eml$/),
  org: z.enum(['importly', 'mediaconvert', 'zmapi']),
  types: z.array(z.enum(TYPES)).min(1),
  flags: z.array(z.enum(['auto', 'agent', 'child', 'regulator', 'follow_up', 'complaint'])),
  language: z.string().regex(/^[a-z]{2}$/),
  note: z.string().min(1),
  family: z.string().min(1),
  style: z.string().min(1),
  split: z.enum(['train', 'validation', 'test']),
});
const labels = z.array(Label).parse(JSON.parse(readFileSync(join(CORPUS, 'labels.json'), 'utf8')));
// The 24 official EU languages, Brazilian Portuguese, and seven more.
const REQUIRED_LANGUAGES = [
  'bg', 'hr', 'cs', 'da', 'nl', 'en', 'et', 'fi', 'fr', 'de', 'el', 'hu', 'ga', 'it', 'lv', 'lt', 'mt', 'pl', 'pt',
  'ro', 'sk', 'sl', 'es', 'sv', 'pt-BR', 'ja', 'zh', 'ko', 'tr', 'uk', 'ru', 'hi',
];
const HELD_OUT_STYLES = ['angry', 'consumer-group', 'non-native'];

const languageOf = (label: z.infer<typeof Label>): string =>
  label.language === 'pt' && label.note.includes('Brazil') ? 'pt-BR' : label.language;

describe('the labelled corpus', () => {
  it('holds at least 2,000 emails, each labelled once', () => {
    expect(labels.length).toBeGreaterThanOrEqual(2000);
    expect(new Set(labels.map((label) => label.file)).size).toBe(labels.length);
  });

  it('never combines not_a_request with a request type', () => {
    const mixed = labels.filter((label) => label.types.includes('not_a_request') && label.types.length > 1);
    expect(mixed).toEqual([]);
  });

  it('parses every email with postal-mime to a text body', async () => {
    for (const label of labels) {
      const path = join(CORPUS, label.file);
      expect(existsSync(path), label.file).toBe(true);
      const email = await PostalMime.parse(readFileSync(path));
      const body = (email.text ?? '').trim() || (email.html ?? '').replace(/<[^>]+>/g, '').trim();
      expect(body.length, label.file).toBeGreaterThan(10);
      expect(email.messageId, label.file).toMatch(/^<.+@.+>$/);
    }
  });

  it('keeps every template family, and so every style-and-family pair, inside one split', () => {
    const splitOf = new Map<string, string>();
    const crossing = labels.filter((label) => {
      const seen = splitOf.get(label.family);
      splitOf.set(label.family, seen ?? label.split);
      return seen !== undefined && seen !== label.split;
    });
    expect(crossing).toEqual([]);
    const pairSplit = new Map<string, Set<string>>();
    for (const label of labels) {
      const key = `${label.style}|${label.family}`;
      pairSplit.set(key, (pairSplit.get(key) ?? new Set()).add(label.split));
    }
    expect([...pairSplit.values()].filter((splits) => splits.size > 1)).toEqual([]);
  });

  it('writes the held-out author styles only into validation and test', () => {
    const leaked = labels.filter((label) => label.split === 'train' && HELD_OUT_STYLES.includes(label.style));
    expect(leaked).toEqual([]);
  });

  it('has requests and hard negatives in the test split for every language', () => {
    for (const language of REQUIRED_LANGUAGES) {
      const test = labels.filter((label) => languageOf(label) === language && label.split === 'test');
      expect(
        test.some((label) => !label.types.includes('not_a_request')),
        language,
      ).toBe(true);
      expect(
        test.some((label) => label.types.includes('not_a_request')),
        language,
      ).toBe(true);
      const all = labels.filter((label) => languageOf(label) === language);
      const rights = new Set(all.flatMap((label) => label.types));
      expect(rights.size, language).toBe(TYPES.length);
    }
  });

  it('is reproduced byte for byte by the generator from its seed', () => {
    const regenerated = generateCorpus();
    expect(labelsJson(regenerated.labels)).toBe(readFileSync(join(CORPUS, 'labels.json'), 'utf8'));
    const digest = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
    for (const [file, bytes] of regenerated.files) {
      expect(digest(bytes), file).toBe(digest(readFileSync(join(CORPUS, file))));
    }
  });
});
