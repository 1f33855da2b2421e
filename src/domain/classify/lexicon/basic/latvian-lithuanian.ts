/** Latvian and Lithuanian rights vocabulary (GDPR Arts. 7, 15-21). */
import { basicLexicon } from './build.js';
import { type Extra, mergeExtra } from './merge-extra.js';
import { lvImplicit, ltImplicit } from './implicit-west-slavic-baltic.js';

/**
 * The GDPR's articles as Latvian cites them ("15. pantu", "VDAR 17. panta"): the universal cues read
 * "pants" only. Latvia's own law numbers no data subject rights, so the number counts unless a contract's,
 * the terms' or a law's article is named ("līguma 15. pants").
 */
const lvArticle = (n: string) => `(?<!\\d|(?:līguma|noteikumu|likuma) )${n}\\. pant\\w*`;
const lvArticles: Extra = {
  access: [[1.5, lvArticle('15')]],
  rectification: [[1.5, lvArticle('16')]],
  erasure: [[1.5, lvArticle('17')]],
  restriction: [[1.5, lvArticle('18')]],
  portability: [[1.5, lvArticle('20')]],
  objection: [[1.5, lvArticle('21')]],
};

export const lv = basicLexicon({
  language: 'lv',
  latin: true,
  data: 'dati|datu|datus|datiem|kont\\w*|informācij\\w*',
  consent: 'piekrišan\\w*|atļauj\\w*',
  names: {
    access: 'piekļuves tiesīb\\w*|piekļuv\\w* (?:maniem )?(?:personas )?datiem',
    rectification: 'labošan\\w*',
    erasure: 'dzēšan\\w*|tiesības tikt aizmirstam',
    restriction: 'apstrādes ierobežo\\w*',
    objection: 'iebildum\\w*|iebilstu',
    portability: 'pārnesamīb\\w*',
    withdraw_consent: 'atsauc\\w*~{0,20}piekrišan\\w*|piekrišan\\w*~{0,20}atsauk\\w*',
    opt_out_sale: 'nepārdo\\w*',
  },
  verbs: {
    access: 'kopij\\w*|piekļ\\w*',
    rectification: 'labo\\w*|izlabo\\w*|atjauno\\w*',
    erasure: 'dzēs\\w*|izdzēs\\w*|noņem\\w*|slēg\\w*',
    restriction: 'ierobež\\w*',
    objection: 'iebild\\w*',
    portability: 'pārsūt\\w*|pārnes\\w*',
    withdraw_consent: 'atsauc\\w*|atsauk\\w*',
    opt_out_sale: 'pārdo\\w*',
  },
  extra: mergeExtra(
    {
      access: [
        [1, '(?:parādiet|atsūtiet man|pasakiet)~{0,30}(?:visu|ko|kādi)'],
        [1, '(?<!visu, )(?:ko|kādus datus) (?:jūs )?(?:vēl )?(?:glabājat|uzglabājat|turat)~{0,20}par mani'],
        [0.5, 'kādi dati (?:par mani )?(?:jums )?(?:vēl )?ir'],
      ],
      rectification: [
        // Art. 16: my name, address or number is wrong, put it right.
        [1, '(?:vārds|uzvārds|adrese|tālruņa numurs)~{0,50}(?:nepareizi|kļūdaini|ar kļūdu)'],
        [
          1,
          '(?:atjauniniet|atjaunojiet|nomainiet|izlabojiet|mainiet)~{0,30}(?:adres|e-pasta|vārd|uzvārd|tālru|dat)',
        ],
        [1, '(?:mana|man ir) jaun\\w* (?:adrese|e-pasta adrese|e-pasts)'],
      ],
      erasure: [
        // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
        [1, '(?:negribu|nevēlos)~{0,50}(?:jebko|neko)~{0,20}par mani'],
        [1, '(?:izņemiet|izdzēsiet|dzēsiet) mani~{0,40}(?:datubāz|sistēm|reģistr)'],
        [1, 'no manis (?:vairs )?nekas (?:ne)?(?:paliek|paliktu)'],
        [1, '(?:aizveriet|slēdziet|dzēsiet|izdzēsiet) (?:manu )?kontu'],
        [1, '(?:izdzēsiet|dzēsiet) (?:pilnīgi )?visu'],
        [1, '(?:joprojām|vēl (?:arvien|joprojām)?) nav (?:\\w+ )?(?:dzēst|izdzēst)\\w*'],
      ],
      restriction: [
        [2, 'nedzēsiet~{0,60}(?:neizmantojiet|neapstrādājiet)'],
        [1.5, '(?:neizmantojiet|neapstrādājiet)~{0,60}(?:kamēr|līdz)'],
      ],
      objection: [
        [1, '(?:nevēlos|negribu)~{0,90}(?:pētījum|statistik|mārketing|reklām|analīz|analītik|profil)'],
        [1, 'pārtrauciet (?:man )?sūtīt~{0,20}(?:reklām|mārketing|jaunum)', 'absorbable'],
        [
          1,
          '(?:nesūtiet|pārtrauciet|(?:nevēlos|negribu) (?:vairs )?saņemt)~{0,40}(?:reklām|mārketing|jaunumu|piedāvājum)',
          'absorbable',
        ],
      ],
      portability: [[1, '(?:fail|formāt)\\w*~{0,40}(?:importē|ielādē|augšupielādē)']],
      withdraw_consent: [[1, '(?:atsaucu|atceļu|vairs neatļauju)~{0,30}(?:atļauj|piekrišan|izmantošan)']],
      opt_out_sale: [
        [1, '(?:izslēdziet|izņemiet|svītrojiet) mani~{0,40}(?:mērķēt|reklām|profil)'],
        [1, 'mērķēt\\w* reklām\\w*~{0,40}(?:atsak|atteik|izslēg)'],
      ],
    },
    lvImplicit,
    lvArticles,
  ),
  keepAccount:
    'nedzēsiet (?:neko|kontu|manu kontu)|neaizveriet (?:manu )?kontu|saglabājiet (?:manu )?kontu|kontu (?:nevēlos|negribu) (?:dzēst|slēgt)',
  hypothetical: 'vai (?:jūs )?(?:pārdodat|nododat|kopīgojat)|cik ilgi (?:jūs )?(?:glabājat|uzglabājat)',
});

