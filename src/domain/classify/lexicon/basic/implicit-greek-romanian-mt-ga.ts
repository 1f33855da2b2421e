/**
 * Implicit asks in Greek (also typed in Latin letters), Romanian, Maltese and Irish (eleventh round): freeze
 * my account while a complaint is open, "I no longer agree", stop using my data for analytics, a wrong field
 * and its right value, "I'm moving, send my data in a file", "what do you know about me", "don't share my
 * data". Each needs the writer's own data, account or field.
 */
import type { Extra } from './merge-extra.js';

export const elImplicit: Extra = {
  access: [
    [
      1,
      '(?<!(?:[όο]|όλα|ola|o),\\s?)(?:τι (?:άλλο )?(?:ξέρετε|γνωρίζετε) για (?:μένα|εμένα)|ti (?:kserete|xerete|gnorizete) gia mena)',
    ],
  ],
  rectification: [
    [1, '(?:διορθώστε|αλλάξτε)~{0,30}(?:επώνυμ|όνομ|διεύθυνσ|email|e-mail|τηλέφων)\\S* μου'],
    [
      1,
      '(?:το |η )?(?:email|e-mail|διεύθυνσ\\S*|επώνυμ\\S*|όνομ\\S*|τηλέφων\\S*) μου (?:είναι|ειναι) (?:λάθος|λανθασμέν\\S*)',
    ],
    [1, '(?:email|e-mail|dieuthinsi|diefthinsi|eponymo|eponimo|onoma|tilefono)~{0,40}(?:einai|ine) lathos'],
    [
      1,
      '(?:diorthoste|diorthwste|allakste)~{0,30}(?:email|onoma|eponymo|eponimo|dieuthinsi|diefthinsi|stoixeia)|lathos~{0,60}(?:diorthoste|diorthwste)',
    ],
  ],
  restriction: [
    [1, 'παγώστε~{0,30}(?:λογαριασμ|δεδομέν|στοιχεί|προφίλ)'],
    [1.5, 'μέχρι (?:να|ότου)~{0,60}μην (?:χρησιμοποιείτε|επεξεργάζεστε)'],
    [1, 'pagoste~{0,30}(?:logariasmo|dedomena|stoixeia)'],
  ],
  objection: [
    [
      1,
      '(?:σταματήστε να|μην) (?:χρησιμοποιείτε|επεξεργάζεστε)~{0,30}(?:δεδομέν|στοιχεί)\\S*~{0,30}(?:ανάλυσ|αναλύσ|προφίλ|στατιστ|διαφήμ|μάρκετινγκ)',
    ],
    [1, 'stamatiste na (?:xrisimopoieite|chrisimopoieite|xrhsimopoieite)~{0,60}(?:dedomena|stoixeia)'],
  ],
  portability: [
    [1, '(?:μετακομίζω|πηγαίνω|μεταφέρομαι) σε (?:άλλ|νέ)\\S*~{0,100}(?:δεδομέν|στοιχεί|αρχεί)'],
    [1, 'στείλτε μου~{0,30}(?:δεδομέν|στοιχεί)\\S*~{0,30}(?:αρχεί|csv|json|μορφή)'],
  ],
  withdraw_consent: [
    [
      1,
      'δεν (?:συμφωνώ|συναινώ) πλέον|δεν (?:συμφωνώ|συναινώ)~{0,10}(?:πια|άλλο)|pleon den symfono|den symfono pleon',
    ],
  ],
  opt_out_sale: [
    [1, 'μην? (?:μοιράζεστε|μοιραστείτε|διαβιβάζετε|δίνετε)~{0,30}(?:δεδομέν|στοιχεί|πληροφορ)'],
  ],
};

