/**
 * The US state privacy laws beside the CCPA, one row each (the CCPA's rows stay in jurisdictions.ts).
 * Every rule cites its statute; a change in a state's law is a change to its row here.
 */
import type { JurisdictionRule, Period } from './jurisdiction-rule.js';
import {
  COLORADO_REJECTION,
  CONNECTICUT_REJECTION,
  OREGON_REJECTION,
  TEXAS_REJECTION,
  UTAH_REJECTION,
  VIRGINIA_REJECTION,
} from './rejection-grounds.js';
import { SATURDAY_AND_SUNDAY } from './working-days.js';

const days = (amount: number): Period => ({ unit: 'days', amount });

// US state laws say "within 45 days of receipt": day 1 is the day after receipt, and none of them moves
// a deadline that falls on a weekend, so we do not either (the conservative reading).
const US_NO_PAUSE = 'the 45 days run from receipt; the statute has no pause while verifying';

export type UsStateId = 'us-va' | 'us-co' | 'us-ct' | 'us-tx' | 'us-or' | 'us-ut';

export const US_STATE_JURISDICTIONS: { readonly [J in UsStateId]: JurisdictionRule & { id: J } } = {
  // Va. Code §59.1-577(B): 45 days, extendable once by 45 with notice and reason; free up to twice a year.
  // §59.1-577(C): a denial carries appeal instructions; the appeal is answered within 60 days.
  'us-va': {
    id: 'us-va',
    label: 'VCDPA',
    respond: days(45),
    extension: days(45),
    cite: 'Va. Code §59.1-577(B)',
    extensionNotice: 'inform the consumer within the first 45 days, with the reason',
    acknowledge: null,
    pause: { allowed: false, rule: `VCDPA: ${US_NO_PAUSE}` },
    rollover: 'none',
    restDays: SATURDAY_AND_SUNDAY,
    defaultHolidays: { country: 'US', region: 'VA' },
    freeRequests: { perTwelveMonths: 2, rule: 'free up to twice annually (Va. Code §59.1-577(B)(3))' },
    appeal: { respond: days(60), extension: null, cite: 'Va. Code §59.1-577(C)' },
    rejection: VIRGINIA_REJECTION,
  },
  // C.R.S. §6-1-1306(2): 45 days, +45 where reasonably necessary with notice; access free once a year.
  // §6-1-1306(3): appeals answered within 45 days, extendable by 60.
  'us-co': {
    id: 'us-co',
    label: 'CPA (Colorado)',
    respond: days(45),
    extension: days(45),
    cite: 'C.R.S. §6-1-1306(2)',
    extensionNotice: 'inform the consumer within the first 45 days, with the reasons',
    acknowledge: null,
    pause: { allowed: false, rule: `Colorado CPA: ${US_NO_PAUSE}` },
    rollover: 'none',
    restDays: SATURDAY_AND_SUNDAY,
    defaultHolidays: { country: 'US', region: 'CO' },
    freeRequests: { perTwelveMonths: 1, rule: 'free once in any 12 months (C.R.S. §6-1-1306(1)(e))' },
    appeal: { respond: days(45), extension: days(60), cite: 'C.R.S. §6-1-1306(3)' },
    rejection: COLORADO_REJECTION,
  },
  // Conn. Gen. Stat. §42-518(c): 45 days, +45 once with notice; free once per consumer per 12 months.
  // §42-518(d): appeals answered within 60 days.
  'us-ct': {
    id: 'us-ct',
    label: 'CTDPA',
    respond: days(45),
    extension: days(45),
    cite: 'Conn. Gen. Stat. §42-518(c)',
    extensionNotice: 'inform the consumer within the first 45 days, with the reason',
    acknowledge: null,
    pause: { allowed: false, rule: `CTDPA: ${US_NO_PAUSE}` },
    rollover: 'none',
    restDays: SATURDAY_AND_SUNDAY,
    defaultHolidays: { country: 'US', region: 'CT' },
    freeRequests: { perTwelveMonths: 1, rule: 'free once in any 12 months (Conn. Gen. Stat. §42-518(c))' },
    appeal: { respond: days(60), extension: null, cite: 'Conn. Gen. Stat. §42-518(d)' },
    rejection: CONNECTICUT_REJECTION,
  },
  // Tex. Bus. & Com. Code §541.052: 45 days, +45 once with notice; free up to twice annually.
  // §541.053: appeals answered within 60 days.
  'us-tx': {
    id: 'us-tx',
    label: 'TDPSA',
    respond: days(45),
    extension: days(45),
    cite: 'Tex. Bus. & Com. Code §541.052',
    extensionNotice: 'inform the consumer within the first 45 days, with the reason',
    acknowledge: null,
    pause: { allowed: false, rule: `TDPSA: ${US_NO_PAUSE}` },
    rollover: 'none',
    restDays: SATURDAY_AND_SUNDAY,
    defaultHolidays: { country: 'US', region: 'TX' },
    freeRequests: { perTwelveMonths: 2, rule: 'free up to twice annually (Tex. Bus. & Com. Code §541.052)' },
    appeal: { respond: days(60), extension: null, cite: 'Tex. Bus. & Com. Code §541.053' },
    rejection: TEXAS_REJECTION,
  },
  // ORS 646A.576(5)(a): respond within 45 days after receipt, extendable once by 45 where reasonably
  // necessary, telling the consumer within the first 45 days with the reason; information is free once in
  // any 12 months. ORS 646A.576(6)(d): an appeal is approved or denied within 45 days after its receipt
  // (no extension), a denial telling the consumer how to complain to the Attorney General.
  'us-or': {
    id: 'us-or',
    label: 'OCPA (Oregon)',
    respond: days(45),
    extension: days(45),
    cite: 'ORS 646A.576(5)(a)',
    extensionNotice: 'notify the consumer within the first 45 days, with the reason',
    acknowledge: null,
    pause: { allowed: false, rule: `Oregon CPA: ${US_NO_PAUSE}` },
    rollover: 'none',
    restDays: SATURDAY_AND_SUNDAY,
    defaultHolidays: { country: 'US', region: 'OR' },
    freeRequests: { perTwelveMonths: 1, rule: 'free once in any 12 months (ORS 646A.576(5))' },
    appeal: { respond: days(45), extension: null, cite: 'ORS 646A.576(6)(d)' },
    rejection: OREGON_REJECTION,
  },
  // Utah Code §13-61-203(2)(a)-(c): act within 45 days after receipt, extendable once by 45 where reasonably
  // necessary, the consumer told before the first 45 days end, with the length and the reasons; (3): a
  // refusal gives its reasons within 45 days; (4)(a): free unless a second request within 12 months. The
  // UCPA has no appeal: a refusal gives reasons only.
  'us-ut': {
    id: 'us-ut',
    label: 'UCPA (Utah)',
    respond: days(45),
    extension: days(45),
    cite: 'Utah Code §13-61-203(2)',
    extensionNotice: 'inform the consumer before the first 45 days end: the length and the reasons',
    acknowledge: null,
    pause: { allowed: false, rule: `Utah CPA: ${US_NO_PAUSE}` },
    rollover: 'none',
    restDays: SATURDAY_AND_SUNDAY,
    defaultHolidays: { country: 'US', region: 'UT' },
    freeRequests: { perTwelveMonths: 1, rule: 'free once in any 12 months (Utah Code §13-61-203(4)(a))' },
    appeal: null,
    rejection: UTAH_REJECTION,
  },
};
