/**
 * The organisation's own words in a letter (retention rows, purposes, categories, recipients, sources,
 * data systems' names) in the letter's language. The organisation file writes them in its own
 * language and may translate them per letter language (`translations:`, checked complete at load). A
 * letter in a language the file does not translate quotes them as the file writes them and says so,
 * once, in the letter's language: a letter must not switch language mid-sentence without warning.
 */
import type { SystemWork } from '../../fulfilment/tasks.js';
import { block, type LetterBlock } from './letter.js';
import type { LetterFacts } from './letter-facts.js';
import type { LetterLanguage } from './languages.js';
import type { Phrases } from './phrases.js';

/** The facts and the systems' names in the letter's language, and the texts left in the file's. */
export function inLetterLanguage(
  facts: LetterFacts,
  systems: readonly SystemWork[],
  language: LetterLanguage,
): { facts: LetterFacts; systems: SystemWork[]; untranslated: string[] } {
  const same = facts.texts.language === language;
  const untranslated = new Set<string>();
  const t = (text: string): string => {
    const translated = same ? text : facts.texts.translations?.[text];
    if (translated !== undefined) return translated;
    untranslated.add(text);
    return text;
  };
  const access = facts.access;
  return {
    facts: {
      ...facts,
      retention: facts.retention.map((row) => ({ ...row, data: t(row.data) })),
      access: access && {
        purposes: access.purposes.map(t),
        categories: access.categories.map(t),
        recipients: access.recipients.map(t),
        sources: access.sources.map(t),
        transfers: access.transfers.map(t),
      },
    },
    systems: systems.map((s) => ({ ...s, systemName: t(s.systemName) })),
    untranslated: [...untranslated],
  };
}

/**
 * The note a letter carries, after its first sentence, when it quotes any of the organisation's words
 * untranslated: which language they are in. Null when every quoted fact is in the letter's language.
 */
export function untranslatedNote(
  blocks: readonly LetterBlock[],
  untranslated: readonly string[],
  source: string,
  language: LetterLanguage,
  p: Phrases,
): LetterBlock | null {
  if (untranslated.length === 0) return null;
  const quoted = blocks.some((b) =>
    [b.text, ...b.items].some((s) => untranslated.some((u) => s.includes(u))),
  );
  if (!quoted) return null;
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(source) ?? source;
  return block(p.untranslatedFacts(name));
}
