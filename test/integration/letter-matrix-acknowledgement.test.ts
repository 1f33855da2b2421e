// The acknowledgement of every law, request type, language and seed organisation, rendered as sent:
// the time limit the statute gives (and only to the rights it gives it to), its extension and the whole,
// the dates of the ticket's own clock in the requester's language, no other law's words.
import { describe, expect, it } from 'vitest';
import { JURISDICTION_IDS, type JurisdictionId } from '../../src/domain/deadlines/jurisdiction-rule.js';
import { isRight, type Right } from '../../src/domain/request-types.js';
import {
  articlesIn,
  canadianCite,
  type Case,
  dueDate,
  expectNoText,
  expectText,
  matrix,
  periodIn,
  phrasesFor,
  receivedDate,
  runMatrix,
} from '../support/letter-matrix.js';

const days = (amount: number) => ({ unit: 'days', amount }) as const;
const months = (amount: number) => ({ unit: 'months', amount }) as const;
const businessDays = (amount: number) => ({ unit: 'business_days', amount }) as const;
type Limit = ReturnType<typeof days | typeof months | typeof businessDays>;

/**
 * The statutes' time limits, written out here independently of the code's tables: the period, the
 * extension and the whole, the rights it is written for ('all' or a list) and the citation it carries.
 */
const STATUTE: {
  readonly [J in JurisdictionId]: {
    readonly respond: Limit;
    readonly extension: { readonly by: Limit; readonly total: Limit } | null;
    readonly rights: 'all' | readonly Right[];
    readonly cite: string;
  };
} = {
  // GDPR Art. 12(3): one month, +2 months.
  'eu-gdpr': {
    respond: months(1),
    extension: { by: months(2), total: months(3) },
    rights: 'all',
    cite: 'Art. 12(3)',
  },
  // UK GDPR Arts. 12(3), 12A.
  'uk-gdpr': {
    respond: months(1),
    extension: { by: months(2), total: months(3) },
    rights: 'all',
    cite: 'UK GDPR Arts. 12(3), 12A',
  },
  // Cal. Civ. Code §1798.130(a)(2): 45 days, +45 once (90 in all).
  'us-ca': {
    respond: days(45),
    extension: { by: days(45), total: days(90) },
    rights: 'all',
    cite: 'Cal. Civ. Code §1798.130(a)(2)',
  },
  // 11 CCR §7026(f): 15 business days, no extension.
  'us-ca-optout': { respond: businessDays(15), extension: null, rights: 'all', cite: '11 CCR §7026(f)' },
  'us-va': {
    respond: days(45),
    extension: { by: days(45), total: days(90) },
    rights: 'all',
    cite: 'Va. Code §59.1-577(B)(1)',
  },
  'us-co': {
    respond: days(45),
    extension: { by: days(45), total: days(90) },
    rights: 'all',
    cite: 'C.R.S. §6-1-1306(2)(a)',
  },
  'us-ct': {
    respond: days(45),
    extension: { by: days(45), total: days(90) },
    rights: 'all',
    cite: 'Conn. Gen. Stat. §42-518(c)(1)',
  },
  'us-tx': {
    respond: days(45),
    extension: { by: days(45), total: days(90) },
    rights: 'all',
    cite: 'Tex. Bus. & Com. Code §541.052(b)',
  },
  // ORS 646A.576(5)(a): 45 days, +45 once.
  'us-or': {
    respond: days(45),
    extension: { by: days(45), total: days(90) },
    rights: 'all',
    cite: 'ORS 646A.576(5)(a)',
  },
  // Utah Code §13-61-203(2): 45 days, +45 once.
  'us-ut': {
    respond: days(45),
    extension: { by: days(45), total: days(90) },
    rights: 'all',
    cite: 'Utah Code §13-61-203(2)',
  },
  // Mont. Code Ann. §30-14-2808(4)(a): 45 days, +45 once.
  'us-mt': {
    respond: days(45),
    extension: { by: days(45), total: days(90) },
    rights: 'all',
    cite: 'Mont. Code Ann. §30-14-2808(4)(a)',
  },
  // Del. Code tit. 6, §12D-104(c)(1): 45 days, +45 once.
  'us-de': {
    respond: days(45),
    extension: { by: days(45), total: days(90) },
    rights: 'all',
    cite: 'Del. Code tit. 6, §12D-104(c)(1)',
  },
  // Neb. Rev. Stat. §87-1108(2): 45 days, +45 once.
  'us-ne': {
    respond: days(45),
    extension: { by: days(45), total: days(90) },
    rights: 'all',
    cite: 'Neb. Rev. Stat. §87-1108(2)',
  },
  // Iowa Code §715D.3(2)(a): 90 days, +45 once.
  'us-ia': {
    respond: days(90),
    extension: { by: days(45), total: days(135) },
    rights: 'all',
    cite: 'Iowa Code §715D.3(2)(a)',
  },
  // LGPD Art. 19(II): 15 days for the access statement only.
  'br-lgpd': { respond: days(15), extension: null, rights: ['access'], cite: 'LGPD Art. 19(II)' },
  // PIPEDA s. 8(3), (4): 30 days, +30, for requests under Sch. 1 cl. 4.9 (access and amendment).
  'ca-pipeda': {
    respond: days(30),
    extension: { by: days(30), total: days(60) },
    rights: ['access', 'rectification'],
    cite: 'PIPEDA s. 8(3)',
  },
  // CQLR c. P-39.1 s. 32: 30 days for access and rectification (deletion included), no extension.
  'ca-qc': {
    respond: days(30),
    extension: null,
    rights: ['access', 'rectification', 'erasure', 'portability'],
    cite: 'CQLR c. P-39.1, s. 32',
  },
};

