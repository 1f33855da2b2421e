/**
 * The law-specific sentences of a letter: remedies after a refusal, what is kept after an erasure and
 * the access information. Each picks its citation from the law's
 * row in law-wording.ts and its words from the phrase table.
 */
import { JURISDICTIONS } from '../../deadlines/jurisdictions.js';
import type { JurisdictionId, Period } from '../../deadlines/jurisdiction-rule.js';
import type { RequestType } from '../../request-types.js';
import type { RejectionReason } from '../../tickets/vocabulary.js';
import { block, type LetterBlock } from './letter.js';
import type { AccessFacts, LetterFacts, RetentionFact, RetentionPeriod } from './letter-facts.js';
import { citation, LAW_WORDING } from './law-wording.js';
import type { Phrases } from './phrases.js';

export const cite = (template: string, p: Phrases) => citation(template, p);

export const periodText = (period: Period, p: Phrases) => p.period(period.amount, period.unit);

function retentionText(period: Exclude<RetentionPeriod, 'not_stored'>, p: Phrases): string {
  if (period === 'while_account_open') return p.whileAccountOpen;
  if (period === 'while_account_open_and_after') return p.whileAccountOpenAndAfter;
  if (period === 'as_long_as_needed') return p.asLongAsNeeded;
  const amount = p.period(period.amount, period.unit);
  return period.upTo ? p.keptForUpTo(amount) : p.keptFor(amount);
}

/** "usage records: kept for 7 years, to comply with a legal obligation (GDPR Art. 17(3)(b))". */
export function keptLine(row: RetentionFact, jurisdiction: JurisdictionId, p: Phrases): string {
  const law = LAW_WORDING[jurisdiction];
  const period = retentionText(periodOf(row), p);
  if (!row.afterErasure.kept) return p.labelled(row.data, period);
  const ground =
    row.afterErasure.ground === 'legal_obligation'
      ? p.legalObligation(cite(law.keptCite.legalObligation, p))
      : p.legalClaims(cite(law.keptCite.legalClaims, p));
  return p.labelled(row.data, `${period}, ${ground}`);
}

const QUEBEC_REVIEWABLE: readonly RequestType[] = ['access', 'rectification', 'erasure', 'portability'];

/**
 * The complaint sentences of laws that name an authority, for a refusal or an access answer; none for the
 * US states (appeal first). A UK letter composed from the day DPA 2018 s. 164A is in force names the
 * complaint to the organisation first, then the Commissioner's under s. 165, and no longer Art. 77.
 */
function complaintSentences(facts: LetterFacts, p: Phrases, occasion: 'refusal' | 'access'): string[] {
  const law = LAW_WORDING[facts.jurisdiction];
  const provision = occasion === 'refusal' ? law.refusalCite : law.accessComplaintCite;
  if (provision === null) return [];
  const refusal = cite(provision, p);
  switch (law.family) {
    case 'eu':
      return [p.euComplaint(facts.authority, refusal)];
    case 'uk': {
      const reform = law.controllerComplaint;
      if (!reform || facts.composedOn < reform.inForceFrom) return [p.ukComplaint(law.authority!, refusal)];
      const commissioner = occasion === 'refusal' ? reform.refusalCite : reform.accessComplaintCite;
      return [
        p.ukControllerComplaint(
          facts.privacyAddress,
          periodText(reform.acknowledge, p),
          cite(reform.cite, p),
        ),
        p.ukComplaint(law.authority!, cite(commissioner, p)),
      ];
    }
    case 'ccpa':
      return [p.ccpaComplaint(law.authority!, law.attorneyGeneral!)];
    case 'lgpd':
      return [p.lgpdComplaint(law.authority!, refusal)];
    case 'pipeda':
      return [p.pipedaComplaint(law.authority!, refusal)];
    case 'quebec':
      // CQLR c. P-39.1 s. 43: the Commission examines a refused access or rectification (deletion and a
      // portable copy included) on an application within 30 days; any other refusal is a plain complaint.
      return [
        facts.types.some((t) => QUEBEC_REVIEWABLE.includes(t))
          ? p.quebecComplaint(law.authority!, refusal)
          : p.quebecInquiry(law.authority!, cite('CQLR c. P-39.1', p)),
      ];
    case 'us_state':
      return [];
  }
}

/** CCPA: the regulation's own sentence for a denied request to know, delete or correct (11 CCR §§7022-7024). */
function ccpaDenialSentences(types: readonly RequestType[], p: Phrases): string[] {
  const sentences: string[] = [];
  if (types.includes('access')) sentences.push(p.ccpaKnowDenied('11 CCR §7024(e)'));
  if (types.includes('erasure')) sentences.push(p.ccpaDeleteDenied('11 CCR §7022(f)'));
  // §7023(d): the business accepts, reviews and considers the documentation the consumer provides.
  if (types.includes('rectification')) sentences.push(p.ccpaCorrectDenied('11 CCR §7023(d)'));
  return sentences;
}

/**
 * CCPA: an answer to a request to delete, granted or denied, says that a record of the request is kept
 * (11 CCR §7022(e), as §7101(a) requires for 24 months).
 */
