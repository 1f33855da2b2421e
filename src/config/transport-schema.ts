/**
 * The transport settings of an organisation's YAML file: its mailboxes (IMAP), its outbound mail (SMTP)
 * and its chat channels. Servers and channels by id; credentials only by the name of the environment
 * variable that holds them.
 */
import { z } from 'zod';
import { DEFAULT_AUTOMATIC_CAP } from '../domain/outbound/delivery-policy.js';

const envName = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]*$/, 'expected the NAME of an environment variable, e.g. IMPORTLY_IMAP_PASSWORD');
export const email = z.email().transform((s) => s.toLowerCase());
export const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lower-case letters, digits and dashes');

export const ImapSchema = z
  .object({
    host: z.string().min(1),
    port: z.number().int().min(1).max(65535).default(993),
    secure: z.boolean().default(true),
    userEnv: envName,
    passwordEnv: envName,
    folder: z.string().min(1).default('INBOX'),
    /** Tidy-up after a message is safely stored: flag it \Seen, or move it to a folder. Never the record of what was ingested. */
    afterIngest: z
      .union([
        z.object({ flag: z.string().min(1) }).strict(),
        z.object({ moveTo: z.string().min(1) }).strict(),
      ])
      .default({ flag: '\\Seen' }),
    /**
     * Mail the mailbox already held when Rightsdesk first saw it (issue 17): always ingested and ticketed,
     * its deadline running from receipt; acknowledged and posted to chat one by one only when set true.
     * Otherwise one summary of the catch-up goes to the triage channel.
     */
    backlog: z
      .object({ acknowledge: z.boolean().default(false), announce: z.boolean().default(false) })
      .strict()
      .default({ acknowledge: false, announce: false }),
  })
  .strict();

export const MailboxSchema = z
  .object({
    id: slug,
    address: email,
    imap: ImapSchema.optional(),
  })
  .strict();

/** A Discord channel id. Quoted in YAML: bare, its 18 or so digits are read as a number and rounded. */
const discordChannel = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'required'
        : 'expected the channel id in quotes, e.g. "1234567890123456789" (YAML rounds a bare number that long)',
  })
  .regex(/^\d{17,20}$/, 'expected a Discord channel id (17 to 20 digits) such as "1234567890123456789"');

/** Where this organisation's tickets appear in chat; each transport is optional. */
export const ChatSchema = z
  .object({
    slack: z
      .object({
        /** Channel id (C…/G…, from the channel's "About" panel), not its name: names change, ids do not. */
        triageChannel: z
          .string()
          .regex(/^[CG][A-Z0-9]{2,}$/, 'expected a Slack channel id such as C0123ABCD'),
        /** Where the weekly digest for managers is posted (DIGEST_SCHEDULE); none: no weekly post. */
        digestChannel: z
          .string()
          .regex(/^[CG][A-Z0-9]{2,}$/, 'expected a Slack channel id such as C0123ABCD')
          .optional(),
      })
      .strict()
      .optional(),
    discord: z
      .object({
        /** Channel id (with Developer Mode on: right-click the channel → Copy Channel ID), not its name. */
        triageChannel: discordChannel,
        /** Where the weekly digest for managers is posted (DIGEST_SCHEDULE); none: no weekly post. */
        digestChannel: discordChannel.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** Email to requesters (issue 6): SMTP relay by env-var names; without `smtp` emails are written as .eml files. */
export const OutboundSchema = z
  .object({
    /** Our From address; the organisation's first address when omitted. */
    from: email.optional(),
    smtp: z
      .object({
        host: z.string().min(1),
        port: z.number().int().min(1).max(65535).default(587),
        /** true for implicit TLS (port 465); false upgrades with STARTTLS when the server offers it. */
        secure: z.boolean().default(false),
        userEnv: envName.optional(),
        passwordEnv: envName.optional(),
      })
      .strict()
      .optional(),
    /** Loop safety: at most `emails` automatic emails to one address within `hours` (FreeScout: 10 per 3 h). */
    automaticCap: z
      .object({ emails: z.number().int().positive(), hours: z.number().positive() })
      .strict()
      .default(DEFAULT_AUTOMATIC_CAP),
  })
  .strict();
