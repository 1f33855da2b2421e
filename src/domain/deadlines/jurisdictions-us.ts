/**
 * The US state privacy laws beside the CCPA, one row each (the CCPA's rows stay in jurisdictions.ts).
 * Every rule cites its statute; a change in a state's law is a change to its row here.
 */
import type { IsoDate } from './iso-date.js';
import type { JurisdictionRule, Period } from './jurisdiction-rule.js';
import {
  COLORADO_REJECTION,
  CONNECTICUT_REJECTION,
  DELAWARE_REJECTION,
  IOWA_REJECTION,
  MONTANA_REJECTION,
  NEBRASKA_REJECTION,
  OREGON_REJECTION,
  TEXAS_REJECTION,
  UTAH_REJECTION,
  VIRGINIA_REJECTION,
} from './rejection-grounds.js';
import { SATURDAY_AND_SUNDAY } from './working-days.js';

const days = (amount: number): Period => ({ unit: 'days', amount });

// US state laws say "within 45 days of receipt": day 1 is the day after receipt, and none of them moves
// a deadline that falls on a weekend, so we do not either (the conservative reading).
const noPause = (name: string, respond: number) =>
  `${name}: the ${respond} days run from receipt; the statute has no pause while verifying`;

export type UsStateId =
  'us-va' | 'us-co' | 'us-ct' | 'us-tx' | 'us-or' | 'us-ut' | 'us-mt' | 'us-ia' | 'us-de' | 'us-ne';

/**
 * What every state row here shares: days from receipt, a lawful extension, no acknowledgement, no pause, no
 * weekend rollover. Most states give 45 + 45 days; a state whose statute sets other periods says so.
 */
interface StateFacts<J extends UsStateId> {
  readonly id: J;
  readonly label: string;
  readonly cite: string;
  /** The day the statute took effect: a request received before it is not under it. */
  readonly inForceFrom: IsoDate;
  /** Days to answer and to extend by, when not 45 and 45. */
  readonly days?: { readonly respond: number; readonly extension: number };
  readonly extensionNotice: string;
  /** The law's name in the pause rule ("Colorado CPA"). */
  readonly pauseName: string;
  /** The state's holiday region (date-holidays' code). */
  readonly region: string;
  readonly freeRequests: JurisdictionRule['freeRequests'];
  readonly appeal: JurisdictionRule['appeal'];
  readonly rejection: JurisdictionRule['rejection'];
}

function stateRule<J extends UsStateId>(facts: StateFacts<J>): JurisdictionRule & { id: J } {
  const { pauseName, region, days: periods = { respond: 45, extension: 45 }, ...rest } = facts;
  return {
    ...rest,
    respond: days(periods.respond),
    extension: days(periods.extension),
    acknowledge: null,
    pause: { allowed: false, rule: noPause(pauseName, periods.respond) },
    rollover: 'none',
    restDays: SATURDAY_AND_SUNDAY,
    defaultHolidays: { country: 'US', region },
  };
}

