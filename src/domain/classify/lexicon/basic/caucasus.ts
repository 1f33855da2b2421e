/**
 * Georgian, Armenian and Azerbaijani rights vocabulary: Georgia's Law on Personal Data Protection (2023),
 * Armenia's Law on Protection of Personal Data (2015) and Azerbaijan's Law on Personal Data (2010) give the
 * GDPR's rights in the same words, and writers abroad cite the GDPR itself. Georgian and Armenian are named by
 * their scripts (`script-language.ts`) and read as substrings, so each verb is listed by its stem ("წაშალ-",
 * "ջնջ-"); Armenian writes its question mark on the stressed vowel ("վաճառու՞մ եք"). Azerbaijani is typed
 * with and without its letters ("məlumatlarımı" / "melumatlarimi"): "ə" also reads as "e"; typed without
 * them, eld reads it as Turkish and the Turkish list reads it.
 */
import { basicLexicon } from './build.js';
import { withGdprArticles } from './gdpr-articles.js';

const KA_DATA = '(?:მონაცემ|ინფორმაცი)\\S*';

export const ka = basicLexicon({
  language: 'ka',
  latin: false,
  data: 'მონაცემ\\S*|ინფორმაცი\\S*|ანგარიშ\\S*|პროფილ\\S*|ექაუნთ\\S*',
  consent: 'თანხმობ\\S*|ნებართვ\\S*',
  names: {
    access: `${KA_DATA} ასლ\\S*|წვდომის უფლება|(?:რა|რომელ)\\S*~{0,30}${KA_DATA}~{0,40}ჩემ(?:ს)? შესახებ`,
    rectification: 'გასწორების უფლება|შესწორების უფლება',
    erasure: `წაშლის უფლება|დავიწყების უფლება|(?<!არ |ნუ )(?:წაშალეთ|წაშალოთ|წაშლა)~{0,20}(?:ჩემი )?(?:ანგარიშ|${KA_DATA})`,
    restriction: 'დამუშავების შეზღუდვ\\S*|შეზღუდეთ~{0,30}დამუშავებ\\S*',
    objection: 'ვეწინააღმდეგები|წინააღმდეგი ვარ|ვაპროტესტებ',
    portability: 'პორტირებ\\S*|გადატანის უფლება',
    withdraw_consent:
      '(?:თანხმობ|ნებართვ)\\S*~{0,30}(?:ვიხმობ|გამოხმობ|ვაუქმებ|გაუქმებ|უკან ვიღებ)|(?:ვიხმობ|ვაუქმებ)\\S*~{0,20}თანხმობ\\S*',
    opt_out_sale: 'არ გაყიდოთ|ნუ გაყიდით|ნუ ყიდით',
  },
  verbs: {
    access: 'ასლი|ასლს|გამომიგზავნ\\S*',
    rectification: 'შეასწორ\\S*|გაასწორ\\S*|შესწორებ\\S*|განაახლ\\S*|შეცვალ\\S*',
    erasure: 'წაშალ\\S*|წაშლ\\S*',
    restriction: 'შეზღუდ\\S*',
    objection: 'ვეწინააღმდეგ\\S*|ვაპროტესტ\\S*',
    // Not "ვის გადაეცით" (to whom did you pass it): an access question.
    portability: 'გადაიტან\\S*|გადატან\\S*|(?<!ვის (?:\\S+ )?)გადაეცით',
    withdraw_consent: 'ვიხმობ|გამოხმობ\\S*|ვაუქმებ',
    opt_out_sale: 'გაყიდ\\S*|ყიდით',
  },
  extra: withGdprArticles(
    {
      access: [[1, 'ვის (?:\\S+ )?(?:გადაეცით|გადაეცა|გაუზიარეთ|მიაწოდეთ)']],
      rectification: [[1, '(?:სახელი|გვარი|მისამართი)~{0,30}(?:არასწორ|შეცდომ)\\S*']],
      erasure: [
        [1, '(?:დახურ|გააუქმ)(?:ეთ|ოთ) (?:ჩემი )?ანგარიშ\\S*|ანგარიშ\\S*~{0,30}(?:დახურ|გააუქმ)(?:ეთ|ოთ)'],
      ],
      objection: [
        [
          1,
          '(?:შეწყვიტეთ|აღარ გამომიგზავნოთ|ნუ მიგზავნით)~{0,40}(?:რეკლამ|მარკეტინგ|სიახლე)\\S*',
          'absorbable',
        ],
      ],
    },
    (n) => `(?:მე-)?${n}(?!\\d)\\S* მუხლ`,
  ),
  keepAccount: '(?:არ წაშალოთ|ნუ წაშლით|არ დახუროთ) (?:ჩემი )?ანგარიშ\\S*',
  // "ყიდით თუ არა მომხმარებლების მონაცემებს?" asks about the practice.
  hypothetical: 'ყიდით თუ არა|ხომ არ ყიდით|თუ წავშლი~{0,40}რა მოხდება',
});

