/**
 * The safety net's vocabulary for the languages added last (bn, ur, tl, ms, sw, af, zu, ta, mr, ne, sq, cy, and
 * the Indian ones typed in Latin letters): the writer's own data and the rights words, joined into `privacy-vocabulary.ts`. With a basic lexicon a language counts as
 * covered by the vocabulary, so a `not_a_request` on an ordinary topic may be stated at 0.7; these words keep
 * any mail that speaks of the writer's data or uses a rights verb below the threshold. Matched as substrings
 * of the lower-cased text, like the rest of the vocabulary. No ordinary-topic words: in these languages a
 * verdict of no request stays in triage unless the topic is named in a language that has them.
 */

export const MORE_OWN_DATA_TERMS = [
  'আমার (?:ব্যক্তিগত )?(?:তথ্য|ডেটা|ডাটা)|আমার সম্পর্কে|ব্যক্তিগত তথ্য',
  'میرا (?:ذاتی )?ڈیٹا|میری (?:ذاتی )?معلومات|ذاتی معلومات|میرے بارے میں',
  'aking (?:personal na )?(?:datos|impormasyon|data)|(?:datos|impormasyon) ko|tungkol sa akin',
  'maklumat peribadi|maklumat saya|data peribadi saya|tentang saya',
  'data yangu|taarifa zangu|taarifa binafsi|maelezo binafsi|kunihusu',
  'my persoonlike|persoonlike inligting|my inligting|(?<![a-z])oor my(?![a-z])',
  'mininingwane yami|datha yami|lwazi lwami|mininingwane yomuntu',
  'என் (?:தரவ|தகவல்|தனிப்பட்ட)|எனது (?:தரவ|தகவல்|தனிப்பட்ட)|தனிப்பட்ட (?:தரவ|தகவல்)|என்னைப் பற்றி',
  'माझी (?:वैयक्तिक )?माहिती|माझा (?:वैयक्तिक )?डेटा|वैयक्तिक माहिती|माझ्याबद्दल',
  'मेरो (?:व्यक्तिगत )?(?:डेटा|जानकारी|विवरण)|व्यक्तिगत विवरण|मेरो बारेमा',
  'të dhënat e mia|të dhënat personale|të dhënave personale|rreth meje',
  'fy nata|fy ngwybodaeth|gwybodaeth bersonol|data personol|amdanaf',
  // Hindi, Urdu, Tamil, Bengali, Marathi and Telugu typed in Latin letters (`romanised-indic.ts`).
  '(?<![a-z])(?:meri|mera|mere|ennoda|enoda|ennudaya|amar|majha|majhi|mazi|naa) (?:(?:zaati|tamam|saari|sari|sab|ellam|sob|shob|sagli|sagla|anni) )?(?:maloomat|malumat|maaloomat|jankari|jaankari|thagaval|vivarangal|tothyo|tottho|mahiti|vivaralu|samacharam|data|details)',
];

export const MORE_RIGHTS_STEMS = [
  'মুছে|ডিলিট|সম্মতি|আপত্তি|সংশোধন',
  'ڈیلیٹ|رضامندی|اعتراض|درستگی',
  'burahin|pakibura|i-delete|paki-delete|pahintulot|binabawi|bawiin|tumututol',
  'padamkan|kemas kini|tarik balik|membantah',
  'kufuta|futeni|mfute|idhini|ridhaa|napinga|kurekebisha',
  'skrap|verwyder|toestemming|beswaar|regstel',
  'nisuse|nisule|imvume|ngiyaphikisa|hoxisa',
  'நீக்க|அழிக்க|ஒப்புதல|ஆட்சேப|திருத்த',
  'हटवा|संमती|आक्षेप|दुरुस्त',
  'मेटाउ|हटाउ|सच्याउ|फिर्ता',
  'fshini|fshij|pëlqim|kundërshto|korrigjo',
  'dileu|dilëwch|caniatâd|ganiatâd|gwrthwynebu|cywiro|gywiro',
  '(?<![a-z])(?:hazf|neekkunga|azhichidunga|muche fel|mucche|muchhe|kadhun tak|tolaginch|theeseyandi)',
];
