import { describe, expect, it } from 'vitest';
import { parseDeskCommand } from './parse-desk-command.js';
import { keyedWord, keyedWords } from './keyed-words.js';
import { checkManualRequest } from './manual-request.js';

describe('a request entered by hand', () => {
  it('reads key=value words, a quoted value keeping its spaces and escaped quotes', () => {
    const { keyed, plain } = keyedWords('org=importly name="Jane \\"JJ\\" Doe" stray');
    expect(Object.fromEntries(keyed)).toEqual({ org: 'importly', name: 'Jane "JJ" Doe' });
    expect(plain).toEqual(['stray']);
    expect(keyedWords(keyedWord('notes', 'a "b" c')).keyed.get('notes')).toBe('a "b" c');
  });

  it('parses new into the request, the types deduplicated and the channel normalised', () => {
    const parsed = parseDeskCommand(
      'new org=importly types=access,erasure,access channel=In-Person received=2026-03-01 name="Jane Doe" email=jane@example.org',
    );
    expect(parsed).toMatchObject({
      ok: true,
      command: {
        name: 'new',
        request: {
          organisationId: 'importly',
          types: ['access', 'erasure'],
          channel: 'in_person',
          receivedOn: '2026-03-01',
          requesterEmail: 'jane@example.org',
          requesterPostalAddress: null,
          jurisdiction: null,
        },
      },
    });
  });

  it('names each field that is wrong, for a form to show beside it', () => {
    const checked = checkManualRequest({
      org: 'importly',
      types: 'access,not_a_request',
      channel: 'fax',
      received: '2026-02-30',
      name: 'A',
      email: 'not-an-address',
    });
    expect(checked.ok).toBe(false);
    expect(!checked.ok && Object.keys(checked.problems).sort()).toEqual([
      'channel',
      'email',
      'received',
      'types',
    ]);
  });

  it('asks for an email or a postal address when neither is given', () => {
    const checked = checkManualRequest({
      org: 'importly',
      types: 'access',
      channel: 'phone',
      received: '2026-03-01',
      name: 'A',
    });
    expect(!checked.ok && checked.problems.email).toBe(
      'give an email address or a postal address, to answer the requester',
    );
  });

  it('refuses a word that is not key=value, with the usage line', () => {
    const parsed = parseDeskCommand('new importly access');
    expect(parsed).toMatchObject({ ok: false, error: { code: 'bad_argument', command: 'new' } });
  });
});
