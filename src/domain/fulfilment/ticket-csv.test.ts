import { describe, expect, it } from 'vitest';
import { csvCell, csvHeader, csvLine, type TicketExportRow } from './ticket-csv.js';

const row: TicketExportRow = {
  reference: 'RD-1042',
  organisationId: 'importly',
  status: 'fulfilled',
  types: ['access', 'erasure'],
  jurisdiction: 'eu-gdpr',
  receivedAt: new Date('2026-03-01T23:30:00Z'),
  dueDate: '2026-04-01',
  closedAt: new Date('2026-03-11T00:10:00Z'),
  rejectionReason: null,
  extended: true,
  verifiedBy: 'email_code',
  requesterName: '=HYPERLINK("x")',
  requesterAddress: 'jane@example.com',
};

describe('the ticket export as CSV', () => {
  it('writes one line per ticket without the requester, counting days taken by calendar day', () => {
    expect(csvHeader(false)).toBe(
      'reference,organisation,status,types,law,received,due,closed,outcome,rejection_ground,days_taken,extended,verified_by\r\n',
    );
    expect(csvLine(row, false)).toBe(
      'RD-1042,importly,fulfilled,access;erasure,eu-gdpr,2026-03-01T23:30:00.000Z,2026-04-01,2026-03-11T00:10:00.000Z,fulfilled,,10,yes,email_code\r\n',
    );
  });

  it('adds the requester when revealed, with a formula defused and quoted', () => {
    expect(csvHeader(true)).toMatch(/,requester_name,requester_address\r\n$/);
    expect(csvLine(row, true)).toMatch(/,"'=HYPERLINK\(""x""\)",jane@example\.com\r\n$/);
  });

  it('leaves outcome and days empty while the ticket is open', () => {
    const open = csvLine({ ...row, status: 'approved', closedAt: null }, false).split(',');
    expect(open.slice(7, 11)).toEqual(['', '', '', '']);
  });

  it('quotes separators and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
  });
});
