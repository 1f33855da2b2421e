/**
 * zod schemas for what the adapter reads from Discord's interactions, as Discord sends them (over the
 * gateway or as signed HTTP requests): the interaction's envelope, who acted (user id and server roles),
 * a `/rights` subcommand and its options, a ticket button's custom id and a reason modal's custom id and
 * fields. These check the shape, so a surprise is answered as a bad request rather than thrown deep in
 * a handler.
 */
import { z } from 'zod';
import { SNOWFLAKE } from '../../config/discord-settings.js';
import { TICKET_BUTTONS } from '../../app/desk/ticket-buttons.js';
import { JURISDICTION_IDS } from '../../domain/deadlines/jurisdiction-rule.js';

const snowflake = z.string().regex(SNOWFLAKE);
const reference = z.string().regex(/^RD-\d{1,9}$/);
const version = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform((s) => Number(s));

export const MemberSchema = z.object({ userId: snowflake, roleIds: z.array(snowflake) });

/** Discord's interaction types (PING, slash command, component, autocomplete, modal submission). */
export const INTERACTION = { ping: 1, command: 2, component: 3, autocomplete: 4, modal: 5 } as const;

/** What every interaction carries; `data` is read by the schema of its type. */
export const InteractionSchema = z.object({
  id: snowflake,
  application_id: snowflake,
  type: z.number().int(),
  token: z.string().min(1).max(1000),
  guild_id: snowflake.optional(),
  member: z.object({ user: z.object({ id: snowflake }), roles: z.array(snowflake) }).optional(),
  data: z.unknown().optional(),
});
export type Interaction = z.infer<typeof InteractionSchema>;

const OptionValueSchema = z.object({
  name: z.string().max(32),
  type: z.number().int(),
  // Discord's own limit for a string option is 6000; the desk grammar caps free text well below that.
  value: z.union([z.string().max(6000), z.number(), z.boolean()]).optional(),
  focused: z.boolean().optional(),
});

const SubcommandSchema = z.object({
  name: z.string().max(32),
  type: z.literal(1).optional(),
  options: z.array(OptionValueSchema).default([]),
});
/** A subcommand group (type 2) holds exactly one subcommand, the one chosen. */
const GroupSchema = z.object({
  name: z.string().max(32),
  type: z.literal(2),
  options: z.tuple([SubcommandSchema]),
});

/**
 * `/rights <subcommand> …options` or `/rights <group> <subcommand> …options`, and the same while an
 * option is being typed (autocomplete). The subcommand is the desk command's name in either case.
 */
export const SubcommandDataSchema = z
  .object({ name: z.string(), options: z.tuple([z.union([GroupSchema, SubcommandSchema])]) })
  .transform(({ name, options: [chosen] }) => {
    const sub = chosen.type === 2 ? chosen.options[0] : chosen;
    return { command: name, subcommand: sub.name, options: sub.options };
  });

export const ComponentDataSchema = z.object({ custom_id: z.string().max(100) });

/** A modal's inputs sit in labels (`component`) or, in older clients, in action rows (`components`). */
const ModalInput = z.object({
  custom_id: z.string(),
  value: z.string().optional(),
  values: z.array(z.string()).optional(),
});
export const ModalDataSchema = z
  .object({
    custom_id: z.string().max(100),
    components: z.array(
      z.object({ component: ModalInput.optional(), components: z.array(ModalInput).optional() }),
    ),
  })
  .transform(({ custom_id, components }) => ({
    customId: custom_id,
    inputs: new Map(
      components
        .flatMap((c) => [...(c.component ? [c.component] : []), ...(c.components ?? [])])
        .map((input) => [input.custom_id, input.values?.[0] ?? input.value ?? ''] as const),
    ),
  }));

/**
 * `rd:<action>:<reference>:<version>`, as ticket-buttons.ts writes it; Reject… may add the ticket's law
 * and opt-out kind (`…:us-ca:request`), which its modal's grounds follow.
 */
export const TicketButtonSchema = z
  .string()
  .transform((id) => id.split(':'))
  .pipe(
    z.union([
      z.tuple([z.literal('rd'), z.enum(TICKET_BUTTONS), reference, version]),
      z.tuple([
        z.literal('rd'),
        z.literal('reject'),
        reference,
        version,
        z.enum(JURISDICTION_IDS),
        z.enum(['optout', 'request']),
      ]),
    ]),
  )
  .transform(([, action, ref, seen, law, kind]) => ({
    action,
    reference: ref,
    version: seen,
    scope: law && kind ? { law, optOut: kind === 'optout' } : null,
  }));

/** `rdtask:<reference>:<system>`, as ticket-buttons.ts writes a task's "Done" button. */
export const TaskButtonSchema = z
  .string()
  .transform((id) => id.split(':'))
  .pipe(z.tuple([z.literal('rdtask'), reference, z.string().regex(/^[a-z0-9][a-z0-9-]*$/)]))
  .transform(([, ref, system]) => ({ reference: ref, system }));

export const REASON_MODALS = ['reject', 'extend', 'reply'] as const;
export type ReasonModal = (typeof REASON_MODALS)[number];

/** `rd_modal:<reject|extend|reply>:<reference>:<version>`, as reason-modals.ts writes it. */
export const ReasonModalIdSchema = z
  .string()
  .transform((id) => id.split(':'))
  .pipe(z.tuple([z.literal('rd_modal'), z.enum(REASON_MODALS), reference, version]))
  .transform(([, modal, ref, seen]) => ({ modal, reference: ref, version: seen }));

/** What a reason modal sends back: the chosen lawful ground (reject) and the free text. */
export const ReasonFieldsSchema = z.object({
  reason: z.string().trim().max(2000),
  note: z.string().trim().max(2000),
});
export type ReasonFields = z.infer<typeof ReasonFieldsSchema>;