// The official French forms of the two Canadian citations (LPRPDE, RLRQ: by article).
const FRENCH: Record<string, string> = {
  'PIPEDA s. 8(3)': 'LPRPDE art. 8(3)',
  'CQLR c. P-39.1, s. 32': 'RLRQ c. P-39.1, art. 32',
};
const citeIn = (c: Case, cite: string) => articlesIn(c, canadianCite(c, cite, FRENCH[cite] ?? cite));

function acknowledgementViolations(c: Case, text: string): string[] {
  const broken: string[] = [];
  const p = phrasesFor(c);
  const law = STATUTE[c.jurisdiction];
  // The dates of the ticket's own clock, in the requester's language.
  expectText(broken, text, receivedDate(c), dueDate(c));
  const rights = c.types.filter(isRight);
  const timed = law.rights === 'all' ? rights : rights.filter((r) => law.rights.includes(r));
  const untimed = rights.length - timed.length;
  const respond = periodIn(c, law.respond);
  if (timed.length > 0 || rights.length === 0) {
    expectText(broken, text, respond, citeIn(c, law.cite));
    if (law.extension)
      expectText(broken, text, periodIn(c, law.extension.by), periodIn(c, law.extension.total));
  } else expectNoText(broken, text, respond, citeIn(c, law.cite));
  if (untimed > 0 && !text.includes(p.noFixedTimeLimit(timed.length > 0, null).slice(0, 12)))
    broken.push('does not say that the law fixes no days for the other rights');
  // 11 CCR §7021(a): confirm receipt within 10 business days (requests to know, delete, correct).
  if (c.jurisdiction === 'us-ca') expectText(broken, text, periodIn(c, businessDays(10)), '11 CCR §7021(a)');
  else expectNoText(broken, text, '§7021(a)');
  // An opt-out alone is never told it may need an identity check; under the CCPA it is told it needs none.
  const optOutOnly = rights.length > 0 && rights.every((r) => r === 'opt_out_sale');
  if (optOutOnly) expectNoText(broken, text, p.mayVerifyIdentity);
  if (optOutOnly && c.jurisdiction.startsWith('us-ca')) expectText(broken, text, '11 CCR §7026(d)');
  // UK GDPR Art. 12A(2)(b): the month begins when the identity information asked for arrives; the EU's
  // Art. 12(6) moves nothing.
  if (c.jurisdiction === 'uk-gdpr' && !optOutOnly)
    expectText(broken, text, p.identityStartsClock('UK GDPR Art. 12A'));
  else expectNoText(broken, text, p.identityStartsClock('UK GDPR Art. 12A').slice(0, 20));
  return broken;
}

describe('the acknowledgement matrix', () => {
  it('states under every law only the time limit its statute gives, for the rights it gives it to, with the ticket’s own dates', () => {
    const { rendered, broken } = runMatrix(matrix(['acknowledgement']), acknowledgementViolations);
    expect(rendered).toBe(3 * JURISDICTION_IDS.length * 11 * 11);
    expect(broken).toEqual([]);
  });
});
