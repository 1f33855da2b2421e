import { describe, expect, it } from 'vitest';
import { scoreRights } from '../score-rights.js';
import { compileLexicon } from './compile-lexicon.js';
import type { Lexicon } from './types.js';

const lexicon = (...patterns: string[]): Lexicon => ({
  language: 'en',
  cues: { erasure: patterns.map((pattern) => [1, pattern] as const) },
});

const erasureIn = (compiled: Lexicon, text: string) =>
  scoreRights(text, [compileLexicon(compiled)]).evidence.map((e) => e.phrase);

describe('a cue opening with a lookbehind', () => {
  it('runs as its lookbehind checked at each match of the rest', () => {
    const compiled = compileLexicon(lexicon('(?<=my (?:old )?account[^\\n]{0,20})please close it'));
    expect(compiled.cues[0]!.lookbehind?.source).toBe('(?<=my (?:old )?account[^\\n]{0,20})');
    expect(compiled.cues[0]!.pattern.source).toBe('please close it');
  });

  it('matches where the lookbehind holds, and looks on after a match where it does not', () => {
    const cue = lexicon('(?<!not )wipe my data');
    expect(erasureIn(cue, 'please wipe my data')).toEqual(['wipe my data']);
    expect(erasureIn(cue, 'do not wipe my data')).toEqual([]);
    expect(erasureIn(cue, 'why not wipe my data? yes, wipe my data')).toEqual(['wipe my data']);
    const after = lexicon('(?<=account: )remove it');
    expect(erasureIn(after, 'my account: remove it')).toEqual(['remove it']);
    expect(erasureIn(after, 'my profile: remove it')).toEqual([]);
  });

  it('is left whole where the lookbehind covers only its first alternative', () => {
    const compiled = compileLexicon(lexicon('(?<!not )wipe it|erase it'));
    expect(compiled.cues[0]!.lookbehind).toBeNull();
    expect(erasureIn(lexicon('(?<!not )wipe it|erase it'), 'do not erase it')).toEqual(['erase it']);
  });
});
