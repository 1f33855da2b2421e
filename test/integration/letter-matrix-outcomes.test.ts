// The outcome letters (fulfilled, partly fulfilled, rejected) of every law, request type, language and
// seed organisation, rendered as sent: the law's own remedies, the organisation's retention rows and
// recipients exactly as its file states them, and only rights both the law and the organisation give.
import { describe, expect, it } from 'vitest';
import { JURISDICTION_IDS, type JurisdictionId } from '../../src/domain/deadlines/jurisdiction-rule.js';
import { JURISDICTIONS } from '../../src/domain/deadlines/jurisdictions.js';
import { RIGHTS, type Right } from '../../src/domain/request-types.js';
import {
  articlesIn,
  authorityName,
  BEFORE_COMPLAINTS_REFORM,
  canadianCite,
  type Case,
  expectNoText,
  factIn,
  expectText,
  matrix,
  periodIn,
  phrasesFor,
  runMatrix,
  SUPERVISORY,
  TYPE_SETS,
} from '../support/letter-matrix.js';
import { ukComplaintViolations } from '../support/uk-complaint-matrix.js';

// The rights each statute gives, written out independently of the code's tables.
const GDPR: readonly Right[] = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
  'withdraw_consent',
];
const CCPA: readonly Right[] = ['access', 'erasure', 'rectification', 'portability', 'opt_out_sale'];
const STATE: readonly Right[] = ['access', 'rectification', 'erasure', 'portability', 'opt_out_sale'];
const LAW_RIGHTS: { readonly [J in JurisdictionId]: readonly Right[] } = {
  'eu-gdpr': GDPR, // Arts. 7(3), 15-18, 20, 21
  'uk-gdpr': GDPR,
  'us-ca': CCPA, // Cal. Civ. Code §§1798.100-.120
  'us-ca-optout': CCPA,
  'us-va': STATE, // Va. Code §59.1-577(A)
  'us-co': STATE, // C.R.S. §6-1-1306(1)
  'us-ct': STATE, // Conn. Gen. Stat. §42-518(a)
  'us-tx': STATE, // Tex. Bus. & Com. Code §541.051(b)
  'us-ut': STATE, // Utah Code §13-61-201(1)-(5): no profiling opt-out, which Rightsdesk has no right for
  'us-or': STATE, // ORS 646A.574(1): confirm, third parties, a portable copy; correct; delete; opt out
  'us-mt': STATE, // Mont. Code Ann. §30-14-2808(1)(a)-(e)
  'us-de': STATE, // Del. Code tit. 6, §12D-104(a)
  'us-ne': STATE, // Neb. Rev. Stat. §87-1107(2)(a)-(e)
  'us-ia': ['access', 'erasure', 'portability', 'opt_out_sale'], // Iowa Code §715D.3(1)(a)-(d): no correction
  'br-lgpd': GDPR, // LGPD Art. 18 (bloqueio as restriction, §2 opposition)
  'ca-pipeda': ['access', 'rectification', 'withdraw_consent'], // Sch. 1 cl. 4.9, 4.9.5, 4.3.8
  'ca-qc': ['access', 'rectification', 'erasure', 'portability'], // CQLR c. P-39.1 ss. 27, 28
};