export const roImplicit: Extra = {
  rectification: [
    [
      1,
      '(?:adresa|numele|prenumele|e-?mailul|numărul)~{0,30}(?:meu|mea|mele)~{0,20}(?:e|este|sunt) (?:greșit|incorect|eronat)',
    ],
  ],
  restriction: [
    [1.5, 'nu (?:mai )?(?:folosiți|prelucrați|utilizați)~{0,60}până (?:se|la|când)'],
    [1, '(?:înghețați|blocați temporar|suspendați)~{0,30}(?:contul|datele|profilul)'],
    [1.5, 'până (?:se|la)~{0,60}nu (?:mai )?(?:folosiți|prelucrați|utilizați)'],
  ],
  objection: [
    [
      1,
      '(?:nu (?:mai )?(?:folosiți|prelucrați|utilizați)|înceta[țţ]i să (?:folosiți|prelucrați|utilizați)|opriți (?:folosirea|prelucrarea|utilizarea))~{0,30}(?:datele|informațiile)~{0,40}(?:statistic|analiz|profil|marketing|reclam|publicit|îmbunătățir)',
    ],
  ],
  portability: [
    [1, 'mă mut (?:la|către) (?:alt|un alt|o altă)~{0,100}(?:date|fișier)'],
    [1, 'trimite[țţ]i-mi~{0,30}datele~{0,30}(?:fișier|csv|json|format)'],
  ],
  withdraw_consent: [[1, 'nu mai (?:sunt de acord|îmi dau acordul|consimt)']],
  opt_out_sale: [
    [1, 'nu (?:vreau|doresc) ca (?:datele|informațiile)~{0,30}(?:vândute|vinse|partajate|transmise)'],
    [1, 'nu (?:împărtășiți|partajați|transmiteți|dați)~{0,30}(?:datele|informațiile)'],
  ],
};

export const mtImplicit: Extra = {
  access: [[1, "x'(?:informazzjoni|data|dejta|tagħrif) (?:għandkom|iżżommu)~{0,20}dwar(?:i|ija)"]],
  rectification: [
    [1, '(?:il-kunjom|l-isem|l-indirizz|l-email|in-numru)~{0,30}tiegħi~{0,20}(?:ħażin|mhux korrett)'],
    [1, '(?:ikkoreġu|ibdlu)\\w*~{0,40}(?:kunjom|isem|indirizz|email|tiegħi)'],
  ],
  restriction: [
    [1, 'iffriżaw~{0,30}(?:kont|data|dejta)'],
    [1.5, 'sakemm~{0,60}(?:tużawx|tipproċessawx|tużaw xejn)'],
  ],
  objection: [
    [1, '(?:ieqfu|tużawx)~{0,30}(?:id-data|id-dejta|it-tagħrif)~{0,40}(?:reklam|marketing|analiżi|profil)'],
  ],
  portability: [
    [1, '(?:ibagħtuli|ibgħatuli)~{0,30}(?:data|dejta|tagħrif)~{0,30}(?:fajl|csv|json|format)'],
    [1, 'sejjer (?:għal|għand) (?:servizz|fornitur) ieħor~{0,80}(?:data|dejta)'],
  ],
  withdraw_consent: [[1, 'ma (?:għadnix|nibqax) (?:naqbel|nagħti)~{0,40}(?:data|dejta|kunsens|proċessar)']],
  opt_out_sale: [[1, '(?:tbigħux|taqsmux|tgħaddux)~{0,30}(?:id-data|id-dejta|it-tagħrif|informazzjoni)']],
};

export const gaImplicit: Extra = {
  access: [[1, 'cén (?:fhaisnéis|sonraí|eolas) atá agaibh (?:fúm|orm|mar gheall orm)']],
  rectification: [
    [1, "(?:ceartaígí|ceartaigh)~{0,30}(?:mo |m')"],
    [1, "(?:mo (?:sheoladh|shloinne|uimhir)|m'ainm|m'uimhir|m'ainm)~{0,40}(?:mícheart|contráilte)"],
    [1, 'tá mo (?:sheoladh|ainm|shloinne|uimhir)~{0,30}(?:mícheart|contráilte)'],
    [1, '(?:ceartaigh|cheartú)~{0,30}(?:mo |m)(?:sheoladh|ainm|shloinne|uimhir)'],
  ],
  restriction: [[1, '(?:cuir|cuirigí) mo (?:chuntas|shonraí) ar (?:fionraí|athló)']],
  objection: [
    [
      1,
      '(?:stop|stopaigí|ná húsáid|ná húsáidigí)~{0,20}(?:ag úsáid )?mo shonraí~{0,40}(?:margaíocht|fógraíocht|anailís|próifíl)',
    ],
  ],
  portability: [[1, '(?:seol|seolaigí) mo shonraí~{0,30}(?:comhad|csv|json|formáid)']],
  erasure: [[1, '(?:scrios|scriosaigí) (?:gach rud|gach uile rud|an t-iomlán) (?:fúm|mar gheall orm)']],
  withdraw_consent: [[1, 'tarraing\\w* siar~{0,20}(?:mo )?(?:thoiliú|chead)']],
  opt_out_sale: [[1, '(?:ná díol|ná díolaigí|ná roinn)~{0,20}mo (?:shonraí|fhaisnéis)']],
};
