/** Romanian, Maltese, Irish and Turkish rights vocabulary (GDPR Arts. 7, 15-21; Turkey's KVKK Art. 11). */
import { basicLexicon } from './build.js';

export const ro = basicLexicon({
  language: 'ro',
  latin: true,
  data: 'date\\w*|datel\\w*|cont\\w*|informați\\w*|informaţi\\w*',
  consent: 'consim[țţ]\\w*|permisiun\\w*|op[țţ]iun\\w*',
  names: {
    access: 'dreptul de acces|acces la datele',
    rectification: 'rectificar\\w*',
    erasure: '[șş]terger\\w*|dreptul de a fi uitat',
    restriction: 'restricționar\\w*|restricţionar\\w*|restricți\\w* (?:a )?prelucr\\w*',
    objection: 'dreptul la opozi\\w*|mă opun',
    portability: 'portabilit\\w*',
    withdraw_consent: 'retrag\\w*~{0,20}consim[țţ]\\w*|retragerea consim[țţ]\\w*',
    opt_out_sale: 'nu vinde\\w*|nu vânde\\w*',
  },
  verbs: {
    access: 'copi\\w*|acces\\w*',
    rectification: 'corect\\w*|actualiz\\w*|modific\\w*',
    erasure: '[șş]terg\\w*|elimin\\w*|închide\\w*',
    restriction: 'restric\\w*|limit\\w*',
    objection: 'opun|opozi\\w*',
    portability: 'transfer\\w*|transmit\\w*',
    withdraw_consent: 'retrag\\w*|revoc\\w*',
    opt_out_sale: 'vânz\\w*|vinde\\w*',
  },
});

export const mt = basicLexicon({
  language: 'mt',
  latin: true,
  data: 'data|dejta|kont\\w*|informazzjoni',
  consent: 'kunsens|permess\\w*',
  names: {
    access: "dritt ta' aċċess|dritt ta' aċess",
    rectification: 'rettifika\\w*',
    erasure: 'tħassir|dritt li tintesa',
    restriction: 'restrizzjoni tal-ipproċessar',
    objection: 'oġġezzjoni\\w*',
    portability: 'portabbiltà',
    withdraw_consent: 'nirtira\\w*~{0,20}kunsens|irtirar tal-kunsens',
    opt_out_sale: 'tbigħux',
  },
  verbs: {
    access: 'kopja|aċċess\\w*',
    rectification: 'ikkoreġ\\w*|aġġorna\\w*',
    erasure: 'ħassar\\w*|ħassru|neħħi\\w*',
    restriction: 'irrestrinġ\\w*|illimit\\w*',
    objection: 'noġġezzjona\\w*',
    portability: 'ittrasferi\\w*|trasferiment\\w*',
    withdraw_consent: 'nirtira|irtira',
    opt_out_sale: 'bejgħ|tbigħ\\w*',
  },
});

export const ga = basicLexicon({
  language: 'ga',
  latin: true,
  data: 'sonraí|cuntas\\w*|faisnéis\\w*',
  consent: 'toiliú|cead',
  names: {
    access: 'ceart rochtana|iarratas rochtana',
    rectification: 'ceartú',
    erasure: 'scriosadh|ceart chun dearmad',
    restriction: 'srian\\w* ar phróiseáil',
    objection: 'agóid\\w*',
    portability: 'iniomparthacht\\w*',
    withdraw_consent: 'toiliú~{0,20}(?:tarraing|aistarraing)\\w*|(?:tarraing|aistarraing)\\w*~{0,20}toiliú',
    opt_out_sale: 'ná díol',
  },
  verbs: {
    access: 'cóip\\w*|rochtain',
    rectification: 'ceartaigh|nuashonraigh',
    erasure: 'scrios\\w*',
    restriction: 'srian\\w*',
    objection: 'agóid\\w*',
    portability: 'aistrigh|aistriú',
    withdraw_consent: 'tarraing\\w* siar|aistarraing\\w*',
    opt_out_sale: 'díol\\w*',
  },
});

export const tr = basicLexicon({
  language: 'tr',
  latin: true,
  data: 'veri\\w*|hesab\\w*|hesap\\w*|bilgi\\w*',
  consent: 'rıza\\w*|onay\\w*|izn\\w*|izin',
  names: {
    access: 'erişim hakkı|bilgi talep\\w*|verilerime erişim',
    rectification: 'düzeltilme\\w*',
    erasure: 'silinme\\w*|unutulma hakkı|yok edilme\\w*',
    restriction: 'işlenmesinin kısıtlan\\w*|kısıtlanması',
    objection: 'itiraz\\w*',
    portability: 'taşınabilir\\w*',
    withdraw_consent: 'rıza\\w*~{0,20}geri\\w*|onay\\w*~{0,20}geri al\\w*',
    opt_out_sale: 'satmayın|satılmasını istemiyorum',
  },
  verbs: {
    access: 'kopya\\w*|erişim\\w*|öğren\\w*',
    rectification: 'düzelt\\w*|güncelle\\w*',
    erasure: 'sil\\w*|kaldır\\w*|kapat\\w*',
    restriction: 'kısıtla\\w*|sınırla\\w*',
    objection: 'itiraz\\w*',
    portability: 'aktar\\w*|taşı\\w*',
    withdraw_consent: 'geri al\\w*|geri çek\\w*',
    opt_out_sale: 'sat\\w*',
  },
});
