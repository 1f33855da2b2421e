/**
 * Urdu, Tamil, Bengali, Marathi and Telugu typed in Latin letters, as most people in South Asia write mail on
 * a phone: the language is recognised by its function words (`spelling-language.ts`), and these lists are
 * read beside the language's own (`READ_AS`). English words carry most of such mail ("account delete
 * pannunga"), so each list holds the native ask around them: the verb's imperative, its object and the
 * request words, in the common spellings (no standard one exists). Imperatives only: "hazf na karein"
 * (don't delete), "delete ela cheyali?" (how do I delete) and "delete cheyyakandi" (don't delete) meet
 * none of them. Hinglish is read by the Hindi list itself (`hindi.ts`); the Urdu words it lacks are here.
 */
import { basicLexicon } from './build.js';

export const urLatin = basicLexicon({
  language: 'ur-latn',
  latin: true,
  data: 'maloomat|malumaat|malumat|maaloomat|zaati|account|data|details|record',
  consent: 'ijazat|razamandi|raza mandi|consent',
  names: {
    access: '(?:maloomat|malumat|data) (?:tak )?rasai ka haq',
    rectification: 'durustagi ka haq|durusti ka haq',
    erasure: 'hazf (?:karne|kiye jane) ka haq',
    restriction: 'processing (?:ko )?mehdood',
    objection: '(?:aitraz|etraz|aiteraz) (?:ka haq|darj)',
    portability: '(?:muntaqili|muntaqli) ka haq',
    withdraw_consent: '(?:ijazat|razamandi|consent)~{0,20}(?:wapas le|wapis le|waapas le|mansookh)',
    opt_out_sale: '(?:farokht|farokh) (?:na|mat) kar',
  },
  verbs: {
    access: 'naqal|nakal|copy (?:chahiye|chahie|bhej|de dein|dijiye)',
    rectification: '(?:durust|theek|sahi) kar (?:dein|den|dijiye|do)',
    erasure:
      'hazf kar (?:dein|den|dijiye|do)|hazf kiya jaye|hazf kijiye|hazf karein|(?:nikal|khatam|khatm) (?:kar )?(?:dein|den|dijiye)',
    restriction: 'mehdood kar (?:dein|den|dijiye)',
    objection: 'aitraz karta|aitraz karti|etraz karta|etraz karti',
    portability: '(?:muntaqil|transfer) kar (?:dein|den|dijiye)',
    withdraw_consent: 'wapas leta|wapas leti|wapis leta|wapis leti|mansookh karta|mansookh karti',
    opt_out_sale: 'farokht',
  },
  extra: {
    access: [
      [
        1,
        '(?:aap|aap ke|aapke|apke|ap ke) (?:paas|pas)~{0,30}(?:meri|mere bare|mere baare)~{0,30}(?:kya|konsi|kaunsi|kaun si) maloomat',
      ],
    ],
    rectification: [
      [1, '(?:naam|pata|address|phone number|email)~{0,30}(?:ghalat|galat)'],
      [1, '(?:mera|meri) (?:naam|pata|address|number|mobile number|email)~{0,30}(?:ghalat|galat)'],
    ],
    portability: [
      [1, '(?:data|maloomat|malumat|details)~{0,40}(?:dusri|doosri|kisi aur|kisi or) (?:company|service)'],
    ],
    objection: [
      [
        1,
        '(?:ishtihar|ishtehar|ishtiharat|marketing|promotional)~{0,30}(?:na bhej|mat bhej|bhejna band|band kar|nahi chahiye|nahin chahiye)',
        'absorbable',
      ],
    ],
  },
  hypothetical: 'kaise hazf|hazf kaise|kya aap~{0,40}(?:farokht|bechte)',
});

