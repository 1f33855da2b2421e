/**
 * Estonian, Finnish, Hungarian, Latvian, Lithuanian and Norwegian rights vocabulary (GDPR Arts. 7, 15-21; in
 * Norway the GDPR applies through the EEA Agreement and the personopplysningsloven).
 */
import { basicLexicon } from './build.js';

export const et = basicLexicon({
  language: 'et',
  latin: true,
  foldMarks: false,
  data: 'andme\\w*|kont\\w*|teave\\w*|teabe\\w*',
  consent: 'nõusolek\\w*|nõusoleku\\w*|luba|loa\\w*',
  names: {
    access: 'juurdepääsuõigus\\w*|õigus tutvuda|juurdepääs\\w* (?:minu )?(?:isiku)?andmetele',
    rectification: 'andmete parandami\\w*|õigus parandamisele',
    erasure: 'õigus olla unustatud|andmete kustutami\\w*|kustutamisõigus\\w*',
    restriction: 'töötlemise piirami\\w*',
    objection: 'vastuväi\\w*|esitan vastuväite',
    portability: 'ülekantavus\\w*',
    withdraw_consent: 'nõusolek\\w*~{0,20}tagasi|võtan\\w*~{0,20}nõusolek\\w*',
    opt_out_sale: 'ärge müüge',
  },
  verbs: {
    access: 'koopia\\w*|juurdepääs\\w*|tutvu\\w*',
    rectification: 'paranda\\w*|uuenda\\w*|muutke',
    erasure: 'kustuta\\w*|eemalda\\w*|sulge\\w*',
    restriction: 'piira\\w*',
    objection: 'vaidlusta\\w*|olen vastu',
    portability: 'edasta\\w*|ülekand\\w*|üle kanda',
    withdraw_consent: 'tagasi võtt\\w*|tühista\\w*|võtan\\w*~{0,25}tagasi',
    opt_out_sale: 'müü\\w*|müügi\\w*',
  },
  extra: {
    access: [
      // Art. 15 / CCPA right to know: where did you get my address, what else do you know about me.
      [
        1,
        'kust (?:te )?(?:minu|mu)~{0,40}(?:saite|saanud)|kust (?:te )?(?:saite|olete saanud)~{0,30}(?:minu|mu)',
      ],
      [1, '(?<!kõik, |kõik )mida (?:te )?(?:minust|minu kohta) (?:veel )?(?:teate|hoiate)'],
      [1, '(?:näidake|saatke mulle|andke teada)~{0,30}(?:kõik|mida|mis)'],
      // Not after "kustutage kõik,": "delete everything you keep about me" is erasure alone.
      [1, '(?<!kõik, )mida (?:te )?(?:veel )?(?:minu kohta|minust)~{0,20}(?:hoiate|säilitate|talletate)'],
      [0.5, 'mida (?:te )?(?:veel )?(?:hoiate|säilitate|talletate)~{0,20}(?:minu kohta|minust)'],
      [
        1,
        '(?:milliseid|mis) (?:minu|mu) (?:isiku)?andme\\w*|(?:milliseid|mis) (?:isiku)?andme\\w* (?:te )?minu kohta',
      ],
      [1, 'saatke mulle~{0,20}koopia\\w*'],
    ],
    rectification: [
      [1, '(?:uuendage|muutke|parandage|vahetage)~{0,30}(?:aadress|e-post|meiliaadress|nim|telefon|andme)'],
      [1, '(?:mu|minu) (?:uus|õige) (?:aadress|e-posti aadress|meiliaadress|nimi)'],
    ],
    erasure: [
      // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
      [1, '(?:ei soovi|ei taha)~{0,50}midagi~{0,30}(?:minu kohta|minust)'],
      [1, '(?:eemaldage|kustutage) mind\\b~{0,40}(?:andmebaas|süsteem|registri)'],
      [1, '(?:sulgege|kustutage) (?:minu |mu )?konto'],
      [1, 'kustutage (?:kõik|ära kõik)'],
      [1, '(?:ikka|endiselt|siiani|veel) (?:ei ole|pole) (?:\\w+ )?kustutatud'],
    ],
    restriction: [
      [
        2,
        '(?:ärge|ära)(?: \\S+){0,3} kustuta\\w*~{0,80}(?:ärge|ära|ei tohi)(?: \\S+){0,3} (?:kasuta|töötle)\\w*',
      ],
      [1.5, 'ärge (?:neid )?(?:kasutage|töödelge)~{0,60}(?:kuni|enne kui)'],
    ],
    objection: [
      [1, '(?:ei soovi|ei taha)~{0,90}(?:uuring|statistik|turundu|reklaam|analüüs|analüüti|profiil)'],
      [1, 'lõpetage (?:reklaam|turundus)\\w*', 'absorbable'],
      [
        1,
        '(?:ärge (?:mulle )?(?:enam )?saatke|lõpetage|ei soovi (?:enam )?saada)~{0,40}(?:reklaam|turundus|uudiskir|pakkumis)',
        'absorbable',
      ],
    ],
    portability: [[1, '(?:fail|formaadi?)\\w*~{0,40}(?:importi|sisse lugeda|üles laadida)']],
    withdraw_consent: [
      [1, '(?:tühistan|võtan tagasi|ei luba enam)~{0,30}(?:loa|luba|nõusolek|kasutamis)'],
      [1, 'võtan~{0,20}(?:loa|luba|nõusolek)\\w*~{0,10}tagasi'],
    ],
    opt_out_sale: [
      [1, '(?:jätke|arvake) mind~{0,40}(?:sihitud|suunatud|reklaam|profiili)'],
      [1, '(?:sihitud|suunatud) reklaam\\w*~{0,40}(?:välja|loobu)'],
    ],
  },
  keepAccount:
    'ärge (?:kustutage (?:midagi|kontot)|midagi kustutage)|ärge sulgege (?:minu )?kontot|jätke konto alles|kontot (?:ma )?(?:sulgeda|kustutada) ei (?:taha|soovi)|ei (?:taha|soovi) (?:kontot )?(?:sulgeda|kustutada)',
  // A question about the practice ("kas müüte kasutajate andmeid?") or the retention policy.
  hypothetical: 'kas (?:te )?(?:müüte|jagate|edastate)|kui kaua (?:te )?(?:säilitate|hoiate)',
});

