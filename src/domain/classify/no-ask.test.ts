import { describe, expect, it } from 'vitest';
import { combineWithModel, MODEL_ONLY } from './combine-model.js';
import { NO_ASK } from './lexicon/not-asked.js';
import { trainNgramModel } from './train-ngram-model.js';

// A toy model of our own sentences: it reads "access" and "delete" as requests wherever they are.
const model = trainNgramModel(
  [
    { text: 'i want access to all my data', types: ['access' as const] },
    { text: 'give me access to a copy of my data', types: ['access' as const] },
    { text: 'please delete my account and erase everything', types: ['erasure' as const] },
    { text: 'delete everything you hold', types: ['erasure' as const] },
    { text: 'the upload fails with a timeout on large files', types: ['not_a_request' as const] },
  ],
  { epochs: 30, learningRate: 4, l2: 1e-6, seed: 7, positiveWeight: 1 },
);
const noContext = { erasureDoubted: false, ordinaryTopic: false };

// Sentences of our own: a finished ticket closed, or a question about how customers' data is treated.
describe('mail that asks for nothing of the writer', () => {
  it.each([
    'thanks, got the file. you can close the request.',
    'grazie, ho ricevuto tutto. potete chiudere la pratica.',
    'danke, sie können den vorgang jetzt schließen.',
    'merci, vous pouvez clôturer le dossier.',
    'gracias, pueden cerrar la solicitud.',
    'bedankt, jullie kunnen het verzoek sluiten.',
    'obrigada, podem encerrar o pedido.',
    'dziękuję, możecie zamknąć zgłoszenie.',
    'do you sell customer data to advertisers? asking before we buy.',
    '¿comparten los datos de sus clientes con terceros?',
    'vocês vendem dados de clientes para empresas de publicidade?',
    'vendez-vous les données de vos clients ?',
    'verkaufen sie kundendaten an werbepartner?',
  ])('"%s"', (text) => {
    expect(NO_ASK.test(text)).toBe(true);
  });

  it.each([
    'do you sell my data? if so, stop.',
    'please close my account and delete my data.',
    'i still need a copy of my data before you close anything.',
  ])('but not "%s"', (text) => {
    expect(NO_ASK.test(text)).toBe(false);
  });

  it("keeps the model's guess in triage without naming the right", () => {
    const text = 'thanks for the access, you can close the request';
    const plain = combineWithModel(model, text, [], noContext);
    expect(plain.chosen).toContain('access');
    const closed = combineWithModel(model, text, [], { ...noContext, noAsk: true });
    expect(closed.chosen).toEqual([]);
    expect(closed.cap).toBe(MODEL_ONLY);
  });

  it('names no right the lexicon read inside a hypothetical', () => {
    const text = 'if i ever wanted you to delete everything, how long would it take?';
    const hedged = combineWithModel(model, text, [], { ...noContext, hedged: ['erasure'] });
    expect(hedged.chosen).not.toContain('erasure');
    expect(combineWithModel(model, text, [], noContext).chosen).toContain('erasure');
  });

  it("lets no guess of the model count on a scam's pretext", () => {
    const text = 'your access request: delete everything unless you confirm your password';
    const opinion = combineWithModel(model, text, [], { ...noContext, pretext: true });
    expect(opinion.chosen).toEqual([]);
    expect(opinion.cap).toBe(1);
  });
});