const HY_DATA = '(?:տվյալ|տեղեկատվ|տեղեկություն)\\S*';

export const hy = basicLexicon({
  language: 'hy',
  latin: false,
  data: 'տվյալ\\S*|տեղեկատվ\\S*|տեղեկություն\\S*|հաշիվ\\S*|հաշվ\\S*|պրոֆիլ\\S*',
  consent: 'համաձայնությ\\S*|թույլտվությ\\S*',
  names: {
    access: `${HY_DATA} պատճեն\\S*|ծանոթանալու իրավունք|(?:ինչ|որ) ${HY_DATA}~{0,40}իմ մասին`,
    rectification: 'ուղղման իրավունք|ուղղելու իրավունք',
    erasure: `ջնջելու իրավունք|ջնջման իրավունք|մոռացվելու իրավունք|(?<!մի |չ)ջնջեք~{0,20}(?:իմ )?(?:հաշիվ|${HY_DATA})`,
    restriction: 'մշակման սահմանափակ\\S*|սահմանափակեք~{0,30}մշակ\\S*',
    objection: 'առարկում եմ|առարկության իրավունք|դեմ եմ~{0,30}(?:մշակ|օգտագործ)\\S*',
    portability: 'տեղափոխելիության|փոխանցելիության',
    withdraw_consent: 'համաձայնությ\\S*~{0,30}(?:հետ եմ վերցն|հետ եմ կանչ|հետ կանչ|չեղարկ)\\S*',
    opt_out_sale: 'մի վաճառեք|չվաճառեք|չվաճառել',
  },
  verbs: {
    access: 'պատճեն\\S*|ուղարկեք ինձ',
    rectification: 'ուղղեք|ուղղել|թարմացրեք|թարմացնել|փոխեք',
    erasure: 'ջնջ\\S*',
    restriction: 'սահմանափակ\\S*',
    objection: 'առարկ\\S*',
    // Not "ում եք փոխանցել" (to whom have you passed it): an access question.
    portability: '(?<!ում (?:\\S+ ){0,2})փոխանց\\S*|տեղափոխ\\S*',
    withdraw_consent: 'հետ եմ վերցն\\S*|հետ կանչ\\S*|չեղարկ\\S*',
    opt_out_sale: 'վաճառ\\S*',
  },
  extra: withGdprArticles(
    {
      access: [[1, 'ում (?:եք )?(?:փոխանցել|տրամադրել)']],
      // Asked with "խնդրում եմ" and an infinitive: "խնդրում եմ փոխել իմ էլ. հասցեն".
      rectification: [
        [1, '(?:անուն|ազգանուն|հասցե|հեռախոս)\\S*~{0,30}(?:սխալ|ճիշտ չէ)'],
        [
          1,
          '(?:փոխել|փոխեք|ուղղել|ուղղեք|թարմացնել|թարմացրեք) (?:իմ )?(?:էլ\\. |էլեկտրոնային )?(?:հասցե|անուն|ազգանուն|հեռախոս)\\S*',
        ],
      ],
      erasure: [[1, '(?:փակեք|փակել) (?:իմ )?հաշիվ\\S*']],
      objection: [
        [
          1,
          '(?:դադարեցրեք|մի ուղարկեք|այլևս)~{0,40}(?:գովազդ|մարքեթինգ|նորություն)\\S*|(?:գովազդ|մարքեթինգ)\\S*~{0,40}(?:չուղարկ|մի ուղարկ|դադարեցր)\\S*',
          'absorbable',
        ],
      ],
    },
    (n) => `${n}(?!\\d)\\S* հոդված`,
  ),
  keepAccount: '(?:մի ջնջեք|չջնջեք|մի փակեք) (?:իմ )?հաշիվ\\S*',
  // "Արդյո՞ք վաճառում եք…", "վաճառու՞մ եք" ask about the practice.
  hypothetical: 'արդյո՞?ք~{0,40}(?:վաճառ|փոխանց)|վաճառու՞մ|եթե ջնջեմ~{0,40}ինչ',
});

