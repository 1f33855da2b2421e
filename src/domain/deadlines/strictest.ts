/**
 * A new ticket's default jurisdiction: of the laws its organisation declares, the one whose deadline for
 * this request comes first (issue 5: "defaults to the strictest"). Staff may change it later (recorded).
 */
import type { Right } from '../request-types.js';
import { type Deadline, type DeadlineError, deadlineFor } from './deadline.js';
import { JURISDICTION_IDS, type JurisdictionId } from './jurisdiction-rule.js';
import type { HolidayRegion } from './working-days.js';

/**
 * The jurisdictions that apply to one right. A California opt-out of sale/sharing runs on its own clock
 * (11 CCR §7026, 15 business days), and that clock applies to nothing else.
 */
export function jurisdictionsForRight(declared: readonly JurisdictionId[], right: Right): JurisdictionId[] {
  const applicable = new Set<JurisdictionId>();
  for (const id of declared) {
    if (right === 'opt_out_sale' && id === 'us-ca') applicable.add('us-ca-optout');
    else if (id !== 'us-ca-optout' || right === 'opt_out_sale') applicable.add(id);
  }
  return JURISDICTION_IDS.filter((id) => applicable.has(id));
}

export interface StrictestInput {
  readonly declared: readonly JurisdictionId[];
  readonly right: Right;
  readonly receivedAt: string;
  readonly zone?: string;
  readonly holidays?: HolidayRegion | null;
}

export type StrictestResult =
  | { readonly ok: true; readonly jurisdiction: JurisdictionId; readonly deadline: Deadline }
  | {
      readonly ok: false;
      readonly error: DeadlineError | { readonly code: 'no_jurisdiction'; readonly right: Right };
    };

/**
 * Compares the real deadlines for this receipt (one month is 28 to 31 days, so no fixed ranking is right):
 * earliest due first, then earliest extended due (none counts as the due date), then the table's order.
 */
export function strictestJurisdiction(input: StrictestInput): StrictestResult {
  let best: { jurisdiction: JurisdictionId; deadline: Deadline; latest: string } | null = null;
  for (const jurisdiction of jurisdictionsForRight(input.declared, input.right)) {
    const result = deadlineFor({
      jurisdiction,
      receivedAt: input.receivedAt,
      zone: input.zone,
      holidays: input.holidays,
      extended: true,
    });
    // A declared law not yet in force on the day of receipt does not apply to this request.
    if (!result.ok && result.error.code === 'law_not_in_force') continue;
    if (!result.ok) return result;
    const { deadline } = result;
    const latest = deadline.extendedDue ?? deadline.due;
    if (
      !best ||
      deadline.due < best.deadline.due ||
      (deadline.due === best.deadline.due && latest < best.latest)
    ) {
      best = { jurisdiction, deadline, latest };
    }
  }
  if (!best) return { ok: false, error: { code: 'no_jurisdiction', right: input.right } };
  return { ok: true, jurisdiction: best.jurisdiction, deadline: best.deadline };
}
