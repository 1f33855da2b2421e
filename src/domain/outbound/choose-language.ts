/**
 * Picks the language of an email: the ticket's language when we write letters in it, else the language
 * of the ticket's law where it has one (French in Québec, Brazilian Portuguese under the LGPD), else the
 * organisation's default; a fallback is recorded with the email, so staff can see it. A
 * Portuguese-speaking requester under Brazil's LGPD gets Brazilian Portuguese.
 */

export interface LanguageChoice {
  readonly language: string;
  /** The language asked for when it had to fall back, otherwise null. */
  readonly requested: string | null;
}

/**
 * The language a law's own requesters are owed when theirs is not written: Québec's Charter of the
 * French language s. 5 (consumers are informed and served in French); Brazil's Consumer Code art. 31
 * (information in Portuguese).
 */
const LANGUAGE_OF_LAW: Readonly<Record<string, string>> = { 'ca-qc': 'fr', 'br-lgpd': 'pt-BR' };

export function chooseLanguage(
  wanted: string | null,
  available: readonly string[],
  organisationDefault: string,
  jurisdiction: string | null = null,
): LanguageChoice {
  if (wanted === 'pt' && jurisdiction === 'br-lgpd' && available.includes('pt-BR'))
    return { language: 'pt-BR', requested: null };
  if (wanted && available.includes(wanted)) return { language: wanted, requested: null };
  const ofLaw = jurisdiction ? LANGUAGE_OF_LAW[jurisdiction] : undefined;
  const language =
    ofLaw && available.includes(ofLaw)
      ? ofLaw
      : available.includes(organisationDefault)
        ? organisationDefault
        : (available[0] ?? 'en');
  return { language, requested: wanted && wanted !== language ? wanted : null };
}
