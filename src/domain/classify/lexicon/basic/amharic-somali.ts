/**
 * Amharic and Somali rights vocabulary: Ethiopia's Personal Data Protection Proclamation No. 1321/2024 and
 * Somalia's Data Protection Act 2023 give the GDPR's rights, and writers abroad cite the GDPR itself. Amharic
 * is named by its script (`script-language.ts`) and read as substrings: its verbs carry their persons and
 * negations as prefixes and suffixes ("ይሰርዙ" please delete, "ሰርዙልኝ" delete for me, "አትሰርዙ" don't delete),
 * so the stems are listed. eld does not know Somali: it is recognised by its spelling
 * (`spelling-language.ts`).
 */
import { basicLexicon } from './build.js';
import { withGdprArticles } from './gdpr-articles.js';

const AM_DATA = '(?:መረጃ|ዳታ)';

export const am = basicLexicon({
  language: 'am',
  latin: false,
  data: 'መረጃ|ዳታ|መለያ|አካውንት|አካዉንት|መገለጫ|ፕሮፋይል',
  consent: 'ፈቃድ|ፈቃዴ|ስምምነ',
  names: {
    access: `${AM_DATA}\\S* ቅጂ|የማግኘት መብት|ስለ እኔ~{0,30}${AM_DATA}`,
    rectification: 'የማስተካከል መብት|(?:ስሜ|ስሜን|አድራሻዬ|አድራሻዬን)~{0,30}(?:ያስተካክ|አስተካክ|በስህተት|ትክክል አይደለ)',
    erasure: `የመሰረዝ መብት|የመረሳት መብት|(?:መለያዬ|አካውንቴ|${AM_DATA}\\S*)~{0,30}(?:(?<!አ)ይሰርዙ|(?<!አት|አይ)ሰርዙ|(?<!አ)ያጥፉ|አጥፉ|(?<!አ)ይደምስሱ)`,
    restriction: '(?:አጠቃቀ|ሂደ|ማቀናበር)\\S*~{0,20}(?:ይገድቡ|ገድቡ|መገደብ)',
    objection: 'እቃወማለሁ|ተቃውሞዬን',
    portability: `${AM_DATA}\\S*~{0,30}(?:ወደ ሌላ)~{0,30}(?:ያስተላልፉ|አስተላልፉ|ያዛውሩ)`,
    withdraw_consent: '(?:ፈቃዴን|ስምምነቴን)~{0,20}(?:አነሳ|እያነሳ|አንስቻ|መልሼ|እሰርዛ|ሰርዣ)',
    opt_out_sale: 'አትሽጡ|አይሽጡ|እንዳትሸጡ|እንዳይሸጡ',
  },
  verbs: {
    access: 'ቅጂ|ላኩልኝ|ይላኩልኝ|ማወቅ እፈልጋለሁ',
    rectification: 'ያስተካክ|አስተካክሉ|አርሙ|ያርሙ|ያዘምኑ|አዘምኑ|ይቀይሩ|ቀይሩ',
    erasure: '(?<!አት|አይ)ሰርዙ|(?<!አ)ይሰረዝ|(?<!አ)ያጥፉ|አጥፉ|(?<!አ)ይደምስሱ',
    restriction: 'ይገድቡ|ገድቡ|መገደብ',
    objection: 'እቃወማ|ተቃውሞ',
    portability: 'ያስተላልፉ|አስተላልፉ|ያዛውሩ',
    withdraw_consent: 'አነሳለሁ|እያነሳሁ|አንስቻለሁ|መልሼ እወስዳ',
    opt_out_sale: 'ሽጡ|ይሽጡ|መሸጥ|ሽያጭ',
  },
  extra: withGdprArticles(
    {
      access: [[1, `(?:ምን|የትኛው)~{0,20}${AM_DATA}~{0,30}(?:ስለ እኔ|አላችሁ)`]],
      erasure: [[1, '(?:መለያዬን|አካውንቴን)~{0,20}(?:ይዝጉ|ዝጉ)']],
      restriction: [[2, '(?:አትሰርዙ|አይሰርዙ)~{0,60}(?:አትጠቀሙ|አይጠቀሙ)']],
      objection: [[1, '(?:ማስታወቂያ|የገበያ|ማርኬቲንግ)\\S*~{0,40}(?:ያቁሙ|አቁሙ|አትላኩ|አይላኩ)', 'absorbable']],
    },
    (n) => `አንቀጽ ${n}(?!\\d)`,
  ),
  keepAccount: '(?:መለያዬን|አካውንቴን)~{0,10}(?:አትሰርዙ|አይሰርዙ|አትዝጉ|አይዝጉ)',
  // "የደንበኞችን መረጃ ትሸጣላችሁ?" asks about the practice; "ብሰርዝ ምን ይሆናል" about a consequence.
  hypothetical: 'ትሸጣላችሁ|ይሸጣሉ\\?|ታጋራላችሁ|ብሰርዝ~{0,40}ምን',
});