export const lt = basicLexicon({
  language: 'lt',
  latin: true,
  data: 'duomen\\w*|paskyr\\w*|informacij\\w*',
  consent: 'sutikim\\w*|leidim\\w*',
  names: {
    access: 'teis\\w* susipažinti|susipažin\\w* su (?:savo |mano )?(?:asmens )?duomen\\w*',
    rectification: 'ištaisym\\w*',
    erasure: 'teis\\w* būti pamiršt\\w*|ištrynim\\w*|teis\\w* reikalauti ištrinti',
    restriction: 'tvarkymo apribojim\\w*|apribo\\w* (?:duomenų )?tvarkym\\w*',
    objection: 'nesutikim\\w*|prieštarav\\w*',
    portability: 'perkeliamum\\w*',
    withdraw_consent: 'atšauk(?!sm)\\w*~{0,20}sutikim\\w*|sutikim\\w*~{0,20}atšauk(?!sm)\\w*',
    opt_out_sale: 'neparduot\\w*',
  },
  verbs: {
    access: 'kopij\\w*|susipaž\\w*',
    rectification: 'ištais\\w*|pataisy\\w*|atnaujin\\w*',
    erasure: 'ištrin\\w*|ištryn\\w*|pašalin\\w*|panaikin\\w*',
    restriction: 'apribo\\w*',
    objection: 'nesutink\\w*|prieštar\\w*',
    portability: 'perkel\\w*|perduot\\w*',
    withdraw_consent: 'atšauk(?!sm)\\w*',
    opt_out_sale: 'parduo\\w*|pardav\\w*',
  },
  extra: mergeExtra(
    {
      access: [
        [1, '(?:parodykite|atsiųskite man|pasakykite)~{0,30}(?:viską|ką|kokius)'],
        // Not after "ištrinkite viską,": "delete everything you have about me" is erasure alone.
        [
          1,
          '(?<!viską, )(?:ką|kokius duomenis) (?:jūs )?(?:dar )?(?:saugote|laikote|turite|kaupiate)~{0,20}apie mane',
        ],
        [
          1,
          '(?<!viską, )(?:ką|kokius duomenis) (?:jūs )?(?:dar )?apie mane~{0,20}(?:saugote|laikote|turite|kaupiate)',
        ],
      ],
      rectification: [
        [0.5, '(?:pavard|vard|adres)\\w*~{0,50}(?:klaiding|neteising)\\w*'],
        [
          1,
          '(?:atnaujin|pakeis|pataisy|ištaisy)\\w*~{0,30}(?:adres|el\\. pašt|el\\. laišk|vard|pavard|telefon|duomen)',
        ],
        [1, '(?:mano|turiu) nauj\\w* (?:adres|el\\. pašt)'],
      ],
      erasure: [
        // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
        [1, '(?:nenoriu|nepageidauju)~{0,50}(?:bet ką|nieko|ką nors)~{0,20}apie mane'],
        [1, '(?:pašalinkite|ištrinkite) mane~{0,40}(?:duomenų baz|sistem|regist)'],
        [1, '(?:uždary|ištrin|panaikin)\\w* (?:mano )?paskyr\\w*'],
        [1, 'ištrinkite (?:viską|visus|visa)'],
        [1, '(?:vis dar|iki šiol|dar) (?:neištrint|nepašalint)\\w*'],
      ],
      restriction: [
        [2, 'neištrinkite~{0,60}(?:nenaudokite|netvarkykite)'],
        [1.5, '(?:nenaudokite|netvarkykite)~{0,60}(?:kol|iki)'],
      ],
      objection: [
        [1, '(?:nenoriu|nepageidauju)~{0,90}(?:tyrim|statistik|rinkodar|reklam|analiz|analitik|profil)'],
        [1, 'nebesiųskite~{0,20}(?:reklam|rinkodar|naujienlaišk)', 'absorbable'],
        [
          1,
          '(?:nebesiųskite|nesiųskite|(?:nebenoriu|nenoriu|nepageidauju) (?:daugiau )?gauti)~{0,40}(?:reklam|rinkodar|naujienlaišk|pasiūlym)',
          'absorbable',
        ],
      ],
      portability: [[1, '(?:fail|format)\\w*~{0,40}(?:importuo|įkel)']],
      withdraw_consent: [[1, '(?:atšaukiu|nebeleidžiu|atsiimu)~{0,30}(?:leidim|sutikim|naudo)']],
      opt_out_sale: [
        [1, '(?:išbrauk|pašalin|išjunk|išimk|neįtrauk)\\w* mane~{0,40}(?:tiksl|reklam|profil)'],
        [1, 'tiksl\\w* reklam\\w*~{0,40}(?:atsisak|išjung|išbrauk)'],
      ],
    },
    ltImplicit,
  ),
  keepAccount:
    'neištrinkite (?:nieko|paskyr\\w*|mano paskyr\\w*)|neuždarykite (?:mano )?paskyr\\w*|paskyrą palikite|paskyr\\w* (?:nenoriu|nepageidauju) (?:ištrinti|uždaryti)',
  hypothetical: 'ar (?:jūs )?(?:parduodate|perduodate|dalijatės)|kiek laiko (?:jūs )?(?:saugote|laikote)',
});
