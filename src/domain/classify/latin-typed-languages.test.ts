import { describe, expect, it } from 'vitest';
import { createLanguageDetector } from './language.js';
import { classifyAlone } from './lexicon-alone.test-support.js';

const detect = createLanguageDetector();

// Russian, Greek, Vietnamese and Persian typed in Latin letters: eld names a full language (French,
// Italian...) and only the full lexicons would run; two function words of the language name it instead.
describe('languages typed in Latin letters, named by their function words', () => {
  it.each([
    ['ru', 'Zdravstvuite! Pozhaluista, udalite moi akkaunt.'],
    ['ru', 'Zdravstvuite, ne prodavaite moi lichnye dannye nikomu, spasibo'],
    ['el', 'Kalispera, parakalo diagrapste ton logariasmo mou'],
    ['vi', 'Chao ban, vui long xoa tai khoan cua toi ngay'],
    ['fa', 'Salam, lotfan hesabam ra hazf konid. Mamnoon'],
  ])('%s: %s', (language, body) => {
    expect(detect(body).language).toBe(language);
  });

  it.each([
    ['erasure', 'Zdravstvuite! Pozhaluista, udalite moi akkaunt.'],
    ['opt_out_sale', 'Zdravstvuite, ne prodavaite moi lichnye dannye nikomu, spasibo'],
    ['erasure', 'Kalispera, parakalo diagrapste ton logariasmo mou'],
    ['erasure', 'Chao ban, vui long xoa tai khoan cua toi ngay'],
    ['access', 'Xin chao, toi muon biet thong tin ca nhan nao cua toi ban dang giu'],
    ['opt_out_sale', 'Xin chao, vui long khong ban thong tin cua toi'],
    ['erasure', 'Salam, lotfan hesabam ra hazf konid. Mamnoon'],
    ['opt_out_sale', 'lotfan etelaate shakhsi man ra nafroshid, mamnoon'],
  ])('%s: %s', (right, body) => {
    expect(classifyAlone(body).types).toContain(right);
  });

  it.each([
    'Bonjour, merci de supprimer mon compte et mes données, toi et moi savons pourquoi.',
    'Hola, gracias por la ayuda con mi pedido, todo bien.',
    'Au lieu du rendez-vous de mardi, je préfère jeudi.',
  ])('near miss, French or Spanish keeps its language: %s', (body) => {
    expect(['fr', 'es']).toContain(detect(body).language);
  });

  it.each([
    'Xin chao, cam on cac ban da giup toi voi don hang',
    'Zdravstvuite, spasibo za bystruyu dostavku!',
    'lotfan befrestid faktor ra, mamnoon',
  ])('near miss: no request in the language named: %s', (body) => {
    expect(classifyAlone(body).types).toEqual(['not_a_request']);
  });
});