export const fi = basicLexicon({
  language: 'fi',
  latin: true,
  foldMarks: false,
  data: 'tied\\w*|tieto\\w*|henkilötie\\w*|tili\\w*',
  consent: 'suostum\\w*|lupa\\w*|luva\\w*',
  names: {
    access: 'tarkastusoikeu\\w*|tietopyyn\\w*|oikeus saada pääsy',
    rectification: 'oikaisu\\w*|oikaise\\w*',
    erasure: 'oikeus tulla unohdetuksi|poisto-oikeu\\w*|tietojen poista\\w*',
    restriction: 'käsittelyn rajoittami\\w*',
    objection: 'vastustamisoikeu\\w*|vastustan',
    portability: 'siirrettävyy\\w*|siirto-oikeu\\w*',
    withdraw_consent: 'suostumu\\w*~{0,20}peru(?!ste)\\w*|peru(?!ste)\\w*~{0,20}suostumu\\w*',
    opt_out_sale: 'älkää myykö',
  },
  verbs: {
    access: 'jäljenn\\w*|kopio\\w*|pääsy\\w*',
    rectification: 'korja\\w*|päivit\\w*',
    erasure: 'poist\\w*|sulke\\w*',
    restriction: 'rajoit\\w*',
    objection: 'vastust\\w*|kiell\\w*',
    portability: 'siirt\\w*|siirro\\w*',
    withdraw_consent: 'peru(?!ste)\\w*',
    opt_out_sale: 'myy\\w*|myyn\\w*',
  },
  extra: {
    access: [
      [1, '(?:näyttää|näyttäkää|lähettäkää minulle)~{0,30}(?:kaiken|kaikki|mitä)'],
      [
        1,
        'mitä (?:te )?(?:vielä )?(?:säilytätte|tallennatte) minusta|mitä minusta~{0,20}(?:säilytätte|on tallessa)',
      ],
      [
        1,
        '(?:mitä|mitkä|millaisia) (?:henkilö)?tieto\\w* (?:minusta|minua koskien|minusta on)|mitä tiedätte minusta',
      ],
      [1, 'lähettäkää minulle~{0,20}(?:kopio|jäljenn)\\w*'],
    ],
    rectification: [
      // Art. 16: my name, address or number is wrong, put it right.
      [
        1,
        '(?:nimeni|sukunimeni|etunimeni|osoitteeni|puhelinnumeroni|syntymäaikani)~{0,50}(?:väärin|virheellinen|väärä)',
      ],
      [1, '(?:päivittäkää|korjatkaa|muuttakaa)~{0,30}(?:osoit|sähköpost|nim|tie)'],
    ],
    erasure: [
      // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
      [1, 'en halua~{0,50}(?:mitään|mitä tahansa)~{0,30}(?:minusta|minua koskevaa)'],
      [1, '(?:poistakaa|poista) minut\\b~{0,40}(?:tietokann|järjestelm|rekister)'],
      [1, '(?:sulkekaa|poistakaa) (?:minun )?tilini'],
      [1, 'poistakaa kaikki'],
      [
        1,
        '(?:ei|eivät) (?:ole )?(?:vieläkään|edelleenkään) poist\\w*|(?:vieläkään|edelleenkään) (?:ei|eivät) (?:ole )?poist\\w*',
      ],
    ],
    restriction: [
      [2, 'älkää poistako~{0,60}älkää (?:myöskään )?(?:käyttäkö|käsitelkö)'],
      [1.5, 'älkää (?:myöskään )?(?:käyttäkö|käsitelkö)~{0,60}(?:ennen kuin|kunnes)'],
    ],
    objection: [
      // Art. 21: my data not to be used to train AI models (a legitimate interest the writer objects to).
      [1, '(?:älkää käyttäkö|en halua)~{0,50}(?:tekoäly|\\bai\\b|malli)\\w*~{0,20}(?:koulutu|opetu)'],
      [1, 'en halua~{0,90}(?:tutkimu|tilasto|markkinoin|mainon|analyysi|profiloin)'],
      [1, 'lopettakaa (?:mainos|markkinointi)\\w*', 'absorbable'],
      [
        1,
        '(?:älkää (?:enää )?lähettäkö|lopettakaa|en halua (?:enää )?(?:saada|vastaanottaa))~{0,40}(?:mainos|markkinointi|uutiskirje|tarjou)',
        'absorbable',
      ],
    ],
    portability: [[1, '(?:tiedosto|muodo)\\w*~{0,30}(?:tuoda|tuonti|importoi)']],
    opt_out_sale: [
      [
        1,
        'jättäkää minut~{0,40}(?:kohdenne|mainos|profiloin)|(?:kohdennet|mainosprofiloin)\\w*~{0,30}ulkopuolelle',
      ],
    ],
  },
  keepAccount:
    'älkää poistako (?:mitään|tiliä|tiliäni)|älkää sulkeko tiliä|tiliä ei (?:tarvitse|tule) poistaa',
  hypothetical: '(?:myyttekö|luovutatteko|jaatteko)|kuinka kauan (?:säilytätte|säilytetään)',
});

