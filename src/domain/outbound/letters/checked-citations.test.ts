// The citations once written from memory that a reading of the provision's text corrected (docs/letters.md,
// "Checked against the text"): each letter cites the subsection that says what its sentence says.
import { describe, expect, it } from 'vitest';
import type { JurisdictionId } from '../../deadlines/jurisdiction-rule.js';
import type { RequestType } from '../../request-types.js';
import { composeLetter } from './compose-letter.js';
import type { Letter } from './letter.js';
import type { KeepGround, LetterFacts, LetterRequest } from './letter-facts.js';
import { facts as sharedFacts } from './letter-fixtures.test-support.js';

// The shared facts, with one retention row kept on the ground under test.
const facts = (
  jurisdiction: JurisdictionId,
  types: readonly RequestType[],
  ground: KeepGround,
): LetterFacts => ({
  ...sharedFacts(jurisdiction, types),
  rights: ['access', 'erasure'],
  retention: [
    { data: 'invoices', period: { unit: 'years', amount: 7 }, afterErasure: { kept: true, ground } },
  ],
  access: null,
});

function text(
  request: LetterRequest,
  jurisdiction: JurisdictionId,
  types: readonly RequestType[] = ['erasure'],
  ground: KeepGround = 'legal_obligation',
): string {
  const result = composeLetter(request, facts(jurisdiction, types, ground), 'en');
  if (!result.ok) throw new Error(`${request.kind} ${jurisdiction}: ${result.code}`);
  const letter: Letter = result.letter;
  return [letter.subject, ...letter.blocks.flatMap((b) => [b.text, ...b.items])].join('\n');
}

const partial: LetterRequest = { kind: 'outcome_partial', details: null, systems: [] };
const refused: LetterRequest = {
  kind: 'outcome_rejected',
  reason: 'The data is accurate.',
  ground: 'legal_exemption',
};

describe('data kept after an erasure cites the provision that lets it be kept', () => {
  it('CCPA: the legal-claims exemption is in Civ. Code §1798.145(a), whose paragraphs carry no letters', () => {
    const letter = text(partial, 'us-ca', ['erasure'], 'legal_claims');
    expect(letter).toContain('legal claims (Cal. Civ. Code §1798.145(a))');
    expect(letter).not.toContain('(a)(1)(E)');
  });

  it('PIPEDA: legislative retention requirements are Sch. 1 cl. 4.5.2; no clause names legal claims, so cl. 4.5', () => {
    expect(text(partial, 'ca-pipeda')).toContain('legal obligation (PIPEDA Sch. 1, cl. 4.5.2)');
    expect(text(partial, 'ca-pipeda', ['erasure'], 'legal_claims')).toContain(
      'legal claims (PIPEDA Sch. 1, cl. 4.5)',
    );
  });
});

describe('a refused CCPA correction points to the documentation rules of 11 CCR §7023(d)', () => {
  it('cites §7023(d) for the documents the consumer may still send', () => {
    const letter = text(refused, 'us-ca', ['rectification']);
    expect(letter).toContain('we will review and consider them (11 CCR §7023(d))');
  });
});

describe('a request that could not be authenticated cites the subsection that says so', () => {
  const reminder: LetterRequest = { kind: 'verification_reminder', closesOn: '18 May 2026' };
  const closed: LetterRequest = { kind: 'closed_unverified' };

  it('Texas: §541.052(e), where the request closes unauthenticated', () => {
    expect(text(closed, 'us-tx')).toContain('Tex. Bus. & Com. Code §541.052(e)');
  });

  it('Connecticut: §42-518(c)(4), in the reminder and in the closing', () => {
    expect(text(reminder, 'us-ct')).toContain('Conn. Gen. Stat. §42-518(c)(4)');
    expect(text(closed, 'us-ct')).toContain('Conn. Gen. Stat. §42-518(c)(4)');
  });
});

describe('UK GDPR Art. 12A(5): the clarification letter says the clock stops only where it does', () => {
  const ask = (stopsClock: boolean): LetterRequest => ({
    kind: 'clarification_request',
    question: 'Which of your accounts, and which years?',
    stopsClock,
  });

  it('says so when staff asked because the answer identifies what the access request covers', () => {
    const letter = text(ask(true), 'uk-gdpr', ['access']);
    expect(letter).toContain('UK GDPR Art. 12A');
  });

  it('says nothing of a pause for any other question', () => {
    expect(text(ask(false), 'uk-gdpr', ['access'])).not.toContain('12A');
  });
});

describe('PIPEDA s. 8(4) extends only the 30 days s. 8(3) gives a request under Sch. 1 cl. 4.9', () => {
  const extension: LetterRequest = {
    kind: 'extension_notice',
    reason: 'Three linked accounts to search.',
    newDeadline: '3 July 2026',
  };
  const compose = (types: readonly RequestType[]) =>
    composeLetter(extension, facts('ca-pipeda', types, 'legal_obligation'), 'en');

  it('writes no extension notice for an erasure or a withdrawal of consent alone', () => {
    for (const types of [['erasure'], ['withdraw_consent'], ['erasure', 'withdraw_consent']] as const)
      expect(compose(types), types.join('+')).toMatchObject({ ok: false, code: 'not_for_this_law' });
  });

  it('writes it, with s. 8(4), where access or correction was asked', () => {
    for (const types of [['access'], ['rectification'], ['access', 'erasure']] as const)
      expect(compose(types).ok && text(extension, 'ca-pipeda', types), types.join('+')).toContain(
        'PIPEDA s. 8(4)',
      );
  });
});
