/**
 * Swedish cues for rights asked in everyday words that never name them (eleventh round): consent taken back
 * ("jag tar tillbaka mitt ja", "går inte längre med på", "bocka ur det jag kryssade i"), data kept but left
 * alone ("spara dem men använd dem inte"), not being analysed ("jag vill inte bli profilerad"), a field
 * wrong ("mitt namn stavas ...", "är inte mitt längre"). Joined to `sv.ts`; sentences and near misses in
 * `implicit-asks-sv.test.ts`. A negation the ask itself needs is inside the cue.
 */
import type { Cues } from './join-cues.js';

const MY_DATA = '(?:alla )?mina (?:\\w+ )?(?:uppgifter|data|personuppgifter)\\b';
const FIELD = '(?:adress|nummer|telefonnummer|namn|efternamn|förnamn|e-?post\\w*|mejl\\w*)';
const PURPOSE = '(?:träna|forskning|analys|profilering|statistik|produktutveckling)\\w*';

export const svImplicit: Cues = {
  withdraw_consent: [
    [
      1,
      '\\b(?:tar|drar)\\b~{0,5}\\bmitt (?:ja|ok|okej|godkännande|tillstånd|medgivande)\\b~{0,30}\\btillbaka\\b|\\btar tillbaka mitt (?:ja|ok|okej|godkännande|tillstånd)\\b',
    ],
    [1, '\\bgår inte (?:längre|mer) med på\\b'],
    [
      1,
      '\\b(?:bocka|kryssa|klicka) ur\\b~{0,40}\\b(?:kryssade|bockade|samtycke|nyhetsbrev\\w*|cookies|kakor|godkände)\\b',
    ],
    [
      1,
      '\\b(?:godkände|accepterade|sa ja|kryssade|samtyckte)\\b~{0,40}\\b(?:av misstag|av en slump|oavsiktligt)\\b|\\bråkade (?:godkänna|acceptera|säga ja|kryssa|samtycka)\\b',
    ],
    [1, '\\bni har inte (?:längre|mer) mitt (?:tillstånd|samtycke|godkännande|ja|ok)\\b'],
    [
      1,
      '\\b(?:godkände|accepterade|samtyckte till|kryssade i|sa ja till)\\b~{0,40}\\b(?:drar|tar) jag tillbaka\\b',
    ],
  ],
  restriction: [
    [
      1,
      `\\b(?:spara|behåll|förvara)\\w*\\b~{0,5}\\b${MY_DATA}~{0,20}\\bmen\\b~{0,25}\\b(?:använd|behandla|rör)\\w*\\b~{0,15}\\binte\\b`,
    ],
    [
      1,
      '\\bradera (?:inget|ingenting|inte)\\b~{0,20}\\bmen\\b~{0,30}\\b(?:sluta|inte) (?:använd|behandl)\\w*',
    ],
    [
      1,
      `\\b(?:tills|medan|så länge)\\b~{0,60}\\bgör (?:ingenting|inget|inte något)\\b~{0,5}\\bmed ${MY_DATA}|\\bgör (?:ingenting|inget) med ${MY_DATA}~{0,50}\\b(?:tills|medan|så länge)\\b`,
    ],
  ],
  objection: [
    [1, '\\bvill inte att (?:ni|någon|man|du)\\b~{0,30}\\b(?:analyser|profiler|övervak|kartlägg)\\w*'],
    [1, '\\bvill inte bli (?:profilerad|analyserad|övervakad|kartlagd)\\w*'],
    [
      1,
      '\\b(?:skapa|gör|bygg)\\b~{0,5}\\bingen profil\\b~{0,10}\\b(?:av|om|på) mig\\b|\\bingen profilering\\b',
    ],
    [1, `\\bvill inte att ${MY_DATA}~{0,10}\\banvänds\\b~{0,20}\\b(?:för|till|i)\\b~{0,20}\\b${PURPOSE}`],
  ],
  rectification: [
    [
      1,
      '\\bmitt (?:\\w+ )?(?:namn|efternamn|förnamn)\\b~{0,5}\\bstavas\\b|\\bstavat\\b~{0,5}\\bmitt (?:\\w+ )?(?:namn|efternamn|förnamn)\\b~{0,5}\\bfel\\b',
    ],
    [
      1,
      `\\b(?:min|mitt) (?:\\w+ )?${FIELD}\\b~{0,10}\\bär (?:inaktuell|gammal|gammalt|föråldrad|föråldrat)\\b`,
    ],
    [
      1,
      '\\b(?:telefonnumret|numret|adressen|e-?postadressen|mejladressen)\\b~{0,15}\\bni har\\b~{0,10}\\bär inte (?:mitt|min) längre\\b|\\bär inte längre (?:mitt|min)\\b',
    ],
    [1, `\\b(?:byt|ändra|uppdatera)\\b~{0,5}\\b(?:min|mitt) (?:\\w+ )?${FIELD}\\b~{0,20}\\btill\\b`],
  ],
  portability: [
    [
      1,
      `\\bexportera\\w*\\b~{0,40}\\bså (?:att )?jag kan\\b~{0,10}\\b(?:byta|flytta|gå över)\\b|\\bjag byter (?:leverantör|tjänst|bank|operatör)\\b~{0,60}\\b(?:ge|skicka)\\b~{0,3}\\bmig ${MY_DATA}`,
    ],
    [
      1,
      '\\bfil\\b~{0,30}\\b(?:min|den|vår) (?:nya )?(?:leverantör|tjänst|bank|plattform)\\b~{0,10}\\bkan (?:läsa|öppna|importera|använda)\\b',
    ],
    [
      1,
      `\\b(?:för över|flytta|överför|skicka)\\w*\\b~{0,5}\\b${MY_DATA}~{0,20}\\btill (?:min|den|vår) nya\\b`,
    ],
  ],
  access: [
    [1, `\\bvad (?:använder|behandlar) ni\\b~{0,3}\\b${MY_DATA}~{0,5}\\btill\\b`],
    [
      1,
      `\\bvar (?:fick|har) ni\\b~{0,5}\\b(?:min|mitt|mina) (?:\\w+ )?(?:${FIELD}|uppgifter)\\b~{0,10}\\b(?:ifrån|från)\\b|\\bvarifrån (?:fick|har) ni\\b`,
    ],
  ],
  erasure: [
    [1, `\\bgör er av med\\b~{0,20}\\b(?:allt|mina)\\b~{0,30}(?:om mig|uppgifter)`],
    [1, '\\bglöm (?:mig|bort mig)\\b'],
    [1, `\\b(?:se till att|låt|vill att)\\b~{0,10}\\b${MY_DATA}~{0,10}\\bförsvinn\\w*`],
  ],
  opt_out_sale: [
    [
      1,
      `\\blämna (?:inte|aldrig) ut (?:dem|${MY_DATA})~{0,10}\\btill (?:tredje part|andra företag|annonsörer|datamäklare)|\\bvill inte att ${MY_DATA}~{0,20}\\bhamnar hos (?:datamäklare|annonsörer|tredje part|andra företag)`,
    ],
    [
      1,
      `\\b(?:sälj|dela)\\b~{0,5}\\binte\\b~{0,5}\\b${MY_DATA}|\\bsluta (?:dela|sälja|lämna ut)\\b~{0,5}\\b${MY_DATA}`,
    ],
  ],
};