export function ccpaDeletionRecord(facts: LetterFacts, p: Phrases): LetterBlock[] {
  const ccpa = LAW_WORDING[facts.jurisdiction].family === 'ccpa' && !LAW_WORDING[facts.jurisdiction].optOut;
  return ccpa && facts.types.includes('erasure')
    ? [block(p.ccpaDeletionRecord('11 CCR §§7022(e), 7101(a)'))]
    : [];
}

/** The refusal's ground, with the provision it rests on where the law's row names one. */
export function groundReason(
  reason: string,
  ground: RejectionReason,
  facts: LetterFacts,
  p: Phrases,
): string {
  const provision = LAW_WORDING[facts.jurisdiction].groundCites?.[ground];
  const applies =
    provision && (!provision.access || facts.types.some((t) => t === 'access' || t === 'portability'));
  if (!applies) return reason;
  // The citation goes inside the sentence it supports, before its full stop ("… act on it (s. 37).").
  const cited = `(${citation(provision.cite, p)})`;
  const end = /[.!?。]$/u.exec(reason);
  return end ? `${reason.slice(0, end.index)} ${cited}${end[0]}` : `${reason} ${cited}`;
}

/**
 * CCPA: a request to know whose requester could not be verified discloses nothing, and the business
 * provides its information practices as its privacy policy sets them out (11 CCR §7024(a), (b)).
 * Nothing was assessed, so none of the sentences for a denial on an exception applies.
 */
function ccpaUnverifiedBlocks(facts: LetterFacts, p: Phrases): LetterBlock[] {
  if (!facts.types.some((t) => t === 'access' || t === 'portability')) return [];
  const practices = facts.access ? informationPractices(facts.access, p) : [];
  return [block(p.ccpaKnowUnverified('11 CCR §7024(a), (b)', practices.length > 0)), ...practices];
}

/**
 * What a refusal (in whole or in part) must add: appeal instructions, or the law's remedies.
 * `unverified`: refused or closed because the requester's identity could not be confirmed.
 */
export function refusalRemedies(facts: LetterFacts, p: Phrases, unverified = false): LetterBlock[] {
  const law = LAW_WORDING[facts.jurisdiction];
  const blocks: LetterBlock[] = [];
  if (law.family === 'ccpa' && unverified) blocks.push(...ccpaUnverifiedBlocks(facts, p));
  else if (law.family === 'ccpa') blocks.push(...ccpaDenialSentences(facts.types, p).map((s) => block(s)));
  blocks.push(...ccpaDeletionRecord(facts, p));
  const appeal = JURISDICTIONS[facts.jurisdiction].appeal;
  if (law.appeal && appeal) {
    const extension = appeal.extension ? periodText(appeal.extension, p) : null;
    const how = p.appealHow(periodText(appeal.respond, p), extension, cite(law.appeal.instructionsCite, p));
    blocks.push(block(how));
  }
  blocks.push(...complaintSentences(facts, p, 'refusal').map((s) => block(s)));
  return blocks;
}

/**
 * The information an access answer carries (GDPR Art. 15(1); its equivalents elsewhere). `complaint`:
 * false where the letter names the complaint among a refusal's remedies already (a partial answer).
 */
export function accessInformation(facts: LetterFacts, p: Phrases, complaint = true): LetterBlock[] {
  const law = LAW_WORDING[facts.jurisdiction];
  const access = facts.access;
  const blocks: LetterBlock[] = [block(p.accessIntro(cite(law.accessCite, p)))];
  // Art. 15(1)'s order: purposes, categories, recipients, retention; the sources after it.
  const [purposes, categories, recipients, sources] = access ? informationPractices(access, p) : [];
  if (purposes && categories && recipients) blocks.push(purposes, categories, recipients);
  // GDPR and UK GDPR Art. 15(2): the safeguards for a transfer to another country, where the policy states one.
  const gdpr = law.family === 'eu' ? '{gdpr}' : law.family === 'uk' ? 'UK GDPR' : null;
  if (gdpr && access && access.transfers.length > 0)
    blocks.push(block(p.transfers(cite(`${gdpr} Art. 15(2)`, p)), access.transfers));
  const stored = facts.retention.filter((r) => r.period !== 'not_stored');
  if (stored.length > 0)
    blocks.push(
      block(
        p.retention,
        stored.map((r) => p.labelled(r.data, retentionText(periodOf(r), p))),
      ),
    );
  if (sources) blocks.push(sources);
  // Only rights both the law gives and the organisation promises: never a GDPR right to a Californian.
  const others = facts.rights.filter((r) => r !== 'access' && law.rights.includes(r));
  if (others.length > 0)
    blocks.push(
      block(
        p.otherRights,
        others.map((r) => p.right[r]),
      ),
    );
  // GDPR Art. 15(1)(f): the right to lodge a complaint; the US laws and Québec name none for a granted access.
  if (complaint) blocks.push(...complaintSentences(facts, p, 'access').map((s) => block(s)));
  return blocks;
}

/** The purposes, categories, recipients and sources the organisation's file states, in that order. */
function informationPractices(access: AccessFacts, p: Phrases): LetterBlock[] {
  return [
    block(p.purposes, access.purposes),
    block(p.categories, access.categories),
    block(p.recipients, access.recipients),
    block(p.source, access.sources),
  ];
}

const periodOf = (row: RetentionFact): Exclude<RetentionPeriod, 'not_stored'> =>
  row.period === 'not_stored' ? 'as_long_as_needed' : row.period;
