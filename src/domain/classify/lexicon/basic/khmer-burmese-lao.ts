/**
 * Khmer, Burmese and Lao rights vocabulary. None of the three countries has a general data protection law in
 * force (Cambodia's is a draft, Laos has its 2017 Law on Electronic Data Protection, Myanmar its 2017 privacy
 * law), so writers ask in everyday words, or cite the GDPR or Thailand's PDPA from abroad. The three scripts
 * are written without spaces between words (a space ends a phrase), like Thai (`th`): every cue is a
 * substring and none depends on a word boundary. "Don't" stands before the verb in Khmer and Lao ("កុំលុប",
 * "ຢ່າລຶບ"), read as a negation; Burmese wraps the verb ("မဖျက်ပါနဲ့"), read by the ending after it.
 */
import { basicLexicon } from './build.js';

const LATIN_DATA = '(?<![a-z])(?:data|account|profile)(?![a-z])';

// "ឲ្យ", "ឱ្យ" and "អោយ" are the same word ("to let, to have something done") spelled three ways.
const KM_LET = '(?:ឲ្យ|ឱ្យ|អោយ)';
const KM_DATA = '(?:ទិន្នន័យ|ព័ត៌មាន)';

export const km = basicLexicon({
  language: 'km',
  latin: false,
  data: `ទិន្នន័យ|ព័ត៌មាន|គណនី|អាខោន|${LATIN_DATA}`,
  consent: 'យល់ព្រម|អនុញ្ញាត',
  names: {
    access: `សិទ្ធិ(?:ក្នុងការ)?ចូលប្រើ|ច្បាប់ចម្លង(?:នៃ)?${KM_DATA}|សិទ្ធិទទួលបានព័ត៌មាន`,
    rectification: `សិទ្ធិ(?:ក្នុងការ)?កែតម្រូវ|កែតម្រូវ${KM_DATA}`,
    erasure: `សិទ្ធិ(?:ក្នុងការ)?លុប|លុប(?:ចោល)?(?:គណនី|${KM_DATA})`,
    restriction: '(?:ដាក់កម្រិត|រឹតត្បិត)~{0,20}ដំណើរការ',
    objection: 'ជំទាស់(?:នឹង)?(?:ការ)?(?:ដំណើរការ|ប្រើប្រាស់)|សិទ្ធិជំទាស់',
    portability: 'ចល័តភាពទិន្នន័យ|សិទ្ធិផ្ទេរទិន្នន័យ',
    withdraw_consent: 'ដក(?:ការ|ហូតការ)?យល់ព្រម',
    opt_out_sale: 'កុំលក់|មិនត្រូវលក់|ឈប់លក់',
  },
  verbs: {
    access: 'ច្បាប់ចម្លង',
    rectification: 'កែតម្រូវ|កែប្រែ|ធ្វើបច្ចុប្បន្នភាព|អាប់ដេត',
    erasure: 'លុប',
    restriction: 'ដាក់កម្រិត|រឹតត្បិត|ផ្អាក',
    objection: 'ជំទាស់',
    portability: 'ផ្ទេរ|នាំចេញ',
    withdraw_consent: 'ដកការ|ដកហូត',
    opt_out_sale: 'លក់',
  },
  extra: {
    access: [
      [1, `${KM_DATA}(?:ផ្ទាល់ខ្លួន)?(?:អ្វីខ្លះ|អ្វី)~{0,20}(?:អំពីខ្ញុំ|របស់ខ្ញុំ)|អំពីខ្ញុំ~{0,20}អ្វីខ្លះ`],
      [1, `ផ្ញើ~{0,20}${KM_DATA}(?:ផ្ទាល់ខ្លួន)?(?:របស់ខ្ញុំ|ទាំងអស់)|ផ្ញើ~{0,20}${KM_DATA}~{0,30}អំពីខ្ញុំ`],
    ],
    rectification: [[1, '(?:ឈ្មោះ|អាសយដ្ឋាន|លេខទូរស័ព្ទ|អ៊ីមែល)~{0,30}(?:មិនត្រឹមត្រូវ|ខុស|កែ)']],
    erasure: [[1, 'បិទគណនី|លុបចោលទាំងអស់|លុបទាំងអស់']],
    objection: [[1, '(?:(?:ឈប់|កុំ)ផ្ញើ|មិនចង់ទទួល)~{0,20}(?:ពាណិជ្ជកម្ម|ផ្សព្វផ្សាយ|ទីផ្សារ|ប្រូម៉ូសិន)', 'absorbable']],
  },
  negation: 'កុំ',
  keepAccount: `មិនចង់${KM_LET}?លុប|កុំលុប|រក្សាគណនី`,
  // "តើអ្នកលក់ទិន្នន័យអតិថិជនទេ?" asks about the practice; "បើខ្ញុំលុប ... យ៉ាងម៉េច" about a consequence.
  hypothetical: 'តើ~{0,40}(?:លក់|ចែករំលែក)~{0,40}(?:ទេ|ឬអត់)|បើ~{0,20}លុប~{0,30}(?:អ្វី|យ៉ាងម៉េច|យ៉ាងដូចម្តេច)',
});