/** Azerbaijani "ə" is typed "e" on a keyboard without it; the fold reads the other marks. */
const schwa = (pattern: string) => pattern.replaceAll('ə', '[əe]');
const AZ_DATA = '(?:məlumat\\w*|data\\w*)';

export const az = basicLexicon({
  language: 'az',
  latin: true,
  data: schwa('məlumat\\w*|data\\w*|hesab\\w*|profil\\w*'),
  consent: schwa('razılı\\w*|razılığ\\w*|icazə\\w*'),
  names: {
    access: schwa(`(?:surət|nüsxə)\\w*~{0,20}${AZ_DATA}|${AZ_DATA}~{0,20}(?:surət|nüsxə)\\w*|çıxış hüququ`),
    rectification: schwa('düzəliş hüququ|(?:ad|soyad|ünvan)\\w*~{0,30}(?:düzəldin|səhv)'),
    erasure: schwa(
      `unudulmaq hüququ|silinmə hüququ|(?:hesab|${AZ_DATA})\\w*~{0,20}\\bsil(?:in|əsiniz|məyinizi)\\b`,
    ),
    restriction: schwa('emal\\w*~{0,20}(?:məhdudlaşdır|dayandır)\\w*'),
    objection: schwa('etiraz edirəm|etiraz hüququ'),
    portability: schwa('daşınma hüququ|(?:köçürün|ötürün)~{0,30}(?:başqa|digər)'),
    withdraw_consent: schwa('(?:razılı|razılığ|icazə)\\w*~{0,20}(?:geri götür|geri çək|ləğv ed)\\w*'),
    opt_out_sale: schwa('satmayın|satılmasın|satmamağınızı'),
  },
  verbs: {
    access: schwa('surət\\w*|nüsxə\\w*'),
    rectification: schwa('düzəldin|düzəliş|dəyişdirin'),
    // Not "silin", "silinməsini", "yeniləyin", "satılması": folded, they are Turkish words (the last two not
    // asks: "refresh the page", "its sale"), and Turkish mail meets this list when it is short.
    erasure: schwa('\\bsil(?:əsiniz|məyinizi)\\b'),
    restriction: schwa('məhdudlaşdır\\w*'),
    objection: schwa('etiraz\\w*'),
    portability: schwa('köçürün|ötürün|ötürülməsi\\w*'),
    withdraw_consent: schwa('geri götür\\w*|ləğv edirəm'),
    opt_out_sale: schwa('satmayın|satmamağınızı'),
  },
  extra: withGdprArticles(
    {
      access: [[1, schwa(`haqqımda (?:hansı|nə) ${AZ_DATA}|${AZ_DATA}~{0,30}haqqımda`)]],
      erasure: [
        [1, schwa('hesab\\w* (?:bağlayın|ləğv edin)|(?:hamısını|hər şeyi) sil(?:in|əsiniz|məyinizi)\\b')],
      ],
      objection: [
        [
          1,
          schwa(
            '(?:reklam|marketinq)\\w*~{0,30}(?:göndərməyin|dayandırın)|(?:göndərməyin|dayandırın)~{0,30}reklam',
          ),
          'absorbable',
        ],
      ],
    },
    (n) => `\\b${n}-?(?:ci|cı|cu|cü)? madd`,
  ),
  keepAccount: schwa('hesab\\w* (?:silməyin|bağlamayın)'),
  // "Müştərilərin məlumatlarını satırsınız?" asks about the practice.
  hypothetical: schwa('satırsınız|paylaşırsınız|əgər~{0,20}silsəm~{0,40}nə'),
});