export const hu = basicLexicon({
  language: 'hu',
  latin: true,
  data: 'adat\\w*|fiók\\w*|információ\\w*',
  consent: 'hozzájárul\\w*|engedély\\w*',
  names: {
    access: 'hozzáférési jog\\w*|hozzáférés\\w* (?:a )?(?:személyes )?adat\\w*',
    rectification: 'helyesbít\\w*',
    erasure: 'törléshez való jog\\w*|elfeledtetés\\w*|adataim törlés\\w*',
    restriction: 'adatkezelés korlátozás\\w*|korlátozás\\w*',
    objection: 'tiltakozás\\w*|tiltakozom',
    portability: 'hordozhatóság\\w*',
    withdraw_consent: 'hozzájárulás\\w*~{0,20}visszavon\\w*|visszavon\\w*~{0,20}hozzájárulás\\w*',
    opt_out_sale: 'ne adják el|ne értékesítsék',
  },
  verbs: {
    access: 'másolat\\w*|hozzáfér\\w*|tájékoztat\\w*',
    rectification: 'javít\\w*|módosít\\w*|frissít\\w*',
    erasure: 'töröl\\w*|törlés\\w*|töröljék|megszüntet\\w*',
    restriction: 'korlátoz\\w*',
    objection: 'tiltakoz\\w*',
    // "Kinek továbbították" asks who received the data (access); only a transfer asked for counts.
    portability: '(?<!kinek |kiknek )továbbít(?!ott)\\w*|átad\\w*|átvi\\w*',
    withdraw_consent: 'visszavon\\w*',
    opt_out_sale: 'eladás\\w*|értékesít\\w*',
  },
  extra: {
    access: [
      // Art. 15 / CCPA right to know: where did you get my address, what else do you know about me.
      [1, 'honnan (?:szerezték|kapták|vették)~{0,30}(?:címem|számom|adataim|e-mail)'],
      [1, 'mit (?:tudnak|tárolnak) (?:még )?rólam'],
      [1, '(?:megmutatn\\w*|mutassák meg|küldjék el)~{0,30}(?:mindazt|mindent|mit)'],
      [0.5, 'mit (?:őriznek|tárolnak|tartanak nyilván)~{0,10}rólam'],
      [
        1,
        'milyen (?:személyes )?adat\\w* (?:kezelnek |tárolnak )?rólam|milyen (?:személyes )?adataimat|mit tudnak rólam',
      ],
    ],
    rectification: [
      // Art. 16: my name, address or number is wrong, put it right.
      [
        1,
        '(?:nevem|vezetéknevem|keresztnevem|címem|telefonszámom|születési dátumom)~{0,50}(?:hibás|rossz|helytelen|elírt)',
      ],
      [1, '(?:frissítsék|módosítsák|javítsák|változtassák)~{0,30}(?:cím|e-mail|email|név|nev|adat)'],
    ],
    erasure: [
      // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
      [1, '(?:nem szeretném|nem akarom|nem kérem)~{0,50}(?:bármit|semmit)~{0,30}rólam'],
      [
        1,
        '(?:töröljenek|töröljön|távolítsanak el|távolítson el|vegyenek ki) (?:engem )?~{0,30}(?:adatbázis|rendszer|nyilvántartás)',
      ],
      [1, '(?:szüntessék meg|zárják le|töröljék) (?:a )?fiókom'],
      [1, 'töröljenek mindent|töröljék mindazt'],
      [1, '(?:még mindig|még) nem (?:törölték|lett törölve|lettek törölve)'],
    ],
    restriction: [
      [2, 'ne töröl\\w*~{0,60}ne (?:is )?(?:használ|kezel)\\w*'],
      [1.5, 'ne (?:is )?(?:használ|kezel)\\w*~{0,60}amíg'],
    ],
    objection: [
      // Art. 21: my data not to be used to train AI models (a legitimate interest the writer objects to).
      [
        1,
        '(?:ne használják|nem szeretném|nem járulok hozzá)~{0,50}(?:\\bai\\b|mesterséges intelligencia|modell)\\w*~{0,20}(?:tanítás|betanítás|képzés)',
      ],
      [1, '(?:nem szeretném|nem akarom)~{0,90}(?:kutatás|statisztik|marketing|reklám|elemzés|profil)'],
      [1, 'ne küldjenek (?:több )?(?:reklám|marketing|hírlevel)\\w*', 'absorbable'],
      [
        1,
        '(?:ne küldj\\w*|nem kérek (?:több|további)|nem (?:szeretnék|akarok) (?:több\\w* )?(?:kapni))~{0,40}(?:reklám|marketing|hírlevel|ajánlat|promóci)',
        'absorbable',
      ],
      [1, 'iratkoztass\\w* le|töröljenek (?:a )?(?:hírlevél|levelező|marketing)\\w*listá', 'absorbable'],
    ],
    portability: [[1, '(?:fájl|formátum)\\w*~{0,30}(?:importál|betölt)|importálható']],
    opt_out_sale: [[1, '(?:zárjanak ki|hagyjanak ki|vegyenek ki)~{0,40}(?:célzott|reklám|profilozás)']],
  },
  keepAccount:
    'nem (?:szeretném|akarom|kérem) (?:törölni|a törlés)|ne töröljenek semmit|ne töröljék a fiók|ne szüntessék meg a fiók|megtartom a fiók',
  hypothetical:
    '(?:eladják|továbbítják|megosztják) (?:a )?(?:felhasználó|ügyfel|vásárló)\\w*|mennyi ideig (?:tárolják|őrzik)',
});

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
  extra: {
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
  extra: {
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
  keepAccount:
    'neištrinkite (?:nieko|paskyr\\w*|mano paskyr\\w*)|neuždarykite (?:mano )?paskyr\\w*|paskyrą palikite|paskyr\\w* (?:nenoriu|nepageidauju) (?:ištrinti|uždaryti)',
  hypothetical: 'ar (?:jūs )?(?:parduodate|perduodate|dalijatės)|kiek laiko (?:jūs )?(?:saugote|laikote)',
});

