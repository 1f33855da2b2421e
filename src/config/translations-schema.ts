/**
 * The `translations:` section of an organisation file: its letter facts (retention rows, access
 * information, recipients, data systems' names) in each letter language it writes to, keyed by the
 * file's own text. A language the file translates must translate every fact, checked at load, so a
 * letter never switches back to the file's language mid-list; a language it does not translate gets
 * the facts as written, with a sentence saying in which language (organisation-texts.ts).
 */
import { z } from 'zod';
import { isLetterLanguage, LETTER_LANGUAGES } from '../domain/outbound/letters/languages.js';

export const TranslationsSchema = z
  .record(z.string(), z.record(z.string().min(1), z.string().min(1)))
  .default({});

/** What the check reads from the rest of the organisation file. */
interface FactSource {
  readonly defaultLanguage: string;
  readonly retention: readonly { readonly data: string }[];
  readonly accessInformation?:
    | {
        readonly purposes: readonly string[];
        readonly categories: readonly string[];
        readonly otherRecipients: readonly string[];
        readonly sources: readonly string[];
        readonly transfers?: readonly string[];
      }
    | undefined;
  readonly recipients: readonly { readonly name: string; readonly role: string }[];
  readonly dataSystems: readonly { readonly name: string }[];
  readonly translations: Partial<Record<string, Record<string, string>>>;
}

/** Every text of the file that a letter quotes. */
export function letterTexts(org: FactSource): string[] {
  const access = org.accessInformation;
  return [
    ...new Set([
      ...org.retention.map((r) => r.data),
      ...(access
        ? [
            ...access.purposes,
            ...access.categories,
            ...access.otherRecipients,
            ...access.sources,
            ...(access.transfers ?? []),
          ]
        : []),
      ...org.recipients.flatMap((r) => [r.name, r.role]),
      ...org.dataSystems.map((s) => s.name),
    ]),
  ];
}

export interface TranslationProblem {
  readonly path: (string | number)[];
  readonly message: string;
}

/** A language translated in part, a translation of a text the file does not have, the file's own language. */
export function translationProblems(org: FactSource): TranslationProblem[] {
  const texts = letterTexts(org);
  const problems: TranslationProblem[] = [];
  for (const [language, translated = {}] of Object.entries(org.translations)) {
    if (!isLetterLanguage(language))
      problems.push({
        path: ['translations', language],
        message: `letters are not written in ${language}; letter languages are ${LETTER_LANGUAGES.join(', ')}`,
      });
    if (language === org.defaultLanguage)
      problems.push({
        path: ['translations', language],
        message: `${language} is the file's own language (defaultLanguage): nothing to translate`,
      });
    const missing = texts.filter((t) => !(t in translated));
    if (missing.length > 0)
      problems.push({
        path: ['translations', language],
        message: `a letter in ${language} would quote these untranslated: ${missing.map((m) => `"${m}"`).join('; ')}`,
      });
    for (const key of Object.keys(translated))
      if (!texts.includes(key))
        problems.push({
          path: ['translations', language, key],
          message:
            'not a text of this file that a letter quotes (retention data, access information, recipients, data systems)',
        });
  }
  return problems;
}
