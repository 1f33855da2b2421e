import { describe, expect, it } from 'vitest';
import { parseDeskCommand } from './parse-desk-command.js';

describe('complaint (DPA 2018 s. 164A) in the desk grammar', () => {
  it('reads acknowledge, and an outcome with a short reason', () => {
    expect(parseDeskCommand('complaint rd-1042 acknowledge')).toEqual({
      ok: true,
      command: { name: 'complaint', reference: 'RD-1042', step: 'acknowledge' },
    });
    expect(parseDeskCommand('complaint RD-1042 outcome not_upheld  answered within the month')).toEqual({
      ok: true,
      command: {
        name: 'complaint',
        reference: 'RD-1042',
        step: 'outcome',
        outcome: 'not_upheld',
        reason: 'answered within the month',
      },
    });
  });

  it('refuses an unknown step or outcome, a missing reason, and personal data in the reason', () => {
    const problem = (text: string) => {
      const parsed = parseDeskCommand(text);
      return parsed.ok
        ? null
        : parsed.error.code === 'bad_argument'
          ? parsed.error.problem
          : parsed.error.code;
    };
    expect(problem('complaint RD-1 close')).toMatch(/acknowledge offline <how>, or outcome/);
    expect(problem('complaint RD-1 outcome maybe we were wrong')).toMatch(/outcomes are upheld/);
    expect(problem('complaint RD-1 outcome upheld')).toMatch(/short reason/);
    expect(problem('complaint RD-1 outcome upheld wrote to jane.roe@example.com again')).toMatch(
      /personal data/,
    );
    expect(problem('complaint RD-1 outcome upheld called 07700 900123 back')).toMatch(/personal data/);
    expect(problem(`complaint RD-1 outcome upheld ${'a'.repeat(301)}`)).toMatch(/short/);
  });

  it('reads an acknowledgement made outside Rightsdesk, saying how in a few words and nothing more', () => {
    expect(parseDeskCommand('complaint RD-1042 acknowledge offline In person')).toEqual({
      ok: true,
      command: { name: 'complaint', reference: 'RD-1042', step: 'acknowledge_offline', how: 'in person' },
    });
    const problem = (text: string) => {
      const parsed = parseDeskCommand(text);
      return parsed.ok ? null : parsed.error.code === 'bad_argument' ? parsed.error.problem : 'other';
    };
    expect(problem('complaint RD-1 acknowledge offline')).toMatch(/say how/);
    expect(problem('complaint RD-1 acknowledge twice')).toMatch(/acknowledge offline <how>/);
    expect(problem('complaint RD-1 acknowledge offline post to 12 High Street')).toMatch(/personal data/);
    expect(problem('complaint RD-1 acknowledge offline phone 07700 900123')).toMatch(/personal data/);
    expect(problem('complaint RD-1 acknowledge offline mail to jane.roe@example.com')).toMatch(
      /personal data/,
    );
    expect(problem(`complaint RD-1 acknowledge offline ${'post '.repeat(10)}`)).toMatch(/few words/);
  });
});
