/**
 * The sender loop's side of export delivery: just before an outcome letter that carries exports leaves,
 * its files are attached (or zipped with AES-256 under the sealed password); the second email waits
 * until that letter is sent, then gets the password written in, and the sealed password is dropped once
 * it left. Both are checked again against the ticket as it is now: its requester must be verified and
 * still be the address the email goes to, or the email fails instead of leaving.
 */
import { archiveName } from '../../domain/delivery/export-file.js';
import { PASSWORD_PLACEHOLDER } from '../../domain/delivery/export-wording.js';
import type { OutgoingParts, PreparedEmail, QueuedEmail } from '../notify/ports.js';
import type { ExportSenderStore } from './ports.js';

export interface ExportPartsDeps {
  readonly store: ExportSenderStore;
  /** The archive password from its sealed form; null when it cannot be opened. */
  readonly unseal: (sealed: string) => string | null;
  readonly zip: (
    files: readonly { readonly fileName: string; readonly content: Uint8Array }[],
    password: string,
  ) => Promise<Uint8Array>;
}

/** Only these letters can carry exports or their password: every other email is sent without a lookup. */
const CARRIERS: readonly string[] = ['outcome_fulfilled', 'outcome_partial', 'staff_message'];

const AS_IS: PreparedEmail = { kind: 'as_is' };

export function exportParts(deps: ExportPartsDeps): OutgoingParts {
  return {
    async prepare(email: QueuedEmail): Promise<PreparedEmail> {
      if (!CARRIERS.includes(email.template)) return AS_IS;
      const delivery = await deps.store.deliveryOf(email.messageId);
      if (!delivery) return AS_IS;
      // Defence in depth: fulfil checked this, but the data never leaves for anyone else.
      if (!delivery.verified || delivery.requesterAddress !== email.toAddress)
        return { kind: 'fail', error: 'export recipient is not the verified requester' };
      if (delivery.role === 'password') {
        if (delivery.letterStatus === 'failed') {
          await deps.store.forgetPassword(delivery.letterMessageId);
          return { kind: 'fail', error: 'the letter with the archive was not delivered' };
        }
        if (delivery.letterStatus !== 'sent') return { kind: 'wait' };
        const password = delivery.sealedPassword ? deps.unseal(delivery.sealedPassword) : null;
        if (password === null) return { kind: 'fail', error: 'the archive password is gone' };
        return {
          kind: 'with',
          text: email.bodyText.replaceAll(PASSWORD_PLACEHOLDER, password),
          html: email.bodyHtml?.replaceAll(PASSWORD_PLACEHOLDER, password) ?? null,
          attachments: [],
        };
      }
      const files = delivery.files.flatMap((f) => (f.content ? [{ ...f, content: f.content }] : []));
      if (files.length !== delivery.files.length || files.length === 0)
        return { kind: 'fail', error: 'an export was removed before the letter left' };
      if (delivery.form === 'attachments') {
        return {
          kind: 'with',
          text: email.bodyText,
          html: email.bodyHtml,
          attachments: files.map((f) => ({
            filename: f.fileName,
            contentType: f.contentType,
            content: f.content,
          })),
        };
      }
      const password = delivery.sealedPassword ? deps.unseal(delivery.sealedPassword) : null;
      if (password === null) return { kind: 'fail', error: 'the archive password is gone' };
      return {
        kind: 'with',
        text: email.bodyText,
        html: email.bodyHtml,
        attachments: [
          {
            filename: archiveName(delivery.ticketReference),
            contentType: 'application/zip',
            content: await deps.zip(files, password),
          },
        ],
      };
    },
    async sent(email: QueuedEmail, at: Date): Promise<void> {
      if (!CARRIERS.includes(email.template)) return;
      const delivery = await deps.store.deliveryOf(email.messageId);
      if (!delivery) return;
      if (delivery.role === 'letter') await deps.store.letterSent(delivery.letterMessageId, at);
      else await deps.store.forgetPassword(delivery.letterMessageId);
    },
  };
}
