/**
 * Everyday asks in Greek, Czech, Slovak, Hungarian, Finnish, Bulgarian and Croatian that name no right:
 * "what do you have on me?", "get rid of my account", "you wrote my name wrong", "stop using my data for
 * advertising", "I take my consent back". Written with their marks, they also read the text typed without
 * them (`fold.ts`).
 */
import type { Extra } from './merge-extra.js';

export const elEveryday: Extra = {
  access: [
    [
      1,
      '(?<!(?:όλα|ό),?\\s?)τι (?:άλλο )?(?:κρατάτε|ξέρετε|γνωρίζετε|αποθηκεύετε|έχετε (?:αποθηκευμένο|καταγεγραμμένο|κρατήσει)) (?:για μένα|για εμένα|σχετικά με μένα)',
    ],
  ],
  erasure: [[1, 'ξεφορτωθείτε (?:τον |το |τα |τη |την )?(?:λογαριασμ|προφίλ|δεδομέν|στοιχεί)']],
  withdraw_consent: [[1, '(?:παίρνω|πήρα) πίσω~{0,20}(?:συγκατάθεσ|άδει|συναίνεσ)']],
};

export const csEveryday: Extra = {
  access: [[1, '(?<!(?:všechno|vše|to|ty),?\\s)co (?:všechno )?o mně (?:máte|víte|uchováváte|evidujete)']],
  erasure: [[1, 'zbavte se (?:mého|mých) (?:účtu|profilu|údajů|dat)']],
  withdraw_consent: [[1, 'beru (?:svůj |můj )?souhlas zpět']],
};

export const skEveryday: Extra = {
  access: [[1, '(?<!(?:všetko|všetky|to|tie),?\\s)čo (?:všetko )?o mne (?:máte|viete|uchovávate|evidujete)']],
  erasure: [[1, 'zbavte sa (?:môjho|mojich) (?:účtu|profilu|údajov)']],
  withdraw_consent: [[1, 'beriem (?:svoj |môj )?súhlas späť']],
};

export const huEveryday: Extra = {
  erasure: [[1, 'szabaduljanak meg (?:a |az )?(?:fiókomtól|profilomtól|adataimtól)']],
  rectification: [
    [1, 'rosszul (?:írták|írtak|szerepel|van)~{0,20}(?:nevem|címem|e-mail|telefonszám|születési)'],
    [1, '(?:nevem|címem|e-mail címem|telefonszámom|születési dátumom)\\w*~{0,30}(?:rosszul|hibásan|tévesen)'],
  ],
  objection: [
    [
      1,
      'ne (?:használják|használja|kezeljék) (?:fel )?(?:az )?(?:személyes )?adataim\\w*~{0,20}(?:reklám|marketing|hirdet|elemzés|profil|erre|arra|más)',
    ],
    [1, '(?:hagyják abba|fejezzék be) (?:az )?adataim\\w* (?:használatát|felhasználását|kezelését)'],
  ],
};

export const fiEveryday: Extra = {
  access: [
    [
      1,
      '(?<!(?:kaikki|kaiken|se|sen|ne),?\\s)mitä (?:tietoja |muuta )?(?:teillä on|te tiedätte|säilytätte|olette tallentaneet) (?:minusta|minua koskien)',
    ],
  ],
  erasure: [[1, '(?:hankkiutukaa|päästäkää) eroon (?:tilistäni|tiedoistani|profiilistani)']],
  objection: [
    [
      1,
      '(?:lopettakaa|älkää käyttäkö)~{0,10}(?:tietojeni|tietojani|henkilötietojeni|henkilötietojani)~{0,20}(?:mainont|markkinoin|analyy|profiloin|tähän|siihen|muuhun)',
    ],
  ],
};

export const bgEveryday: Extra = {
  erasure: [[1, 'отървете се от (?:профила|акаунта|данните|информацията)']],
  objection: [
    [
      1,
      '(?:спрете|престанете) да (?:използвате|обработвате) (?:моите )?(?:данни|данните ми|информацията ми|личните ми данни)',
    ],
  ],
};

export const hrEveryday: Extra = {
  erasure: [[1, '(?:riješite|rešite) se (?:mog|mojeg|mojih|mojega) (?:računa|profila|podataka)']],
  objection: [
    [
      1,
      '(?:prestanite|nemojte više) (?:koristiti|obrađivati|upotrebljavati) (?:moje|mojih) (?:osobne |lične )?podat',
    ],
  ],
};
