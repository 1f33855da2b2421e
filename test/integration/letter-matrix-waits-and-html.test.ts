// The letters the other matrices leave out (the reminder of an unanswered identity check, the notice that
// the request closed unverified, a message staff wrote), and the HTML part of every letter kind: the same
// invariants as the text part (its own law's words only, true periods, no placeholder, the privacy
// address), the same sentences, and the letter's language declared.
import { describe, expect, it } from 'vitest';
import { JURISDICTION_IDS } from '../../src/domain/deadlines/jurisdiction-rule.js';
import { JURISDICTIONS } from '../../src/domain/deadlines/jurisdictions.js';
import { IDENTITY_WAIT_PHRASES } from '../../src/domain/outbound/letters/identity-wait-phrases.js';
import { LETTER_KINDS } from '../../src/domain/outbound/letters/letter-facts.js';
import type { RequestType } from '../../src/domain/request-types.js';
import {
  authorityName,
  type Case,
  dateIn,
  describeCase,
  expectNoText,
  expectText,
  factIn,
  generalViolations,
  matrix,
  periodIn,
  phrasesFor,
  renderParts,
  runMatrix,
  SUPERVISORY,
  BEFORE_COMPLAINTS_REFORM,
  receivedDate,
} from '../support/letter-matrix.js';

const TYPES: readonly (readonly RequestType[])[] = [
  ['erasure'],
  ['access', 'erasure', 'rectification'],
  ['opt_out_sale'],
];

/**
 * Where a request closed without action sends the requester: the law's complaint body (GDPR Art. 12(4),
 * UK GDPR Art. 77, the CPPA (Cal. Civ. Code §1798.199.45), LGPD Art. 18 §1, PIPEDA s. 11,
 * CQLR c. P-39.1 s. 43), or the state's appeal (Va. Code §59.1-577(B)(2) and its sisters), never the
 * Attorney General before the appeal is decided; Utah, without an appeal, neither.
 */
function remedyOf(c: Case, text: string): string[] {
  const broken: string[] = [];
  switch (c.jurisdiction) {
    case 'eu-gdpr':
      if (!text.toLowerCase().includes(SUPERVISORY[c.language].toLowerCase()))
        broken.push('names no supervisory authority');
      break;
    case 'uk-gdpr':
      expectText(broken, text, 'https://ico.org.uk/make-a-complaint/');
      break;
    case 'us-ca':
    case 'us-ca-optout': {
      expectText(broken, text, 'California Privacy Protection Agency');
      // Nothing was assessed: the sentences for a denial on an exception (11 CCR §§7022(f), 7023(d), (f),
      // 7024(e)) do not apply. An unverified request to know is answered by the business's information
      // practices as its privacy policy sets them out (§7024(a), (b)).
      expectNoText(broken, text, '§7022(f)', '§7023(d)', '§7023(f)', '§7024(e)');
      const know = c.types.some((t) => t === 'access' || t === 'portability');
      if (know) expectText(broken, text, '11 CCR §7024(a), (b)', factIn(c, c.org.access!.categories[0]!));
      else expectNoText(broken, text, '§7024(a)');
      break;
    }
    case 'br-lgpd':
      expectText(broken, text, 'https://www.gov.br/anpd');
      break;
    case 'ca-pipeda':
    case 'ca-qc':
      expectText(broken, text, authorityName(c)!);
      break;
    case 'us-ut':
      // Utah Code §13-61-203(3): reasons only; the UCPA has no appeal and names no complaint body.
      expectNoText(broken, text, 'Attorney General', 'appeal');
      break;
    default:
      expectText(broken, text, periodIn(c, JURISDICTIONS[c.jurisdiction].appeal!.respond));
      expectNoText(broken, text, 'Attorney General');
  }
  return broken;
}

function waitViolations(c: Case, text: string): string[] {
  const broken: string[] = [];
  const p = phrasesFor(c);
  if (c.kind === 'verification_reminder') {
    // The day the request closes, and no remedy yet: nothing was decided.
    expectText(broken, text, dateIn(c, '2026-05-18'), p.notYou);
    expectNoText(broken, text, 'Attorney General', 'https://');
  } else {
    // How to ask again (the organisation's own address), then the law's remedies.
    const language = c.jurisdiction === 'br-lgpd' && c.language === 'pt' ? 'pt-BR' : c.language;
    expectText(broken, text, IDENTITY_WAIT_PHRASES[language].askAgain(c.org.fromAddress));
    broken.push(...remedyOf(c, text));
  }
  return broken;
}

