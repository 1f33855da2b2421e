/**
 * The law and the deadline a new ticket opens under, and what its organisation's policy says about it.
 * The law: the one the requester writes under (the law cited, a stated residence, a country domain:
 * `requesterLaw`) among those the organisation declares, else the strictest declared for the rights
 * asked (issue 5). A ticket in triage (the classifier unsure) runs the strictest clock of any right the
 * organisation owes, from receipt, until a person decides (issue 12). Staff may change the law later,
 * which is recorded. An email whose rights run on different clocks opens one ticket per clock.
 */
import { localDateOf } from '../../domain/deadlines/iso-date.js';
import type { JurisdictionId } from '../../domain/deadlines/jurisdiction-rule.js';
import { type LawEvidence, requesterLaw, unsupportedStateOf } from '../../domain/deadlines/requester-law.js';
import { ticketsForRequest } from '../../domain/deadlines/separate-clocks.js';
import { strictestJurisdiction } from '../../domain/deadlines/strictest.js';
import { isRight, RIGHTS, type RequestType, type Right } from '../../domain/request-types.js';
import { policyFlags } from '../../domain/tickets/policy-flags.js';
import type { OrganisationTerms } from './organisation-terms.js';

export interface OpeningTerms {
  readonly jurisdiction: JurisdictionId;
  /** End of the last day on time; null when no deadline could be computed (the ticket then needs triage). */
  readonly dueAt: Date | null;
  readonly dueDate: string | null;
}

/** Why the ticket opens under its law, for `show` and the audit trail (our words, never the mail's). */
export interface LawBasis {
  readonly basis: 'law_cited' | 'residence' | 'sender_country' | 'strictest' | 'triage';
  readonly cue: string;
}

/** One ticket to open: its part of the request's types, its law and deadline, and policy flags. */
export interface TicketOpening {
  readonly types: readonly RequestType[];
  readonly terms: OpeningTerms;
  readonly law: LawBasis;
  readonly flags: readonly string[];
}

/** What intake knows of the request beyond its types. */
export interface OpeningRequest {
  readonly needsTriage: boolean;
  readonly evidence: LawEvidence;
  /** The flags intake read from the wording (agent, minor). */
  readonly flags: readonly string[];
  readonly recipients: readonly string[];
  /** The privacy addresses of the other organisations served here. */
  readonly otherAddresses: readonly string[];
}

/** Not a request (yet): the access clock is the general one, so triage runs against it. */
const DEFAULT_RIGHT: Right = 'access';

/**
 * A deadline depends on the local day of receipt, not the hour (deadlineFor counts from `receivedOn`):
 * every request an organisation receives on one day under the same laws and rights gets the same terms.
 * Computing them walks each law's calendar (holidays, business days) for every new ticket; kept per
 * organisation, laws, rights and day, it is done once a day instead (issue 17: intake's CPU per message).
 * Even the local day costs an Intl formatting, so it is kept per quarter of an hour of receipt (every
 * zone's offset is a whole number of quarters today; a quarter that spans midnight is not kept).
 */
interface OpeningCache {
  readonly days: Map<number, string | null>;
  readonly terms: Map<string, OpeningTerms>;
}
const openingCaches = new WeakMap<OrganisationTerms, OpeningCache>();
const QUARTER_MS = 15 * 60_000;
/** A backlog spanning years fills one entry per day and combination; more than this starts afresh. */
const MAX_CACHED = 2_000;

function cacheOf(org: OrganisationTerms): OpeningCache {
  let cache = openingCaches.get(org);
  if (!cache) {
    cache = { days: new Map(), terms: new Map() };
    openingCaches.set(org, cache);
  }
  return cache;
}

function keep<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= MAX_CACHED) map.clear();
  map.set(key, value);
  return value;
}

