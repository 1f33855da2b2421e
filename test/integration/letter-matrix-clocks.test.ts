// The letters about the clock and the identity check (verification, clarification, extension notice,
// appeal received, appeal decided) of every law, language and seed organisation, rendered as sent.
import { describe, expect, it } from 'vitest';
import { JURISDICTION_IDS, type JurisdictionId } from '../../src/domain/deadlines/jurisdiction-rule.js';
import {
  articlesIn,
  authorityName,
  canadianCite,
  type Case,
  dateIn,
  dueDate,
  expectNoText,
  expectText,
  matrix,
  periodIn,
  runMatrix,
} from '../support/letter-matrix.js';

const ONE_TYPE = [['erasure']] as const;

// The extension each statute allows, with its citation; absent: the law allows none (11 CCR §7026(f),
// LGPD Art. 19, CQLR c. P-39.1 s. 32).
const EXTENSION: { readonly [J in JurisdictionId]?: string } = {
  'eu-gdpr': 'Art. 12(3)',
  'uk-gdpr': 'UK GDPR Arts. 12(3), 12A',
  'us-ca': 'Cal. Civ. Code §1798.130(a)(2)',
  'us-va': 'Va. Code §59.1-577(B)(1)',
  'us-co': 'C.R.S. §6-1-1306(2)(a)',
  'us-ct': 'Conn. Gen. Stat. §42-518(c)(1)',
  'us-tx': 'Tex. Bus. & Com. Code §541.052(b)',
  'us-or': 'ORS 646A.576(5)(a)',
  'us-ut': 'Utah Code §13-61-203(2)',
  'us-mt': 'Mont. Code Ann. §30-14-2808(4)(a)',
  'us-ia': 'Iowa Code §715D.3(2)(a)',
  'us-de': 'Del. Code tit. 6, §12D-104(c)(1)',
  'us-ne': 'Neb. Rev. Stat. §87-1108(2)',
  'ca-pipeda': 'PIPEDA s. 8(4)',
};

// The extended due date of a request received on 4 May 2026, counted by hand: 1 + 2 months; 45 + 45
// days from the day after receipt; PIPEDA's 30 + 30 days.
const EXTENDED_DUE: { readonly [J in JurisdictionId]?: string } = {
  'eu-gdpr': '2026-08-04',
  'uk-gdpr': '2026-08-04',
  'us-ca': '2026-08-02',
  'us-va': '2026-08-02',
  'us-co': '2026-08-02',
  'us-ct': '2026-08-02',
  'us-tx': '2026-08-02',
  'us-or': '2026-08-02',
  'us-ut': '2026-08-02',
  'us-mt': '2026-08-02',
  'us-de': '2026-08-02',
  'us-ne': '2026-08-02',
  'us-ia': '2026-09-16', // Iowa Code §715D.3(2)(a): 90 + 45 days
  'ca-pipeda': '2026-07-03',
};

// The appeal's clock and the Attorney General's provision of each state with an appeal.
const APPEAL: {
  readonly [J in JurisdictionId]?: { readonly answer: string; readonly attorneyGeneral: string };
} = {
  'us-va': { answer: 'Va. Code §59.1-577(C)', attorneyGeneral: 'Va. Code §59.1-577(C)' },
  'us-co': { answer: 'C.R.S. §6-1-1306(3)(b)', attorneyGeneral: 'C.R.S. §6-1-1306(3)(c)' },
  'us-ct': { answer: 'Conn. Gen. Stat. §42-518(d)', attorneyGeneral: 'Conn. Gen. Stat. §42-518(d)' },
  'us-tx': {
    answer: 'Tex. Bus. & Com. Code §541.053(b)',
    attorneyGeneral: 'Tex. Bus. & Com. Code §541.053(c)',
  },
  'us-or': { answer: 'ORS 646A.576(6)(d)', attorneyGeneral: 'ORS 646A.576(6)(d)' },
  'us-mt': { answer: 'Mont. Code Ann. §30-14-2808', attorneyGeneral: 'Mont. Code Ann. §30-14-2808' },
  'us-ia': { answer: 'Iowa Code §715D.3(3)', attorneyGeneral: 'Iowa Code §715D.3(3)' },
  'us-de': {
    answer: 'Del. Code tit. 6, §12D-104(d)',
    attorneyGeneral: 'Del. Code tit. 6, §12D-104(d)',
  },
  'us-ne': { answer: 'Neb. Rev. Stat. §87-1109(3)', attorneyGeneral: 'Neb. Rev. Stat. §87-1109(4)' },
};