// Burmese stacks a final consonant's marks in either order ("ကန့်" typed as ့် or ့်): both are read.
const DOT = '(?:\\u1037\\u103a|\\u103a\\u1037)';
const MY_DATA = '(?:ဒေတာ|အချက်အလက်)';
// The polite negative imperative "မ … ပါနဲ့" ("don't …"), its vowel and dot typed in either order.
const MY_DONT = '(?:ပါန(?:\\u1032\\u1037|\\u1037\\u1032)|ပါနှင(?:\\u1037\\u103a|\\u103a\\u1037))';

export const my = basicLexicon({
  language: 'my',
  latin: false,
  data: `ဒေတာ|အချက်အလက်|အကောင့်|${LATIN_DATA}`,
  consent: 'သဘောတူ|ခွင့်ပြုချက်',
  names: {
    access: `ဝင်ရောက်ကြည့်ရှုခွင့်|${MY_DATA}~{0,10}မိတ္တူ`,
    rectification: `ပြင်ဆင်ခွင့်|${MY_DATA}(?:များ)?(?:ကို)? ?ပြင်ဆင်`,
    erasure: `ဖျက်ပိုင်ခွင့်|ဖျက်သိမ်းခွင့်|(?:အကောင့်|${MY_DATA})(?:များ)?(?:ကို)? ?ဖျက်(?:ပေး|ပါ|သိမ်းပေး)`,
    restriction: `ကန${DOT}သတ်~{0,10}(?:အသုံးပြု|လုပ်ဆောင်)`,
    objection: `ကန${DOT}ကွက်`,
    portability: 'ရွှေ\\u1037?ပြောင်းနိုင်ခွင့်|ရွှေ\\u1037?ပြောင်းပိုင်ခွင့်',
    withdraw_consent: '(?:သဘောတူညီချက်|ခွင့်ပြုချက်)~{0,15}ရုပ်သိမ်း',
    opt_out_sale: `မရောင်း(?:${MY_DONT}|ရ)|ရောင်းချခြင်း(?:ကို)?ရပ်`,
  },
  verbs: {
    access: 'မိတ္တူ',
    rectification: 'ပြင်ဆင်|ပြုပြင်|ပြင်ပေး|အပ်ဒိတ်',
    erasure: 'ဖျက်|ထုတ်ပစ်',
    restriction: `ကန${DOT}သတ်|ရပ်ဆိုင်း`,
    objection: `ကန${DOT}ကွက်`,
    portability: 'ရွှေ\\u1037?ပြောင်း|လွှဲပြောင်း',
    withdraw_consent: 'ရုပ်သိမ်း',
    opt_out_sale: 'ရောင်း',
  },
  extra: {
    access: [
      [1, `(?:ပတ်သက်|သက်ဆိုင်)~{0,20}(?:ဘယ်|ဘာ)~{0,20}${MY_DATA}`],
      [1, `(?:အကြောင်း|ကိုယ်ရေး)~{0,30}${MY_DATA}~{0,30}ပို\\u1037(?:ပေး|ပါ)`],
    ],
    objection: [
      [1, `(?:ကြော်ငြာ|မားကတ်တင်း|ပရိုမိုးရှင်း)~{0,30}(?:မပို\\u1037${MY_DONT}|ပို\\u1037တာရပ်|ရပ်ပေး)`, 'absorbable'],
    ],
  },
  trailingNegation: MY_DONT,
  keepAccount: `မဖျက်${MY_DONT}|အကောင့်(?:ကို)?ဆက်(?:ထား|သုံး)`,
  // "ဖောက်သည်ဒေတာကို ရောင်းပါသလား" asks about the practice.
  hypothetical: '(?:ရောင်း|မျှဝေ)~{0,20}သလား|ဖျက်(?:လိုက်)?ရင်~{0,30}ဘာ',
});