/** The local day of receipt in the organisation's zone, or null when it cannot be known. */
function receiptDay(org: OrganisationTerms, cache: OpeningCache, receivedAt: Date): string | null {
  const quarter = Math.floor(receivedAt.getTime() / QUARTER_MS);
  const known = cache.days.get(quarter);
  if (known !== undefined) return known ?? localDateOf(receivedAt.toISOString(), org.zone);
  const first = localDateOf(new Date(quarter * QUARTER_MS).toISOString(), org.zone);
  const last = localDateOf(new Date((quarter + 1) * QUARTER_MS - 1).toISOString(), org.zone);
  keep(cache.days, quarter, first === last ? first : null);
  return first === last ? first : localDateOf(receivedAt.toISOString(), org.zone);
}

export function openingTermsFor(
  org: OrganisationTerms,
  types: readonly RequestType[],
  receivedAt: Date,
  among: readonly JurisdictionId[] = org.jurisdictions,
): OpeningTerms {
  const rights = types.filter(isRight);
  const cache = cacheOf(org);
  const day = receiptDay(org, cache, receivedAt);
  if (day === null) return computeOpeningTerms(org, rights, receivedAt, among);
  const key = `${day}|${among.join(',')}|${rights.join(',')}`;
  const terms =
    cache.terms.get(key) ?? keep(cache.terms, key, computeOpeningTerms(org, rights, receivedAt, among));
  // A fresh Date each time: callers own what they are given.
  return { ...terms, dueAt: terms.dueAt && new Date(terms.dueAt.getTime()) };
}

function computeOpeningTerms(
  org: OrganisationTerms,
  rights: readonly Right[],
  receivedAt: Date,
  among: readonly JurisdictionId[],
): OpeningTerms {
  let best: OpeningTerms | null = null;
  for (const right of rights.length > 0 ? rights : [DEFAULT_RIGHT]) {
    const result = strictestJurisdiction({
      declared: among,
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

/** The law and deadline of one ticket, with the reason for that law. */
function termsAndBasis(
  org: OrganisationTerms,
  types: readonly RequestType[],
  receivedAt: Date,
  request: OpeningRequest,
): { terms: OpeningTerms; law: LawBasis } {
  if (request.needsTriage) {
    // Unsure what is asked: the earliest deadline any right could have here, so no clock is missed.
    const terms = openingTermsFor(org, RIGHTS, receivedAt);
    return {
      terms,
      law: { basis: 'triage', cue: 'in triage: the strictest clock of any right the organisation owes' },
    };
  }
  const choice = requesterLaw(request.evidence, org.jurisdictions);
  if (choice) {
    const terms = openingTermsFor(org, types, receivedAt, choice.candidates);
    if (terms.dueDate !== null) return { terms, law: { basis: choice.basis, cue: choice.cue } };
  }
  const terms = openingTermsFor(org, types, receivedAt);
  // A state whose law is not supported yet is said, never replaced by another state's law.
  const state = choice ? null : unsupportedStateOf(request.evidence);
  const cue = state
    ? `the strictest law the organisation declares (the requester says they live in ${state}, whose privacy law Rightsdesk does not support yet)`
    : 'the strictest law the organisation declares';
  return { terms, law: { basis: 'strictest', cue } };
}

/** The tickets one email opens, the main one first (see `ticketsForRequest`). */
export function openingsFor(
  org: OrganisationTerms,
  types: readonly RequestType[],
  receivedAt: Date,
  request: OpeningRequest,
): [TicketOpening, ...TicketOpening[]] {
  const [main, ...separate] = ticketsForRequest(types, org.jurisdictions);
  const opening = (part: readonly RequestType[]): TicketOpening => ({
    types: part,
    ...termsAndBasis(org, part, receivedAt, request),
    flags: policyFlags(org.policy, {
      types: part,
      flags: request.flags,
      recipients: request.recipients,
      ownAddresses: org.addresses,
      otherAddresses: request.otherAddresses,
    }),
  });
  return [opening(main), ...separate.map(opening)];
}
