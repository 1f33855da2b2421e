/**
 * Cues that hold in any language: GDPR article numbers in the ways Europeans write them, CCPA sections,
 * LGPD Art. 18's items and machine-readable format names. They let an email in a language we have no
 * lexicon for still point a person at the right type. An article number is read under the law it belongs
 * to: "Art. 18" is restriction under the GDPR, but LGPD Art. 18 lists every data subject right and
 * KVKK Art. 11 or PIPL Art. 45 number theirs differently, so a GDPR reading is vetoed near another law.
 */
import type { Lexicon } from './types.js';

// "Art. 17", "artículo 17", "článku 17", "člankom 17.", "άρθρο 17", "статья 17", "чл. 17", "ст. 17",
// "अनुच्छेद 17", "17 artiklan", "17. cikk", "17. maddesi"; plurals for lists ("artigos 15.º e 16.º").
const ARTICLE_WORD =
  '(?:art(?:icles?|ikel(?:en|s)?|ikkel|ículos?|icol[oi]|igos?|ykuł\\w*|ikla\\w*|\\.)?|článk\\w*|članak|člank\\w*|čl\\.|člen\\w*|articolul(?:ui)?|άρθρ\\S*|член\\S*|чл\\.|стат\\S*|ст\\.|अनुच्छेद)';
// Russia's 152-FZ, India's DPDP Act, South Africa's POPIA, Switzerland's DSG, Spain's LOPDGDD and Mexico's
// federal law (LFPDPPP, "artículos 22 a 27 de la ley federal": the ARCO rights) number their
// articles or sections their own way ("ст. 14 152-ФЗ" is access, DSG Art. 25 is access, LOPDGDD Art. 15 is
// erasure): never a GDPR article. "фз" is not a word character to \b, so the Russian law's name ends the
// pattern without one.
const LAW_AFTER =
  '(?:(?:lgpd|ccpa|cpra|kvkk|pipl|appi|pipeda|lei|dpdp|popia|dsg|lopdgdd|lopd|lfpdppp|ley federal)\\b|152-?(?:фз|fz))';
// Another law named just after the number ("art. 18 da LGPD") or just before it ("LGPD, art. 18").
const NOT_GDPR_AFTER = `(?![^.\\n]{0,12}\\b${LAW_AFTER})`;
// "Art. 18, incisos III e V, da LGPD": the items of LGPD Art. 18 listed before the law is named.
// A Roman item straight after the number ("art. 18, II, e no art. 19 da LGPD") is LGPD's too: the GDPR
// numbers its paragraphs "(1)", never "II"; so is one ending a line ("eliminação de dados - art. 18, vi").
const LGPD_ITEMS_AFTER =
  '(?!,?\\s*(?:inc(?:isos?|\\.)?\\s*)?[ivx]+(?:(?:,\\s*|\\s+e\\s+)[ivx]+)*,?\\s+d[ao]\\s+(?:lgpd|lei)|,\\s*(?:inc(?:isos?|\\.)?\\s*)?[ivx]{1,4}(?:,|[ \\t]*(?:\\n|$)))';
// Earlier numbers of a list: "Art. 15, 16 und 17", "artigos 15.º e 16.º", "articles 15 and 20".
const EARLIER_NUMBERS = '(?:\\d{1,2}(?:\\.?º|\\.)?\\s?(?:,|and|und|et|e|y|i|en|og|och|oraz|&)\\s?){0,4}';
// Checked after the number (a lookbehind at a pattern's start stops V8 scanning ahead for its literals).
// A letter under 152-FZ names the law once and its articles after it ("статьёй 14 … 152-ФЗ …, на основании
// статьи 21"): in the same paragraph, its Art. 21 (stop and destroy) is not the GDPR's objection.
const NOT_GDPR_BEFORE =
  '(?<!(?:lgpd|13\\.709|kvkk|pipl|appi|pipeda|lei geral|152-?(?:фз|fz)|dpdp|popia)[^\\n]{0,40})(?<!152-?(?:фз|fz)[^\\n]{0,300})';

function article(number: string): string {
  return `${ARTICLE_WORD}\\s?${EARLIER_NUMBERS}${number}(?!\\d)${NOT_GDPR_BEFORE}${NOT_GDPR_AFTER}${LGPD_ITEMS_AFTER}|${number}\\.?\\s(?:artikla\\w*|cikk\\w*|straipsn\\w*|pants\\w*|madde\\w*)${NOT_GDPR_BEFORE}`;
}

// LGPD Art. 18's items: II access, III correction, V portability, VI deletion, IX revocation of consent;
// one item of a list counts too ("art. 18, incisos II e VI").
function lgpdItem(roman: string): string {
  return `(?:art(?:igo|\\.)?\\s?18,?\\s*(?:inc(?:isos?|\\.)?\\s*)?(?:[ivx]+(?:,\\s*|\\s+e\\s+))*${roman}\\b)`;
}

export const universal: Lexicon = {
  language: '*',
  cues: {
    access: [
      [1.5, article('15')],
      [1.5, '1798\\.(?:100|110|115)\\b'],
      [1.5, lgpdItem('ii')],
    ],
    rectification: [
      [1.5, article('16')],
      [1.5, '1798\\.106\\b'],
      [1.5, lgpdItem('iii')],
    ],
    erasure: [
      [1.5, article('17')],
      [1.5, '1798\\.105\\b'],
      [1.5, lgpdItem('vi')],
    ],
    restriction: [
      [1.5, article('18')],
      [1.5, '1798\\.121\\b'],
    ],
    portability: [
      [1.5, article('20')],
      [1.5, lgpdItem('v')],
      [0.5, '\\b(?:json|csv|xml)\\b'],
      // A format wish ("em formato CSV", "as a JSON file") is what the guide calls portability.
      [
        1,
        '(?:format|formato|formaat|formacie|formát)\\w*\\b~{0,12}\\b(?:csv|json|xml)\\b|\\b(?<!(?:import|upload|indlæs|importer|importier)\\w*\\s(?:\\w+\\s)?)(?:csv|json|xml)[- ](?:format|formato|formaat|file|fil|datei|fichier|archivo|ficheiro|bestand)',
      ],
    ],
    objection: [
      [1.5, article('21')],
      // A decision by automated means reviewed by a person: GDPR Art. 22, LGPD Art. 20.
      [1, article('22')],
      [1.5, 'art(?:igo|\\.)?\\s?20\\b[^.\\n]{0,12}\\b(?:da |de )?(?:lgpd|lei (?:n\\.?º? ?)?13\\.709)'],
    ],
    withdraw_consent: [
      [
        1.5,
        `${ARTICLE_WORD}\\s?7\\s?(?:\\(3\\)|abs\\.?\\s?3|ust\\.?\\s?3|para(?:graph)?\\.?\\s?3|st\\.?\\s?3)`,
      ],
      [1.5, lgpdItem('ix')],
    ],
    // 1798.135 is also the section an authorised agent cites for its own standing ("a registered authorized
    // agent under Cal. Civ. Code § 1798.135"): there it names no opt-out.
    opt_out_sale: [[1.5, '1798\\.120\\b|(?<!agents?\\b[^\\n]{0,160})1798\\.135\\b']],
  },
};
