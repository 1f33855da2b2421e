/**
 * Gujarati, Punjabi (Gurmukhi script) and Odia rights vocabulary: India's DPDP Act 2023 (ss. 11-12) and the
 * GDPR as writers abroad cite it, in everyday wording with the English loan words people type ("ડિલીટ કરો",
 * "ਡਾਟਾ", "account ਡਿਲੀਟ"). "Don't" stands between the loan word and its auxiliary or after the verb
 * ("ડિલીટ ન કરો", "ਡਿਲੀਟ ਨਾ ਕਰੋ", "ଡିଲିଟ୍ କରନ୍ତୁ ନାହିଁ"), read as a trailing negation bounded by the script's
 * own letters (the short "ન", "ਨਾ" open many words). Read as substrings; data words are stems.
 */
import { aiTrainingObjection } from './ai-training.js';
import { basicLexicon } from './build.js';
import { dpdpCitations } from './dpdp.js';

const LATIN_DATA = '(?<![a-z])(?:data|account|profile)(?![a-z])';

const GU_DPDP = dpdpCitations('ડિજિટલ (?:પર્સનલ|વ્યક્તિગત) ડેટા', 'કલમ|સેક્શન');
const GU_ACCOUNT = '(?:ખાતું|ખાતા|એકાઉન્ટ|અકાઉન્ટ)';

