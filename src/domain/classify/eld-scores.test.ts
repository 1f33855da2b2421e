import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eld } from 'eld/extrasmall';
import { describe, expect, it } from 'vitest';
import { detectWithEld } from './eld-scores.js';

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'corpus');

function eldItself(text: string): { language: string; reliable: boolean } {
  const result = eld.detect(text);
  return { language: result.language, reliable: result.language !== '' && result.isReliable() };
}

describe('detectWithEld', () => {
  it('answers as eld does on phrases, scripts, surrogate pairs and texts with no letters', () => {
    const texts = [
      '',
      '12345 !!!',
      'Please delete my account and all my data.',
      'Bitte löschen Sie mein Konto.',
      'Je souhaite exercer mon droit d’accès.',
      'queria que vocês apagassem minha conta',
      'Proszę o usunięcie moich danych osobowych',
      'Παρακαλώ διαγράψτε τον λογαριασμό μου',
      'Прошу удалить мои персональные данные',
      '個人情報の削除をお願いします',
      '请删除我的个人数据',
      '개인정보 삭제를 요청합니다',
      'delete 😀 𝒜𝒷𝒸 my data',
      'ab',
      'x'.repeat(1200),
    ];
    for (const text of texts) expect(detectWithEld(text), text).toEqual(eldItself(text));
  });

  it('answers as eld does on samples of every email of the committed corpus', () => {
    let compared = 0;
    for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.eml'))) {
      const raw = readFileSync(join(CORPUS, file), 'latin1');
      const body = raw.slice(raw.indexOf('\r\n\r\n') + 4).toLowerCase();
      for (const at of [0, 150, 400]) {
        const sample = body.slice(at, at + 100);
        expect(detectWithEld(sample), `${file}@${at}`).toEqual(eldItself(sample));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(6000);
  });
});
