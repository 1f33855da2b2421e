/**
 * The zod schema of one organisation's YAML file: who it is, the addresses it receives requests on,
 * the laws and rights it declares, its retention rules and downstream recipients, and its mailboxes, chat
 * channels and outbound mail (transport-schema.ts). Secrets never appear in the file, only the names of
 * the environment variables that hold them.
 */
import { z } from 'zod';
import { JURISDICTION_IDS } from '../domain/deadlines/jurisdiction-rule.js';
import { DEFAULT_AUTOMATIC_CAP } from '../domain/outbound/delivery-policy.js';
import { RIGHTS } from '../domain/request-types.js';
import { dataSystemProblems, DataSystemSchema } from './data-systems-schema.js';
import { translationProblems, TranslationsSchema } from './translations-schema.js';
import {
  ComplaintsSchema,
  DeliverySchema,
  RemindersSchema,
  VerificationSchema,
} from './request-handling-schema.js';
import {
  ChatSchema,
  email,
  type ImapSchema,
  MailboxSchema,
  OutboundSchema,
  slug,
} from './transport-schema.js';

/**
 * How long a kind of data is kept, in the units the policy uses: `{ years: 7 }`, `{ days: 90 }`, or one
 * of the words. `not_stored`: the organisation never keeps it (processed in memory only), so no letter
 * ever says it is kept.
 */
/**
 * Every deadline is counted and every letter dated in this zone (GDPR Art. 12(3) counts from receipt
 * where the controller is): a misspelt zone must stop the configuration, not the first letter.
 */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** `upTo: true` where the policy promises a most ("retained for up to 90 days"), not a fixed period. */
const upTo = z.boolean().optional();
const RetentionPeriodSchema = z.union([
  z.enum(['while_account_open', 'while_account_open_and_after', 'as_long_as_needed', 'not_stored']),
  z.strictObject({ days: z.number().int().positive(), upTo }),
  z.strictObject({ months: z.number().int().positive(), upTo }),
  z.strictObject({ years: z.number().int().positive(), upTo }),
]);

const RetentionRuleSchema = z
  .object({
    data: z.string().min(1),
    period: RetentionPeriodSchema,
    /**
     * What an erasure request does to it: `erased`, or `kept` on a `ground` the law allows (GDPR
     * Art. 17(3)(b) a legal obligation such as keeping billing records, 17(3)(e) legal claims).
     */
    afterErasure: z.enum(['erased', 'kept']),
    ground: z.enum(['legal_obligation', 'legal_claims']).optional(),
    /** The policy's own words, for staff. */
    basis: z.string().min(1),
  })
  .strict()
  .superRefine((rule, ctx) => {
    if (rule.afterErasure === 'kept' && !rule.ground)
      ctx.addIssue({
        code: 'custom',
        path: ['ground'],
        message: 'data kept after an erasure needs its legal ground',
      });
    if (rule.afterErasure === 'kept' && rule.period === 'not_stored')
      ctx.addIssue({
        code: 'custom',
        path: ['afterErasure'],
        message: 'data that is not stored cannot be kept',
      });
    if (rule.afterErasure === 'erased' && rule.ground)
      ctx.addIssue({
        code: 'custom',
        path: ['ground'],
        message: 'a ground is only for data kept after an erasure',
      });
  });

/** GDPR Art. 15(1)(a), (b), (c), (g) and 15(2): what an access answer tells the requester, from the policy. */
const AccessInformationSchema = z
  .object({
    purposes: z.array(z.string().min(1)).min(1),
    categories: z.array(z.string().min(1)).min(1),
    /** Recipients beyond the `recipients` processors (authorities when the law requires, acquirers). */
    otherRecipients: z.array(z.string().min(1)).default([]),
    sources: z.array(z.string().min(1)).min(1),
    /** GDPR Art. 15(2): transfers to other countries and their safeguards, as the policy states them. */
    transfers: z.array(z.string().min(1)).default([]),
  })
  .strict();

/**
 * A machine-readable purge rule (issue 5, item 5; GDPR Art. 5(1)(e)): what to remove from which tickets
 * how many days after they closed, or after the requester's identity was verified (ID documents).
 */
