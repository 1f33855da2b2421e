import { describe, expect, it } from 'vitest';
import {
  combineWithModel,
  DISAGREEMENT_PENALTY,
  DOUBT_PENALTY,
  MODEL_ADDS,
  MODEL_ONLY,
  MODEL_STIRS_ON_TOPIC,
} from './combine-model.js';
import { featureName, featureSlots, forEachNamedFeature, isDense } from './ngram-features.js';
import { decodeNgramModel, encodeNgramModel } from './ngram-model-codec.js';
import { RIGHTS } from '../request-types.js';
import { rightProbabilities, topFeatures } from './ngram-model.js';
import { trainNgramModel } from './train-ngram-model.js';

const examples = [
  { text: 'please delete my account and erase everything', types: ['erasure' as const] },
  { text: 'kindly erase all my records and delete the profile', types: ['erasure' as const] },
  { text: 'send me a copy of the data you hold about me', types: ['access' as const] },
  { text: 'what information do you hold about me, send a copy', types: ['access' as const] },
  { text: 'the upload fails with a timeout on large files', types: ['not_a_request' as const] },
  { text: 'our invoice shows the wrong amount for march', types: ['not_a_request' as const] },
];
/** Every named feature of a text: each slot with the last n-gram or word written to it. */
function featureStrings(text: string): Map<number, string> {
  const names = new Map<number, string>();
  forEachNamedFeature(text, (slot, at) => names.set(slot, featureName(text, at)));
  return names;
}

const options = { epochs: 30, learningRate: 4, l2: 1e-6, seed: 7, positiveWeight: 1 };

describe('the n-gram model', () => {
  it('learns which right a training text asks for', () => {
    const model = trainNgramModel(examples, options);
    const p = rightProbabilities(model, 'please erase my account');
    expect(p[2]).toBeGreaterThan(0.5);
    expect(p[0]).toBeLessThan(0.5);
  });

  it('learns more from an example weighed more', () => {
    const ask = { text: 'could you purge the whole dossier', types: ['erasure' as const] };
    const light = trainNgramModel([...examples, { ...ask, weight: 1 }], options);
    const heavy = trainNgramModel([...examples, { ...ask, weight: 4 }], options);
    const erasure = (model: typeof light) => rightProbabilities(model, 'purge the dossier')[2]!;
    expect(erasure(heavy)).toBeGreaterThan(erasure(light));
  });

  it('trains deterministically: the same examples give byte-identical weights', () => {
    const first = encodeNgramModel(trainNgramModel(examples, options));
    const second = encodeNgramModel(trainNgramModel(examples, options));
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('reads back the weights file it writes, and refuses a foreign one', () => {
    const model = trainNgramModel(examples, options);
    const decoded = decodeNgramModel(encodeNgramModel(model));
    expect(decoded.ok && Buffer.from(decoded.model.weights).equals(Buffer.from(model.weights))).toBe(true);
    expect(decodeNgramModel(new Uint8Array(64))).toEqual({ ok: false, code: 'model_file_invalid' });
  });

  it('refuses a weights file of the features before accents were set aside', () => {
    const bytes = encodeNgramModel(trainNgramModel(examples, options));
    bytes.set(new TextEncoder().encode('RDNGRAM3'));
    expect(decodeNgramModel(bytes)).toEqual({ ok: false, code: 'model_file_invalid' });
  });

  it('reads a word typed without its accents as the same features, and another word as other ones', () => {
    const slots = (text: string): number[] => {
      const out = { slots: new Int32Array(16) };
      const count = featureSlots(text, out);
      return [...out.slots.slice(0, count)];
    };
    expect(slots('queria que apagassem minha conta')).toEqual(slots('queria que apagássem minha conta'));
    expect(slots('supprimez mes donnees')).toEqual(slots('supprimez mes données'));
    expect(slots('διαγραφη των δεδομενων')).toEqual(slots('διαγραφή των δεδομένων'));
    expect(slots('удалите всё')).toEqual(slots('удалите все'));
    expect(slots('queria que apagassem minha conta')).not.toEqual(slots('queria que apagaremos minha conta'));
    expect(slots('bitte löschen')).toEqual(slots('bitte loschen'));
  });

  it('names the n-grams of an accented word as written, whatever accents the slots set aside', () => {
    expect([...featureStrings('données').values()]).toContain('_donn');
    expect([...featureStrings('données').values()]).toContain('ées');
  });

  it('reads two-character words in scripts written without spaces, and no 2-grams in others', () => {
    const chinese = [...featureStrings('请删除我的数据').values()];
    expect(chinese).toContain('删除');
    expect(chinese).toContain('数据');
    expect([...featureStrings('ชื่อ').values()]).toContain('ชื');
    const latin = [...featureStrings('delete my data').values()];
    expect(latin).toContain('del');
    expect(latin.filter((name) => name.length < 3 && name !== 'my')).toEqual([]);
  });

  it('names the n-grams that pushed a right up', () => {
    const model = trainNgramModel(examples, options);
    expect(topFeatures(model, 'erase it', 'erasure').length).toBeGreaterThan(0);
  });

  it('names the heaviest n-grams as naming every feature and sorting them all would', () => {
    const model = trainNgramModel(examples, options);
    // The plain way: every feature named, those that push the right up sorted by weight, then by name.
    const everyName = (text: string, right: (typeof RIGHTS)[number], n: number): string[] => {
      const r = RIGHTS.indexOf(right);
      return [...featureStrings(text)]
        .map(([slot, name]) => ({ name, weight: model.weights[slot * RIGHTS.length + r]! }))
        .filter(({ name, weight }) => {
          const letters = name.replaceAll('_', '');
          const word = letters.length >= 3 || (letters.length === 2 && isDense(letters.charCodeAt(0)));
          return weight > 0 && word;
        })
        .sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name))
        .slice(0, n)
        .map((f) => f.name);
    };
    const texts = [
      'Please erase every record of me, delete the account and wipe the old exports too.',
      'Kindly send me a copy of the data you hold about me; what information do you keep?',
      'Löschen Sie bitte mein Konto – supprimez mes données – 请删除我的数据 – ชื่อ 𝔘𝔫𝔦 é é',
      `${'erasing '.repeat(200)}${'copy of my data '.repeat(200)}`,
      'a b c de',
      // Accents fold into the same slots: a slot is named after the last of its spellings.
      'érase the cópy of my dáta, then erase the copy of my data; and érase it',
    ];
    for (const text of texts)
      for (const right of RIGHTS)
        for (const n of [1, 3, 10])
          expect(topFeatures(model, text, right, n)).toEqual(everyName(text, right, n));
  });
});