export const taLatin = basicLexicon({
  language: 'ta-latn',
  latin: true,
  data: 'vivarangal\\w*|thagaval\\w*|thakaval\\w*|account|data|details',
  consent: 'oppudhal|oppudal|anumathi|consent',
  names: {
    access: 'anugum urimai|(?:data|thagaval) perum urimai',
    rectification: 'thiruthum urimai',
    erasure: '(?:neekkum|azhikkum) urimai',
    restriction: 'kattuppaduthum urimai',
    objection: 'aatcheba(?:nai|num) urimai',
    portability: 'maatrum urimai',
    withdraw_consent: '(?:oppudhal|oppudal|anumathi|consent)~{0,30}(?:thirumba (?:peru|vaang)|vaapas|rathu)',
    opt_out_sale: 'vikkatheenga|vikka vendam|virkkatheenga|sell (?:pannatheenga|panna vendam)',
  },
  verbs: {
    access: '(?:copy|nagal) (?:anuppunga|kudunga)|kaattunga',
    rectification: '(?:sari|correct|update) (?:pannunga|seiyungal)|maathunga|maatrunga',
    erasure:
      'neekkunga|neekki vidunga|azhichidunga|azhinga|eduthudunga|thookidunga|delete (?:pannunga|pannidunga|seiyungal|panni vidunga)',
    restriction: 'niruthi vaiyunga',
    objection: 'etirkkiren|ethirkkiren',
    portability: 'transfer pannunga|maathi kudunga',
    withdraw_consent: 'thirumba perugiren|thirumba vaangugiren',
    opt_out_sale: 'vikkatheenga|virkkatheenga',
  },
  extra: {
    access: [
      [
        1,
        '(?:enna|enna enna) (?:data|details|thagaval|vivarangal)~{0,30}(?:vachirukeenga|vechirukkeenga|irukku)',
      ],
      [1, '(?:ennoda|enoda|en) (?:data|details|vivarangal|thagaval)~{0,30}(?:copy|nagal)'],
    ],
    rectification: [[1, '(?:peyar|mugavari|address|phone number|email)~{0,30}(?:thappa|thappu)']],
    portability: [[1, '(?:vera|innoru) (?:company|service)~{0,30}(?:transfer|maathi|anuppunga)']],
    objection: [
      [
        1,
        '(?:marketing|promotional|promo|ads|vilambaram)~{0,30}(?:anuppatheenga|anuppaatheenga|anuppa vendam|niruthunga)',
        'absorbable',
      ],
    ],
  },
  hypothetical: 'eppadi delete|delete eppadi|vikkireengala',
});

export const bnLatin = basicLexicon({
  language: 'bn-latn',
  latin: true,
  data: 'tothyo|tottho|totho|account|data|details|profile',
  consent: 'sommoti|shommoti|onumoti|consent',
  names: {
    access: '(?:tothyo|tottho|data) (?:dekhar|paoar|pawar) odhikar',
    rectification: '(?:songshodhon|shongshodhon|songshodhoner) (?:er )?odhikar',
    erasure: '(?:muche fela|muchhe fela|mochar|muchar) (?:r )?odhikar',
    restriction: 'simito korar odhikar',
    objection: 'apotti (?:janacchi|janachchi|korchi|kori)',
    portability: 'sthanantor(?:er)? odhikar',
    withdraw_consent:
      '(?:sommoti|shommoti|onumoti|consent)~{0,30}(?:firiye|phiriye|prottahar|protyahar|withdraw)',
    opt_out_sale: '(?:bikri|bechben|sell) (?:korben )?na',
  },
  verbs: {
    access: '(?:copy|kopi) (?:pathan|pathiye din|din)',
    rectification: '(?:thik|shothik|sothik|correct|update) kore (?:din|den|dao)',
    erasure: '(?:delete|muche|mucche|muchhe|remove|soriye) (?:kore )?(?:din|den|dao|diben|felun|korun)',
    restriction: 'bondho rakhun',
    objection: 'apotti janachchi|apotti janacchi',
    portability: 'transfer kore din',
    withdraw_consent: 'firiye nichchi|phiriye nichchi|firiye nicchi|phiriye nicchi',
    opt_out_sale: 'bikri korben na|bechben na',
  },
  extra: {
    access: [
      [1, '(?:amar|amake niye)~{0,30}(?:ki ki|kon kon) (?:data|tothyo|tottho|information)'],
      [1, 'amar (?:data|tothyo|tottho)~{0,30}(?:copy|kopi)'],
    ],
    rectification: [[1, '(?:nam|thikana|address|phone number|email)~{0,30}(?:bhul|vul)']],
    objection: [
      [
        1,
        '(?:marketing|promotional|promo|ads|bigyapon|biggapon)~{0,30}(?:pathaben na|pathano bondho|bondho korun|chai na|chaina)',
        'absorbable',
      ],
    ],
  },
  hypothetical: 'kivabe (?:delete|muchbo|muche)|ki bikri koren',
});