export const no = basicLexicon({
  language: 'no',
  latin: true,
  data: 'opplysning\\w*|data|konto\\w*|person\\w*',
  consent: 'samtykke\\w*|tillatelse\\w*',
  names: {
    access: 'innsyn\\w*',
    rectification: 'retting|rett opp',
    erasure: 'sletting|rett til å bli glemt',
    restriction: 'begrensning av behandling\\w*',
    objection: 'innsigelse|protest\\w*',
    portability: 'dataportabilitet',
    withdraw_consent: 'trekk\\w*~{0,20}samtykke\\w*',
    opt_out_sale: 'ikke selg',
  },
  verbs: {
    access: 'kopi\\w*|innsyn\\w*',
    rectification: 'korriger\\w*|oppdater\\w*|rett\\w* opp',
    erasure: 'slett\\w*|fjern\\w*',
    restriction: 'begrens\\w*',
    objection: 'protester\\w*',
    portability: 'overfør\\w*',
    withdraw_consent: 'trekk\\w* tilbake|trekk\\w*~{0,20}tilbake',
    opt_out_sale: 'selg\\w*|salg\\w*',
  },
  // Everyday Bokmål, read with the Danish and Swedish lexicons (`classify-email.ts`).
  extra: {
    access: [
      [
        1,
        'hvilke (?:person)?opplysninger (?:dere )?(?:har|lagrer|behandler) om meg|hva (?:dere )?(?:vet|har lagret) om meg',
      ],
      [1, 'send (?:meg )?(?:en )?kopi~{0,30}(?:opplysning|data|om meg)'],
    ],
    rectification: [
      [1, '(?:oppdater|endre|rett|korriger)\\w*~{0,30}(?:adresse|e-post|navn|telefonnummer|etternavn)'],
    ],
    erasure: [
      // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
      [1, '(?:vil ikke|ønsker ikke)~{0,50}(?:noe|noen opplysninger)~{0,30}om meg'],
      [1, '(?:fjern|slett) meg (?:fra|ut av)~{0,20}(?:system|database|registr)'],
      [1, '(?:slett|avslutt|fjern) (?:kontoen min|min konto|profilen min)'],
      [1, 'slett (?:alt|alle opplysninger)'],
      [1, '(?:fortsatt|ennå|enda) ikke (?:blitt )?slettet'],
    ],
    restriction: [[2, 'ikke slett~{0,60}(?:ikke bruk|men ikke bruk)']],
    // "Reservere seg mot direkte markedsføring" is the Norwegian law's own term (markedsføringsloven).
    objection: [
      // Direct marketing refused (Art. 21(3)): "I don't want any more advertising e-mails".
      [
        1,
        '(?:vil (?:jeg )?ikke|ønsker (?:jeg )?ikke å) (?:lenger )?(?:motta|få)~{0,30}(?:reklame|markedsføring|nyhetsbrev|tilbud)',
        'absorbable',
      ],
      [1, 'reserver\\w* (?:meg )?mot~{0,40}(?:markedsføring|reklame|telefonsalg|profilering)'],
      [
        1,
        '(?:ikke send|slutt å sende|vil ikke (?:lenger )?(?:motta|ha|få))~{0,40}(?:reklame|markedsføring|nyhetsbrev|tilbud)',
        'absorbable',
      ],
      [1, 'meld meg av~{0,30}(?:nyhetsbrev|e-post|liste|markedsføring)', 'absorbable'],
    ],
    portability: [
      [1, '(?:fil|format)\\w*~{0,30}(?:importere|laste opp)'],
      [1, 'overfør\\w*~{0,40}(?:ny|annen|en annen) (?:tjeneste|leverandør|tilbyder)'],
    ],
  },
  keepAccount: 'ikke slett (?:kontoen|noe)|ikke (?:avslutt|steng) kontoen|behold kontoen',
  hypothetical: '(?:selger|deler|overfører) dere|hvor lenge (?:lagrer|oppbevarer) dere',
});
