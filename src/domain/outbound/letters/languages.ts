/**
 * The languages requester letters are written in: every language the classifier reads in full, plus
 * Brazilian Portuguese for LGPD tickets (a Brazilian reads European Portuguese as foreign and formal).
 */
export const LETTER_LANGUAGES = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'pt',
  'pt-BR',
  'pl',
  'sv',
  'da',
] as const;

export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

export function isLetterLanguage(value: string): value is LetterLanguage {
  return (LETTER_LANGUAGES as readonly string[]).includes(value);
}
