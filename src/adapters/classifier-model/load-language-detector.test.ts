import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eldTables } from '../../domain/classify/eld-database.js';
import { decodeEld, encodeEld } from '../../domain/classify/eld-packed-codec.js';
import { eldParts, packEld } from '../../domain/classify/eld-packed.js';
import { createLanguageDetector } from '../../domain/classify/language.js';
import { ELD_FILE, loadLanguageDetector } from './load-language-detector.js';

const fromEld = packEld(eldTables);

describe('the committed packed eld database', () => {
  it("is the installed eld's database, packed (else run npm run eld:pack)", () => {
    const decoded = decodeEld(readFileSync(ELD_FILE));
    if (!decoded.ok) throw new Error(decoded.code);
    const { separators, ...tables } = decoded.packed;
    const { separators: eldSeparators, ...eldTablesPacked } = fromEld;
    expect(tables).toEqual(eldTablesPacked);
    expect([separators.source, separators.flags]).toEqual([eldSeparators.source, eldSeparators.flags]);
  });

  it('gives the same answers as the detector over eld’s own modules', () => {
    const loaded = loadLanguageDetector();
    const direct = createLanguageDetector();
    const texts = [
      'Bitte löscht alle Daten, die ihr über mich gespeichert habt.',
      "Je souhaiterais recevoir l'ensemble des informations que vous détenez à mon sujet.",
      'Прошу удалить мой аккаунт и все персональные данные.',
      'Proszę o usunięcie moich danych osobowych.',
      'ok',
      '',
    ];
    expect(texts.map(loaded)).toEqual(texts.map(direct));
  });

  it('refuses a file of another format or cut short', () => {
    const { head, ngrams } = eldParts(eldTables);
    const bytes = encodeEld(head, ngrams);
    expect(decodeEld(bytes).ok).toBe(true);
    expect(decodeEld(bytes.subarray(0, bytes.length - 1))).toEqual({ ok: false, code: 'eld_file_invalid' });
    const foreign = bytes.slice();
    foreign[0] = 0x58;
    expect(decodeEld(foreign)).toEqual({ ok: false, code: 'eld_file_invalid' });
    expect(decodeEld(new Uint8Array(3))).toEqual({ ok: false, code: 'eld_file_invalid' });
  });
});
