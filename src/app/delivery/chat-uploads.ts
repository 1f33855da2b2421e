/**
 * A file staff upload in a ticket's chat thread (a Slack thread under the ticket's channel message, a
 * Discord thread or reply on it) is attached to that ticket as its export, the same for every chat: the
 * uploader must hold a role of agent or above (a refusal is audited), each file goes through
 * `attachExport`, and the answer names the ticket, the size and the hash, never the file's name or
 * content (the uploader sees it; the channel may hold others).
 */
import { formatBytes } from '../../domain/delivery/export-file.js';
import type { StaffRole } from '../../domain/tickets/vocabulary.js';
import { describeDeskError } from '../desk/replies.js';
import { type AttachRequest, type AttachResult, mayHandleExports } from './attach-export.js';
import type { ExportSource } from './ports.js';

export interface UploadedFile {
  readonly name: string;
  readonly contentType: string | null;
  /** As the chat declares it, checked before the download. */
  readonly size: number;
  readonly read: () => Promise<Uint8Array>;
}

export interface ChatUpload {
  readonly source: ExportSource;
  /** The id of the message the thread or reply hangs off (Slack ts, Discord message id). */
  readonly parentMessageId: string;
  /** The channel of that message, where the chat's ids are only unique within one (Slack). */
  readonly channel: string | null;
  readonly actorId: string;
  readonly role: StaffRole | null;
  readonly files: readonly UploadedFile[];
}

export interface ChatUploadDeps {
  readonly attach: (request: AttachRequest) => Promise<AttachResult>;
  /** The reference of the ticket whose channel message this is; null when it is none. */
  readonly ticketOfMessage: (
    source: ExportSource,
    messageId: string,
    channel: string | null,
  ) => Promise<string | null>;
  /** Records the refusal (`desk.refused`): who, with which role (null: none), which command. */
  readonly auditRefusal: (actorId: string, command: string, role: StaffRole | null) => Promise<void>;
}

/** What to tell the uploader, one line per file; null when the thread is no ticket's (the upload is ignored). */
export async function attachChatUpload(deps: ChatUploadDeps, upload: ChatUpload): Promise<string[] | null> {
  const reference = await deps.ticketOfMessage(upload.source, upload.parentMessageId, upload.channel);
  if (reference === null) return null;
  if (upload.role === null || !mayHandleExports(upload.role)) {
    await deps.auditRefusal(upload.actorId, 'attach', upload.role);
    return [
      `${reference}: only an agent or above may attach the requester's data to a ticket; the file was not taken.`,
    ];
  }
  const role = upload.role;
  const lines: string[] = [];
  for (const file of upload.files) {
    const result = await deps.attach({
      reference,
      fileName: file.name,
      contentType: file.contentType,
      size: file.size,
      read: file.read,
      source: upload.source,
      actor: { id: upload.actorId, role },
    });
    lines.push(
      result.ok
        ? `${result.reference}: export #${result.export.id} attached (${formatBytes(result.export.size)}, sha256 ${result.export.sha256.slice(0, 12)}); fulfil sends it to the verified requester. Delete your upload from this chat: Rightsdesk keeps its own copy and removes it after the retention period.`
        : describeDeskError(result.error),
    );
  }
  return lines;
}
