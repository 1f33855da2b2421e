/**
 * `deadlineFor`: when a rights request is due, as a pure function of (receipt instant, time zone,
 * jurisdiction, clock pauses, extension). Every date is the last local day on which a response is on time.
 */
import type {
  ClockPause,
  CountedPause,
  DeadlineError,
  DeadlineFacts,
  DeadlineInput,
  DeadlineResult,
  IgnoredPause,
} from './deadline-types.js';
import { explainDeadline } from './explain.js';
import { holidayRegionFor } from './holiday-regions.js';
import {
  addDays,
  addMonths,
  daysBetween,
  endOfLocalDay,
  type IsoDate,
  isIsoDate,
  isTimeZone,
  localDateOf,
} from './iso-date.js';
import type { Period } from './jurisdiction-rule.js';
import { jurisdictionRule } from './jurisdictions.js';
import {
  addWorkingDays,
  holidayCalendar,
  isCalendarError,
  nextWorkingDay,
  restDaysOnly,
  type WorkingDayCalendar,
} from './working-days.js';

export type {
  ClockPause,
  CountedPause,
  Deadline,
  DeadlineError,
  DeadlineFacts,
  DeadlineInput,
  DeadlineResult,
  DeadlineStage,
  IgnoredPause,
  PauseReason,
} from './deadline-types.js';

export function deadlineFor(input: DeadlineInput): DeadlineResult {
  const rule = jurisdictionRule(input.jurisdiction);
  const stage = input.stage ?? 'request';
  const zone = input.zone ?? 'UTC';
  if (!isTimeZone(zone)) return fail({ code: 'unknown_time_zone', zone });
  const limit = stage === 'appeal' ? rule.appeal : rule;
  if (!limit) return fail({ code: 'no_appeal_stage', jurisdiction: rule.id });
  const receivedOn = localDateOf(input.receivedAt, zone);
  if (!receivedOn) return fail({ code: 'invalid_received_at', value: input.receivedAt });
  // A law binds requests received from the day it takes effect; none of these statutes reaches back.
  if (rule.inForceFrom !== null && receivedOn < rule.inForceFrom)
    return fail({
      code: 'law_not_in_force',
      jurisdiction: rule.id,
      receivedOn,
      inForceFrom: rule.inForceFrom,
    });
  const badPause = (input.pauses ?? []).find((p) => !isIsoDate(p.from) || !isIsoDate(p.to) || p.from > p.to);
  if (badPause) return fail({ code: 'invalid_pause', pause: badPause });

  const region = holidayRegionFor(rule, zone, input.holidays);
  const calendar = region ? holidayCalendar(region, rule.restDays) : restDaysOnly(rule.restDays);
  if (isCalendarError(calendar)) return fail(calendar);

  const extensionRequested = input.extended === true;
  const { pauses, ignored } = rule.pause.allowed
    ? clipToReceipt(input.pauses ?? [], receivedOn)
    : { pauses: [], ignored: (input.pauses ?? []).map((pause) => ({ pause, why: 'not_allowed' as const })) };

  // The first period, then (when extended) the extension added to its end; a pause counts while the
  // clock it stops is still running (UK GDPR Art. 12A: it also stops the extension-notice period).
  const counted: CountedPause[] = [];
  let next = 0;
  const runClock = (end: IsoDate): IsoDate => {
    let running = end;
    for (let pause = pauses[next]; pause && pause.from <= running; pause = pauses[++next]) {
      const days = daysBetween(pause.from, pause.to) + 1;
      counted.push({ ...pause, days });
      running = addDays(running, days);
    }
    return running;
  };
  const firstEnd = runClock(addPeriod(receivedOn, limit.respond, calendar));
  const extensionEnd =
    extensionRequested && limit.extension ? runClock(addPeriod(firstEnd, limit.extension, calendar)) : null;
  for (const pause of pauses.slice(next)) ignored.push({ pause, why: 'after_deadline' });

  const due = settle(firstEnd, rule.rollover, calendar);
  const extended = extensionEnd ? settle(extensionEnd, rule.rollover, calendar) : null;
  const acknowledge = stage === 'request' ? rule.acknowledge : null;
  const facts: DeadlineFacts = {
    jurisdiction: rule.id,
    stage,
    limit,
    zone,
    calendar: calendar.name,
    receivedOn,
    nominalDue: firstEnd,
    due: due.date,
    rolledOver: due.skipped,
    acknowledgeBy: acknowledge ? addPeriod(receivedOn, acknowledge, calendar) : null,
    extensionRequested,
    extendedDue: extended?.date ?? null,
    extendedRolledOver: extended?.skipped ?? [],
    countedPauses: counted,
    pausedDays: counted.reduce((sum, pause) => sum + pause.days, 0),
    ignoredPauses: ignored,
  };
  return {
    ok: true,
    deadline: {
      ...facts,
      dueEndsAt: endOfLocalDay(facts.due, zone),
      extendedDueEndsAt: facts.extendedDue ? endOfLocalDay(facts.extendedDue, zone) : null,
      explanation: explainDeadline(facts, rule),
    },
  };
}

function fail(error: DeadlineError): DeadlineResult {
  return { ok: false, error };
}

/** The day a period ends, not counting the day it starts from (Reg. 1182/71 Art. 3(1); "within N days of"). */
export function addPeriod(from: IsoDate, period: Period, calendar: WorkingDayCalendar): IsoDate {
  switch (period.unit) {
    case 'months':
      return addMonths(from, period.amount);
    case 'days':
      return addDays(from, period.amount);
    case 'business_days':
      return addWorkingDays(from, period.amount, calendar);
  }
}

function settle(end: IsoDate, rollover: 'next_working_day' | 'none', calendar: WorkingDayCalendar) {
  return rollover === 'next_working_day' ? nextWorkingDay(end, calendar) : { date: end, skipped: [] };
}

/** Sorted, overlapping pauses merged, days before receipt dropped (the clock had not started). */
function clipToReceipt(
  input: readonly ClockPause[],
  receivedOn: IsoDate,
): { pauses: ClockPause[]; ignored: IgnoredPause[] } {
  const ignored: IgnoredPause[] = [];
  const pauses: ClockPause[] = [];
  for (const pause of [...input].sort((a, b) => a.from.localeCompare(b.from))) {
    if (pause.to < receivedOn) {
      ignored.push({ pause, why: 'before_receipt' });
      continue;
    }
    const from = pause.from < receivedOn ? receivedOn : pause.from;
    const last = pauses.at(-1);
    if (last && from <= last.to) {
      if (pause.to > last.to) pauses[pauses.length - 1] = { ...last, to: pause.to };
    } else {
      pauses.push({ ...pause, from });
    }
  }
  return { pauses, ignored };
}
