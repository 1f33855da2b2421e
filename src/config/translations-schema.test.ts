import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ConfigError } from './errors.js';
import { loadOrganisations } from './organisations.js';
import { letterTexts } from './translations-schema.js';

const seed = parse(
  readFileSync(resolve(import.meta.dirname, '../../organisations/importly.yaml'), 'utf8'),
) as {
  translations?: Record<string, Record<string, string>>;
};

function problemsWith(translations: Record<string, Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-translations-'));
  writeFileSync(join(dir, 'importly.yaml'), stringify({ ...seed, translations }));
  try {
    loadOrganisations(dir);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.join('\n');
    throw error;
  }
  return '';
}

const complete = (language: string) =>
  Object.fromEntries(letterTexts(parse(stringify(seed)) as never).map((t) => [t, `${language}: ${t}`]));

describe('an organisation file’s translations of its letter facts', () => {
  it('loads a language that translates every retention row, access text, recipient and system name', () => {
    expect(problemsWith({ it: complete('it') })).toBe('');
  });

  it('refuses a language translated in part, naming every text a letter would quote untranslated', () => {
    const partial = complete('it');
    delete partial['Account database'];
    delete partial['payment processor'];
    const problems = problemsWith({ it: partial });
    expect(problems).toMatch(
      /translations\.it: a letter in it would quote these untranslated: .*"payment processor"/,
    );
    expect(problems).toContain('"Account database"');
  });

  it('refuses a translation of a text the file does not have, a language letters are not written in, and the file’s own', () => {
    const problems = problemsWith({
      it: { ...complete('it'), 'imported media file': 'file multimediali importati' },
      fi: complete('fi'),
      en: complete('en'),
    });
    expect(problems).toMatch(/translations\.it\.imported media file: not a text of this file/);
    expect(problems).toMatch(/translations\.fi: letters are not written in fi; letter languages are en, de/);
    expect(problems).toMatch(/translations\.en: en is the file's own language/);
  });
});
