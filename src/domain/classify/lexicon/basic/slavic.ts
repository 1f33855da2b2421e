/** Croatian (and Bosnian/Serbian Latin), Czech, Slovak and Slovenian rights vocabulary (GDPR Arts. 7, 15-21). */
import { basicLexicon } from './build.js';

export const hr = basicLexicon({
  language: 'hr',
  latin: true,
  data: 'podat\\w*|račun\\w*|informacij\\w*',
  consent: 'privol\\w*|dozvol\\w*|suglasnost\\w*',
  names: {
    access: 'pravo na pristup|pristup (?:mojim )?(?:osobnim )?podacima',
    rectification: 'pravo na ispravak|ispravak (?:mojih )?(?:osobnih )?podataka',
    erasure: 'pravo na brisanje|pravo na zaborav|brisanje (?:mojih|svih|osobnih|korisničkog)',
    restriction: 'ograničenj\\w* obrade|pravo na ograničenje',
    objection: 'pravo na prigovor|ulažem prigovor',
    portability: 'prenosivost\\w*',
    withdraw_consent:
      '(?:povlačim|povlačenje|opozivam|opoziv)\\w*~{0,20}privol\\w*|privol\\w*~{0,20}povlač\\w*',
    opt_out_sale: 'ne prodajte',
  },
  verbs: {
    access: 'kopij\\w*|pristup\\w*|uvid\\w*',
    rectification: 'isprav\\w*|izmijen\\w*|ažurir\\w*',
    erasure: 'obriš\\w*|izbriš\\w*|brisanj\\w*|uklon\\w*',
    restriction: 'ograniči\\w*',
    objection: 'prigovar\\w*|protiv\\w*',
    portability: 'prenes\\w*|prijenos\\w*|prenij\\w*',
    withdraw_consent: 'povlač\\w*|povuć\\w*|opoziv\\w*',
    opt_out_sale: 'prodaj\\w*|prodav\\w*',
  },
});

export const cs = basicLexicon({
  language: 'cs',
  latin: true,
  data: 'údaj\\w*|účet|účtu|informac\\w*',
  consent: 'souhlas\\w*|svolení',
  names: {
    access: 'právo na přístup|přístup k (?:mým )?(?:osobním )?údajům',
    rectification: 'právo na opravu|opravu (?:mých )?(?:osobních )?údajů',
    erasure: 'právo na výmaz|výmaz\\w*|právo být zapomenut',
    restriction: 'omezení zpracování',
    objection: 'námitk\\w*|vznáším námitku',
    portability: 'přenositelnost\\w*',
    withdraw_consent: 'odvolá\\w*~{0,20}souhlas\\w*|odvolání souhlasu',
    opt_out_sale: 'neprodáv\\w*',
  },
  verbs: {
    access: 'kopi\\w*|přístup\\w*|sdělte',
    rectification: 'oprav\\w*|aktualiz\\w*|změň\\w*',
    erasure: 'smaž\\w*|smazá\\w*|vymaž\\w*|vymazá\\w*|odstraň\\w*|zruš\\w*',
    restriction: 'omez\\w*',
    objection: 'nesouhlas\\w*|namít\\w*',
    portability: 'přenes\\w*|předat|převed\\w*',
    withdraw_consent: 'odvol\\w*|ruším|zruš\\w*',
    opt_out_sale: 'prodej\\w*|prodáv\\w*',
  },
});

export const sk = basicLexicon({
  language: 'sk',
  latin: true,
  data: 'údaj\\w*|účet|účtu|informáci\\w*',
  consent: 'súhlas\\w*|povolen\\w*',
  names: {
    access: 'právo na prístup',
    rectification: 'právo na opravu',
    erasure: 'právo na vymazanie|právo na zabudnutie|vymazanie',
    restriction: 'obmedzenie spracúvania|obmedzenie spracovania',
    objection: 'námietk\\w*',
    portability: 'prenosnosť|prenositeľnosť',
    withdraw_consent: 'odvol\\w*~{0,20}súhlas\\w*|odvolanie súhlasu',
    opt_out_sale: 'nepredáv\\w*',
  },
  verbs: {
    access: 'kópi\\w*|prístup\\w*',
    rectification: 'oprav\\w*|aktualiz\\w*|zmeň\\w*',
    erasure: 'vymaž\\w*|vymaza\\w*|odstráň\\w*|zruš\\w*|zmaž\\w*',
    restriction: 'obmedz\\w*',
    objection: 'nesúhlas\\w*|namiet\\w*',
    portability: 'prenes\\w*|prenos\\w*',
    withdraw_consent: 'odvolá\\w*|odvola\\w*',
    opt_out_sale: 'predaj\\w*|predáv\\w*',
  },
});

export const sl = basicLexicon({
  language: 'sl',
  latin: true,
  data: 'podatk\\w*|podatek|račun\\w*|informacij\\w*',
  consent: 'privolit\\w*|soglas\\w*|dovoljenj\\w*',
  names: {
    access: 'pravic\\w* do dostopa|dostop do (?:mojih )?(?:osebnih )?podatkov',
    rectification: 'pravic\\w* do popravka|popravek',
    erasure: 'pravic\\w* do izbrisa|pravic\\w* do pozabe|izbris\\w*',
    restriction: 'omejit\\w* obdelave',
    objection: 'pravic\\w* do ugovora|ugovor\\w*',
    portability: 'prenosljivost\\w*',
    withdraw_consent: 'preklic\\w*~{0,20}privolit\\w*|privolit\\w*~{0,20}preklic\\w*',
    opt_out_sale: 'ne prodajajte',
  },
  verbs: {
    access: 'kopij\\w*|dostop\\w*|vpogled\\w*',
    rectification: 'poprav\\w*|posodob\\w*|spremen\\w*',
    erasure: 'izbriš\\w*|izbris\\w*|odstran\\w*',
    restriction: 'omej\\w*',
    objection: 'ugovarj\\w*|nasprotuj\\w*',
    portability: 'prenes\\w*|prenos\\w*',
    withdraw_consent: 'preklic\\w*|prekli\\w*',
    opt_out_sale: 'prodaj\\w*',
  },
});
