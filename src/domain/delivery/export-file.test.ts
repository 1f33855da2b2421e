import { describe, expect, it } from 'vitest';
import { archivePassword, checkExportSize, deliveryForm, sanitiseFileName } from './export-file.js';

const rules = { maxExportBytes: 4096, attachmentMaxBytes: 1024, archive: 'when_larger' as const };

describe('an export file', () => {
  it('keeps only the last part of a path as its name, without control characters or a leading dot', () => {
    expect(sanitiseFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitiseFileName('C:\\Users\\jane\\export.json')).toBe('export.json');
    expect(sanitiseFileName('.hidden')).toBe('hidden');
    expect(sanitiseFileName('data\u0000\u202e.json')).toBe('data.json');
    expect(sanitiseFileName('  my   data?.csv ')).toBe('my data.csv');
    expect(sanitiseFileName('/')).toBe('export');
  });

  it('cuts a long name to 120 characters and keeps its extension', () => {
    const name = sanitiseFileName(`${'a'.repeat(300)}.json`);
    expect(name).toHaveLength(120);
    expect(name.endsWith('.json')).toBe(true);
  });

  it('refuses an empty file and one over the limit, naming the limit', () => {
    expect(checkExportSize(0, rules)).toEqual({ ok: false, code: 'export_empty' });
    expect(checkExportSize(4097, rules)).toEqual({
      ok: false,
      code: 'export_too_large',
      size: 4097,
      max: 4096,
    });
    expect(checkExportSize(4096, rules)).toEqual({ ok: true });
  });

  it('goes as attachments up to the attachment size, above it in the AES archive, and always when configured', () => {
    expect(deliveryForm(1024, rules)).toBe('attachments');
    expect(deliveryForm(1025, rules)).toBe('zip_aes');
    expect(deliveryForm(10, { ...rules, archive: 'always' })).toBe('zip_aes');
  });

  it('makes a password of 20 unambiguous characters from the random source it is given', () => {
    let n = 0;
    const password = archivePassword((bound) => n++ % bound);
    expect(password).toMatch(/^[A-HJ-NP-Za-km-z2-9]{20}$/);
    expect(password).not.toMatch(/[0O1lI]/);
  });
});
