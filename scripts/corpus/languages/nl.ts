// Dutch (Netherlands): AVG citations, Autoriteit Persoonsgegevens.
import { compactPack } from './compact.js';
import { gdprArticles } from './gdpr.js';

export const nl = compactPack({
  id: 'nl',
  locale: 'nl-NL',
  country: 'Netherlands',
  tz: '+0100',
  legacyCharset: 'iso-8859-1',
  names: ['Sanne de Vries', 'Jeroen Bakker', 'Fleur Janssen', 'Bas Visser', 'Lotte Smit', 'Daan Meijer'],
  law: 'Algemene verordening gegevensbescherming (AVG)',
  authority: 'Autoriteit Persoonsgegevens',
  articles: gdprArticles((n) => `artikel ${n} AVG`, 'artikel 7, lid 3, AVG', 'sectie 1798.120 van de CCPA'),
  style: {
    hi: 'Hallo,',
    dear: 'Geachte heer, mevrouw,',
    thanks: 'Alvast bedankt,',
    regards: 'Met vriendelijke groet,',
    mobile: 'Verzonden vanaf mijn iPhone',
    formalIntro: 'Hierbij doe ik een beroep op mijn rechten onder de {law}.',
    deadline:
      'Ik verzoek u binnen de wettelijke termijn van een maand te reageren en schriftelijk te bevestigen wat u heeft gedaan.',
    withdrawAny: 'Voor zover een verwerking op mijn toestemming berust, trek ik die toestemming hierbij in.',
    angry: 'Dit is al de derde keer dat ik u mail en ik heb nog steeds niets gehoord. Onacceptabel.',
    complaint: 'Als ik binnen een maand niets hoor, dien ik een klacht in bij de {authority}.',
    context: 'Ik gebruik {product} sinds {year}, vooral voor mijn werk.',
    agent:
      'Ik treed op namens {client}; de ondertekende machtiging zit in de bijlage. Namens mijn cliënt stuur ik u het verzoek in diens eigen woorden:',
    parent:
      'Ik schrijf namens mijn kind van 14, dat met dit adres een account bij {product} heeft aangemaakt. Het vroeg mij dit door te sturen:',
    group: 'Deze brief volgt het model van de consumentenorganisatie {group}; de gegevens zijn de mijne.',
    reply: 'Aanvullend op mijn vorige bericht:',
    buriedBefore:
      'Ik heb een paar dingen over mijn account. Sinds vorige week word ik steeds uitgelogd uit het dashboard en doet de exportknop in Firefox niets.\n\nOok klopt de btw op factuur {order} niet, kan de administratie daar naar kijken?',
    buriedAfter: 'Nog over het uitloggen: het begon na de update van {date}, mocht dat helpen.',
    ack: 'We hebben uw privacyverzoek ontvangen onder referentie {ref}. We reageren binnen de wettelijke termijn.',
    done: 'Uw verzoek {ref} is afgehandeld: uw account en de bijbehorende persoonsgegevens zijn verwijderd.',
    wrote: 'Op {date} schreef {product} Privacy <{org}>:',
  },
  subjects: [
    'Inzageverzoek',
    'Correctie van mijn gegevens',
    'Account verwijderen',
    'Beperking van de verwerking',
    'Reclamemails',
    'Export van mijn gegevens',
    'Intrekking toestemming',
    'Verkoop mijn gegevens niet',
    'Mijn account',
    'Vraag over mijn gegevens',
  ],
  asks: [
    [
      'Welke persoonsgegevens hebben jullie van mij? Stuur me graag een kopie.',
      'Op grond van {art} verzoek ik om inzage in mijn persoonsgegevens: een kopie, de doeleinden, de ontvangers, de bewaartermijn en de herkomst.',
      'Ik gebruik {product} al twee jaar niet meer en ben benieuwd wat jullie nog van mij bewaren. Kunnen jullie laten zien wat er aan {email} gekoppeld is?',
      'Vertel me welke soorten informatie jullie over mij hebben verzameld, waar die vandaan komt, waarvoor jullie die gebruiken en aan wie die is doorgegeven.',
    ],
    [
      'Mijn achternaam staat als "{wrong}" in mijn account en op facturen. Het moet "{last}" zijn. Graag aanpassen.',
      'Op grond van {art} verzoek ik om rectificatie: mijn achternaam staat geregistreerd als "{wrong}", correct is "{last}".',
      'Ik ben verhuisd en heb een nieuw e-mailadres. Wilt u mijn gegevens bijwerken zodat alles voortaan naar {newEmail} gaat?',
      'Mijn profiel bij jullie is verouderd en onvolledig: het factuuradres is al jaren niet meer van mij en mijn volledige naam ontbreekt. Graag bijwerken.',
    ],
    [
      'Verwijder alstublieft mijn account en alle persoonsgegevens die u van mij heeft.',
      'Op grond van {art} verzoek ik om wissing van al mijn persoonsgegevens, inclusief mijn account en back-ups, voor zover u ze niet wettelijk moet bewaren.',
      'Ik ben klaar met {product}. Sluit mijn account en haal alles weg wat jullie van mij hebben, ik kom niet terug.',
      'Ik zou het liefst zien dat er bij jullie helemaal niets meer van mij overblijft: geen account, geen oude transcripties, geen logs met mijn naam. Laat het gewoon allemaal verdwijnen.',
    ],
    [
      'Wilt u de verwerking van mijn gegevens beperken zolang u de betwiste afschrijvingen op factuur {order} onderzoekt?',
      'Op grond van {art} verzoek ik om beperking van de verwerking, omdat ik de juistheid van de gebruiksgegevens bij mijn account betwist. Bewaar ze tot dan alleen.',
      'Niets verwijderen, maar mijn gegevens ook nergens voor gebruiken tot mijn klacht over factuur {order} is opgelost.',
      'Ik heb een juridisch geschil met een oud-zakenpartner over dit account. Laat mijn gegevens tot de uitspraak precies zoals ze zijn: onaangeroerd, ongebruikt en niet gewist.',
    ],
    [
      'Stuur me alstublieft geen reclamemails meer. Alleen servicemeldingen.',
      'Op grond van {art} maak ik bezwaar tegen de verwerking van mijn gegevens voor analyse en profilering op basis van uw gerechtvaardigd belang.',
      'Ik wil niet dat mijn gebruiksgegevens in jullie productonderzoek of statistieken belanden. Stop daarmee.',
      'Mijn account NIET opheffen. Ik wil alleen geen nieuwsbrieven en aanbiedingen meer, en laat het me vooraf weten als het bezwaar tot verwijdering van mijn account zou leiden.',
    ],
    [
      'Kunnen jullie mijn gegevens exporteren als JSON of CSV?',
      'Op grond van {art} verzoek ik de gegevens die ik heb verstrekt te ontvangen in een gestructureerde, gangbare en machineleesbare vorm.',
      'Ik stap over naar een andere tool en heb al mijn projecten, jobgeschiedenis en instellingen nodig in een bestand dat ik daar kan importeren.',
      'Stuur mijn accountgegevens rechtstreeks door naar {provider}, die dit werk vanaf volgende maand overneemt. Zij verwachten een JSON-bestand.',
    ],
    [
      'Ik trek mijn toestemming voor de nieuwsbrief en de analytische cookies in.',
      'Hierbij trek ik de op grond van {art} gegeven toestemming voor verwerking van mijn gegevens voor productanalyse in, met ingang van nu.',
      'Bij het aanmelden heb ik aangevinkt dat jullie mijn geüploade content mogen gebruiken om modellen te verbeteren. Die opt-in draai ik terug.',
      'Jullie mochten mijn naam en foto gebruiken in een klantverhaal. Die toestemming neem ik terug, haal ze alsjeblieft weg.',
    ],
    [
      'Verkoop of deel mijn persoonlijke informatie niet.',
      'Op grond van {art} verzoek ik u mijn persoonlijke informatie niet te verkopen of te delen, ook niet voor gedragsgerichte reclame. Ik woon in Californië.',
      'Zet me uit voor gerichte advertenties en elke profilering voor reclame.',
      'Verkopen jullie mijn gegevens? Zo ja, stop ermee. Ik wil niet dat mijn gegevens of surfgedrag bij adverteerders of datahandelaren terechtkomen.',
    ],
  ],
  multi: [
    'Stuur me eerst een kopie van alle gegevens die u van mij heeft. Daarna graag mijn account en al mijn gegevens verwijderen.',
    'Ik verzoek om inzage in mijn persoonsgegevens, inclusief doeleinden en ontvangers. Daarnaast maak ik bezwaar tegen elke verwerking voor direct marketing en profilering.',
    'Wis mijn account en mijn persoonsgegevens. Tot die tijd maak ik bezwaar tegen elk gebruik van mijn gegevens voor reclame.',
  ],
  negatives: {
    billing: [
      'Dubbele afschrijving {order}',
      'Hallo,\n\nFactuur {order} ({amount}) is twee keer afgeschreven. Kunnen jullie het dubbele bedrag terugstorten?\n\nGroet,\n{name}',
    ],
    bug: [
      'Export faalt met fout 500',
      'Hallo,\n\nSinds vanochtend faalt elke export na 30 seconden met een 500-fout. Job {order}. Is er een storing?\n\n{name}',
    ],
    sales: [
      'AVG-verzoeken in minuten afhandelen',
      'Hoi {product},\n\nOns platform automatiseert inzageverzoeken, verwijderverzoeken en toestemmingsbeheer. Hebben jullie volgende week 15 minuten voor een demo?\n\n{name}\nSales',
    ],
    vendor: [
      'Beveiligingsvragenlijst leveranciers',
      'Geachte heer, mevrouw,\n\nVoor de leveranciersbeoordeling vragen wij u de bijgevoegde beveiligingsvragenlijst (versleuteling, toegangsbeheer, incidenten) voor het eind van de maand in te vullen.\n\n{name}\nInkoop',
    ],
    dpa: [
      'Verwerkersovereenkomst en subverwerkers',
      'Hallo,\n\nOnze juristen hebben uw verwerkersovereenkomst nodig en de actuele lijst van subverwerkers met hun locaties. Melden jullie nieuwe subverwerkers vooraf?\n\n{name}',
    ],
    phishing: [
      'Bevestig direct uw toestemming',
      'Beste gebruiker,\n\nUw mailbox wordt geblokkeerd als u uw toestemmingsinstellingen niet binnen 24 uur bevestigt. Afmelden voor blokkering: http://secure-verify.example.net/toestemming\n\nBeveiligingsteam',
    ],
    policy_question: [
      'Bewaartermijn logs',
      'Hallo,\n\nHoe lang bewaren jullie request-logs, en staan daar IP-adressen in?\n\n{name}',
    ],
    sale_question: [
      'Verkopen jullie klantgegevens?',
      'Hallo,\n\nIk vergelijk tools voor een klant. Verkoopt of deelt {product} klantgegevens met adverteerders?\n\n{name}',
    ],
    howto_delete_file: [
      'Oude job weghalen',
      'Hoe verwijder ik één mislukte job uit de lijst? Mijn account wil ik houden.\n\n{name}',
    ],
    out_of_office: [
      'Automatisch antwoord: {product}',
      'Bedankt voor uw bericht. Ik ben tot en met {date} afwezig en lees geen e-mail. Voor spoed: secretariaat@example.com.\n\n{name}',
    ],
    newsletter: [
      'Nieuws van CloudNimbus deze maand',
      'Nieuws van CloudNimbus\n\nTwee nieuwe opslagregio’s zijn beschikbaar en uitgaand verkeer wordt goedkoper.\n\nAfmelden of voorkeuren beheren: https://news.example.com/u/{order}',
    ],
    thanks: [
      'RE: [{ref}] Uw verzoek is afgehandeld',
      'Dank voor de snelle afhandeling. Het ticket mag dicht.\n\n{first}',
    ],
  },
  weight: 4,
});
