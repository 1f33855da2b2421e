/**
 * The one-line explanation staff see next to a deadline, e.g.
 * "due 15 Apr: GDPR one month from 15 Mar; paused 3 days awaiting ID". It states the rule, the day of
 * receipt and everything that moved the date, so a person can check the arithmetic by hand.
 */
import type { DeadlineFacts, PauseReason } from './deadline-types.js';
import { type IsoDate, shortDate } from './iso-date.js';
import type { JurisdictionRule, Period } from './jurisdiction-rule.js';
import type { SkippedDay } from './working-days.js';

const NUMBER_WORDS = ['zero', 'one', 'two', 'three'] as const;

export function describePeriod(period: Period): string {
  const n = period.amount;
  switch (period.unit) {
    case 'months':
      return `${NUMBER_WORDS[n] ?? String(n)} month${n === 1 ? '' : 's'}`;
    case 'days':
      return `${n} day${n === 1 ? '' : 's'}`;
    case 'business_days':
      return `${n} business day${n === 1 ? '' : 's'}`;
  }
}

const WEEKDAY = /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;

function describeRollover(nominal: IsoDate, skipped: readonly SkippedDay[], calendar: string): string | null {
  const first = skipped[0];
  if (!first) return null;
  const what = WEEKDAY.test(first.reason) ? `a ${first.reason}` : first.reason;
  const where = calendar === 'weekends only' ? '' : ` (${calendar})`;
  return `${shortDate(nominal, nominal)} is ${what}, so the next working day${where}`;
}

function describeWaiting(reasons: ReadonlySet<PauseReason | undefined>): string {
  const labels: string[] = [];
  if (reasons.has('identity')) labels.push('ID');
  if (reasons.has('clarification')) labels.push('clarification');
  return labels.length > 0 ? ` awaiting ${labels.join(' and ')}` : '';
}

export function explainDeadline(facts: DeadlineFacts, rule: JurisdictionRule): string {
  const { due, receivedOn } = facts;
  const stage = facts.stage === 'appeal' ? ' appeal' : '';
  const parts = [
    `due ${shortDate(due, receivedOn)}: ${rule.label}${stage} ${describePeriod(facts.limit.respond)} from ${shortDate(receivedOn, due)}`,
  ];
  if (facts.pausedDays > 0) {
    const reasons = new Set(facts.countedPauses.map((pause) => pause.reason));
    const plural = facts.pausedDays === 1 ? '' : 's';
    parts.push(`paused ${facts.pausedDays} day${plural}${describeWaiting(reasons)}`);
  }
  // After the pauses: the weekend or holiday rule applies to the day the paused clock reaches.
  const rolled = describeRollover(facts.nominalDue, facts.rolledOver, facts.calendar);
  if (rolled) parts.push(rolled);
  const notAllowed = facts.ignoredPauses.some((ignored) => ignored.why === 'not_allowed');
  if (notAllowed) parts.push(`pause ignored: ${rule.pause.rule}`);
  if (facts.ignoredPauses.some((ignored) => ignored.why === 'after_deadline')) {
    parts.push('a pause after the deadline ignored');
  }
  if (facts.ignoredPauses.some((ignored) => ignored.why === 'before_receipt')) {
    parts.push('a pause before receipt ignored');
  }
  if (facts.acknowledgeBy && rule.acknowledge) {
    parts.push(
      `confirm receipt by ${shortDate(facts.acknowledgeBy, due)} (${describePeriod(rule.acknowledge)})`,
    );
  }
  if (facts.extensionRequested) {
    const extension = facts.limit.extension;
    if (facts.extendedDue && extension) {
      const moved = facts.extendedRolledOver.length > 0 ? ', next working day' : '';
      parts.push(
        `extended by ${describePeriod(extension)}${moved} to ${shortDate(facts.extendedDue, due)}, notice due by ${shortDate(due, due)}`,
      );
    } else {
      parts.push(`no extension under ${facts.limit.cite}`);
    }
  }
  return parts.join('; ');
}
