// The letter matrix: every letter kind rendered as the outbox sends it (`previewLetter`: composition,
// templates, the law's own clock) for every law, request type, language and seed organisation, and
// the invariants every such letter keeps. Each check returns the broken invariants as sentences, so a
// failing matrix names the organisation, law, kind, language and types of every wrong letter at once.
import { join } from 'node:path';
import { loadTemplates } from '../../src/adapters/templates/handlebars-renderer.js';
import type { OrganisationMail } from '../../src/app/notify/ports.js';
import { previewLetter } from '../../src/app/notify/preview-letter.js';
import { organisationMail, templatesDir } from '../../src/compose-requester-mail.js';
import { loadOrganisations } from '../../src/config/organisations.js';
import { deadlineFor } from '../../src/domain/deadlines/deadline.js';
import {
  JURISDICTION_IDS,
  type JurisdictionId,
  type Period,
} from '../../src/domain/deadlines/jurisdiction-rule.js';
import { JURISDICTIONS } from '../../src/domain/deadlines/jurisdictions.js';
import type { LetterKind } from '../../src/domain/outbound/letters/letter-facts.js';
import { LETTER_LANGUAGES, type LetterLanguage } from '../../src/domain/outbound/letters/languages.js';
import { LAW_WORDING } from '../../src/domain/outbound/letters/law-wording.js';
import { PHRASES } from '../../src/domain/outbound/letters/phrase-tables.js';
import type { Phrases } from '../../src/domain/outbound/letters/phrases.js';
import { SUPERVISORY } from '../../src/domain/outbound/letters/letter-fixtures.test-support.js';
import { RIGHTS, type RequestType } from '../../src/domain/request-types.js';
import { repoRoot } from './test-app.js';

export const SEED_ORGANISATIONS: readonly OrganisationMail[] = loadOrganisations(
  join(repoRoot, 'organisations'),
).map((loaded) => organisationMail(loaded, 0));

/** The sample moment previewLetter receives its request at. */
const RECEIVED = '2026-05-04T10:00:00Z';

/** When the matrix's letters are composed: after DPA 2018 s. 164A came into force (19 June 2026). */
export const COMPOSED_AT = new Date('2026-07-01T09:00:00Z');
/** A letter composed the day before s. 164A came into force keeps the wording of its day. */
export const BEFORE_COMPLAINTS_REFORM = new Date('2026-06-18T09:00:00Z');

/** Every right alone, two mixes, and a message that asks for none. */
export const TYPE_SETS: readonly (readonly RequestType[])[] = [
  ...RIGHTS.map((right) => [right]),
  ['access', 'erasure', 'rectification'],
  ['erasure', 'withdraw_consent'],
  ['not_a_request'],
];

export interface Case {
  readonly org: OrganisationMail;
  readonly jurisdiction: JurisdictionId;
  readonly kind: LetterKind;
  readonly language: LetterLanguage;
  readonly types: readonly RequestType[];
  readonly composedAt: Date;
}

const renderer = loadTemplates(templatesDir);

/** The letter's subject and text part as sent, or null where the law has no such letter. */
export function render(c: Case): string | null {
  const parts = renderParts(c);
  return parts && `${parts.subject}\n${parts.text}`;
}

/** The letter's subject, text part and HTML part as sent, or null where the law has no such letter. */
export function renderParts(c: Case): { subject: string; text: string; html: string } | null {
  const preview = previewLetter(c.org, renderer, { ...c, ground: 'legal_exemption' });
  return preview.ok ? { ...preview.email, html: preview.email.html ?? '' } : null;
}

export const describeCase = (c: Case) =>
  `${c.org.organisationId} ${c.jurisdiction} ${c.kind} ${c.language} [${c.types.join(',')}] ${c.composedAt.toISOString().slice(0, 10)}`;

