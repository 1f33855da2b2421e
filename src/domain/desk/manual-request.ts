/**
 * A request staff enter by hand (`new`): taken by phone, by post, in person or from a web form. GDPR
 * Art. 12 sets no form for a request, and Art. 12(3) runs the clock from its receipt, so such a request
 * is as much a request as an email and runs from the day it arrived, not the day it was typed in. One
 * zod schema checks it wherever it comes from: the desk grammar's `key=value` words, Slack's modal,
 * Discord's options, the command line and the web form. The clock-dependent checks (not in the future)
 * are the use-case's, which has the time.
 */
import { z } from 'zod';
import { JURISDICTION_IDS, type JurisdictionId } from '../deadlines/jurisdiction-rule.js';
import { REQUEST_TYPES, type RequestType } from '../request-types.js';

/** How a request reached the organisation when it did not come by email. */
export const INTAKE_CHANNELS = ['phone', 'post', 'in_person', 'web_form', 'other'] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];

export interface ManualRequest {
  readonly organisationId: string;
  readonly channel: IntakeChannel;
  /** The day it was received (YYYY-MM-DD), in the organisation's time zone: the clock runs from it. */
  readonly receivedOn: string;
  readonly types: readonly RequestType[];
  readonly requesterName: string;
  /** At least one of email and postal address: some way to answer the requester. */
  readonly requesterEmail: string | null;
  readonly requesterPostalAddress: string | null;
  /** Null: chosen as for an email (the requester's country, else the strictest law declared). */
  readonly jurisdiction: JurisdictionId | null;
  /** ISO 639-1 code of the language the requester wrote or spoke in; null: English letters. */
  readonly language: string | null;
  /** What staff noted of the request (kept on the ticket as its request message). */
  readonly notes: string | null;
}

const blankToNull = (value: unknown) =>
  value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value;
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToNull, schema.nullable());

/** The fields, named as staff type them (`org=importly types=access channel=phone …`). */
export const MANUAL_REQUEST_FIELDS = [
  'org',
  'types',
  'channel',
  'received',
  'name',
  'email',
  'postal',
  'law',
  'language',
  'notes',
] as const;
export type ManualRequestField = (typeof MANUAL_REQUEST_FIELDS)[number];

export const ManualRequestSchema = z
  .object({
    org: z
      .string({ error: 'name the organisation (org=…)' })
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an organisation id such as importly'),
    types: z
      .string({ error: 'name the rights asked (types=access,erasure)' })
      .transform((s) => [
        ...new Set(
          s
            .split(',')
            .map((t) => t.trim().toLowerCase())
            .filter(Boolean),
        ),
      ])
      .pipe(
        z
          .array(z.enum(REQUEST_TYPES, { error: `types are ${REQUEST_TYPES.join(', ')}` }))
          .min(1, 'name at least one right')
          .refine((t) => !t.includes('not_a_request'), 'a request entered by hand asks for a right'),
      ),
    channel: z
      .string({ error: `say how it arrived (channel=${INTAKE_CHANNELS.join('|')})` })
      .transform((s) => s.trim().toLowerCase().replace('-', '_'))
      .pipe(z.enum(INTAKE_CHANNELS, { error: `channels are ${INTAKE_CHANNELS.join(', ')}` })),
    received: z
      .string({ error: 'give the day it was received (received=YYYY-MM-DD)' })
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'the day received is written YYYY-MM-DD')
      .refine(
        (d) =>
          !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) &&
          new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
        'that day does not exist',
      ),
    name: z
      .string({ error: 'give the requester\'s name (name="…")' })
      .trim()
      .min(1, "give the requester's name")
      .max(200, 'the name is too long'),
    email: optional(
      z
        .string()
        .trim()
        .max(254, 'the email address is too long')
        .pipe(z.email('that email address is not valid'))
        // As intake keeps every sender: a typed capital would keep the requester's own mail off the ticket.
        .transform((address) => address.toLowerCase()),
    ),
    postal: optional(z.string().trim().max(500, 'the postal address is too long')),
    law: optional(
      z
        .string()
        .transform((s) => s.trim().toLowerCase())
        .pipe(z.enum(JURISDICTION_IDS, { error: `laws are ${JURISDICTION_IDS.join(', ')}` })),
    ),
    language: optional(
      z
        .string()
        .transform((s) => s.trim().toLowerCase())
        .pipe(z.string().regex(/^[a-z]{2}$/, 'the language is a two-letter code such as en or de')),
    ),
    notes: optional(z.string().trim().max(2000, 'the notes are too long')),
  })
  .refine((r) => r.email !== null || r.postal !== null, {
    message: 'give an email address or a postal address, to answer the requester',
    path: ['email'],
  })
  .transform((r): ManualRequest => ({
    organisationId: r.org,
    channel: r.channel,
    receivedOn: r.received,
    types: r.types,
    requesterName: r.name,
    requesterEmail: r.email,
    requesterPostalAddress: r.postal,
    jurisdiction: r.law,
    language: r.language,
    notes: r.notes,
  }));

export type ManualRequestProblems = Partial<Record<ManualRequestField, string>>;

/** Checks the fields; the problems by field, for a form that shows each beside its field. */
export function checkManualRequest(
  fields: Readonly<Record<string, string | undefined>>,
): { ok: true; request: ManualRequest } | { ok: false; problems: ManualRequestProblems } {
  const parsed = ManualRequestSchema.safeParse(fields);
  if (parsed.success) return { ok: true, request: parsed.data };
  const problems: ManualRequestProblems = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as ManualRequestField | undefined;
    if (field && (MANUAL_REQUEST_FIELDS as readonly string[]).includes(field) && !problems[field])
      problems[field] = issue.message;
  }
  return { ok: false, problems };
}
