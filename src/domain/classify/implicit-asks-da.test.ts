// Sentences written for this test, not taken from any set.
import { describeImplicitAsks } from './implicit-asks.test-support.js';

describeImplicitAsks(
  'da',
  {
    withdraw_consent: [
      'Jeg tager mit ja til nyhedsbrevet tilbage.',
      'Jeg er ikke længere indforstået med, at I bruger mine oplysninger til reklame.',
      'Fjern alle de flueben, jeg satte, da jeg oprettede mig.',
      'Jeg accepterede cookies ved en fejl, fortryd det.',
      'I har ikke længere min tilladelse til at bruge mine oplysninger.',
      'Det, jeg accepterede ved tilmeldingen, trækker jeg tilbage.',
    ],
    restriction: [
      'Frys mine oplysninger, indtil I har undersøgt min klage.',
      'Sæt brugen af mine oplysninger på pause, mens I undersøger det.',
      'Gem mine oplysninger, men brug dem ikke lige nu.',
      'Slet ikke noget endnu, men stop med at bruge mine oplysninger, indtil det er afklaret.',
      'Spær mine oplysninger, indtil I har tjekket adressen.',
      'Indtil I har behandlet min klage, må I ikke gøre noget med mine oplysninger.',
    ],
    objection: [
      'Jeg vil ikke have, at I analyserer mine vaner.',
      'Stop med at bruge mine oplysninger til forskning.',
      'Jeg vil ikke profileres.',
      'Lav ikke en profil af mig.',
      'Jeg vil ikke have, at mine oplysninger bruges til at træne jeres AI.',
      'Jeg vil ikke analyseres eller overvåges.',
    ],
    rectification: [
      'Min fødselsdato er forkert, den er 3. marts 1985.',
      'Mit navn staves med to n.',
      'Min adresse er forældet, jeg bor nu på Storegade 5.',
      'I har stavet mit navn forkert.',
      'Telefonnummeret I har, er ikke mit længere.',
      'Skift min e-mail til den nye.',
    ],
    portability: [
      'Send mine oplysninger i en fil, som min nye udbyder kan læse.',
      'Overfør mine oplysninger direkte til min nye udbyder.',
      'Eksportér alt, hvad jeg har hos jer, så jeg kan skifte til en konkurrent.',
      'Jeg vil have mine oplysninger i et maskinlæsbart format.',
      'Jeg skifter udbyder, giv mig mine oplysninger med.',
    ],
    access: [
      'Hvad ved I om mig?',
      'Hvor har I min adresse fra?',
      'Hvem har I givet mine oplysninger til?',
      'Vis mig, hvad I har om mig.',
      'Hvad bruger I mine oplysninger til?',
    ],
    erasure: [
      'Glem mig.',
      'Sørg for at alle mine oplysninger forsvinder.',
      'Skaf jer af med alt, hvad I har om mig.',
      'Fjern mig helt fra jeres systemer.',
      'Luk min konto og smid alle mine oplysninger ud.',
    ],
    opt_out_sale: [
      'Sælg ikke mine oplysninger.',
      'Stop med at dele mine oplysninger med annoncører.',
      'Behold mine oplysninger for jer selv, og giv dem ikke videre til tredjeparter.',
      'Jeg vil ikke have, at mine oplysninger havner hos databrokere.',
    ],
  },
  [
    'Kan jeg trække mit samtykke tilbage senere?',
    'Hvordan ændrer jeg adressen, hvis den er forkert?',
    'Frys projektet, indtil kunden godkender.',
    'Fakturabeløbet er forkert.',
    'Analyserer I kundernes vaner?',
    'Kan I eksportere fakturaerne som CSV?',
    'Smid de dobbelte fakturaer ud, tak.',
  ],
);
