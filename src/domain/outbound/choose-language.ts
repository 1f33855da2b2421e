/**
 * Picks the language of an email: the ticket's language when we have templates for it, else the
 * organisation's default (and the fallback is recorded with the email, so staff can see it).
 */

export interface LanguageChoice {
  readonly language: string;
  /** The language asked for when it had to fall back, otherwise null. */
  readonly requested: string | null;
}

export function chooseLanguage(
  wanted: string | null,
  available: readonly string[],
  organisationDefault: string,
): LanguageChoice {
  if (wanted && available.includes(wanted)) return { language: wanted, requested: null };
  const language = available.includes(organisationDefault) ? organisationDefault : (available[0] ?? 'en');
  return { language, requested: wanted && wanted !== language ? wanted : null };
}