export const gu = basicLexicon({
  language: 'gu',
  latin: false,
  data: `ડેટા|ડાટા|માહિતી|વિગત|ખાતા|ખાતું|એકાઉન્ટ|અકાઉન્ટ|પ્રોફાઇલ|${LATIN_DATA}`,
  consent: 'સંમતિ|સહમતિ|પરવાનગી',
  names: {
    access:
      '(?:માહિતી|ડેટા|વિગતો)\\S{0,15} (?:એક )?(?:નકલ|કૉપી|કોપી)|(?:ઍક્સેસ|એક્સેસ)નો અધિકાર|માહિતી મેળવવાનો અધિકાર',
    rectification: 'સુધારણાનો અધિકાર|સુધારવાનો અધિકાર',
    erasure: `ભૂંસી નાખવાનો અધિકાર|કાઢી નાખવાનો અધિકાર|${GU_ACCOUNT}\\S{0,15} (?:કાયમ માટે )?(?:ડિલીટ કરી દો|ડિલીટ કરો|કાઢી નાખો|બંધ કરી દો)`,
    restriction: '(?:પ્રક્રિયા|પ્રોસેસિંગ)\\S{0,15} (?:મર્યાદિત|પ્રતિબંધિત)',
    objection: 'વાંધો (?:ઉઠાવું|નોંધાવું|ઉઠાવી રહ્યો|ઉઠાવી રહી)|વિરોધ (?:કરું|નોંધાવું) છું',
    portability: 'પોર્ટેબિલિટી',
    withdraw_consent: '(?:સંમતિ|સહમતિ|પરવાનગી)\\S{0,15} (?:પાછી ખેંચ|પાછી લઉં|પરત ખેંચ|રદ કરું)',
    opt_out_sale: 'વેચશો (?:નહીં|નહિ)|ન વેચો|વેચાણ (?:ન કરો|કરશો નહીં)',
  },
  verbs: {
    access: 'નકલ|કૉપી|કોપી',
    rectification: 'સુધાર|અપડેટ|ઠીક કર|સાચું કર',
    erasure: 'ડિલીટ|ડીલીટ|કાઢી નાખ|ભૂંસી|delete કર',
    restriction: 'મર્યાદિત|પ્રતિબંધિત',
    objection: 'વાંધો ઉઠાવ|વાંધો નોંધાવ|વિરોધ કર',
    portability: 'ટ્રાન્સફર|સ્થાનાંતર|એક્સપોર્ટ|નિકાસ',
    withdraw_consent: 'પાછી ખેંચ|પરત ખેંચ|પાછી લ',
    opt_out_sale: 'વેચ',
  },
  extra: {
    access: [
      [1, 'મારા (?:વિશે|વિષે)~{0,40}(?:કઈ|કઇ|કયો|કયા|શું) (?:વ્યક્તિગત )?(?:માહિતી|ડેટા|વિગત)'],
      // "તમારી પાસે મારી કઈ માહિતી છે": which of my data you have.
      [
        1,
        '(?:તમારી|તમારા|આપની) પાસે~{0,20}(?:મારી|મારો|મારા)~{0,10}(?:કઈ|કઇ|કયો|કયા|શું) (?:વ્યક્તિગત )?(?:માહિતી|ડેટા|વિગત)',
      ],
      [1, '(?:મારી (?:માહિતી|વિગતો)|મારો ડેટા|બધી (?:માહિતી|વિગતો)|બધો ડેટા)\\S{0,15}~{0,30}(?:મોકલો|આપો)'],
      GU_DPDP.access,
    ],
    rectification: [
      [1, '(?:નામ|સરનામ|ફોન નંબર|ઇમેઇલ|જન્મ તારીખ)\\S{0,15}~{0,40}(?:ખોટ|સુધાર|બદલ|અપડેટ)'],
      GU_DPDP.rectification,
    ],
    erasure: [[1, `${GU_ACCOUNT}\\S{0,15} બંધ કર(?:ો|ી દો)|બધું (?:ડિલીટ કર|કાઢી નાખ|ભૂંસી)`], GU_DPDP.erasure],
    objection: [
      aiTrainingObjection('ડેટા|માહિતી', 'એઆઈ|કૃત્રિમ બુદ્ધિ', 'તાલીમ|ટ્રેનિંગ'),
      [1, '(?:જાહેરાત|માર્કેટિંગ|પ્રમોશન)~{0,30}(?:ન કરો|કરશો નહીં|વાપરશો નહીં|ન વાપરો)', 'absorbable'],
      [
        1,
        '(?:જાહેરાત|માર્કેટિંગ|પ્રમોશન)\\S{0,15}~{0,40}(?:મોકલશો નહીં|ન મોકલો|મોકલવાનું બંધ|બંધ કરો|નથી જોઈત)',
        'absorbable',
      ],
    ],
  },
  trailingNegation: '(?<![\\u0a80-\\u0aff])(?:ન|નહીં|નહિ)(?![\\u0a80-\\u0aff])',
  keepAccount: `${GU_ACCOUNT}\\S{0,15} (?:ચાલુ રાખ|રાખવા માંગ)|કંઈ (?:પણ )?(?:ડિલીટ|કાઢી નાખ)\\S{0,15} (?:ન|નહીં)`,
  // "શું તમે ગ્રાહકોનો ડેટા વેચો છો?" asks about the practice; "ડિલીટ કરું તો શું થશે" about a consequence.
  hypothetical: 'શું તમે~{0,60}(?:વેચો|શેર કરો|વેચાણ કરો) છો|(?:કરું|કરીએ) તો~{0,30}શું',
});

// "ਜ਼" is written precomposed by some keyboards and as "ਜ" with a nukta (or none) by others.
const Z = '(?:\\u0a5b|\\u0a1c\\u0a3c?)';
const PA_DPDP = dpdpCitations('ਡਿਜੀਟਲ ਨਿੱਜੀ ਡਾਟਾ', 'ਧਾਰਾ|ਸੈਕਸ਼ਨ');
const PA_ACCOUNT = '(?:ਖਾਤਾ|ਖਾਤੇ|ਅਕਾਊਂਟ|ਅਕਾਉਂਟ)';

