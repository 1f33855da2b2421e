/**
 * Cues that hold in any language: GDPR article numbers in the ways Europeans write them, CCPA sections,
 * and machine-readable format names. They let an email in a language we have no lexicon for still point
 * a person at the right type.
 */
import type { Lexicon } from './types.js';

// "Art. 17", "article 17", "artículo 17", "artikel 17", "článku 17", "articolului 17", "17 artiklan", "17. cikk".
const ARTICLE_WORD =
  '(?:art(?:icle|ikel|ikkel|ículo|icolo|igo|ykuł\\w*|ikla\\w*|\\.)?|článku?|articolul(?:ui)?)';
const NOT_GDPR = '(?!\\S*\\s*(?:\\S+\\s+)?(?:lgpd|ccpa|cpra)\\b)';

function article(number: string): string {
  return `${ARTICLE_WORD}\\s?${number}(?!\\d)${NOT_GDPR}|${number}\\.?\\s(?:artikla\\w*|cikk\\w*)`;
}

export const universal: Lexicon = {
  language: '*',
  cues: {
    access: [
      [1.5, article('15')],
      [1.5, '1798\\.(?:100|110|115)\\b'],
    ],
    rectification: [
      [1.5, article('16')],
      [1.5, '1798\\.106\\b'],
    ],
    erasure: [
      [1.5, article('17')],
      [1.5, '1798\\.105\\b'],
    ],
    restriction: [
      [1.5, article('18')],
      [1.5, '1798\\.121\\b'],
    ],
    portability: [
      [1.5, article('20')],
      [0.5, '\\b(?:json|csv|xml)\\b'],
      // A format wish ("em formato CSV", "as a JSON file") is what the guide calls portability.
      [
        1,
        '(?:format|formato|formaat|formacie|formát)\\w*\\b~{0,12}\\b(?:csv|json|xml)\\b|\\b(?:csv|json|xml)[- ](?:format|formato|formaat|file|fil|datei|fichier|archivo|ficheiro|bestand)',
      ],
    ],
    objection: [[1.5, article('21')]],
    withdraw_consent: [
      [1.5, `${ARTICLE_WORD}\\s?7\\s?(?:\\(3\\)|abs\\.?\\s?3|ust\\.?\\s?3|para(?:graph)?\\.?\\s?3)`],
    ],
    opt_out_sale: [[1.5, '1798\\.(?:120|135)\\b']],
  },
};

/** Words that show an email is about data protection even when no right is asked for. */
export const PRIVACY_VOCABULARY =
  /gdpr|dsgvo|rgpd|avg|rodo|lgpd|ccpa|cpra|personal (?:data|information)|personenbezogen|données personnelles|datos personales|dati personali|persoonsgegevens|dados pessoais|danych osobowych|personuppgifter|personoplysninger|privacy|datenschutz/u;
