/**
 * The jurisdictions Rightsdesk knows, each as one row of law: how long a controller has to answer, the
 * lawful extension, acknowledgement, whether the clock may stand still, and how many requests are free.
 * Every rule cites its source; a change in the law is a change to one row here.
 */
import type { JurisdictionId, JurisdictionRule, Period } from './jurisdiction-rule.js';
import {
  CCPA_OPT_OUT_REJECTION,
  CCPA_REJECTION,
  GDPR_REJECTION,
  LGPD_REJECTION,
  PIPEDA_REJECTION,
  QUEBEC_REJECTION,
  UK_GDPR_REJECTION,
} from './rejection-grounds.js';
import { US_STATE_JURISDICTIONS } from './jurisdictions-us.js';
import { SATURDAY_AND_SUNDAY, SUNDAY_ONLY } from './working-days.js';

const months = (amount: number): Period => ({ unit: 'months', amount });
const days = (amount: number): Period => ({ unit: 'days', amount });
const businessDays = (amount: number): Period => ({ unit: 'business_days', amount });

export const JURISDICTIONS: Readonly<Record<JurisdictionId, JurisdictionRule>> = {
  // GDPR Art. 12(3): one month from receipt, +2 months for complex or numerous requests, the requester told
  // within the first month with reasons. Months per Regulation 1182/71 Art. 3(2)(c) (same date, or the
  // month's last day), Art. 3(4) (a period ending on a Saturday, Sunday or public holiday ends on the next
  // working day); holidays of the Member State where the controller acts (Art. 2(1)).
  'eu-gdpr': {
    id: 'eu-gdpr',
    label: 'GDPR',
    inForceFrom: null,
    respond: months(1),
    extension: months(2),
    cite: 'GDPR Art. 12(3)',
    extensionNotice: 'tell the requester within the first month, with the reasons (Art. 12(3))',
    acknowledge: null,
    // Art. 12(3) has no stop-the-clock; Art. 12(6) lets the controller ask for ID but does not suspend the month.
    pause: { allowed: false, rule: 'GDPR Art. 12(3) has no pause: the month runs from receipt' },
    rollover: 'next_working_day',
    restDays: SATURDAY_AND_SUNDAY,
    defaultHolidays: null,
    freeRequests: {
      perTwelveMonths: 'case_by_case',
      rule: 'free; a fee or refusal only if manifestly unfounded or excessive, e.g. repetitive (Art. 12(5))',
    },
    appeal: null,
    rejection: GDPR_REJECTION,
  },
  // UK GDPR Art. 12(3) and the ICO's counting: the day of receipt is day one, the response is due on the
  // corresponding date next month (or its last day), next working day if that is a weekend or bank holiday.
  // Art. 12A (Data (Use and Access) Act 2025 s. 76, in force 5 February 2026): the period from the day
  // the controller asks for information to the day it arrives, both included, does not count.
  'uk-gdpr': {
    id: 'uk-gdpr',
    label: 'UK GDPR',
    inForceFrom: null,
    respond: months(1),
    extension: months(2),
    cite: 'UK GDPR Arts. 12(3), 12A',
    extensionNotice: 'tell the requester within the first month, with the reasons (Art. 12A)',
    acknowledge: null,
    pause: {
      allowed: true,
      rule: 'UK GDPR Art. 12A stops the clock while awaiting ID, or what identifies an access request (12A(5))',
    },
    rollover: 'next_working_day',
    restDays: SATURDAY_AND_SUNDAY,
    defaultHolidays: { country: 'GB', region: 'ENG' },
    freeRequests: {
      perTwelveMonths: 'case_by_case',
      rule: 'free; a fee or refusal only if manifestly unfounded or excessive (Art. 12(5))',
    },
    appeal: null,
    rejection: UK_GDPR_REJECTION,
  },
  // CCPA/CPRA, 11 CCR §7021(a): confirm receipt within 10 business days; §7021(b): respond within 45
  // calendar days from receipt "regardless of time required to verify", +45 with notice and explanation
  // within the first 45. Business day (§7001): Monday-Friday except California state holidays.
  'us-ca': {
    id: 'us-ca',
    label: 'CCPA',
    inForceFrom: null,
    respond: days(45),
    extension: days(45),
    cite: '11 CCR §7021',
    extensionNotice: 'notify the consumer within the first 45 days, with an explanation (§7021(b))',
    acknowledge: businessDays(10),
    pause: { allowed: false, rule: 'CCPA counts 45 days regardless of verification (11 CCR §7021(b))' },
    rollover: 'none',
    restDays: SATURDAY_AND_SUNDAY,
    defaultHolidays: { country: 'US', region: 'CA' },
    // Civ. Code §1798.130(b): no obligation to answer a request to know more than twice in 12 months.
    freeRequests: {
      perTwelveMonths: 2,
      rule: 'requests to know: twice in 12 months (Civ. Code §1798.130(b))',
    },
    appeal: null,
    rejection: CCPA_REJECTION,
  },
  // 11 CCR §7026(f): stop selling/sharing as soon as feasibly possible, at most 15 business days from
  // receipt; an opt-out needs no verification (§7026(d)) and has no extension.
  'us-ca-optout': {
    id: 'us-ca-optout',
    label: 'CCPA opt-out',
    inForceFrom: null,
    respond: businessDays(15),
    extension: null,
    cite: '11 CCR §7026(f)',
    extensionNotice: null,
    acknowledge: null,
    pause: { allowed: false, rule: 'an opt-out needs no verification (11 CCR §7026(d))' },
    rollover: 'none',
    restDays: SATURDAY_AND_SUNDAY,
    defaultHolidays: { country: 'US', region: 'CA' },
    freeRequests: { perTwelveMonths: 'unlimited', rule: 'always free (Civ. Code §1798.120)' },
    appeal: null,
    rejection: CCPA_OPT_OUT_REJECTION,
  },
  ...US_STATE_JURISDICTIONS,
  // LGPD Art. 19(II): a clear and complete access statement within 15 days of the request; no extension.
  // Days counted per Código Civil Art. 132: the first day excluded, a last day on a holiday moves to the
  // next working day. Art. 18 §5: requests are free.
  'br-lgpd': {
    id: 'br-lgpd',
    label: 'LGPD',
    inForceFrom: null,
    respond: days(15),
    extension: null,
    cite: 'LGPD Art. 19(II)',
    extensionNotice: null,
    acknowledge: null,
    pause: { allowed: false, rule: 'LGPD Art. 19 has no pause' },
    rollover: 'next_working_day',
    restDays: SATURDAY_AND_SUNDAY,
    defaultHolidays: { country: 'BR' },
    freeRequests: { perTwelveMonths: 'unlimited', rule: 'always free (LGPD Art. 18 §5)' },
    appeal: null,
    rejection: LGPD_REJECTION,
  },
  // PIPEDA s. 8(3): respond within 30 days after receipt; s. 8(4): extend by at most 30 days with notice
  // within the first 30, giving the new limit, the reasons and the right to complain to the Commissioner.
  // Interpretation Act s. 26 and s. 35: a limit expiring on a holiday (Sunday or statutory) moves on.
  'ca-pipeda': {
    id: 'ca-pipeda',
    label: 'PIPEDA',
    inForceFrom: null,
    respond: days(30),
    extension: days(30),
    cite: 'PIPEDA s. 8(3)',
    extensionNotice: 'notify within 30 days: new time limit, reasons, right to complain to the Commissioner',
    acknowledge: null,
    pause: { allowed: false, rule: 'PIPEDA s. 8(3) has no pause' },
    rollover: 'next_working_day',
    restDays: SUNDAY_ONLY,
    defaultHolidays: { country: 'CA' },
    freeRequests: { perTwelveMonths: 'case_by_case', rule: 'at minimal or no cost (PIPEDA Sch. 1, 4.9.4)' },
    appeal: null,
    rejection: PIPEDA_REJECTION,
  },
  // Québec private-sector Act (CQLR c. P-39.1, as amended by Law 25) s. 32: respond within 30 days of
  // receipt, no extension (silence is a refusal). Interpretation Act (CQLR c. I-16) ss. 52, 61(23): a
  // deadline on a holiday (Sundays included) moves to the next day. s. 33: access is free of charge.
  'ca-qc': {
    id: 'ca-qc',
    label: 'Québec Law 25',
    inForceFrom: null,
    respond: days(30),
    extension: null,
    cite: 'CQLR c. P-39.1 s. 32',
    extensionNotice: null,
    acknowledge: null,
    pause: { allowed: false, rule: 'Québec s. 32 has no pause' },
    rollover: 'next_working_day',
    restDays: SUNDAY_ONLY,
    defaultHolidays: { country: 'CA', region: 'QC' },
    freeRequests: {
      perTwelveMonths: 'unlimited',
      rule: 'free; reasonable fee for copies only (CQLR c. P-39.1 s. 33)',
    },
    appeal: null,
    rejection: QUEBEC_REJECTION,
  },
};

export function jurisdictionRule(id: JurisdictionId): JurisdictionRule {
  return JURISDICTIONS[id];
}
