/**
 * One ticket as a line of the record-keeping export (issue 15, item 6): what a controller shows a
 * supervisory authority to demonstrate compliance (GDPR Art. 5(2), 24(1)) or publishes as CCPA metrics
 * (11 CCR §7102). The requester's name and address appear only in a revealed export.
 */

export interface TicketExportRow {
  readonly reference: string;
  readonly organisationId: string;
  readonly status: string;
  readonly types: readonly string[];
  readonly jurisdiction: string;
  readonly receivedAt: Date;
  /** The last day on time (YYYY-MM-DD, the organisation's calendar), extended when extended. */
  readonly dueDate: string | null;
  readonly closedAt: Date | null;
  readonly rejectionReason: string | null;
  readonly extended: boolean;
  /** How identity was verified (`email_code`, a manual method…), or null when it was not. */
  readonly verifiedBy: string | null;
  readonly requesterName: string;
  readonly requesterAddress: string;
}

const COLUMNS = [
  'reference',
  'organisation',
  'status',
  'types',
  'law',
  'received',
  'due',
  'closed',
  'outcome',
  'rejection_ground',
  'days_taken',
  'extended',
  'verified_by',
] as const;
const REVEALED = ['requester_name', 'requester_address'] as const;
const CLOSED = new Set(['fulfilled', 'rejected', 'withdrawn']);
const DAY_MS = 86_400_000;

export function csvHeader(reveal: boolean): string {
  return `${[...COLUMNS, ...(reveal ? REVEALED : [])].join(',')}\r\n`;
}

/** RFC 4180 line (CRLF); days taken are whole calendar days from receipt to closing, counted in UTC. */
export function csvLine(row: TicketExportRow, reveal: boolean): string {
  const closed = CLOSED.has(row.status) ? row.closedAt : null;
  const cells = [
    row.reference,
    row.organisationId,
    row.status,
    row.types.join(';'),
    row.jurisdiction,
    row.receivedAt.toISOString(),
    row.dueDate ?? '',
    closed?.toISOString() ?? '',
    closed ? row.status : '',
    row.rejectionReason ?? '',
    closed ? String(Math.round((utcDay(closed) - utcDay(row.receivedAt)) / DAY_MS)) : '',
    row.extended ? 'yes' : 'no',
    row.verifiedBy ?? '',
    ...(reveal ? [row.requesterName, row.requesterAddress] : []),
  ];
  return `${cells.map(csvCell).join(',')}\r\n`;
}

const utcDay = (at: Date) => Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());

/**
 * Quoted when it holds a separator, a quote or a line break (RFC 4180 §2.6-7); a cell a spreadsheet
 * would run as a formula (a requester can choose their own display name) gets a leading apostrophe,
 * as OWASP's CSV-injection advice says.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
