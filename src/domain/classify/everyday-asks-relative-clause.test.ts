import { describe, expect, it } from 'vitest';
import { classifyAlone } from './lexicon-alone.test-support.js';

// "What do you have on me?" asks for access; "delete everything that you have on me" does not: the same words in
// a relative clause name what is to be deleted. The lexicon alone, on sentences of our own.
const types = (body: string) => [...classifyAlone(body).types].sort();

describe('"Everything you have on me" as the object of a deletion is no access ask', () => {
  it.each([
    ['cs', 'Dobrý den, zrušte mi účet a vymažte všechno, co o mně máte, už se nevrátím.'],
    ['sk', 'Dobrý deň, zrušte mi účet a vymažte všetko, čo o mne máte.'],
    ['fi', 'Sulkekaa tilini ja pyyhkikää kaikki, mitä teillä on minusta.'],
    ['ru', 'Удалите, пожалуйста, всё, что у вас есть обо мне, и закройте аккаунт.'],
    ['uk', 'Видаліть все, що у вас є про мене, будь ласка.'],
    ['ar', 'احذفوا حسابي وكل ما لديكم عني.'],
  ])('%s: erasure alone in "%s"', (_, body) => {
    expect(types(body)).toEqual(['erasure']);
  });
});

describe('The same words asked as a question are access', () => {
  it.each([
    ['cs', 'Dobrý den, co o mně máte uloženo? Pošlete mi to.'],
    ['ru', 'Здравствуйте, что у вас есть обо мне? Пришлите.'],
    ['uk', 'Добрий день, що у вас є про мене? Надішліть, будь ласка.'],
  ])('%s: access in "%s"', (_, body) => {
    expect(types(body)).toEqual(['access']);
  });
});