/** The phrase table a letter in `language` under `jurisdiction` is written from (pt under the LGPD: pt-BR). */
export const phrasesFor = (c: Pick<Case, 'jurisdiction' | 'language'>): Phrases =>
  PHRASES[c.jurisdiction === 'br-lgpd' && c.language === 'pt' ? 'pt-BR' : c.language];

/** Building an Intl formatter costs far more than using one: one per language and zone. */
const formats = new Map<string, Intl.DateTimeFormat>();
function longDate(language: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}`;
  const format = formats.get(key) ?? new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone });
  formats.set(key, format);
  return format;
}

/** A calendar day as the letter states it: long style, in the requester's language (the day as it is). */
export const dateIn = (c: Case, iso: string): string =>
  longDate(c.language, 'UTC').format(new Date(`${iso}T12:00:00Z`));

/** The due date the ticket's own clock computes (the letter must state this one). */
export function dueDate(c: Case, options: { extended?: boolean; stage?: 'appeal' } = {}): string {
  const result = deadlineFor({
    jurisdiction: c.jurisdiction,
    receivedAt: RECEIVED,
    zone: c.org.timezone,
    ...options,
  });
  if (!result.ok) throw new Error(`no deadline for ${c.jurisdiction}`);
  return dateIn(c, options.extended ? result.deadline.extendedDue! : result.deadline.due);
}

/** The moment of receipt on the organisation's calendar. */
export const receivedDate = (c: Case) => longDate(c.language, c.org.timezone).format(new Date(RECEIVED));

export const periodIn = (c: Case, period: Period) => phrasesFor(c).period(period.amount, period.unit);

const sum = (a: Period, b: Period): Period => ({ unit: a.unit, amount: a.amount + b.amount }) as Period;

/** Every period a letter under this law, for this organisation, may state; anything else is invented. */
function allowedPeriods(c: Case): Period[] {
  const rule = JURISDICTIONS[c.jurisdiction];
  const periods: Period[] = [rule.respond];
  if (rule.extension) periods.push(rule.extension, sum(rule.respond, rule.extension));
  if (rule.acknowledge) periods.push(rule.acknowledge);
  // DPA 2018 s. 164A(3): 30 days to acknowledge a complaint to the organisation.
  const controllerComplaint = LAW_WORDING[c.jurisdiction].controllerComplaint;
  if (controllerComplaint) periods.push(controllerComplaint.acknowledge);
  if (rule.appeal)
    periods.push(rule.appeal.respond, ...(rule.appeal.extension ? [rule.appeal.extension] : []));
  // CQLR c. P-39.1 s. 43: 30 days to apply to the Commission after a refusal.
  if (c.jurisdiction === 'ca-qc') periods.push({ unit: 'days', amount: 30 });
  for (const row of c.org.retention) if (typeof row.period === 'object') periods.push(row.period as Period);
  return periods;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const UNITS = ['business_days', 'days', 'months', 'years'] as const;

/** The periods written in a text, read back with the language's own period words. */
export function periodsStated(text: string, p: Phrases): Period[] {
  let rest = text;
  const found: Period[] = [];
  for (const unit of UNITS) {
    const forms = new Set([2, 5, 22, 45].map((n) => escape(p.period(n, unit)).replace(String(n), '(\\d+)')));
    for (const form of forms) {
      rest = rest.replace(new RegExp(`(?<![\\d.])${form}`, 'g'), (_, n: string) => {
        found.push({ unit, amount: Number(n) } as Period);
        return ' ';
      });
    }
    // "one month", "einen Monat", "en månad": a whole phrase, not the end of a longer word.
    rest = rest.replace(new RegExp(`(?<![\\p{L}\\d])${escape(p.period(1, unit))}(?!\\p{L})`, 'gu'), () => {
      found.push({ unit, amount: 1 } as Period);
      return ' ';
    });
  }
  return found;
}

// How each language names the EU's supervisory authorities (GDPR Art. 77): one table for the unit tests and the matrix.
export { SUPERVISORY };

/** Words that belong to one law only: none may appear in a letter under another law. */
const OWN_WORDS: readonly { readonly laws: readonly JurisdictionId[]; readonly words: RegExp }[] = [
  { laws: ['eu-gdpr', 'uk-gdpr'], words: /GDPR|DSGVO|RGPD|\bAVG\b|RODO/ },
  { laws: ['uk-gdpr'], words: /UK GDPR|\bICO\b|Information Commissioner|DPA 2018/ },
  { laws: ['us-ca', 'us-ca-optout'], words: /California|\bCCR\b|Cal\. Civ\. Code|CCPA/ },
  { laws: ['us-va'], words: /Virginia|Va\. Code/ },
  { laws: ['us-co'], words: /Colorado|C\.R\.S\./ },
  { laws: ['us-ct'], words: /Connecticut|Conn\. Gen\. Stat\./ },
  { laws: ['us-tx'], words: /Texas|Tex\. Bus\./ },
  { laws: ['us-or'], words: /Oregon|\bORS\b/ },
  { laws: ['us-ut'], words: /Utah/ },
  { laws: ['us-mt'], words: /Montana|Mont\. Code/ },
  { laws: ['us-ia'], words: /Iowa/ },
  { laws: ['us-de'], words: /Delaware|Del\. Code/ },
  { laws: ['us-ne'], words: /Nebraska|Neb\. Rev\. Stat\./ },
  {
    laws: [
      'us-ca',
      'us-ca-optout',
      'us-va',
      'us-co',
      'us-ct',
      'us-tx',
      'us-or',
      'us-mt',
      'us-ia',
      'us-de',
      'us-ne',
    ],
    words: /Attorney General/,
  },
  { laws: ['br-lgpd'], words: /LGPD|ANPD/ },
  {
    laws: ['ca-pipeda'],
    words: /PIPEDA|LPRPDE|Privacy Commissioner|Commissariat à la protection|Federal Court/,
  },
  { laws: ['ca-qc'], words: /CQLR|RLRQ|Commission d['’]accès|Charte de la langue/ },
];

/** The language the letter is written in (pt under the LGPD: pt-BR). */
export const letterLanguage = (c: Pick<Case, 'jurisdiction' | 'language'>): LetterLanguage =>
  c.jurisdiction === 'br-lgpd' && c.language === 'pt' ? 'pt-BR' : c.language;

/** One of the organisation's own words (retention data, purposes, recipients…) as a letter in the case's language quotes it. */
export function factIn(c: Pick<Case, 'org' | 'jurisdiction' | 'language'>, text: string): string {
  const language = letterLanguage(c);
  if (language === c.org.texts.language) return text;
  return c.org.texts.translations[language]?.[text] ?? text;
}

/** Every text of the organisation's file a letter may quote, as the file writes it. */
function organisationTexts(c: Case): string[] {
  const access = c.org.access;
  return [
    ...c.org.retention.map((r) => r.data),
    ...(access ? [...access.purposes, ...access.categories, ...access.recipients, ...access.sources] : []),
    ...c.org.dataSystems.map((s) => s.name),
  ];
}

/**
 * The organisation's words in the letter's language: in a language its file translates, none of them
 * left in the file's language (a translation that keeps a name, "Stripe", is read out first); in one
 * it does not, the facts quoted as written and the note saying in which language, once.
 */
function organisationTextViolations(c: Case, text: string): string[] {
  const language = letterLanguage(c);
  if (language === c.org.texts.language) return [];
  const translations = c.org.texts.translations[language];
  const p = phrasesFor(c);
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(c.org.texts.language)!;
  const note = p.untranslatedFacts(name);
  if (translations) {
    let rest = text;
    for (const translated of Object.values(translations).sort((a, b) => b.length - a.length))
      rest = rest.replaceAll(translated, ' ');
    const left = organisationTexts(c).filter((t) => rest.includes(t));
    return [
      ...left.map((t) => `quotes "${t}" untranslated although the file translates ${language}`),
      ...(text.includes(note) ? ['says its facts are untranslated although they are translated'] : []),
    ];
  }
  // The HTML part, read as text, has no list dashes: a fact is any of the file's texts, as written.
  const quotes = organisationTexts(c).some((t) => text.includes(t));
  const notes = text.split(note).length - 1;
  if (quotes && notes !== 1)
    return [`quotes the file's ${name} facts with the note ${notes} times, not once`];
  if (!quotes && notes > 0) return ['says its facts are untranslated but quotes none'];
  return [];
}

