/**
 * The parts of an organisation's file that say how its requests are handled once opened: identity
 * verification by one-time code, staff reminders, and how an answer's data file is delivered.
 */
import { z } from 'zod';

/** Identity verification by one-time code. */
export const VerificationSchema = z
  .object({
    /** The authserv-id our receiving server writes in Authentication-Results (RFC 8601); only those are trusted. */
    authservId: z.string().min(1).optional(),
    codeTtlHours: z.number().positive().default(72),
    maxAttempts: z.number().int().positive().default(5),
    /** Issue 15: days after a code is sent that an unanswered requester is reminded, once. */
    remindAfterDays: z.number().int().min(1).max(60).default(3),
    /** Issue 15: days after a code is sent that an unanswered request closes as unverified (see unverified-closing.ts). */
    closeUnverifiedAfterDays: z.number().int().min(2).max(365).default(14),
  })
  .strict()
  .refine((v) => v.remindAfterDays < v.closeUnverifiedAfterDays, {
    message: 'remindAfterDays must be fewer than closeUnverifiedAfterDays',
    path: ['remindAfterDays'],
  });

/** Issue 15: the triage channel is told this many business days before a ticket falls due. */
export const RemindersSchema = z.object({ dueSoonBusinessDays: z.number().int().min(1).max(30) }).strict();

/**
 * Issue 15: how the answer's data file (an access or portability export) reaches the requester, and how
 * long it is kept. GDPR Art. 15(3) and 20(1) ask for the data in a commonly used electronic form; Art. 32
 * asks that it travel protected, hence the encrypted archive above the plain-attachment size.
 */
export const DeliverySchema = z
  .object({
    /** The largest file staff may attach to a ticket (bytes); the bytes are kept in the database. */
    maxExportBytes: z
      .number()
      .int()
      .positive()
      .max(50 * 1024 * 1024)
      .default(10 * 1024 * 1024),
    /** Exports up to this size together go as plain attachments of the outcome letter. */
    attachmentMaxBytes: z
      .number()
      .int()
      .nonnegative()
      .default(2 * 1024 * 1024),
    /**
     * `when_larger`: above `attachmentMaxBytes`, an AES-256 zip whose password goes in a second email;
     * `always`: always that archive.
     */
    archive: z.enum(['when_larger', 'always']).default('when_larger'),
    /** Days an export is kept after it was sent (or after its ticket closed unsent), then purged. */
    keepDays: z.number().int().nonnegative().max(3650).default(30),
  })
  .strict();

/**
 * DPA 2018 s. 164A(3): how a UK complaint (a ticket flagged `complaint`) is acknowledged. `by_staff` (the
 * default): staff send the letter (`complaint RD-1042 acknowledge`); `with_request_acknowledgement`: intake
 * sends it with the request's acknowledgement, in the same transaction.
 */
export const ComplaintsSchema = z
  .object({ acknowledge: z.enum(['by_staff', 'with_request_acknowledgement']).default('by_staff') })
  .strict();