// "ຂໍ້" is typed with its two marks in either order.
const LO_DATA = '(?:ຂ(?:ໍ້|້ໍ)ມູນ)';

export const lo = basicLexicon({
  language: 'lo',
  latin: false,
  data: `${LO_DATA}|ບັນຊີ|${LATIN_DATA}`,
  consent: 'ຍິນຍອມ|ອະນຸຍາດ',
  names: {
    access: `ສິດ(?:ໃນການ)?ເຂົ້າເຖິງ|ສຳເນົາ${LO_DATA}|ຂໍສຳເນົາ`,
    rectification: `ແກ້ໄຂ${LO_DATA}|ສິດ(?:ໃນການ)?ແກ້ໄຂ`,
    erasure: `ລຶບ(?:${LO_DATA}|ບັນຊີ)|ສິດ(?:ໃນການ)?ລຶບ`,
    restriction: 'ຈຳກັດການປະມວນຜົນ|ລະງັບການນຳໃຊ້',
    objection: 'ຄັດຄ້ານ(?:ການ)?(?:ປະມວນຜົນ|ນຳໃຊ້)|ສິດຄັດຄ້ານ',
    portability: `ໂອນຍ້າຍ${LO_DATA}`,
    withdraw_consent: '(?:ຖອນ|ຍົກເລີກ)(?:ການ|ຄວາມ)?ຍິນຍອມ',
    opt_out_sale: 'ຢ່າຂາຍ|ບໍ່ໃຫ້ຂາຍ|ຫ້າມຂາຍ',
  },
  verbs: {
    access: 'ສຳເນົາ|ເຂົ້າເຖິງ',
    rectification: 'ແກ້ໄຂ|ປັບປຸງ',
    erasure: 'ລຶບ',
    restriction: 'ຈຳກັດ|ລະງັບ',
    objection: 'ຄັດຄ້ານ',
    portability: 'ໂອນ',
    withdraw_consent: 'ຖອນ',
    opt_out_sale: 'ຂາຍ',
  },
  extra: {
    access: [[1, `${LO_DATA}(?:ສ່ວນຕົວ|ສ່ວນບຸກຄົນ)?(?:ຫຍັງແດ່|ອັນໃດແດ່)~{0,20}(?:ຂອງຂ້ອຍ|ກ່ຽວກັບຂ້ອຍ|ຂອງຂ້າພະເຈົ້າ)`]],
    objection: [[1, '(?:ຢຸດສົ່ງ|ບໍ່ຕ້ອງສົ່ງ|ຢ່າສົ່ງ)~{0,20}(?:ໂຄສະນາ|ໂປຣໂມຊັ່ນ|ການຕະຫຼາດ)', 'absorbable']],
  },
  negation: 'ຢ່າ',
  keepAccount: 'ບໍ່ຕ້ອງລຶບ|ຢ່າລຶບ|ບໍ່ໃຫ້ລຶບ',
  hypothetical: `(?:ຂາຍ|ແບ່ງປັນ)${LO_DATA}~{0,30}(?:ບໍ(?!່)|ຫຼືບໍ່)`,
});