// DPA 2018 s. 164A and s. 165 as amended, in force 19 June 2026 (Data (Use and Access) Act 2025 s. 103,
// Sch. 10): UK GDPR Art. 77 is omitted.
/** 19 June 2026 begins at UTC+14: a letter composed before this moment is dated 18 June or earlier everywhere. */
const FIRST_ZONE_REACHES_IT = new Date('2026-06-18T10:00:00Z');
/** 19 June 2026 has begun even at UTC-12: a letter composed from this moment is dated 19 June or later everywhere. */
const LAST_ZONE_REACHES_IT = new Date('2026-06-19T12:00:00Z');

/** "Art. 77", "Arts. 12(4), 77, 79", "Artt. 15(1)(f), 77, 79": the article cited, in any language. */
const ARTICLE_77 = /\bArt[st]*\. [^()\n]*(?:\([^()\n]*\)[^()\n]*)*\b77\b/;

/** Whether a UK letter composed at this moment must name the complaint to the organisation. */
export function complaintsReformed(c: Case): boolean {
  if (c.composedAt >= LAST_ZONE_REACHES_IT) return true;
  if (c.composedAt < FIRST_ZONE_REACHES_IT) return false;
  throw new Error('the matrix composes no letter on a day that depends on the organisation’s zone');
}

