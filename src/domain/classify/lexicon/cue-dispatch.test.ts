import { describe, expect, it } from 'vitest';
import { mayOccur } from './compile-lexicon.js';
import { CueDispatch } from './cue-dispatch.js';
import { compileLexicons } from './index.js';
import { LiteralIndex } from './literal-index.js';

describe('CueDispatch', () => {
  const index = new LiteralIndex();
  const [deleteId, eraseId, dataId] = ['delete', 'erase', 'data'].map((l) => index.add(l));
  const cues = [
    { literals: Int32Array.of(deleteId!, eraseId!) },
    { literals: null },
    { literals: Int32Array.of(dataId!) },
    { literals: Int32Array.of(eraseId!) },
  ];
  const dispatch = new CueDispatch(cues);

  it('gives the cues one of whose literals occurs and those without literals, each once, in written order', () => {
    index.scan('please erase and delete my data');
    expect([...dispatch.candidates(index)]).toEqual([0, 1, 2, 3]);
    index.scan('erase it');
    expect([...dispatch.candidates(index)]).toEqual([0, 1, 3]);
  });

  it('leaves out a cue none of whose literals occurs (a near miss: "deleted" holds "delete", "dat" is no "data")', () => {
    index.scan('it was deleted, dat is all');
    expect([...dispatch.candidates(index)]).toEqual([0, 1]);
    index.scan('nothing to see');
    expect([...dispatch.candidates(index)]).toEqual([1]);
  });

  it('picks, on real mail, exactly the cues whose literals allow a match, as asking each cue does', () => {
    const { byLanguage, universal, literals } = compileLexicons();
    const texts = [
      'please delete my account and all personal data you hold about me',
      'bitte löschen sie meine daten gemäß art. 17 dsgvo',
      'can you send me an invoice for last month?',
    ];
    let picks = 0;
    for (const text of texts) {
      literals.scan(text);
      for (const lexicon of [...byLanguage.values(), universal]) {
        const asked = lexicon.cues.flatMap((cue, c) => (mayOccur(cue, literals) ? [c] : []));
        const picked = [...lexicon.dispatch.candidates(literals)].filter((c) =>
          mayOccur(lexicon.cues[c]!, literals),
        );
        expect(picked).toEqual(asked);
        picks += picked.length;
      }
    }
    expect(picks).toBeGreaterThan(0);
  });
});
