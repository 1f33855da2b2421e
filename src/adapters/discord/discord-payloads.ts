/**
 * zod schemas for what the adapter reads from Discord's interactions: who acted (user id and server
 * roles), the text of a `/rights` command, a ticket button's custom id and a reason modal's custom id
 * and fields. discord.js has decoded the gateway's JSON by then; these check the shape, so a surprise is
 * answered as a bad request rather than thrown deep in a handler.
 */
import { z } from 'zod';
import { SNOWFLAKE } from '../../config/discord-settings.js';
import { TICKET_BUTTONS } from '../../app/desk/ticket-buttons.js';

const snowflake = z.string().regex(SNOWFLAKE);
const reference = z.string().regex(/^RD-\d{1,9}$/);
const version = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform((s) => Number(s));

export const MemberSchema = z.object({ userId: snowflake, roleIds: z.array(snowflake) });

/** Discord's own limit for a string option is 6000; the desk grammar caps free text well below that. */
export const CommandTextSchema = z.string().max(4000);

/** `rd:<action>:<reference>:<version>`, as ticket-buttons.ts writes it. */
export const TicketButtonSchema = z
  .string()
  .transform((id) => id.split(':'))
  .pipe(z.tuple([z.literal('rd'), z.enum(TICKET_BUTTONS), reference, version]))
  .transform(([, action, ref, seen]) => ({ action, reference: ref, version: seen }));

export const REASON_MODALS = ['reject', 'extend'] as const;
export type ReasonModal = (typeof REASON_MODALS)[number];

/** `rd_modal:<reject|extend>:<reference>:<version>`, as reason-modals.ts writes it. */
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
