import { describe, expect, it } from 'vitest';
import { bySpelling } from './spelling-language.js';

describe('bySpelling: function words standing alone', () => {
  it('names Irish and Galician by their words', () => {
    expect(bySpelling('ba mhaith liom mo chuid sonraí a fháil, le do thoil')?.language).toBe('ga');
    expect(bySpelling('borrade a miña conta')?.language).toBe('gl');
  });

  it('does not count a word glued to the end of another', () => {
    expect(bySpelling('the xagus and yliom files were moved')).toBeNull();
    expect(bySpelling('borrade a xamiña conta')).toBeNull();
    expect(bySpelling('überagus éliom')).toBeNull();
  });

  it('does not count a word glued to the start of another', () => {
    expect(bySpelling('agusx liomy')).toBeNull();
  });
});
