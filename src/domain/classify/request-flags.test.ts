import { describe, expect, it } from 'vitest';
import { requestFlagsOf, ticketFlagsFor } from './request-flags.js';

const mail = (subject: string, text: string) => ({ subject, text });

describe('who a request is for', () => {
  it('recognises lawyers and authorised agents in several languages', () => {
    expect(
      requestFlagsOf(
        mail('Our client: Mr Asante', 'We act for Mr Asante, whose letter of authority is attached.'),
      ),
    ).toEqual(['agent']);
    expect(requestFlagsOf(mail('Demande', 'Je vous demande, au nom de mon client, la suppression.'))).toEqual(
      ['agent'],
    );
    expect(requestFlagsOf(mail('Löschung', 'Im Namen meiner Mandantin beantrage ich die Löschung.'))).toEqual(
      ['agent'],
    );
    expect(
      requestFlagsOf(mail('Opt-out', 'ClearTrace acts as the authorized agent of the consumer below.')),
    ).toEqual(['agent']);
  });

  it('recognises a parent writing about a minor, and a minor writing alone', () => {
    expect(
      requestFlagsOf(mail("My 15-year-old son's account", 'As his mother I ask you to delete it.')),
    ).toEqual(['agent', 'child']);
    expect(requestFlagsOf(mail('Anfrage', 'Mein Sohn Leon (14 Jahre) hat sich registriert.'))).toEqual([
      'agent',
      'child',
    ]);
    expect(
      requestFlagsOf(mail('delete my account', "i'm 15 and my mum says i'm not supposed to have it")),
    ).toEqual(['child']);
  });

  it('does not flag a request that denies acting for anybody, or an ordinary request', () => {
    expect(
      requestFlagsOf(
        mail('Opt out', 'This request concerns my own account and is not made on behalf of any client.'),
      ),
    ).toEqual([]);
    expect(
      requestFlagsOf(mail('Delete my account', 'Please delete my account and my data. I am 34.')),
    ).toEqual([]);
  });

  it('maps to the ticket flags that send verification down the agent path', () => {
    expect(ticketFlagsFor(mail('My daughter (12)', 'As her mother I withdraw the consent.'))).toEqual([
      'authorised_agent',
      'on_behalf_of_child',
    ]);
    expect(ticketFlagsFor(mail('hi', "i'm 15, delete my account"))).toEqual(['concerns_minor']);
  });
});
