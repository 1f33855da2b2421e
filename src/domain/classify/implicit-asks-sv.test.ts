// Sentences written for this test, not taken from any set.
import { describeImplicitAsks } from './implicit-asks.test-support.js';

describeImplicitAsks(
  'sv',
  {
    withdraw_consent: [
      'Jag tar tillbaka mitt ja till nyhetsbrevet.',
      'Jag går inte längre med på att ni använder mina uppgifter för reklam.',
      'Bocka ur allt jag kryssade i när jag registrerade mig.',
      'Jag godkände kakor av misstag, ångra det.',
      'Ni har inte längre mitt tillstånd att använda mina uppgifter.',
      'Det jag godkände vid registreringen drar jag tillbaka.',
    ],
    restriction: [
      'Frys mina uppgifter tills ni har granskat mitt klagomål.',
      'Pausa användningen av mina uppgifter medan ni utreder.',
      'Spara mina uppgifter men använd dem inte just nu.',
      'Radera inget än, men sluta använda mina uppgifter tills det är utrett.',
      'Spärra mina uppgifter tills ni har kontrollerat adressen.',
      'Tills ni har gått igenom mitt klagomål, gör ingenting med mina uppgifter.',
    ],
    objection: [
      'Jag vill inte att ni analyserar mina vanor.',
      'Sluta använda mina uppgifter för forskning.',
      'Jag vill inte bli profilerad.',
      'Skapa ingen profil av mig.',
      'Jag vill inte att mina uppgifter används för att träna er AI.',
      'Jag vill inte bli analyserad eller kartlagd.',
    ],
    rectification: [
      'Mitt födelsedatum är fel, det är 3 mars 1985.',
      'Mitt namn stavas med två s.',
      'Min adress är inaktuell, jag bor nu på Storgatan 5.',
      'Ni har stavat mitt namn fel.',
      'Telefonnumret ni har är inte mitt längre.',
      'Byt min e-postadress till den nya.',
    ],
    portability: [
      'Skicka mina uppgifter i en fil som min nya leverantör kan läsa.',
      'För över mina uppgifter direkt till min nya leverantör.',
      'Exportera allt jag har hos er så att jag kan byta till en konkurrent.',
      'Jag vill ha mina uppgifter i ett maskinläsbart format.',
      'Jag byter leverantör, ge mig mina uppgifter att ta med.',
    ],
    access: [
      'Vad vet ni om mig?',
      'Var fick ni min adress ifrån?',
      'Vem har ni gett mina uppgifter till?',
      'Visa mig vad ni har om mig.',
      'Vad använder ni mina uppgifter till?',
    ],
    erasure: [
      'Glöm mig.',
      'Se till att alla mina uppgifter försvinner.',
      'Gör er av med allt ni har om mig.',
      'Ta bort mig helt från era system.',
      'Stäng mitt konto och släng alla mina uppgifter.',
    ],
    opt_out_sale: [
      'Sälj inte mina uppgifter.',
      'Sluta dela mina uppgifter med annonsörer.',
      'Behåll mina uppgifter för er själva och lämna inte ut dem till tredje part.',
      'Jag vill inte att mina uppgifter hamnar hos datamäklare.',
    ],
  },
  [
    'Kan jag ta tillbaka mitt samtycke senare?',
    'Hur ändrar jag adressen om den är fel?',
    'Frys projektet tills kunden godkänner.',
    'Fakturabeloppet är fel.',
    'Analyserar ni kundernas vanor?',
    'Kan ni exportera fakturorna som CSV?',
    'Släng de dubbla fakturorna, tack.',
  ],
);
