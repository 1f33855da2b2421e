/**
 * Fulfil with the answer's data (issue 15): in the transaction that fulfils the ticket, the outcome
 * letter is queued saying how the exports travel, and the exports are bound to it: as attachments, or
 * in an AES-256 archive whose password goes in a second email of the same thread. Only to a requester
 * whose identity was verified (GDPR Art. 12(6), 15(4); 11 CCR §7060): otherwise the fulfil is refused
 * and nothing is queued. The letter always goes to the ticket's requester address, the one the
 * verification proved.
 */
import {
  archiveName,
  archivePassword,
  deliveryForm,
  type DeliveryForm,
} from '../../domain/delivery/export-file.js';
import { EXPORT_WORDING, PASSWORD_PLACEHOLDER } from '../../domain/delivery/export-wording.js';
import { isLetterLanguage } from '../../domain/outbound/letters/languages.js';
import type { DeskError } from '../desk/desk-error.js';
import type { LetterText } from '../notify/staff-emails.js';
import { queueRequesterEmail, type QueueResult } from '../notify/queue-email.js';
import type { TicketRecord } from '../tickets/ports.js';
import type { RequesterMailTransaction, VerifyDeps } from '../verify/ports.js';

export type DeliveryOutcome = { readonly ok: true } | { readonly ok: false; readonly refusal: DeskError };

/**
 * Queues the outcome letter through `queueLetter` (given the sentence about the exports, or null when
 * there are none) and, with exports, binds them to it.
 */
export async function queueLetterWithExports(
  tx: RequesterMailTransaction,
  deps: VerifyDeps,
  ticket: TicketRecord,
  actor: string,
  queueLetter: (details: LetterText | null) => Promise<QueueResult>,
): Promise<DeliveryOutcome> {
  const { reference } = ticket;
  const { verified, exports } = await tx.exportsToDeliver(ticket.id);
  if (exports.length === 0) {
    await queueLetter(null);
    return { ok: true };
  }
  if (!verified) return refuse({ code: 'export_needs_verified_requester', reference });
  const rules = deps.exportDelivery?.rulesOf(ticket.organisationId) ?? null;
  if (!deps.exportDelivery || !rules)
    return refuse({ code: 'not_available_yet', command: 'export delivery' });
  const total = exports.reduce((sum, e) => sum + e.size, 0);
  const form: DeliveryForm = deliveryForm(total, rules);
  const archive = archiveName(reference);
  const names = exports.map((e) => e.fileName).join(', ');
  const letter = await queueLetter((language) => {
    const wording = EXPORT_WORDING[isLetterLanguage(language) ? language : 'en'];
    return form === 'attachments' ? wording.attached(names) : wording.archived(archive);
  });
  // The data goes with the letter or not at all: a bounced address or a held letter is staff's to settle.
  if (letter.kind !== 'queued') return refuse({ code: 'export_undeliverable', reference });
  let password: string | null = null;
  let passwordMessageId: string | null = null;
  if (form === 'zip_aes') {
    password = archivePassword(deps.randomInt);
    const second = await queueRequesterEmail(tx, deps, {
      ticket: ticket.id,
      automatic: false,
      actor,
      build: ({ language }) => ({
        kind: 'staff_message',
        // The outbox keeps a placeholder; the sender writes the password in as the email leaves.
        text: EXPORT_WORDING[isLetterLanguage(language) ? language : 'en'].password(
          reference,
          archive,
          PASSWORD_PLACEHOLDER,
        ),
      }),
    });
    if (second.kind !== 'queued') return refuse({ code: 'export_undeliverable', reference });
    passwordMessageId = second.messageId;
  }
  const at = deps.now();
  await tx.recordExportDelivery({
    ticketId: ticket.id,
    exportIds: exports.map((e) => e.id),
    letterMessageId: letter.messageId,
    passwordMessageId,
    form,
    sealedPassword: password === null ? null : deps.exportDelivery.seal(password),
    at,
  });
  await tx.recordAudit([
    {
      type: 'export.queued',
      actor,
      at,
      ticketId: ticket.id,
      ticketReference: reference,
      payload: {
        form,
        letterMessageId: letter.messageId,
        passwordMessageId,
        exports: exports.map((e) => ({ exportId: e.id, sha256: e.sha256, size: e.size })),
      },
    },
  ]);
  return { ok: true };
}

function refuse(refusal: DeskError): DeliveryOutcome {
  return { ok: false, refusal };
}
