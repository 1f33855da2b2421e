/**
 * The safety net's vocabulary for the languages of the eighth round (am, yo, ha, ig, so, ka, hy, az, kk, uz,
 * eu, mk, be, gl): the writer's own data and the rights words, joined into `privacy-vocabulary.ts` like
 * `safety-net-words.ts`. Matched as substrings of the lower-cased text, so each stem is one no neighbouring
 * language writes in ordinary mail: not Russian "исправ-" (fix) or "выдал-" (issued), not Turkish "izin-"
 * (permission), not the English "pare" of "compare".
 */

export const AFRICA_EURASIA_OWN_DATA_TERMS = [
  'የግል መረጃ|መረጃዬ|ዳታዬ|ስለ እኔ|መለያዬ',
  'alaye mi|àlàyé mi|data mi|dátà mi|nipa mi|nípa mi|iwifun mi|ìwífún mi',
  'bayanaina|bayanan sirri|bayanan kaina|game da ni|asusuna',
  'ozi m(?![a-z])|ozi onwe m|gbasara m(?![a-z])|akaụntụ m|akauntu m',
  'xogtayda|macluumaadkayga|akoonkayga|xogta shakhsiyeed',
  'ჩემი მონაცემ|ჩემს მონაცემ|პერსონალური მონაცემ|ჩემ შესახებ|ჩემი ანგარიშ',
  'իմ տվյալ|անձնական տվյալ|տվյալներս|իմ մասին|իմ հաշիվ',
  'məlumatlarım|melumatlarim|şəxsi məlumat|sexsi melumat|haqqımda|haqqimda',
  'деректерім|жеке дерек|мен туралы|мәліметтерім|аккаунтым',
  "ma'lumotlarim|maʼlumotlarim|maʻlumotlarim|shaxsiy ma|men haqimda|akkauntim",
  'nire datu|ene datu|datu pertsonal|niri buruz|nire kontu',
  'мои податоци|моите податоци|лични податоци|личните податоци|мојата сметка',
  'мае дадзеныя|маіх дадзеных|асабістыя дадзеныя|персанальныя дадзеныя|пра мяне|мой акаўнт',
  'os meus datos|datos persoais|a miña conta|sobre min',
];

export const AFRICA_EURASIA_RIGHTS_STEMS = [
  'ሰርዙ|ይሰረዝ|ፈቃዴ|እቃወማ|አስተካክ',
  'paare|paarẹ|ìfọwọ́sí|ifowosi|mo tako|àtúnṣe|atunse',
  'izinina|janye|adawa|goge asusu|gyara suna',
  'hichapụ|hichapu|nkwenye|emegide|dozie',
  'tirtir|ogolaansh|oggolaansh|diidanahay|sixi',
  'წაშალ|წაშლ|თანხმობ|შეასწორ|ვეწინააღმდეგ',
  'ջնջ|համաձայնությ|առարկ|ուղղ',
  'razılı|razili|etiraz|düzəl',
  'жойыңыз|жою|келісім|қарсы|түзет',
  "o'chir|oʻchir|ochirib|rozilig|e'tiroz|tuzat",
  'ezaba|baimen|aurka egin|zuzen',
  'избриш|бришење|согласноста|поднесувам приговор',
  'выдаліце|выдаленн|пярэч|адклік',
  'corrix|opóñome|supresión dos',
];
