/**
 * A staff reclassification turned into a labelled example for the classifier (issue 12, item 4): the
 * types staff settled on are the label, the classifier's first verdict sits beside it, and the text
 * keeps no email address, so the export can feed training and evaluation without contact data.
 */
import type { RequestType } from '../request-types.js';
import { withoutAddresses } from './matchable-text.js';

/** What the store reads for one reclassified ticket. */
export interface StaffCorrectionFacts {
  readonly organisationId: string;
  readonly language: string | null;
  readonly classifier: { readonly types: readonly RequestType[]; readonly confidence: number } | null;
  readonly staffTypes: readonly RequestType[];
  readonly correctedAt: Date;
  /** The first email of the ticket; null when it was purged or the ticket was opened by hand. */
  readonly email: { readonly subject: string; readonly text: string | null } | null;
}

export interface LabelledCorrection {
  readonly org: string;
  readonly types: readonly RequestType[];
  readonly language: string | null;
  readonly classifier: { readonly types: readonly RequestType[]; readonly confidence: number } | null;
  /** True when staff kept the classifier's types (a confirmation out of triage), false when they changed them. */
  readonly agreed: boolean | null;
  readonly correctedAt: string;
  readonly subject: string | null;
  readonly text: string | null;
}

export function labelledCorrection(facts: StaffCorrectionFacts): LabelledCorrection {
  return {
    org: facts.organisationId,
    types: facts.staffTypes,
    language: facts.language,
    classifier: facts.classifier,
    agreed: facts.classifier === null ? null : sameTypes(facts.classifier.types, facts.staffTypes),
    correctedAt: facts.correctedAt.toISOString(),
    subject: facts.email ? withoutAddresses(facts.email.subject) : null,
    text: facts.email?.text ? withoutAddresses(facts.email.text) : null,
  };
}

function sameTypes(a: readonly RequestType[], b: readonly RequestType[]): boolean {
  const right = new Set(b);
  return new Set(a).size === right.size && a.every((t) => right.has(t));
}
