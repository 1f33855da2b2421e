import { describe, expect, it } from 'vitest';
import { parseDeskCommand } from './parse-desk-command.js';

describe('the /rights command grammar', () => {
  it('parses each command with its arguments', () => {
    expect(parseDeskCommand('list due-soon importly')).toEqual({
      ok: true,
      command: { name: 'list', filter: 'due-soon', organisationId: 'importly' },
    });
    expect(parseDeskCommand('list zmapi')).toMatchObject({
      command: { filter: 'open', organisationId: 'zmapi' },
    });
    expect(parseDeskCommand('show rd-1042')).toEqual({
      ok: true,
      command: { name: 'show', reference: 'RD-1042' },
    });
    expect(parseDeskCommand('classify RD-1042 erasure,access')).toMatchObject({
      command: { types: ['erasure', 'access'] },
    });
    expect(parseDeskCommand('verify RD-1 confirm document_checked passport seen')).toEqual({
      ok: true,
      command: {
        name: 'verify_confirm',
        reference: 'RD-1',
        method: 'document_checked',
        note: 'passport seen',
      },
    });
    expect(parseDeskCommand('verify rd-1 resend')).toEqual({
      ok: true,
      command: { name: 'verify_resend', reference: 'RD-1' },
    });
    expect(parseDeskCommand('verify RD-1 again')).toMatchObject({ ok: false });
    expect(parseDeskCommand('reject RD-7 excessive third request this month')).toMatchObject({
      command: { reason: 'excessive', note: 'third request this month' },
    });
    expect(parseDeskCommand('extend RD-7 complex request, many systems')).toMatchObject({
      command: { name: 'extend', reason: 'complex request, many systems' },
    });
    expect(parseDeskCommand('preview rd-7 reject legal_exemption')).toEqual({
      ok: true,
      command: {
        name: 'preview',
        reference: 'RD-7',
        decision: { name: 'reject', reason: 'legal_exemption' },
      },
    });
    expect(parseDeskCommand('preview RD-7 extend  many systems to search')).toEqual({
      ok: true,
      command: {
        name: 'preview',
        reference: 'RD-7',
        decision: { name: 'extend', reason: 'many systems to search' },
      },
    });
    expect(parseDeskCommand('preview RD-7 clarify Which account?')).toMatchObject({
      command: { decision: { name: 'clarify', question: 'Which account?', scope: false } },
    });
    expect(parseDeskCommand('preview RD-7 clarify scope Which account?')).toMatchObject({
      command: { decision: { name: 'clarify', question: 'Which account?', scope: true } },
    });
    // UK GDPR Art. 12A(5): `scope` says the answer is needed to identify what the access request covers.
    expect(parseDeskCommand('clarify rd-7 Scope Which years?')).toEqual({
      ok: true,
      command: { name: 'clarify', reference: 'RD-7', question: 'Which years?', scope: true },
    });
    expect(parseDeskCommand('clarify RD-7 Which years?')).toMatchObject({
      command: { question: 'Which years?', scope: false },
    });
    expect(parseDeskCommand('preview RD-7 fulfil')).toMatchObject({
      command: { decision: { name: 'fulfil' } },
    });
    expect(parseDeskCommand('')).toEqual({ ok: true, command: { name: 'help' } });
  });

  it('parses a change of law with its reason, and a withdrawal with an optional note', () => {
    expect(parseDeskCommand('jurisdiction rd-1042 US-CA requester lives in San Diego')).toEqual({
      ok: true,
      command: {
        name: 'jurisdiction',
        reference: 'RD-1042',
        jurisdiction: 'us-ca',
        reason: 'requester lives in San Diego',
      },
    });
    expect(parseDeskCommand('withdraw RD-7')).toEqual({
      ok: true,
      command: { name: 'withdraw', reference: 'RD-7', note: null },
    });
    expect(parseDeskCommand('withdraw RD-7 asked by phone')).toMatchObject({
      command: { name: 'withdraw', note: 'asked by phone' },
    });
  });

  it('parses a release of held mail, and a discard that must say why', () => {
    expect(parseDeskCommand('release rd-12')).toEqual({
      ok: true,
      command: { name: 'release', reference: 'RD-12', discard: null },
    });
    expect(parseDeskCommand('release RD-12 discard  spoofed sender')).toEqual({
      ok: true,
      command: { name: 'release', reference: 'RD-12', discard: 'spoofed sender' },
    });
    expect(parseDeskCommand('release RD-12 discard')).toMatchObject({
      ok: false,
      error: { code: 'bad_argument', command: 'release', problem: 'the reason is required' },
    });
    expect(parseDeskCommand('release RD-12 now')).toMatchObject({
      ok: false,
      error: { code: 'bad_argument', problem: 'expected discard <reason>' },
    });
  });

  it("parses a reply to the requester, keeping staff's wording, and refuses an empty one", () => {
    expect(parseDeskCommand('reply rd-7 Dear Ana, which account <b>do</b> you mean?')).toEqual({
      ok: true,
      command: { name: 'reply', reference: 'RD-7', text: 'Dear Ana, which account <b>do</b> you mean?' },
    });
    expect(parseDeskCommand('reply RD-7')).toMatchObject({
      ok: false,
      error: { code: 'bad_argument', command: 'reply', problem: 'the message is required' },
    });
  });

  it('refuses a change of law to an unknown jurisdiction or without a reason, with the usage line', () => {
    const unknown = parseDeskCommand('jurisdiction RD-7 us-ny moved');
    expect(unknown).toMatchObject({ ok: false, error: { code: 'bad_argument', command: 'jurisdiction' } });
    expect(!unknown.ok && unknown.error.code === 'bad_argument' && unknown.error.problem).toMatch(
      /jurisdictions are eu-gdpr, uk-gdpr, us-ca, us-ca-optout/,
    );
    expect(!unknown.ok && unknown.error.code === 'bad_argument' && unknown.error.usage).toContain(
      'jurisdiction RD-1042 eu-gdpr|uk-gdpr',
    );
    expect(parseDeskCommand('jurisdiction RD-7 us-va')).toMatchObject({
      ok: false,
      error: { problem: 'the reason is required' },
    });
    expect(parseDeskCommand('jurisdiction RD-7')).toMatchObject({
      ok: false,
      error: { problem: expect.stringMatching(/^name the law/) },
    });
  });

  it('answers an unknown command with its name, not an exception', () => {
    expect(parseDeskCommand('delete-everything RD-1')).toEqual({
      ok: false,
      error: { code: 'unknown_command', command: 'delete-everything' },
    });
  });

  it('answers a bad argument with the problem and the usage line', () => {
    const result = parseDeskCommand('reject RD-7 because');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'bad_argument', command: 'reject' });
    expect(result.error.code === 'bad_argument' && result.error.usage).toContain('identity_not_verified');
    expect(parseDeskCommand('show 1042')).toMatchObject({
      ok: false,
      error: { problem: 'expected a ticket reference such as RD-1042' },
    });
    expect(parseDeskCommand('classify RD-1 not_a_request,erasure')).toMatchObject({
      ok: false,
      error: { problem: 'not_a_request stands alone' },
    });
    expect(parseDeskCommand('extend RD-1')).toMatchObject({
      ok: false,
      error: { problem: 'the reason is required' },
    });
  });

  it('rejects injection attempts in references and organisation ids', () => {
    expect(parseDeskCommand("show RD-1';DROP TABLE Ticket;--").ok).toBe(false);
    expect(parseDeskCommand('list open ../../etc').ok).toBe(false);
  });
});

describe('the preview command', () => {
  it('refuses an unknown ground, an unknown decision and an extension without a reason, with its usage line', () => {
    expect(parseDeskCommand('preview RD-7 reject no_reason')).toMatchObject({
      ok: false,
      error: { code: 'bad_argument', command: 'preview', problem: expect.stringMatching(/^reasons are/) },
    });
    expect(parseDeskCommand('preview RD-7 approve')).toMatchObject({
      ok: false,
      error: {
        problem: 'preview one of reject, extend, fulfil, clarify',
        usage: expect.stringContaining('preview RD-1042 extend <reason>'),
      },
    });
    expect(parseDeskCommand('preview RD-7 extend')).toMatchObject({
      ok: false,
      error: { problem: 'the reason is required' },
    });
  });
});