/** A refusal in whole or in part: the law's remedies and nothing of another law's. */
function remedyViolations(c: Case, text: string): string[] {
  const broken: string[] = [];
  const p = phrasesFor(c);
  const authority = authorityName(c);
  switch (c.jurisdiction) {
    case 'eu-gdpr': // Art. 12(4)
      expectText(broken, text, articlesIn(c, `${p.gdpr} Arts. 12(4), 77, 79`));
      if (!text.toLowerCase().includes(SUPERVISORY[c.language].toLowerCase()))
        broken.push('names no supervisory authority');
      break;
    case 'uk-gdpr':
      broken.push(...ukComplaintViolations(c, text, 'refusal'));
      break;
    case 'us-ca':
    case 'us-ca-optout':
      expectText(broken, text, 'California Privacy Protection Agency', 'Attorney General of California');
      if (c.types.includes('access')) expectText(broken, text, '11 CCR §7024(e)');
      if (c.types.includes('erasure')) expectText(broken, text, '11 CCR §7022(f)');
      if (c.types.includes('rectification')) expectText(broken, text, '11 CCR §7023');
      // 11 CCR §7023(f)(3)'s 250-word statement is for health information only.
      expectNoText(broken, text, '250');
      break;
    case 'br-lgpd':
      expectText(broken, text, 'ANPD', 'https://www.gov.br/anpd');
      break;
    case 'ca-pipeda':
      expectText(
        broken,
        text,
        authority!,
        canadianCite(c, 'PIPEDA ss. 8(7), 11, 14', 'LPRPDE art. 8(7), 11, 14'),
      );
      break;
    case 'ca-qc': {
      // ss. 34, 43: the Commission examines a refused access or rectification on an application within
      // 30 days; other refusals get no such period.
      const reviewable = c.types.some((t) =>
        ['access', 'rectification', 'erasure', 'portability'].includes(t),
      );
      const thirty = periodIn(c, { unit: 'days', amount: 30 });
      if (reviewable)
        expectText(broken, text, authority!, thirty, canadianCite(c, 'ss. 34, 43', 'art. 34, 43'));
      else {
        expectText(broken, text, authority!);
        expectNoText(broken, text, thirty, canadianCite(c, 's. 43', 'art. 34, 43'));
      }
      break;
    }
    case 'us-ut': {
      // Utah Code §13-61-203(3): the reasons only; the UCPA has no appeal and names no complaint body.
      const appealWords = p.appealHow('§', null, '§').split('§')[0]!;
      expectNoText(broken, text, appealWords, 'Attorney General');
      break;
    }
    default: {
      // Va. Code §59.1-577(B)(2), C.R.S. §6-1-1306(2)(b), Conn. Gen. Stat. §42-518(c)(2), Tex. §541.052(c).
      const appeal = JURISDICTIONS[c.jurisdiction].appeal!;
      expectText(broken, text, periodIn(c, appeal.respond));
      if (c.jurisdiction === 'us-co') expectText(broken, text, periodIn(c, { unit: 'days', amount: 60 }));
      // The Attorney General comes with the appeal's decision, not before.
      expectNoText(broken, text, 'Attorney General');
    }
  }
  return broken;
}

/** The letter without its paragraph of work per data system (its intro line and the list under it). */
function withoutSystemsList(text: string, intro: string): string {
  const start = text.indexOf(intro);
  if (start < 0) return text;
  const end = text.indexOf('\n\n', start);
  return text.slice(0, start) + (end < 0 ? '' : text.slice(end));
}

/**
 * The access information: every stored retention row, every recipient, the law's rights the organisation
 * promises and, where `complaint`, the complaint the law names in an access answer.
 */
function accessViolations(c: Case, text: string, complaint: boolean): string[] {
  const broken: string[] = [];
  const p = phrasesFor(c);
  for (const row of c.org.retention)
    if (row.period === 'not_stored') expectNoText(broken, text, `- ${p.labelled(factIn(c, row.data), '')}`);
    else expectText(broken, text, `- ${p.labelled(factIn(c, row.data), '')}`);
  for (const recipient of c.org.access?.recipients ?? []) expectText(broken, text, factIn(c, recipient));
  // GDPR and UK GDPR Art. 15(2): the transfers and safeguards the file states, under those laws only.
  const transfers = c.org.access?.transfers ?? [];
  for (const transfer of transfers)
    if (['eu-gdpr', 'uk-gdpr'].includes(c.jurisdiction)) expectText(broken, text, factIn(c, transfer));
    else expectNoText(broken, text, factIn(c, transfer));
  if (transfers.length > 0 && ['eu-gdpr', 'uk-gdpr'].includes(c.jurisdiction))
    expectText(broken, text, 'Art. 15(2))');
  for (const right of RIGHTS.filter((r) => r !== 'access')) {
    const offered = c.org.rights.includes(right) && LAW_RIGHTS[c.jurisdiction].includes(right);
    if (offered) expectText(broken, text, `- ${p.right[right]}`);
    else expectNoText(broken, text, `- ${p.right[right]}`);
  }
  if (!complaint) return broken;
  const authority = authorityName(c);
  if (c.jurisdiction === 'eu-gdpr' && !text.toLowerCase().includes(SUPERVISORY[c.language].toLowerCase()))
    broken.push('names no supervisory authority'); // Art. 15(1)(f)
  else if (c.jurisdiction === 'uk-gdpr') broken.push(...ukComplaintViolations(c, text, 'access'));
  else if (['br-lgpd', 'ca-pipeda'].includes(c.jurisdiction)) expectText(broken, text, authority!);
  else if (c.jurisdiction !== 'eu-gdpr')
    expectNoText(broken, text, ...(authority ? [authority] : []), 'Attorney General');
  return broken;
}

