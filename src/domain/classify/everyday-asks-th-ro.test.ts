import { describe, expect, it } from 'vitest';
import { classifyAlone } from './lexicon-alone.test-support.js';

// The lexicon alone, on sentences of our own: a Thai field changed by "ขอเปลี่ยน…" and a Romanian deletion asked
// by a pronoun once the data is named, with the near misses beside them (a project renamed, files deleted).
const types = (body: string) => [...classifyAlone(body).types].sort();

describe('Thai and Romanian: everyday asks that name no right', () => {
  it.each([
    ['th', ['rectification'], 'สวัสดีครับ ขอเปลี่ยนอีเมลในบัญชีเป็นอีเมลใหม่ครับ อันเก่าใช้ไม่ได้แล้ว'],
    ['th', ['rectification'], 'ขอแก้ชื่อในบัญชีให้ถูกต้องด้วยค่ะ'],
    [
      'ro',
      ['access', 'erasure'],
      'Bună ziua, aș vrea să știu ce date personale dețineți despre mine și apoi să le ștergeți pe toate.',
    ],
    ['ro', ['erasure'], 'Nu mai folosesc aplicația. Informațiile mele, vă rog să le ștergeți.'],
  ])('%s: reads %j', (_, rights, body) => {
    expect(types(body)).toEqual(rights);
  });
});

describe('Thai and Romanian: near misses', () => {
  it.each([
    ['th', 'ขอเปลี่ยนชื่อโปรเจกต์ได้อย่างไรครับ'],
    ['ro', 'Am încărcat două fișiere greșite, puteți să le ștergeți din proiect?'],
  ])('%s: no request in "%s"', (_, body) => {
    expect(types(body)).toEqual(['not_a_request']);
  });
});