export const mrLatin = basicLexicon({
  language: 'mr-latn',
  latin: true,
  data: 'mahiti|account|data|details|khate|profile',
  consent: 'sammati|sammatee|parvangi|paravangi|consent',
  names: {
    access: 'mahiti (?:milvinyacha|pahanyacha) adhikar',
    rectification: 'durusticha adhikar',
    erasure: '(?:hatvinyacha|pusnyacha|kadhun taknyacha) adhikar',
    restriction: 'maryadit karnyacha adhikar',
    objection: '(?:aakshep|akshep) (?:ghet|nondav)',
    portability: 'hastantaranacha adhikar',
    withdraw_consent: '(?:sammati|parvangi|paravangi|consent)~{0,30}(?:parat|maghar|withdraw)',
    opt_out_sale: '(?:viku|vikru|sell karu) naka',
  },
  verbs: {
    access: '(?:copy|prat) (?:pathva|dya)',
    rectification: '(?:durust|update|correct) kara(?![a-z])|badla(?![a-z])',
    erasure: '(?:delete|remove|hatva|kadhun|kaadhun) (?:kara|taka|taaka)(?![a-z])|hatva(?![a-z])',
    restriction: 'thambva',
    objection: 'aakshep aahe|akshep ahe',
    portability: 'transfer kara(?![a-z])',
    withdraw_consent: 'parat ghet(?:o|e) aahe|parat ghet(?:o|e) ahe',
    opt_out_sale: 'viku naka|vikru naka',
  },
  extra: {
    access: [
      [
        1,
        '(?:majhyabaddal|mazyabaddal|majhya baddal|mazya baddal)~{0,30}(?:kay|konti|kuthli) (?:mahiti|data)',
      ],
    ],
    rectification: [[1, '(?:nav|naav|patta|address|phone number|email)~{0,30}(?:chuk|chukiche|chukicha)']],
    objection: [
      [
        1,
        '(?:marketing|promotional|promo|ads|jahirat)~{0,30}(?:pathvu naka|pathau naka|band kara|nako)',
        'absorbable',
      ],
    ],
  },
  hypothetical: 'kasa (?:delete|kadhu)|kase (?:delete|kadhu)|vikta ka',
});

export const teLatin = basicLexicon({
  language: 'te-latn',
  latin: true,
  data: 'vivaralu|samacharam|account|data|details|profile',
  consent: 'sammati|anumati|consent',
  names: {
    access: 'yakses hakku|access hakku|pondhe hakku',
    rectification: 'sarididde hakku',
    erasure: 'tolaginche hakku',
    restriction: 'parimitam chese hakku',
    objection: 'abhyantaram (?:teliyajestunnanu|chebutunnanu)',
    portability: 'badili hakku',
    withdraw_consent: '(?:sammati|anumati|consent)~{0,30}(?:venakki|upasamhar|withdraw|raddu)',
    opt_out_sale: 'ammakandi|ammavaddu|sell (?:cheyyakandi|cheyavaddu)',
  },
  verbs: {
    access: '(?:copy|prati) (?:pampandi|ivvandi)|chupinchandi',
    rectification: '(?:sari|correct|update) (?:cheyyandi|cheyandi)|sarididdandi|marchandi',
    erasure: 'tolaginchandi|theeseyandi|teeseyandi|delete (?:cheyyandi|cheyandi|chesey(?:andi)?)',
    restriction: 'aapandi',
    objection: 'abhyantaram',
    portability: 'transfer (?:cheyyandi|cheyandi)',
    withdraw_consent: 'venakki teesukuntunnanu|venakki theesukuntunnanu',
    opt_out_sale: 'ammakandi|ammavaddu',
  },
  extra: {
    access: [[1, 'naa gurinchi~{0,30}(?:emi|em|ye) (?:data|samacharam|vivaralu)']],
    rectification: [[1, '(?:peru|chirunama|address|phone number|email)~{0,30}(?:tappu|thappu)']],
    objection: [
      [
        1,
        '(?:marketing|promotional|promo|ads|prakatanalu)~{0,30}(?:pampakandi|pampavaddu|aapandi)',
        'absorbable',
      ],
    ],
  },
  hypothetical: 'ela delete|delete ela|ammutara',
});
