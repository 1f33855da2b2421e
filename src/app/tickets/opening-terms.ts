/**
 * The law and the deadline a new ticket opens under: of the laws its organisation declares, the one
 * whose deadline comes first for the rights asked (issue 5: "defaults to the strictest"). Staff may
 * change it later, which is recorded. An email whose rights run on different clocks opens one ticket
 * per clock (`openingsFor`).
 */
import { ticketsForRequest } from '../../domain/deadlines/separate-clocks.js';
import { strictestJurisdiction } from '../../domain/deadlines/strictest.js';
import { isRight, type RequestType, type Right } from '../../domain/request-types.js';
import type { OrganisationTerms } from './organisation-terms.js';
import type { JurisdictionId } from '../../domain/deadlines/jurisdiction-rule.js';

export interface OpeningTerms {
  readonly jurisdiction: JurisdictionId;
  /** End of the last day on time; null when no deadline could be computed (the ticket then needs triage). */
  readonly dueAt: Date | null;
  readonly dueDate: string | null;
}

/** One ticket to open: its part of the request's types and the law and deadline it opens under. */
export interface TicketOpening {
  readonly types: readonly RequestType[];
  readonly terms: OpeningTerms;
}

/** Not a request (yet): the access clock is the general one, so triage runs against it. */
const DEFAULT_RIGHT: Right = 'access';

export function openingTermsFor(
  org: OrganisationTerms,
  types: readonly RequestType[],
  receivedAt: Date,
): OpeningTerms {
  const rights = types.filter(isRight);
  let best: OpeningTerms | null = null;
  for (const right of rights.length > 0 ? rights : [DEFAULT_RIGHT]) {
    const result = strictestJurisdiction({
      declared: org.jurisdictions,
      right,
      receivedAt: receivedAt.toISOString(),
      zone: org.zone,
      holidays: org.holidays,
    });
    if (!result.ok) continue;
    const { deadline } = result;
    if (!best || (best.dueDate !== null && deadline.due < best.dueDate)) {
      best = {
        jurisdiction: result.jurisdiction,
        dueAt: new Date(deadline.dueEndsAt),
        dueDate: deadline.due,
      };
    }
  }
  return best ?? { jurisdiction: org.jurisdictions[0] ?? 'eu-gdpr', dueAt: null, dueDate: null };
}

/** The tickets one email opens, the main one first (see `ticketsForRequest`). */
export function openingsFor(
  org: OrganisationTerms,
  types: readonly RequestType[],
  receivedAt: Date,
): [TicketOpening, ...TicketOpening[]] {
  const [main, ...separate] = ticketsForRequest(types, org.jurisdictions);
  const opening = (part: readonly RequestType[]): TicketOpening => ({
    types: part,
    terms: openingTermsFor(org, part, receivedAt),
  });
  return [opening(main), ...separate.map(opening)];
}