export const US_STATE_JURISDICTIONS: { readonly [J in UsStateId]: JurisdictionRule & { id: J } } = {
  // Va. Code §59.1-577(B): 45 days, extendable once by 45 with notice and reason; free up to twice a year.
  // §59.1-577(C): a denial carries appeal instructions; the appeal is answered within 60 days.
  'us-va': stateRule({
    id: 'us-va',
    // HB 2307 (2021, approved as Chapter 35; SB 1392 is identical): effective 1 January 2023.
    inForceFrom: '2023-01-01',
    label: 'VCDPA',
    cite: 'Va. Code §59.1-577(B)',
    extensionNotice: 'inform the consumer within the first 45 days, with the reason',
    pauseName: 'VCDPA',
    region: 'VA',
    freeRequests: { perTwelveMonths: 2, rule: 'free up to twice annually (Va. Code §59.1-577(B)(3))' },
    appeal: { respond: days(60), extension: null, cite: 'Va. Code §59.1-577(C)' },
    rejection: VIRGINIA_REJECTION,
  }),
  // C.R.S. §6-1-1306(2): 45 days, +45 where reasonably necessary with notice; access free once a year.
  // §6-1-1306(3): appeals answered within 45 days, extendable by 60.
  'us-co': stateRule({
    id: 'us-co',
    inForceFrom: '2023-07-01', // SB 21-190, the Act's effective date: 1 July 2023
    label: 'CPA (Colorado)',
    cite: 'C.R.S. §6-1-1306(2)',
    extensionNotice: 'inform the consumer within the first 45 days, with the reasons',
    pauseName: 'Colorado CPA',
    region: 'CO',
    freeRequests: { perTwelveMonths: 1, rule: 'free once in any 12 months (C.R.S. §6-1-1306(1)(e))' },
    appeal: { respond: days(45), extension: days(60), cite: 'C.R.S. §6-1-1306(3)' },
    rejection: COLORADO_REJECTION,
  }),
  // Conn. Gen. Stat. §42-518(c): 45 days, +45 once with notice; free once per consumer per 12 months.
  // §42-518(d): appeals answered within 60 days.
  'us-ct': stateRule({
    id: 'us-ct',
    inForceFrom: '2023-07-01', // Public Act 22-15 (SB 6), §1 ff.: "Effective July 1, 2023"
    label: 'CTDPA',
    cite: 'Conn. Gen. Stat. §42-518(c)',
    extensionNotice: 'inform the consumer within the first 45 days, with the reason',
    pauseName: 'CTDPA',
    region: 'CT',
    freeRequests: { perTwelveMonths: 1, rule: 'free once in any 12 months (Conn. Gen. Stat. §42-518(c))' },
    appeal: { respond: days(60), extension: null, cite: 'Conn. Gen. Stat. §42-518(d)' },
    rejection: CONNECTICUT_REJECTION,
  }),
  // Tex. Bus. & Com. Code §541.052: 45 days, +45 once with notice; free up to twice annually.
  // §541.053: appeals answered within 60 days.
  'us-tx': stateRule({
    id: 'us-tx',
    // H.B. 4 (88th Leg., R.S., 2023) takes effect 1 July 2024 (only its provision on opting out through an
    // authorized agent's technology on 1 January 2025).
    inForceFrom: '2024-07-01',
    label: 'TDPSA',
    cite: 'Tex. Bus. & Com. Code §541.052',
    extensionNotice: 'inform the consumer within the first 45 days, with the reason',
    pauseName: 'TDPSA',
    region: 'TX',
    freeRequests: { perTwelveMonths: 2, rule: 'free up to twice annually (Tex. Bus. & Com. Code §541.052)' },
    appeal: { respond: days(60), extension: null, cite: 'Tex. Bus. & Com. Code §541.053' },
    rejection: TEXAS_REJECTION,
  }),
  // ORS 646A.576(5)(a): respond within 45 days after receipt, extendable once by 45 where reasonably
  // necessary, telling the consumer within the first 45 days with the reason; information is free once in
  // any 12 months. ORS 646A.576(6)(d): an appeal is approved or denied within 45 days after its receipt
  // (no extension), a denial telling the consumer how to complain to the Attorney General.
  'us-or': stateRule({
    id: 'us-or',
    // Or. Laws 2023, ch. 369 (SB 619) took effect 1 January 2024; its operative date for the OCPA's
    // sections is 1 July 2024.
    inForceFrom: '2024-07-01',
    label: 'OCPA (Oregon)',
    cite: 'ORS 646A.576(5)(a)',
    extensionNotice: 'notify the consumer within the first 45 days, with the reason',
    pauseName: 'Oregon CPA',
    region: 'OR',
    freeRequests: { perTwelveMonths: 1, rule: 'free once in any 12 months (ORS 646A.576(5))' },
    appeal: { respond: days(45), extension: null, cite: 'ORS 646A.576(6)(d)' },
    rejection: OREGON_REJECTION,
  }),
  // Utah Code §13-61-203(2)(a)-(c): act within 45 days after receipt, extendable once by 45 where reasonably
  // necessary, the consumer told before the first 45 days end, with the length and the reasons; (3): a
  // refusal gives its reasons within 45 days; (4)(a): free unless a second request within 12 months. The
  // UCPA has no appeal: a refusal gives reasons only.
  'us-ut': stateRule({
    id: 'us-ut',
    inForceFrom: '2023-12-31', // S.B. 227 (2022 General Session): Title 13, Ch. 61 effective 31 December 2023
    label: 'UCPA (Utah)',
    cite: 'Utah Code §13-61-203(2)',
    extensionNotice: 'inform the consumer before the first 45 days end: the length and the reasons',
    pauseName: 'Utah CPA',
    region: 'UT',
    freeRequests: { perTwelveMonths: 1, rule: 'free once in any 12 months (Utah Code §13-61-203(4)(a))' },
    appeal: null,
    rejection: UTAH_REJECTION,
  }),
  // Mont. Code Ann. §30-14-2808(4)(a): respond within 45 days after receipt, extendable by 45 when
  // reasonably necessary, the consumer told within the first 45 days with the reason; (4)(c): information is
  // free once for each consumer in any 12 months. §30-14-2808 (appeals): the appeal is answered in writing
  // within 60 days of its receipt, a denial naming how to complain to the Attorney General. The MCDPA
  // (Mont. Code Ann. Title 30, Ch. 14, Part 28) took effect on 1 October 2024.
  'us-mt': stateRule({
    id: 'us-mt',
    label: 'MCDPA (Montana)',
    cite: 'Mont. Code Ann. §30-14-2808(4)(a)',
    inForceFrom: '2024-10-01',
    extensionNotice: 'inform the consumer within the first 45 days, with the reason',
    pauseName: 'Montana CDPA',
    region: 'MT',
    freeRequests: {
      perTwelveMonths: 1,
      rule: 'free once in any 12 months (Mont. Code Ann. §30-14-2808(4)(c))',
    },
    appeal: { respond: days(60), extension: null, cite: 'Mont. Code Ann. §30-14-2808' },
    rejection: MONTANA_REJECTION,
  }),
  // Iowa Code §715D.3(2)(a): respond within 90 days of receipt, extendable once by 45 when reasonably
  // necessary, the consumer told within the first 90 days with the reason; (2)(c): information is free up
  // to twice annually. §715D.3(3): the appeal is answered in writing within 60 days of its receipt, a
  // denial giving an online mechanism to complain to the Attorney General. The ICDPA (Iowa Code ch. 715D)
  // took effect on 1 January 2025.
  'us-ia': stateRule({
    id: 'us-ia',
    inForceFrom: '2025-01-01',
    label: 'ICDPA (Iowa)',
    cite: 'Iowa Code §715D.3(2)(a)',
    days: { respond: 90, extension: 45 },
    extensionNotice: 'inform the consumer within the first 90 days, with the reason',
    pauseName: 'Iowa CDPA',
    region: 'IA',
    freeRequests: { perTwelveMonths: 2, rule: 'free up to twice annually (Iowa Code §715D.3(2)(c))' },
    appeal: { respond: days(60), extension: null, cite: 'Iowa Code §715D.3(3)' },
    rejection: IOWA_REJECTION,
  }),
  // Del. Code tit. 6, §12D-104(c)(1): respond within 45 days after receipt, extendable by 45 when
  // reasonably necessary, the consumer told within the first 45 days with the reason; (c)(3): information
  // is free once per consumer in any 12 months. §12D-104(d): the appeal is answered in writing within 60
  // days of its receipt, a denial giving a way to complain to the Department of Justice (the Attorney
  // General). The DPDPA (Del. Code tit. 6, ch. 12D) took effect on 1 January 2025.
  'us-de': stateRule({
    id: 'us-de',
    inForceFrom: '2025-01-01',
    label: 'DPDPA (Delaware)',
    cite: 'Del. Code tit. 6, §12D-104(c)(1)',
    extensionNotice: 'inform the consumer within the first 45 days, with the reason',
    pauseName: 'Delaware PDPA',
    region: 'DE',
    freeRequests: {
      perTwelveMonths: 1,
      rule: 'free once in any 12 months (Del. Code tit. 6, §12D-104(c)(3))',
    },
    appeal: { respond: days(60), extension: null, cite: 'Del. Code tit. 6, §12D-104(d)' },
    rejection: DELAWARE_REJECTION,
  }),
  // Neb. Rev. Stat. §87-1108(2): respond within 45 days after receipt, extendable once by 45 when
  // reasonably necessary, the consumer told within the first 45 days with the reason; (4): information is
  // free up to twice annually. §87-1109(3): the appeal is answered in writing no later than the sixtieth day
  // after its receipt; (4): a denial gives the consumer a way to contact the Attorney General to complain.
  // The Data Privacy Act (Laws 2024, LB 1074; §§87-1101 to 87-1130) applies from 1 January 2025.
  'us-ne': stateRule({
    id: 'us-ne',
    inForceFrom: '2025-01-01',
    label: 'NDPA (Nebraska)',
    cite: 'Neb. Rev. Stat. §87-1108(2)',
    extensionNotice: 'inform the consumer within the first 45 days, with the reason',
    pauseName: 'Nebraska DPA',
    region: 'NE',
    freeRequests: { perTwelveMonths: 2, rule: 'free up to twice annually (Neb. Rev. Stat. §87-1108(4))' },
    appeal: { respond: days(60), extension: null, cite: 'Neb. Rev. Stat. §87-1109(3)' },
    rejection: NEBRASKA_REJECTION,
  }),
};
