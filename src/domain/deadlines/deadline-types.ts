/** The shapes of a deadline calculation: its input, its facts, its errors (shared by `deadlineFor` and its explanation). */
import type { IsoDate } from './iso-date.js';
import type { JurisdictionId, TimeLimit } from './jurisdiction-rule.js';
import type { HolidayRegion, SkippedDay } from './working-days.js';

export type PauseReason = 'identity' | 'clarification';

/** The clock stood still from `from` to `to`, both days included (UK GDPR Art. 12A wording). */
export interface ClockPause {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly reason?: PauseReason;
}

export type DeadlineStage = 'request' | 'appeal';

export interface DeadlineInput {
  readonly jurisdiction: JurisdictionId;
  /** ISO-8601 instant of receipt; without an offset it is read as local time in `zone`. */
  readonly receivedAt: string;
  /** IANA zone of the organisation; default UTC. */
  readonly zone?: string;
  readonly pauses?: readonly ClockPause[];
  readonly extended?: boolean;
  /** The organisation's holiday region; default: the jurisdiction's (see `holidayRegionFor`). */
  readonly holidays?: HolidayRegion | null;
  readonly stage?: DeadlineStage;
}

export interface CountedPause extends ClockPause {
  readonly days: number;
}

export interface IgnoredPause {
  readonly pause: ClockPause;
  readonly why: 'not_allowed' | 'before_receipt' | 'after_deadline';
}

export interface DeadlineFacts {
  readonly jurisdiction: JurisdictionId;
  readonly stage: DeadlineStage;
  readonly limit: TimeLimit;
  readonly zone: string;
  readonly calendar: string;
  readonly receivedOn: IsoDate;
  /** Where the period ended before a weekend or holiday moved it on. */
  readonly nominalDue: IsoDate;
  readonly due: IsoDate;
  readonly rolledOver: readonly SkippedDay[];
  readonly acknowledgeBy: IsoDate | null;
  readonly extensionRequested: boolean;
  readonly extendedDue: IsoDate | null;
  readonly extendedRolledOver: readonly SkippedDay[];
  readonly countedPauses: readonly CountedPause[];
  readonly pausedDays: number;
  readonly ignoredPauses: readonly IgnoredPause[];
}

export interface Deadline extends DeadlineFacts {
  /** The instant the due day ends in `zone`, for queries such as "due within 7 days". */
  readonly dueEndsAt: string;
  readonly extendedDueEndsAt: string | null;
  /** One line for staff: "due 15 Apr: GDPR one month from 15 Mar; paused 3 days awaiting ID". */
  readonly explanation: string;
}

export type DeadlineError =
  | { readonly code: 'invalid_received_at'; readonly value: string }
  | { readonly code: 'unknown_time_zone'; readonly zone: string }
  | { readonly code: 'invalid_pause'; readonly pause: ClockPause }
  | { readonly code: 'unknown_holiday_region'; readonly region: string }
  | { readonly code: 'no_appeal_stage'; readonly jurisdiction: JurisdictionId }
  | {
      readonly code: 'law_not_in_force';
      readonly jurisdiction: JurisdictionId;
      readonly receivedOn: IsoDate;
      readonly inForceFrom: IsoDate;
    };

export type DeadlineResult =
  { readonly ok: true; readonly deadline: Deadline } | { readonly ok: false; readonly error: DeadlineError };
