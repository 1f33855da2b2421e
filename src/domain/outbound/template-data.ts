/**
 * The emails Rightsdesk sends to requesters and the data each template receives, as zod schemas: the
 * renderer validates the data before rendering, and templates run in strict mode, so a template that
 * names a variable its schema lacks fails in the test that renders every template in every language.
 */
import { z } from 'zod';

export const TEMPLATE_NAMES = [
  'acknowledgement',
  'verification_request',
  'verification_success',
  'extension_notice',
  'outcome_fulfilled',
  'outcome_rejected',
  'outcome_partial',
  'clarification_request',
  'appeal_received',
  'appeal_decision',
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** Languages with a full set of templates; anything else falls back to the organisation's default. */
export const TEMPLATE_LANGUAGES = ['en', 'de', 'fr', 'es'] as const;

const text = z.string();
// Optional facts are present as null rather than absent: strict templates reject missing fields.
const maybe = z.string().nullable();

const Common = z.strictObject({
  organisationName: text,
  ticketReference: text,
  /** The requester's display name, or '' when the email had none. */
  requesterName: text,
  privacyAddress: text,
  policyUrl: maybe,
});

// GDPR Art. 77 and 79: the letter must name where to complain; the seeds do not all say who that is.
const Authority = z.strictObject({ name: text, url: text }).nullable();

const Retained = z.strictObject({
  data: text,
  /** Days kept, or null where the policy gives no number. */
  days: z.number().int().nonnegative().nullable(),
  basis: text,
});

export const TEMPLATE_DATA = {
  acknowledgement: Common.extend({
    requestSubject: text,
    receivedDate: text,
    /** The date the answer is due by law, formatted for the requester; null when not yet known. */
    dueDate: maybe,
  }),
  verification_request: Common.extend({ code: text, expiresAt: text }),
  verification_success: Common,
  // GDPR Art. 12(3): the requester is told of an extension, with the reasons, within the first month.
  extension_notice: Common.extend({ reason: text, newDeadline: text }),
  outcome_fulfilled: Common.extend({ details: maybe }),
  // GDPR Art. 12(4): the reasons for not acting and the right to complain and to a judicial remedy.
  outcome_rejected: Common.extend({ reason: text, authority: Authority }),
  // What is kept and why (GDPR Art. 17(3) exemptions, the organisation's retention rules).
  outcome_partial: Common.extend({
    details: maybe,
    retained: z.array(Retained),
    authority: Authority,
  }),
  clarification_request: Common.extend({ question: text }),
  // Va. Code §59.1-577(C), C.R.S. §6-1-1306(3), Conn. Gen. Stat. §42-518(d), Tex. Bus. & Com. Code §541.053:
  // the appeal is answered within the law's period; the requester is told by when.
  appeal_received: Common.extend({ appealDueDate: text }),
  // The same sections: the action taken on the appeal and the reasons; `upheld`: the original decision stands.
  appeal_decision: Common.extend({ upheld: z.boolean(), reason: text }),
} as const satisfies Record<TemplateName, z.ZodType>;

export type TemplateData<N extends TemplateName> = z.infer<(typeof TEMPLATE_DATA)[N]>;

/** A template name together with data of its shape. */
export type TemplateInput = {
  [N in TemplateName]: { readonly template: N; readonly data: TemplateData<N> };
}[TemplateName];
