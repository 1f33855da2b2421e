/**
 * The rules for a data file staff attach to a ticket for its requester (issue 15, "delivering the answer"):
 * a safe file name, a size within the organisation's limit, how the outcome letter carries the files
 * (attached as they are, or in an AES-256 archive whose password travels in a second email) and that
 * password. Pure: randomness is passed in.
 */

/** How the outcome letter carries the exports. */
export type DeliveryForm = 'attachments' | 'zip_aes';

export interface DeliveryRules {
  readonly maxExportBytes: number;
  readonly attachmentMaxBytes: number;
  readonly archive: 'when_larger' | 'always';
}

const MAX_NAME = 120;

/**
 * The name the requester's mail client shows: no directory (a name is never a path), no control or
 * shell-special characters, no leading dot (a hidden file), at most 120 characters with its extension kept.
 */
export function sanitiseFileName(name: string): string {
  const base = name.split(/[\\/]/).at(-1) ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}<>:"|?*]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  if (cleaned === '') return 'export';
  if (cleaned.length <= MAX_NAME) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, MAX_NAME - ext.length) + ext;
}

export type SizeCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly code: 'export_empty' }
  | { readonly ok: false; readonly code: 'export_too_large'; readonly size: number; readonly max: number };

export function checkExportSize(size: number, rules: Pick<DeliveryRules, 'maxExportBytes'>): SizeCheck {
  if (size === 0) return { ok: false, code: 'export_empty' };
  if (size > rules.maxExportBytes)
    return { ok: false, code: 'export_too_large', size, max: rules.maxExportBytes };
  return { ok: true };
}

/**
 * Plain attachments while the files together stay within `attachmentMaxBytes`; above it (or always, when
 * so configured) one AES-256 archive: it is smaller (exports are text) and a copy left in a mailbox or
 * a relay's queue is unreadable without the password sent apart (GDPR Art. 32(1)(a)).
 */
export function deliveryForm(totalBytes: number, rules: DeliveryRules): DeliveryForm {
  if (rules.archive === 'always') return 'zip_aes';
  return totalBytes > rules.attachmentMaxBytes ? 'zip_aes' : 'attachments';
}

/** Letters and digits that cannot be misread for one another (no 0/O, 1/l/I). */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
const PASSWORD_LENGTH = 20;

/** A password of 20 characters from 57: about 116 bits, typed by hand if need be. */
export function archivePassword(randomInt: (bound: number) => number): string {
  let password = '';
  for (let i = 0; i < PASSWORD_LENGTH; i++) password += ALPHABET[randomInt(ALPHABET.length)];
  return password;
}

/** The archive's name: the ticket reference, so the requester can tell it apart. */
export function archiveName(reference: string): string {
  return `${reference}-data.zip`;
}

/** A short, safe view of a file for staff: never its content. */
export function describeExport(file: {
  readonly fileName: string;
  readonly size: number;
  readonly sha256: string;
}): string {
  return `${file.fileName} (${formatBytes(file.size)}, sha256 ${file.sha256.slice(0, 12)})`;
}

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KiB`;
  return `${(size / 1024 / 1024).toFixed(1)} MiB`;
}
