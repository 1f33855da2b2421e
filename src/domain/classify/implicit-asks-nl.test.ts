// Sentences written for this test, not taken from any set.
import { describeImplicitAsks } from './implicit-asks.test-support.js';

describeImplicitAsks(
  'nl',
  {
    withdraw_consent: [
      'Ik neem mijn ja voor de nieuwsbrief terug.',
      'Ik ga er niet meer mee akkoord dat jullie mijn gegevens voor reclame gebruiken.',
      'Vink alles uit wat ik bij de aanmelding heb aangevinkt.',
      'Ik heb per ongeluk ja gezegd tegen de cookies, draai dat terug.',
      'Jullie hebben mijn toestemming niet meer.',
      'Wat ik bij de registratie heb geaccepteerd, trek ik in.',
    ],
    restriction: [
      'Bevries mijn gegevens totdat mijn klacht is onderzocht.',
      'Zet mijn gegevens even on hold terwijl jullie dit uitzoeken.',
      'Bewaar mijn gegevens maar gebruik ze voorlopig niet.',
      'Nog niets verwijderen, maar stop met het gebruiken van mijn gegevens tot dit is opgelost.',
      'Blokkeer mijn gegevens tot jullie het adres hebben gecontroleerd.',
      'Tot jullie mijn klacht hebben bekeken, doe niets met mijn gegevens.',
    ],
    objection: [
      'Ik wil niet dat jullie mijn gedrag analyseren.',
      'Stop met het gebruiken van mijn gegevens voor onderzoek.',
      'Ik wil niet geprofileerd worden.',
      'Maak geen profiel van mij.',
      'Ik wil niet dat mijn gegevens worden gebruikt om jullie AI te trainen.',
      'Ik wil niet geanalyseerd of gemonitord worden.',
    ],
    rectification: [
      'Mijn geboortedatum klopt niet, het is 3 maart 1985.',
      'Mijn naam is verkeerd gespeld, het is Jansen met een s.',
      'Mijn adres is verouderd, ik woon nu op de Dorpsstraat 5.',
      'Jullie hebben een oud e-mailadres van mij, gebruik voortaan dit.',
      'Mijn achternaam is veranderd na mijn huwelijk.',
      'Het telefoonnummer dat jullie hebben is fout.',
    ],
    portability: [
      'Stuur mijn gegevens in een bestand dat mijn nieuwe aanbieder kan lezen.',
      'Zet mijn gegevens direct over naar mijn nieuwe aanbieder.',
      'Exporteer alles van mij zodat ik naar een concurrent kan overstappen.',
      'Ik wil mijn gegevens in een machineleesbaar formaat.',
      'Ik stap over naar een andere aanbieder, geef mij mijn gegevens mee.',
    ],
    access: [
      'Wat weten jullie allemaal over mij?',
      'Waar hebben jullie mijn adres vandaan?',
      'Aan wie hebben jullie mijn gegevens gegeven?',
      'Laat me zien wat jullie over mij hebben.',
      'Waarvoor gebruiken jullie mijn gegevens?',
    ],
    erasure: [
      'Vergeet mij.',
      'Laat al mijn gegevens verdwijnen.',
      'Gooi alles weg wat jullie over mij hebben.',
      'Sluit mijn account en gooi al mijn gegevens weg.',
    ],
    opt_out_sale: [
      'Verkoop mijn gegevens niet.',
      'Stop met het delen van mijn gegevens met adverteerders.',
      'Hou mijn gegevens voor jezelf en geef ze niet door aan derden.',
      'Ik wil niet dat mijn gegevens bij databrokers terechtkomen.',
    ],
  },
  [
    'Kan ik mijn toestemming later intrekken?',
    'Hoe pas ik mijn adres aan als het niet klopt?',
    'Bevries het project tot de klant akkoord geeft.',
    'Het factuurbedrag klopt niet.',
    'Analyseren jullie het gedrag van klanten?',
    'Kunnen jullie de facturen als CSV exporteren?',
    'Gooi de dubbele facturen weg, graag.',
  ],
  [['Verwijder alles wat jullie over mij hebben.', 'access']],
);