function outcomeViolations(c: Case, text: string): string[] {
  const broken: string[] = [];
  const p = phrasesFor(c);
  // Each line of work per data system starts with the system's name, capitalised as a line starts.
  const systems = text.split(`${p.systemsIntro}\n`)[1]?.split('\n\n')[0]?.split('\n') ?? [];
  for (const line of systems)
    if (!/^- \p{Lu}/u.test(line))
      broken.push(`starts a data system's line in lower case: "${line.slice(0, 30)}"`);
  const kept = c.org.retention.filter((r) => r.period !== 'not_stored' && r.afterErasure.kept);
  if (c.kind === 'outcome_rejected') broken.push(...remedyViolations(c, text));
  // CQLR c. P-39.1 s. 34: the refusal names the provision it rests on; the matrix refuses on a legal
  // exemption, which for access is one of the restrictions on access of ss. 37 to 41 (none for the others).
  const restriction = canadianCite(c, 'CQLR c. P-39.1, ss. 37-41', 'RLRQ c. P-39.1, art. 37-41');
  const asksAccess = c.types.some((t) => t === 'access' || t === 'portability');
  if (c.kind === 'outcome_rejected' && c.jurisdiction === 'ca-qc' && asksAccess)
    expectText(broken, text, restriction);
  else expectNoText(broken, text, restriction);
  if (c.kind === 'outcome_partial') {
    broken.push(...remedyViolations(c, text));
    // Only what the file says survives an erasure, and only to someone who asked for one.
    const listed = c.types.includes('erasure') ? kept : [];
    // An access answer lists every row's retention: there only the list of what is kept is read. The
    // list of work per data system may name a system after the data it holds ("API logs"): skipped.
    const keptBlock = c.types.includes('access')
      ? (text.split(`${p.keptIntro}\n`)[1]?.split('\n\n')[0] ?? '')
      : withoutSystemsList(text, p.systemsIntro);
    for (const row of c.org.retention)
      if (listed.includes(row)) expectText(broken, keptBlock, `- ${p.labelled(factIn(c, row.data), '')}`);
      else expectNoText(broken, keptBlock, `- ${p.labelled(factIn(c, row.data), '')}`);
    // The access asked beside the erasure still gets its information; the complaint is the refusal's.
    if (c.types.includes('access')) broken.push(...accessViolations(c, text, false));
    else expectNoText(broken, text, p.accessIntro('').split('(')[0]!);
  }
  if (c.kind === 'outcome_fulfilled' && c.types.includes('access'))
    broken.push(...accessViolations(c, text, true));
  // 11 CCR §7022(e): every CCPA answer to a request to delete says a record of it is kept (§7101(a)).
  if (c.jurisdiction === 'us-ca' && c.types.includes('erasure'))
    expectText(broken, text, '11 CCR §§7022(e), 7101(a)');
  else expectNoText(broken, text, '7101(a)');
  // GDPR Art. 19: recipients told of a rectification or erasure, under the GDPR only.
  const told = ['eu-gdpr', 'uk-gdpr'].includes(c.jurisdiction) && c.kind !== 'outcome_rejected';
  if (told && (c.types.includes('erasure') || c.types.includes('rectification')))
    expectText(broken, text, 'Art. 19');
  else expectNoText(broken, text, 'Art. 19)');
  return broken;
}

describe('the outcome matrix', () => {
  for (const kind of ['outcome_fulfilled', 'outcome_partial', 'outcome_rejected'] as const)
    it(`writes ${kind} under every law with its own remedies and the organisation's own facts`, () => {
      const { rendered, broken } = runMatrix(matrix([kind]), outcomeViolations);
      expect(rendered).toBe(3 * JURISDICTION_IDS.length * 11 * 11);
      expect(broken).toEqual([]);
    });

  // DPA 2018 s. 164A came into force on 19 June 2026: a UK letter composed the day before keeps Art. 77.
  for (const kind of ['outcome_fulfilled', 'outcome_partial', 'outcome_rejected'] as const)
    it(`writes a UK ${kind} composed before 19 June 2026 with the remedies of its day`, () => {
      const cases = matrix([kind], TYPE_SETS, BEFORE_COMPLAINTS_REFORM, ['uk-gdpr']);
      const { rendered, broken } = runMatrix(cases, outcomeViolations);
      expect(rendered).toBe(3 * 11 * TYPE_SETS.length);
      expect(broken).toEqual([]);
    });
});
