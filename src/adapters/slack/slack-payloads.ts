/**
 * zod schemas for the parts of Slack's payloads the adapter reads: the slash command, a button click
 * and a modal submission. Bolt has verified the signature by then; these check the shape, so a
 * surprise in a payload is answered as a bad request rather than thrown deep in a handler.
 */
import { z } from 'zod';
import { JURISDICTION_IDS } from '../../domain/deadlines/jurisdiction-rule.js';

const userId = z.string().regex(/^[UW][A-Z0-9]+$/);
const conversationId = z.string().regex(/^[CGD][A-Z0-9]+$/);

/** A string holding JSON, parsed and then checked against `schema`. */
export function jsonOf<T extends z.ZodType>(schema: T) {
  return z
    .string()
    .max(3000)
    .transform((s, ctx): unknown => {
      try {
        return JSON.parse(s);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'not JSON' });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

export const SlashCommandSchema = z.object({
  user_id: userId,
  text: z.string().max(4000),
  channel_id: z.string(),
  trigger_id: z.string(),
});

export const TicketRefSchema = z.object({
  reference: z.string().regex(/^RD-\d{1,9}$/),
  version: z.number().int().nonnegative(),
  /** The ticket's law and whether it asks only for opt-outs, at that version: the grounds its reject modal offers. */
  scope: z.object({ law: z.enum(JURISDICTION_IDS), optOut: z.boolean() }).optional(),
});
export type TicketRef = z.infer<typeof TicketRefSchema>;

export const ButtonClickSchema = z.object({
  user: z.object({ id: userId }),
  trigger_id: z.string(),
  channel: z.object({ id: conversationId }).nullish(),
  /** Where the click may be answered for 30 minutes, even in a channel the bot is not in. */
  response_url: z.url().optional(),
  actions: z.array(z.object({ action_id: z.string(), value: jsonOf(TicketRefSchema) })).min(1),
});

export const ModalContextSchema = TicketRefSchema.extend({
  channel: conversationId.nullable(),
  /** The clicked button's response URL: the modal's answer goes there when the channel refuses the bot. */
  responseUrl: z.url().nullish(),
});
export type ModalContext = z.infer<typeof ModalContextSchema>;

const StateValue = z.object({
  value: z.string().nullish(),
  selected_option: z.object({ value: z.string() }).nullish(),
});

export const ModalSubmissionSchema = z.object({
  user: z.object({ id: userId }),
  view: z.object({
    private_metadata: jsonOf(ModalContextSchema),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), StateValue)) }),
  }),
});
export type ModalSubmission = z.infer<typeof ModalSubmissionSchema>;