const PurgeRuleSchema = z
  .object({
    name: slug,
    remove: z.array(z.enum(['raw_messages', 'bodies', 'attachments'])).min(1),
    after: z.enum(['closed', 'verified']),
    days: z.number().int().nonnegative(),
  })
  .strict();

/** A letter lists a recipient as "name (role)": brackets inside either would nest. */
const recipientWords = z
  .string()
  .min(1)
  .refine((text) => !/[()]/.test(text), {
    message: 'has a bracket: a letter writes a recipient as "name (role)", so say it without brackets',
  });

const RecipientSchema = z
  .object({
    name: recipientWords,
    role: recipientWords,
    data: z.array(z.string().min(1)).min(1),
  })
  .strict();

export const OrganisationSchema = z
  .object({
    id: slug,
    name: z.string().min(1),
    /** Domain of our outgoing Message-IDs and of the privacy addresses. */
    domain: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, 'expected a domain name such as example.com'),
    policyUrl: z.url().optional(),
    defaultLanguage: z
      .string()
      .regex(/^[a-z]{2}$/, 'expected an ISO 639-1 code such as en')
      .default('en'),
    timezone: z
      .string()
      .min(1)
      .refine(isTimeZone, 'expected an IANA time zone such as Europe/Berlin')
      .default('UTC'),
    /** Where business days are counted (ISO 3166 country, optional region); without it only weekends are skipped. */
    holidays: z
      .object({ country: z.string().length(2), region: z.string().min(1).optional() })
      .strict()
      .optional(),
    addresses: z.array(email).min(1),
    jurisdictions: z.array(z.enum(JURISDICTION_IDS)).min(1),
    rights: z.array(z.enum(RIGHTS)).min(1),
    minimumAge: z.number().int().min(0).max(21),
    sellsPersonalData: z.boolean(),
    supervisoryAuthority: z
      .object({ name: z.string().min(1), url: z.url() })
      .strict()
      .optional(),
    retention: z.array(RetentionRuleSchema).default([]),
    accessInformation: AccessInformationSchema.optional(),
    recipients: z.array(RecipientSchema).default([]),
    /** Where personal data lives and how each right is carried out there: the tasks of an approved ticket. */
    dataSystems: z.array(DataSystemSchema).default([]),
    purge: z.array(PurgeRuleSchema).default([]),
    /** The letter facts above in each letter language the organisation writes to (translations-schema.ts). */
    translations: TranslationsSchema,
    mailboxes: z.array(MailboxSchema).min(1),
    chat: ChatSchema.default({}),
    outbound: OutboundSchema.default({ automaticCap: DEFAULT_AUTOMATIC_CAP }),
    verification: VerificationSchema.default({
      codeTtlHours: 72,
      maxAttempts: 5,
      remindAfterDays: 3,
      closeUnverifiedAfterDays: 14,
    }),
    reminders: RemindersSchema.default({ dueSoonBusinessDays: 5 }),
    complaints: ComplaintsSchema.default({ acknowledge: 'by_staff' }),
    delivery: DeliverySchema.default({
      maxExportBytes: 10 * 1024 * 1024,
      attachmentMaxBytes: 2 * 1024 * 1024,
      archive: 'when_larger',
      keepDays: 30,
    }),
  })
  .strict()
  .superRefine((org, ctx) => {
    org.mailboxes.forEach((mailbox, i) => {
      if (!org.addresses.includes(mailbox.address)) {
        ctx.addIssue({
          code: 'custom',
          path: ['mailboxes', i, 'address'],
          message: `"${mailbox.address}" is not one of the organisation's addresses`,
        });
      }
    });
    for (const problem of dataSystemProblems(org)) ctx.addIssue({ code: 'custom', ...problem });
    for (const problem of translationProblems(org)) ctx.addIssue({ code: 'custom', ...problem });
  });

export type Organisation = z.infer<typeof OrganisationSchema>;
export type ImapConfig = z.infer<typeof ImapSchema>;
export type RetentionRule = z.infer<typeof RetentionRuleSchema>;