export const pa = basicLexicon({
  language: 'pa',
  latin: false,
  data: `ਡਾਟਾ|ਡਾਟੇ|ਡੇਟਾ|ਜਾਣਕਾਰੀ|ਵੇਰਵ|${PA_ACCOUNT}|ਪ੍ਰੋਫਾਈਲ|${LATIN_DATA}`,
  consent: `ਸਹਿਮਤੀ|ਇਜਾ${Z}ਤ|ਮਨ${Z}ੂਰੀ`,
  names: {
    access: '(?:ਡਾਟਾ|ਡਾਟੇ|ਡੇਟਾ|ਜਾਣਕਾਰੀ|ਵੇਰਵਿਆਂ)\\S{0,15} (?:ਦੀ )?(?:ਇੱਕ )?(?:ਕਾਪੀ|ਨਕਲ)|ਪਹੁੰਚ ਦਾ ਅਧਿਕਾਰ',
    rectification: 'ਸੁਧਾਰ ਦਾ ਅਧਿਕਾਰ|ਦਰੁਸਤੀ ਦਾ ਅਧਿਕਾਰ',
    erasure: `ਮਿਟਾਉਣ ਦਾ ਅਧਿਕਾਰ|ਹਟਾਉਣ ਦਾ ਅਧਿਕਾਰ|${PA_ACCOUNT}\\S{0,15} (?:ਡਿਲੀਟ ਕਰ ਦਿਓ|ਡਿਲੀਟ ਕਰੋ|ਮਿਟਾ ਦਿਓ|ਹਟਾ ਦਿਓ|ਬੰਦ ਕਰ ਦਿਓ)`,
    restriction: 'ਪ੍ਰੋਸੈਸਿੰਗ\\S{0,15} (?:ਨੂੰ )?(?:ਸੀਮਤ|ਸੀਮਿਤ|ਰੋਕ)',
    objection: `ਇਤਰਾ${Z} (?:ਕਰਦਾ|ਕਰਦੀ|ਜਤਾਉਂਦਾ|ਜਤਾਉਂਦੀ|ਦਰਜ)`,
    portability: 'ਪੋਰਟੇਬਿਲਟੀ|ਪੋਰਟੇਬਿਲਿਟੀ',
    withdraw_consent: `(?:ਸਹਿਮਤੀ|ਇਜਾ${Z}ਤ)\\S{0,15} (?:ਵਾਪਸ ਲੈ|ਰੱਦ ਕਰ)`,
    opt_out_sale: 'ਨਾ ਵੇਚੋ|ਨਾ ਵੇਚਿਓ|ਵੇਚੋ ਨਾ|ਵੇਚਣਾ ਬੰਦ|ਵਿਕਰੀ ਨਾ ਕਰੋ',
  },
  verbs: {
    access: 'ਕਾਪੀ|ਨਕਲ',
    rectification: 'ਸੁਧਾਰ|ਠੀਕ ਕਰ|ਅਪਡੇਟ|ਦਰੁਸਤ',
    erasure: 'ਡਿਲੀਟ|ਮਿਟਾ|ਹਟਾ|delete ਕਰ',
    restriction: 'ਸੀਮਤ|ਸੀਮਿਤ',
    objection: `ਇਤਰਾ${Z}`,
    portability: 'ਟ੍ਰਾਂਸਫਰ|ਟਰਾਂਸਫਰ|ਤਬਦੀਲ|ਐਕਸਪੋਰਟ',
    withdraw_consent: 'ਵਾਪਸ ਲੈ',
    opt_out_sale: 'ਵੇਚ|ਵਿਕਰੀ',
  },
  extra: {
    access: [
      [1, 'ਮੇਰੇ ਬਾਰੇ~{0,40}(?:ਕਿਹੜੀ|ਕਿਹੜਾ|ਕੀ) (?:ਜਾਣਕਾਰੀ|ਡਾਟਾ|ਡੇਟਾ)'],
      [1, '(?:ਮੇਰ(?:ਾ|ੀ|ੇ)|ਸਾਰਾ|ਸਾਰੀ) (?:ਡਾਟਾ|ਡੇਟਾ|ਜਾਣਕਾਰੀ|ਨਿੱਜੀ)\\S{0,15}~{0,30}(?:ਭੇਜੋ|ਭੇਜ ਦਿਓ|ਦੇ ਦਿਓ)'],
      PA_DPDP.access,
    ],
    rectification: [
      [1, '(?:ਨਾਮ|ਨਾਂ|ਪਤਾ|ਫ਼ੋਨ ਨੰਬਰ|ਫੋਨ ਨੰਬਰ|ਈਮੇਲ|ਜਨਮ ਮਿਤੀ)\\S{0,15}~{0,40}(?:ਗਲਤ|ਗ਼ਲਤ|ਸੁਧਾਰ|ਠੀਕ ਕਰ|ਬਦਲ|ਅਪਡੇਟ)'],
      PA_DPDP.rectification,
    ],
    erasure: [[1, `${PA_ACCOUNT}\\S{0,15} ਬੰਦ ਕਰ (?:ਦਿਓ|ਦਿਉ)|ਸਭ ਕੁਝ (?:ਮਿਟਾ|ਡਿਲੀਟ|ਹਟਾ)`], PA_DPDP.erasure],
    objection: [
      aiTrainingObjection('ਡਾਟ|ਡੇਟਾ|ਜਾਣਕਾਰੀ', 'ਏਆਈ|ਬਣਾਉਟੀ ਬੁੱਧੀ', 'ਸਿਖਲਾਈ|ਟ੍ਰੇਨਿੰਗ'),
      [1, '(?:ਇ(?:\\u0a36|\\u0a38\\u0a3c?)ਤਿਹਾਰ|ਮਾਰਕੀਟਿੰਗ|ਪ੍ਰਚਾਰ)~{0,30}(?:ਨਾ ਵਰਤੋ|ਵਰਤੋਂ ਨਾ ਕਰੋ)', 'absorbable'],
      [
        1,
        '(?:ਇ(?:\\u0a36|\\u0a38\\u0a3c?)ਤਿਹਾਰ|ਵਿਗਿਆਪਨ|ਮਾਰਕੀਟਿੰਗ|ਪ੍ਰਚਾਰ|ਪ੍ਰਮੋਸ਼ਨ)\\S{0,15}~{0,40}(?:ਨਾ ਭੇਜੋ|ਭੇਜਣਾ ਬੰਦ|ਬੰਦ ਕਰੋ|ਨਹੀਂ ਚਾਹੀਦ)',
        'absorbable',
      ],
    ],
  },
  trailingNegation: '(?<![\\u0a00-\\u0a7f])(?:ਨਾ|ਨਹੀਂ|ਨਹੀ)(?![\\u0a00-\\u0a7f])',
  keepAccount: `${PA_ACCOUNT}\\S{0,15} (?:ਡਿਲੀਟ|ਬੰਦ) ਨਾ ਕਰ|ਕੁਝ ਵੀ ਨਾ (?:ਮਿਟਾਓ|ਹਟਾਓ|ਡਿਲੀਟ)`,
  // "ਕੀ ਤੁਸੀਂ ਗਾਹਕਾਂ ਦਾ ਡਾਟਾ ਵੇਚਦੇ ਹੋ?" asks about the practice.
  hypothetical: 'ਕੀ ਤੁਸੀਂ~{0,60}(?:ਵੇਚਦੇ|ਸਾਂਝਾ ਕਰਦੇ|ਸ਼ੇਅਰ ਕਰਦੇ)|(?:ਕਰਾਂ|ਕਰੀਏ) ਤਾਂ~{0,30}ਕੀ',
});