const ATTORNEY_GENERAL: { readonly [J in JurisdictionId]?: string } = {
  'us-va': 'https://www.oag.state.va.us/',
  'us-co': 'https://coag.gov/',
  'us-ct': 'https://portal.ct.gov/ag/',
  'us-tx': 'https://www.texasattorneygeneral.gov/',
  'us-or': 'https://www.doj.state.or.us/consumer-protection/',
  'us-mt': 'https://dojmt.gov/consumer/',
  'us-ia': 'https://www.iowaattorneygeneral.gov/for-consumers/file-a-consumer-complaint',
  // The Department of Justice asks consumers to complain under the DPDPA by email.
  'us-de': 'privacy@delaware.gov',
  'us-ne': 'https://protectthegoodlife.nebraska.gov/',
};

// The Federal Court is open after a complaint about a refusal (s. 14(1) lists s. 8(7)), not about an
// extension (s. 8(4) is not listed): the extension notice names the Commissioner only.
const FEDERAL_COURT =
  /Federal Court|Bundesgericht|Cour fédérale|Tribunal Federal|Corte federale|Federale Hof|Sądu Federalnego|federala domstolen|føderale domstol/;

function clockViolations(c: Case, text: string): string[] {
  const broken: string[] = [];
  switch (c.kind) {
    case 'verification_request':
      expectText(broken, text, '4821-0937', dateIn(c, '2026-05-07'));
      break;
    case 'clarification_request':
      // UK GDPR Art. 12A alone stops the clock while the requester is asked for information.
      if (c.jurisdiction === 'uk-gdpr') expectText(broken, text, 'UK GDPR Art. 12A');
      else expectNoText(broken, text, '12A');
      break;
    case 'extension_notice': {
      const cite = EXTENSION[c.jurisdiction];
      if (!cite) broken.push('is written although the law allows no extension');
      else
        expectText(
          broken,
          text,
          c.jurisdiction === 'ca-pipeda' ? canadianCite(c, cite, 'LPRPDE art. 8(4)') : articlesIn(c, cite),
          dueDate(c, { extended: true }),
          dateIn(c, EXTENDED_DUE[c.jurisdiction]!),
        );
      if (c.jurisdiction === 'ca-pipeda') {
        expectText(broken, text, authorityName(c)!);
        const court = FEDERAL_COURT.exec(text);
        if (court) broken.push(`names "${court[0]}" in an extension notice`);
      }
      break;
    }
    case 'appeal_received': {
      const appeal = APPEAL[c.jurisdiction];
      if (!appeal) broken.push('is written although the law has no appeal');
      else expectText(broken, text, appeal.answer, dueDate(c, { stage: 'appeal' }));
      // C.R.S. §6-1-1306(3)(b): only Colorado may extend the appeal's answer, by 60 days.
      const sixty = periodIn(c, { unit: 'days', amount: 60 });
      if (c.jurisdiction === 'us-co') expectText(broken, text, sixty);
      else expectNoText(broken, text, sixty);
      break;
    }
    case 'appeal_decision': {
      // The preview's decision upholds the refusal: the state's Attorney General, with its provision.
      const appeal = APPEAL[c.jurisdiction];
      if (!appeal) broken.push('is written although the law has no appeal');
      else
        expectText(
          broken,
          text,
          appeal.attorneyGeneral,
          ATTORNEY_GENERAL[c.jurisdiction]!,
          'Attorney General',
        );
      break;
    }
    default:
  }
  return broken;
}

describe('the clock and identity letters matrix', () => {
  const kinds = [
    'verification_request',
    'verification_success',
    'clarification_request',
    'extension_notice',
    'appeal_received',
    'appeal_decision',
  ] as const;
  // Letters a law has no place for are refused (the preview's not_for_this_law), not written.
  const expected: Record<string, number> = {
    extension_notice: Object.keys(EXTENSION).length,
    appeal_received: Object.keys(APPEAL).length,
    appeal_decision: Object.keys(APPEAL).length,
  };
  for (const kind of kinds)
    it(`writes ${kind} under every law that has one, with the law's own clock and bodies`, () => {
      const { rendered, broken } = runMatrix(matrix([kind], ONE_TYPE), clockViolations);
      // PIPEDA s. 8(4) extends only s. 8(3)'s limit for access and correction: an erasure has none.
      const none = kind === 'extension_notice' ? ['ca-pipeda'] : [];
      expect(rendered).toBe(3 * ((expected[kind] ?? JURISDICTION_IDS.length) - none.length) * 11);
      expect(broken).toEqual([]);
    });

  it('writes the PIPEDA extension notice where access or correction was asked', () => {
    const cases = matrix(['extension_notice'], [['access'], ['rectification']], undefined, ['ca-pipeda']);
    const { rendered, broken } = runMatrix(cases, clockViolations);
    expect(rendered).toBe(3 * 2 * 11);
    expect(broken).toEqual([]);
  });
});
