import { describe, expect, it } from 'vitest';
import { labelledCorrection, type StaffCorrectionFacts } from './staff-correction.js';

const facts: StaffCorrectionFacts = {
  organisationId: 'importly',
  language: 'de',
  classifier: { types: ['not_a_request'], confidence: 0.45 },
  staffTypes: ['erasure'],
  correctedAt: new Date('2026-11-02T09:30:00Z'),
  email: {
    subject: 'Konto von max.muster@example.com',
    text: 'Bitte entfernen Sie alles über mich. Antwort an max.muster@example.com oder m@mail.example.',
  },
};

describe('a staff correction as labelled data', () => {
  it('takes the staff types as the label and keeps the classifier verdict beside it', () => {
    const record = labelledCorrection(facts);
    expect(record).toMatchObject({
      org: 'importly',
      types: ['erasure'],
      language: 'de',
      classifier: { types: ['not_a_request'], confidence: 0.45 },
      agreed: false,
      correctedAt: '2026-11-02T09:30:00.000Z',
    });
  });

  it('keeps no email address in the subject or the text', () => {
    const record = labelledCorrection(facts);
    expect(`${record.subject} ${record.text}`).not.toMatch(/@/);
    expect(record.text).toContain('Bitte entfernen Sie alles über mich');
  });

  it('counts a confirmation out of triage as agreement, whatever the order of the types', () => {
    const record = labelledCorrection({
      ...facts,
      classifier: { types: ['access', 'erasure'], confidence: 0.5 },
      staffTypes: ['erasure', 'access'],
    });
    expect(record.agreed).toBe(true);
  });

  it('has no text and no verdict to compare when the mail was purged and no classifier ran', () => {
    const record = labelledCorrection({ ...facts, classifier: null, email: null });
    expect(record).toMatchObject({ agreed: null, subject: null, text: null });
  });
});