const OR_DPDP = dpdpCitations('ଡିଜିଟାଲ ବ୍ୟକ୍ତିଗତ', 'ଧାରା');
const OR_ACCOUNT = '(?:ଖାତା|ଆକାଉଣ୍ଟ|ଏକାଉଣ୍ଟ)';

export const or = basicLexicon({
  language: 'or',
  latin: false,
  data: `ଡାଟା|ଡେଟା|ତଥ୍ୟ|ସୂଚନା|ବିବରଣୀ|${OR_ACCOUNT}|${LATIN_DATA}`,
  consent: 'ସମ୍ମତି|ଅନୁମତି',
  names: {
    access: '(?:ତଥ୍ୟ|ଡାଟା|ସୂଚନା)\\S{0,15} (?:ଏକ )?(?:କପି|ନକଲ|ପ୍ରତିଲିପି)|(?:ଆକ୍ସେସ୍|ପ୍ରବେଶ) ଅଧିକାର',
    rectification: 'ସଂଶୋଧନ(?:ର)? ଅଧିକାର',
    erasure: `ବିଲୋପ(?:ର)? ଅଧିକାର|${OR_ACCOUNT}\\S{0,15} (?:ଡିଲିଟ୍ କରନ୍ତୁ|ବିଲୋପ କରନ୍ତୁ|ବନ୍ଦ କରନ୍ତୁ)(?! ନାହିଁ)`,
    restriction: 'ପ୍ରକ୍ରିୟାକରଣ\\S{0,15} (?:ସୀମିତ|ପ୍ରତିବନ୍ଧିତ)',
    objection: 'ଆପତ୍ତି (?:କରୁଛି|ଜଣାଉଛି|ଉଠାଉଛି)',
    portability: 'ପୋର୍ଟେବିଲିଟି',
    withdraw_consent: '(?:ସମ୍ମତି|ଅନୁମତି)\\S{0,15} (?:ପ୍ରତ୍ୟାହାର|ଫେରାଇ ନେଉଛି)',
    opt_out_sale: '(?:ବିକ୍ରି|ବିକ୍ରୟ) (?:କରନ୍ତୁ|କର) ନାହିଁ',
  },
  verbs: {
    access: 'କପି|ନକଲ|ପ୍ରତିଲିପି',
    rectification: 'ସଂଶୋଧନ|ଠିକ୍ କର|ଅପଡେଟ',
    erasure: 'ଡିଲିଟ|ବିଲୋପ|ଲିଭାଇ|ହଟାଇ|delete କର',
    restriction: 'ସୀମିତ',
    objection: 'ଆପତ୍ତି',
    portability: 'ସ୍ଥାନାନ୍ତର|ଟ୍ରାନ୍ସଫର',
    withdraw_consent: 'ପ୍ରତ୍ୟାହାର|ଫେରାଇ ନେ',
    opt_out_sale: 'ବିକ୍ରି|ବିକ୍ରୟ',
  },
  extra: {
    access: [[1, 'ମୋ (?:ବିଷୟରେ|ସମ୍ପର୍କରେ)~{0,40}(?:କେଉଁ|କଣ|କି) (?:ତଥ୍ୟ|ସୂଚନା|ଡାଟା)'], OR_DPDP.access],
    rectification: [
      [1, '(?:ନାମ|ଠିକଣା|ଫୋନ୍ ନମ୍ବର|ଇମେଲ୍)\\S{0,15}~{0,40}(?:ଭୁଲ|ସଂଶୋଧନ|ଠିକ୍ କର|ବଦଳ)'],
      OR_DPDP.rectification,
    ],
    erasure: [OR_DPDP.erasure],
    objection: [
      [1, '(?:ବିଜ୍ଞାପନ|ମାର୍କେଟିଂ|ପ୍ରଚାର)\\S{0,15}~{0,40}(?:ପଠାନ୍ତୁ ନାହିଁ|ପଠାଇବା ବନ୍ଦ|ବନ୍ଦ କରନ୍ତୁ)', 'absorbable'],
    ],
  },
  trailingNegation: 'ନାହିଁ|(?<![\\u0b00-\\u0b7f])ନ(?![\\u0b00-\\u0b7f])',
  keepAccount: `${OR_ACCOUNT}\\S{0,15} (?:ଡିଲିଟ୍|ବନ୍ଦ) (?:କରନ୍ତୁ|କର) ନାହିଁ`,
  hypothetical: "(?:ବିକ୍ରି|ବିକ୍ରୟ) (?:କରନ୍ତି|କରୁଛନ୍ତି) କି|(?:ଡିଲିଟ୍|ବିଲୋପ) କଲେ~{0,30}(?:କଣ|କ'ଣ)",
});