/** No UK letter composed after the date cites Art. 77, whatever its kind. */
function noArticle77(c: Case, text: string): string[] {
  if (c.jurisdiction !== 'uk-gdpr' || !complaintsReformed(c)) return [];
  const match = ARTICLE_77.exec(text);
  return match ? [`cites "${match[0]}" after UK GDPR Art. 77 was omitted`] : [];
}

/** Invariants of every letter, whatever its kind: its own law's words only, true periods, dates, address. */
export function generalViolations(c: Case, text: string): string[] {
  const broken: string[] = [];
  for (const { laws, words } of OWN_WORDS) {
    const match = laws.includes(c.jurisdiction) ? null : words.exec(text);
    if (match) broken.push(`names "${match[0]}", which belongs to ${laws.join('/')}`);
  }
  if (c.jurisdiction !== 'eu-gdpr' && text.toLowerCase().includes(SUPERVISORY[c.language].toLowerCase()))
    broken.push('names an EU supervisory authority');
  // Outside the GDPR only the LGPD cites articles (and always as "LGPD Art.").
  const article = /(?<!LGPD )\bArts?\. \d/.exec(text);
  if (!['eu-gdpr', 'uk-gdpr'].includes(c.jurisdiction) && article) broken.push(`cites "${article[0]}"`);
  const allowed = allowedPeriods(c);
  for (const period of periodsStated(text, phrasesFor(c)))
    if (!allowed.some((a) => a.unit === period.unit && a.amount === period.amount))
      broken.push(`states ${period.amount} ${period.unit}, which neither the law nor the organisation gives`);
  if (/undefined|\bnull\b|NaN|\[object|\{gdpr\}/.test(text)) broken.push('has a placeholder left in');
  // French sets a space before a colon or semicolon: "journaux de l’API : conservation…", not "…l’API: …".
  const colon = c.language === 'fr' && /\p{L}[:;] /u.exec(text);
  if (colon) broken.push(`writes "${colon[0]}" without the space French sets before a colon or semicolon`);
  // A citation belongs inside the sentence it supports: "… act on it (s. 37)." not "… act on it. (s. 37)".
  const stray = /[.!?] \([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)$/m.exec(text);
  if (stray) broken.push(`has a citation after its sentence's full stop: "${stray[0]}"`);
  if (ARTICLES[letterLanguage(c)] && /\bArts\. \d/.test(text)) broken.push('cites "Arts.", in English');
  // Canada's statutes have official French forms: a French letter cites the LPRPDE and the RLRQ by article.
  const english = c.language === 'fr' && /\bPIPEDA\b|\bCQLR\b|\bss?\. \d|\bSch\. \d/.exec(text);
  if (english) broken.push(`cites "${english[0]}" in English in a French letter`);
  if (!text.includes(c.org.fromAddress)) broken.push('lacks the organisation’s privacy address');
  // Charter of the French language s. 5: a Québec letter in another language offers the French one.
  const offersFrench = text.includes('en français sur simple demande');
  if (c.jurisdiction === 'ca-qc' && c.language !== 'fr' && c.kind !== 'staff_message' && !offersFrench)
    broken.push('does not offer the letter in French');
  broken.push(...organisationTextViolations(c, text));
  broken.push(...noArticle77(c, text));
  return broken;
}

// How each language writes "Articles" before several numbers; absent: the English "Arts." (es, pt).
const ARTICLES: { readonly [L in LetterLanguage]?: string } = {
  de: 'Art.',
  fr: 'Art.',
  it: 'Artt.',
  nl: 'Art.',
  pl: 'Art.',
  sv: 'Art.',
  da: 'Art.',
};

/** A citation of several articles as the letter's language writes it ("Arts. 12(4), 77" → "Art. 12(4), 77"). */
export const articlesIn = (c: Pick<Case, 'jurisdiction' | 'language'>, cite: string): string => {
  const articles = ARTICLES[letterLanguage(c)];
  return articles ? cite.replaceAll('Arts. ', `${articles} `) : cite;
};

/** A Canadian citation as the letter's language writes it: its official French form in French. */
export const canadianCite = (c: Pick<Case, 'language'>, english: string, french: string): string =>
  c.language === 'fr' ? french : english;

export function expectText(broken: string[], text: string, ...needles: string[]) {
  for (const needle of needles) if (!text.includes(needle)) broken.push(`lacks "${needle}"`);
}

export function expectNoText(broken: string[], text: string, ...needles: string[]) {
  for (const needle of needles) if (text.includes(needle)) broken.push(`says "${needle}"`);
}

/** The name of the law's complaint body as the language writes it (the OPC has its French name in fr). */
export function authorityName(c: Case): string | null {
  const law = LAW_WORDING[c.jurisdiction];
  if (c.jurisdiction === 'ca-pipeda' && c.language === 'fr')
    return 'Commissariat à la protection de la vie privée du Canada';
  return law.authority?.name ?? null;
}

/** Every seed organisation × law × language × type set for the kinds given, composed at `composedAt`. */
export function* matrix(
  kinds: readonly LetterKind[],
  typeSets: readonly (readonly RequestType[])[] = TYPE_SETS,
  composedAt: Date = COMPOSED_AT,
  jurisdictions: readonly JurisdictionId[] = JURISDICTION_IDS,
): Generator<Case> {
  for (const org of SEED_ORGANISATIONS)
    for (const jurisdiction of jurisdictions)
      for (const kind of kinds)
        for (const language of LETTER_LANGUAGES)
          for (const types of typeSets) yield { org, jurisdiction, kind, language, types, composedAt };
}

/** Renders every case and collects the broken invariants of each, general and the kind's own. */
export function runMatrix(
  cases: Iterable<Case>,
  check: (c: Case, text: string) => string[],
): { readonly rendered: number; readonly broken: string[] } {
  let rendered = 0;
  const broken: string[] = [];
  for (const c of cases) {
    const text = render(c);
    if (text === null) continue;
    rendered += 1;
    for (const problem of [...generalViolations(c, text), ...check(c, text)])
      broken.push(`${describeCase(c)}: ${problem}`);
  }
  return { rendered, broken };
}