describe('joining the model with the lexicon', () => {
  const model = trainNgramModel(examples, options);

  it('sends a request only the model sees to triage with that right, never to a confident no', () => {
    const opinion = combineWithModel(model, 'kindly erase my account and delete everything', []);
    expect(opinion.chosen).toContain('erasure');
    expect(opinion.cap).toBe(MODEL_ONLY);
    expect(opinion.reasons[0]).toMatch(/^model: likely erasure \(p=0\.\d\d\)/);
  });

  it('lowers the confidence when the model sees a right the lexicon did not', () => {
    const opinion = combineWithModel(model, 'please delete my account and erase everything', ['access']);
    expect(opinion.penalty).toBe(DISAGREEMENT_PENALTY);
    expect(opinion.cap).toBe(1);
  });

  it('lowers the confidence less when the model sees the other right only below its own threshold', () => {
    // The toy model gives "the profile and a copy" access p ≈ 0.19 and erasure p ≈ 0.27.
    const weak = combineWithModel(model, 'the profile and a copy', ['access']);
    expect(weak.chosen).toEqual(['access']);
    expect(weak.penalty).toBe(DOUBT_PENALTY);
  });

  it('suggests no erasure where the writer keeps the account', () => {
    const text = 'kindly erase my account and delete everything';
    const kept = combineWithModel(model, text, [], { erasureDoubted: true, ordinaryTopic: false });
    expect(kept.chosen).not.toContain('erasure');
    expect(combineWithModel(model, text, []).chosen).toContain('erasure');
  });

  it('on an ordinary topic, turns a weak guess into no suggestion and holds nothing back', () => {
    // The toy model gives "the profile" erasure at p ≈ 0.4: a suggestion anywhere else.
    const text = 'the profile';
    expect(combineWithModel(model, text, []).chosen).toEqual(['erasure']);
    const ordinary = combineWithModel(model, text, [], { erasureDoubted: false, ordinaryTopic: true });
    expect(ordinary).toMatchObject({ chosen: [], cap: 1 });
  });

  it('on an ordinary topic, keeps in triage a guess the model alone would call a request', () => {
    // The toy model gives "erase the profile" erasure at p ≈ 0.7.
    const text = 'erase the profile';
    const p = rightProbabilities(model, text)[2]!;
    expect(p).toBeGreaterThanOrEqual(MODEL_STIRS_ON_TOPIC);
    expect(p).toBeLessThan(MODEL_ADDS);
    const ordinary = combineWithModel(model, text, [], { erasureDoubted: false, ordinaryTopic: true });
    expect(ordinary).toMatchObject({ chosen: [], cap: MODEL_ONLY });
  });

  it('lowers a single right the model doubts less where the mail speaks of personal data', () => {
    // The toy model gives access p < 0.05 on an erasure text: a doubt of the lexicon's only right.
    const text = 'please delete my account and erase everything';
    const personal = { erasureDoubted: false, ordinaryTopic: false, aboutPersonalData: true };
    expect(combineWithModel(model, text, ['access'], personal).penalty).toBe(DISAGREEMENT_PENALTY);
    const doubtOnly = combineWithModel(model, 'the upload fails with a timeout', ['access'], personal);
    expect(doubtOnly.penalty).toBe(DOUBT_PENALTY);
    const plain = combineWithModel(model, 'the upload fails with a timeout', ['access']);
    expect(plain.penalty).toBe(DISAGREEMENT_PENALTY);
  });

  it('lets no ruled-out guess hold a verdict of no request back', () => {
    const text = 'kindly erase my account and delete everything';
    const kept = combineWithModel(model, text, [], { erasureDoubted: true, ordinaryTopic: true });
    expect(kept).toMatchObject({ chosen: [], cap: 1 });
  });

  it('leaves the confidence alone when both see the same right', () => {
    const opinion = combineWithModel(model, 'please delete my account and erase everything', ['erasure']);
    expect(opinion).toMatchObject({ chosen: ['erasure'], cap: 1, penalty: 0 });
  });
});
