import { describe, expect, it } from 'vitest';
import { typedWithoutAccents } from './unaccented.js';

describe('typedWithoutAccents', () => {
  it('lets an accented letter be typed bare', () => {
    const pattern = new RegExp(typedWithoutAccents('données|supprimé', 'fr'));
    expect(pattern.test('mes donnees')).toBe(true);
    expect(pattern.test('compte supprime')).toBe(true);
    expect(pattern.test('mes données')).toBe(true);
  });

  it('spells German umlauts and ß with two letters, never as the bare vowel', () => {
    const pattern = new RegExp(`^(?:${typedWithoutAccents('löschen|ändern|schließen', 'de')})$`);
    expect(['loeschen', 'aendern', 'schliessen', 'löschen'].every((w) => pattern.test(w))).toBe(true);
    expect(pattern.test('andern')).toBe(false);
  });

  it('reads Nordic letters either way, and Polish ones bare', () => {
    expect(
      new RegExp(typedWithoutAccents('slet mine oplysninger om mig på', 'da')).test(
        'slet mine oplysninger om mig paa',
      ),
    ).toBe(true);
    expect(new RegExp(typedWithoutAccents('usuńcie moje dane', 'pl')).test('usuncie moje dane')).toBe(true);
  });

  it('keeps the accent of a word that another word would be without it', () => {
    expect(new RegExp(typedWithoutAccents('(?:non|né)\\b', 'it')).test('ne chiedo la cancellazione')).toBe(
      false,
    );
    const aboutMe = new RegExp(typedWithoutAccents('datos\\b~{0,20}sobre mí\\b', 'es').replaceAll('~', '.'));
    expect(aboutMe.test('que datos tienen sobre mi?')).toBe(true);
    expect(aboutMe.test('que datos tienen sobre mi cuenta')).toBe(false);
  });

  it('spells a letter for a letter as a class, and a letter for two as a group', () => {
    expect(typedWithoutAccents('données', 'fr')).toBe('donn[ée]es');
    expect(typedWithoutAccents('ändern', 'de')).toBe('(?:ä|ae)ndern');
    expect(typedWithoutAccents('på', 'da')).toBe('p(?:å|aa|a)');
  });

  it('leaves classes, escapes, other languages and English as written', () => {
    expect(typedWithoutAccents('[éè]x\\é', 'fr')).toBe('[éè]x\\é');
    expect(typedWithoutAccents('café', 'en')).toBe('café');
    expect(typedWithoutAccents('değil', 'tr')).toBe('değil');
  });
});