/** The HTML part read as text: tags gone, Handlebars' escapes undone, white space collapsed. */
function htmlText(html: string): string {
  const entities: Record<string, string> = {
    '&amp;': '&',
    '&lt;': '<',
    '&gt;': '>',
    '&quot;': '"',
    '&#x27;': "'",
    '&#x3D;': '=',
    '&#x60;': '`',
  };
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#x27|#x3D|#x60);/g, (e) => entities[e]!)
    .replace(/\s+/g, ' ');
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

function htmlViolations(c: Case): string[] | null {
  const parts = renderParts(c);
  if (!parts) return null;
  const text = htmlText(parts.html);
  const broken = generalViolations(c, `${parts.subject}\n${text}`);
  // chooseLanguage writes Brazilian Portuguese under the LGPD.
  const language = c.jurisdiction === 'br-lgpd' && c.language === 'pt' ? 'pt-BR' : c.language;
  if (!parts.html.includes(`<html lang="${language}">`)) broken.push(`does not declare lang="${language}"`);
  for (const line of parts.text.split('\n').map((l) => flat(l.replace(/^- /, ''))))
    if (line !== '' && !text.includes(line)) broken.push(`HTML lacks the text part's "${line.slice(0, 60)}"`);
  return broken;
}

describe('the identity-wait letters matrix', () => {
  for (const kind of ['verification_reminder', 'closed_unverified'] as const)
    it(`writes ${kind} under every law with its own remedies, dates and the organisation's address`, () => {
      const { rendered, broken } = runMatrix(matrix([kind], TYPES), waitViolations);
      expect(rendered).toBe(3 * JURISDICTION_IDS.length * 11 * TYPES.length);
      expect(broken).toEqual([]);
    });

  it('sends a message staff wrote as written, with no law’s wording added', () => {
    const { rendered, broken } = runMatrix(matrix(['staff_message'], [['erasure']]), (c, text) => {
      const problems: string[] = [];
      expectText(problems, text, '(the message staff write)');
      expectNoText(problems, text, '§', 'Art.', 'CQLR', 'RLRQ', 'en français sur simple demande');
      return problems;
    });
    expect(rendered).toBe(3 * JURISDICTION_IDS.length * 11);
    expect(broken).toEqual([]);
  });
});

describe('the UK complaint acknowledgement matrix (DPA 2018 s. 164A)', () => {
  it('is written for every seed organisation and language under the UK GDPR, and under no other law', () => {
    const { rendered, broken } = runMatrix(matrix(['complaint_acknowledgement'], [['access']]), (c, text) => {
      const problems: string[] = [];
      if (c.jurisdiction !== 'uk-gdpr') return [`is written under ${c.jurisdiction}`];
      // French writes the sections of the UK's Act as articles ("DPA 2018, art. 164A").
      const section = c.language === 'fr' ? 'DPA 2018, art. ' : 'DPA 2018 s. ';
      expectText(
        problems,
        text,
        receivedDate(c),
        'RD-1001',
        `${section}164A(3)`,
        `${section}164A(4), (5)`,
        `${section}165`,
        'https://ico.org.uk/make-a-complaint/',
      );
      // No name from the mail, no period the Act does not set for the outcome.
      expectNoText(problems, text, 'Alex Example');
      return problems;
    });
    expect(rendered).toBe(3 * 11);
    expect(broken).toEqual([]);
  });

  it('is no letter composed before 19 June 2026', () => {
    const before = matrix(['complaint_acknowledgement'], [['access']], BEFORE_COMPLAINTS_REFORM, ['uk-gdpr']);
    expect(runMatrix(before, () => []).rendered).toBe(0);
  });
});

describe('the HTML part of every letter', () => {
  for (const kind of LETTER_KINDS)
    it(`lays out ${kind} in HTML with the text part's sentences, its language and its own law only`, () => {
      const broken: string[] = [];
      let rendered = 0;
      for (const c of matrix([kind], [['access', 'erasure', 'rectification']])) {
        const problems = htmlViolations(c);
        if (problems === null) continue;
        rendered += 1;
        broken.push(...problems.map((problem) => `${describeCase(c)}: ${problem}`));
      }
      expect(rendered).toBeGreaterThan(0);
      expect(broken).toEqual([]);
    });
});
