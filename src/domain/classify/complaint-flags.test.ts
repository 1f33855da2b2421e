import { describe, expect, it } from 'vitest';
import { requestFlagsOf, ticketFlagsFor } from './request-flags.js';

const mail = (subject: string, text: string) => ({ subject, text });
const flagsOf = (text: string, subject = 'My data') => requestFlagsOf(mail(subject, text));

describe('complaints to an authority', () => {
  it('recognises a threat to go to the authority in the ten full languages', () => {
    const threats = [
      'Still nothing after six weeks. If I hear nothing by Friday I shall complain to the ICO.',
      'Bleibt eine Antwort aus, werde ich mich an die Datenschutzbehörde wenden.',
      'Faute de réponse sous quinze jours, je saisirai la CNIL.',
      'Si no contestan, presentaré una reclamación ante la AEPD.',
      'In mancanza di risposta presenterò un reclamo al Garante.',
      'Zonder antwoord dien ik een klacht in bij de Autoriteit Persoonsgegevens.',
      'Sem resposta, apresentarei uma queixa à CNPD.',
      'W razie braku odpowiedzi złożę skargę do Prezesa UODO.',
      'Får jag inget svar lämnar jag in ett klagomål till IMY.',
      'Hvis jeg ikke hører fra jer, klager jeg til Datatilsynet.',
    ];
    for (const text of threats) expect(flagsOf(text), text).toEqual(['complaint']);
  });

  it('reads a threat across a hard-wrapped line, and a complaint made formally to the controller', () => {
    expect(
      flagsOf('Without an answer in a month I will lodge a complaint with the\nInformation Commissioner.'),
    ).toEqual(['complaint']);
    expect(
      flagsOf('Please treat this email as a formal complaint about how my request was handled.'),
    ).toEqual(['complaint']);
  });

  it('does not flag a question about the complaints procedure or a newsletter about fines', () => {
    expect(flagsOf('Do you have a complaints procedure? I would like to read it before I sign up.')).toEqual(
      [],
    );
    expect(
      flagsOf(
        'This week in privacy: the ICO fined a retailer £2m, and the CNIL received 16,000 complaints last year.',
        'Privacy newsletter',
      ),
    ).toEqual([]);
    expect(flagsOf('Our office will be closed on Friday. Please delete my old address.')).toEqual([]);
  });
});

describe('letters from a supervisory authority', () => {
  it('recognises an authority forwarding a complaint, in its own voice', () => {
    expect(
      flagsOf(
        'The Authority has received a complaint from a data subject who says his access request went unanswered. Please inform the Authority within 14 days of the steps taken.',
        'Our ref 2026-117',
      ),
    ).toEqual(['complaint', 'regulator']);
    expect(
      flagsOf(
        'bei uns ist eine Beschwerde von Frau K. eingegangen. Wir bitten um Stellungnahme.',
        'Az. 3-1/26',
      ),
    ).toEqual(['complaint', 'regulator']);
  });

  it('flags an authority asking questions without a complaint as regulator only', () => {
    expect(
      flagsOf(
        'This Office is conducting a review of cookie banners. This is not an investigation into any individual complaint.',
        'Sector review',
      ),
    ).toEqual(['regulator']);
  });

  it('flags a phishing mail posing as a regulator by its wording: a claim staff must check', () => {
    const phishing = mail(
      'URGENT: complaint case 88812',
      'The Authority has received a complaint about your company. Case Officer. Pay the administrative fee at the link below within 24 hours to avoid a fine.',
    );
    expect(ticketFlagsFor(phishing)).toEqual(['complaint', 'regulator_claimed']);
  });

  it('does not take a person naming the authority for the authority', () => {
    expect(
      flagsOf('I read on the data protection authority website that I may ask for a copy of my data.'),
    ).toEqual([]);
  });
});