const SO_DATA = '(?:xog\\w*|macluumaad\\w*)';

export const so = basicLexicon({
  language: 'so',
  latin: true,
  data: 'xog\\w*|macluumaad\\w*|akoon\\w*|koonto\\w*|xisaab\\w*|profile\\w*',
  consent: 'og(?:g)?olaansh\\w*|rukhsad\\w*|fasax\\w*',
  names: {
    access: `nuqul ${SO_DATA}|nuqul ka mid ah|xaqa helitaanka|${SO_DATA} (?:aad|ay) iga (?:haysaan|haysataan|hayso)`,
    rectification: 'xaqa saxid\\w*|(?:sax|sixi|saxa|saxda)\\w* (?:magac\\w*|cinwaan\\w*|taleefan\\w*)',
    erasure: `xaqa tirtir\\w*|(?<!ha )tirtir\\w* (?:akoon\\w*|koonto\\w*|xisaab\\w*|${SO_DATA}|dhammaan)`,
    restriction: 'xaddid\\w* (?:isticmaal|ka shaqay)\\w*|xadee\\w* (?:isticmaal|ka shaqay)\\w*',
    objection: 'waan diidanahay|waan ka soo horjeedaa|diidmo\\w*',
    portability: `(?:u wareeji|wareejiya|u gudbi)\\w*~{0,30}${SO_DATA}|${SO_DATA}~{0,30}(?:u wareeji|wareejiya|u gudbi)\\w*`,
    withdraw_consent: '(?:og(?:g)?olaansh|rukhsad)\\w*~{0,20}(?:ka noq|ka laab|baaji)\\w*',
    opt_out_sale: 'ha iibin\\w*|ha (?:u )?iibinina',
  },
  verbs: {
    access: 'nuqul\\w*|ii soo dir\\w*',
    rectification: '\\bsax(?:a|da|daan|i)\\b|sixi|cusboonaysii\\w*',
    erasure: 'tirtir\\w*|masax\\w*',
    restriction: 'xaddid\\w*|xadee\\w*',
    objection: 'diid\\w*',
    portability: 'wareeji\\w*|gudbi\\w*',
    withdraw_consent: 'ka noq\\w*|ka laab\\w*|baaji\\w*',
    opt_out_sale: 'iibi\\w*',
  },
  extra: withGdprArticles(
    {
      access: [[1, `(?:maxay|waa maxay|kee)\\w* ${SO_DATA}~{0,40}(?:iga|igu saabsan)`]],
      rectification: [[1, '(?:magac|cinwaan)\\w*~{0,30}(?:waa khalad|khaldan)']],
      erasure: [[1, '(?<!ha )(?:xir|xira|xidh)\\w* (?:akoon|koonto|xisaab)\\w*']],
      objection: [
        [
          1,
          '(?:jooji|ha ii soo dir)\\w*~{0,40}(?:xayeysiis|xayaysiis|suuq.geyn|fariimaha)\\w*',
          'absorbable',
        ],
      ],
    },
    (n) => `qodob\\w* ${n}(?!\\d)`,
  ),
  keepAccount: 'ha (?:tirtirin|xirin) (?:akoon|koonto|xisaab)\\w*',
  // "Ma iibisaan xogta macaamiishiina?" asks about the practice; "haddii aan tirtiro… maxaa" a consequence.
  hypothetical: '\\bma (?:iibisaan|iibisaa|wadaagtaan)|haddii aan tirtir\\w*~{0,40}maxaa',
});
