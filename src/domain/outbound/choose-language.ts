/**
 * Picks the language of an email: the ticket's language when we write letters in it, else the
 * organisation's default (and the fallback is recorded with the email, so staff can see it). A
 * Portuguese-speaking requester under Brazil's LGPD gets Brazilian Portuguese.
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
  jurisdiction: string | null = null,
): LanguageChoice {
  if (wanted === 'pt' && jurisdiction === 'br-lgpd' && available.includes('pt-BR'))
    return { language: 'pt-BR', requested: null };
  if (wanted && available.includes(wanted)) return { language: wanted, requested: null };
  const language = available.includes(organisationDefault) ? organisationDefault : (available[0] ?? 'en');
  return { language, requested: wanted && wanted !== language ? wanted : null };
}
