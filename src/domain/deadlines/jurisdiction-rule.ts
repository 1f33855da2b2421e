/**
 * The shape of one jurisdiction's rules (time limits, extension, pause, free requests) and the list of
 * jurisdiction ids shared by the tickets, the database and the `deadline` command.
 */
import type { IsoDate } from './iso-date.js';
import type { RejectionRule } from './rejection-grounds.js';
import type { HolidayRegion, RestDays } from './working-days.js';

export const JURISDICTION_IDS = [
  'eu-gdpr',
  'uk-gdpr',
  'us-ca',
  'us-ca-optout',
  'us-va',
  'us-co',
  'us-ct',
  'us-tx',
  'us-or',
  'us-ut',
  'us-mt',
  'us-ia',
  'us-de',
  'us-ne',
  'br-lgpd',
  'ca-pipeda',
  'ca-qc',
] as const;

export type JurisdictionId = (typeof JURISDICTION_IDS)[number];

export function isJurisdictionId(value: string): value is JurisdictionId {
  return (JURISDICTION_IDS as readonly string[]).includes(value);
}

export type Period =
  | { readonly unit: 'months'; readonly amount: number }
  | { readonly unit: 'days'; readonly amount: number }
  | { readonly unit: 'business_days'; readonly amount: number };

export interface TimeLimit {
  readonly respond: Period;
  /** The lawful extension, added to the end of `respond`; null where the law allows none. */
  readonly extension: Period | null;
  /** Citation shown to staff, e.g. "GDPR Art. 12(3)". */
  readonly cite: string;
}

export interface JurisdictionRule extends TimeLimit {
  readonly id: JurisdictionId;
  /** Short name in explanations: "GDPR", "CCPA". */
  readonly label: string;
  /**
   * The first day the law applies to a request received on it; null: in force before any request
   * Rightsdesk handles. A request received earlier is not under this law (`law_not_in_force`).
   */
  readonly inForceFrom: IsoDate | null;
  /** What the extension needs (notice, reasons), shown when staff extend. */
  readonly extensionNotice: string | null;
  /** Deadline to confirm receipt, counted from the day of receipt; null where no law requires it. */
  readonly acknowledge: Period | null;
  /** Whether a period waiting for identity or clarification stops the clock, and the rule that says so. */
  readonly pause: { readonly allowed: boolean; readonly rule: string };
  /** A period ending on a rest day or public holiday ends on the next working day (or the law says nothing). */
  readonly rollover: 'next_working_day' | 'none';
  readonly restDays: RestDays;
  /** Holidays used when the organisation names none; null: take them from the time zone, if it names a country. */
  readonly defaultHolidays: HolidayRegion | null;
  /**
   * Free requests per rolling 12 months: a number, `case_by_case` (repetition may make a request
   * excessive, staff judge), or `unlimited`.
   */
  readonly freeRequests: {
    readonly perTwelveMonths: number | 'case_by_case' | 'unlimited';
    readonly rule: string;
  };
  /** A denial carries appeal instructions; the appeal is a ticket of its own with this time limit. */
  readonly appeal: TimeLimit | null;
  /** The grounds on which this law lets a request be refused, and whether an opt-out may be refused unverified. */
  readonly rejection: RejectionRule;
}
