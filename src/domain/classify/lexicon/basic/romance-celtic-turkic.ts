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
    erasure: '[șş]terg(?!\\w* (?:cardul|card|proiectul|fișierul|factura))\\w*|elimin\\w*|închide\\w*',
    restriction: 'restric\\w*|limit\\w*',
    objection: 'opun|opozi\\w*',
    portability: 'transfer\\w*|transmit\\w*',
    withdraw_consent: 'retrag\\w*|revoc\\w*',
    opt_out_sale: 'vânz\\w*|vinde\\w*',
  },
  extra: {
    access: [
      [1, '(?:arăt\\w*|trimite[țţ]i-mi)~{0,30}(?:tot|toate|ce)'],
      [0.5, 'ce (?:mai )?(?:păstra[țţ]i|de[țţ]ine[țţ]i|ave[țţ]i|stoca[țţ]i)~{0,10}despre mine'],
      [1, 'ce (?:date|informa[țţ]ii)\\w*(?: personale)?~{0,30}(?:despre mine|ale mele)'],
      [1, 'ce [șş]ti[țţ]i despre mine'],
    ],
    rectification: [
      // Art. 16: my name, address or number is wrong, put it right.
      [
        1,
        '(?:(?:numele|prenumele)(?! (?:firmei|companiei|societății))|adresa|numărul de telefon|data nașterii)~{0,50}(?:greșit|incorect|eronat)',
      ],
      [
        1,
        '(?:actualiza[țţ]i|modifica[țţ]i|corecta[țţ]i|schimba[țţ]i)~{0,30}(?:adres|e-mail|email|nume|date)',
      ],
    ],
    erasure: [
      // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
      [1, '(?:nu vreau|nu doresc)~{0,50}(?:nimic|orice|ceva)~{0,20}despre mine'],
      [1, '(?:scoateți|ștergeți|eliminați)-mă~{0,40}(?:baz|sistem|eviden)'],
      [1, '(?:închide[țţ]i|[șş]terge[țţ]i)(?:-mi)? contul'],
      [1, '[șş]terge[țţ]i tot'],
    ],
    restriction: [
      [2, 'nu (?:[șş]terge[țţ]i|stergeti)~{0,60}nu(?:-mi)? (?:folosi[țţ]i|prelucra[țţ]i|utiliza[țţ]i)'],
      [
        1.5,
        '(?:până (?:nu )?se|până la)~{0,40}nu(?:-mi)? (?:folosi[țţ]i|prelucra[țţ]i|utiliza[țţ]i)|nu(?:-mi)? (?:folosi[țţ]i|prelucra[țţ]i|utiliza[țţ]i)~{0,60}până',
      ],
    ],
    objection: [
      // Art. 21: my data not to be used to train AI models (a legitimate interest the writer objects to).
      [1, '(?:nu folosiți|nu vreau)~{0,50}(?:antrenar|instruir)\\w*~{0,20}(?:\\bai\\b|inteligen|model)'],
      [
        1,
        'nu (?:mai )?(?:vreau|doresc)~{0,90}(?:cercetăr|statistic|marketing|reclam|publicit|analiz|profil)',
      ],
      // Direct marketing refused in everyday words (Art. 21(2)-(3)).
      [
        1,
        '(?:nu(?:-mi)? mai trimite[țţ]i|înceta[țţ]i să(?:-mi)? (?:mai )?trimite[țţ]i|opri[țţ]i)~{0,40}(?:publicit|promo[țţ]ional|marketing|newsletter|reclam|ofert)',
        'absorbable',
      ],
      [
        1,
        'dezabona[țţ]i-mă|(?:scoate[țţ]i|elimina[țţ]i)-mă (?:de pe|din)~{0,20}(?:list|newsletter)',
        'absorbable',
      ],
      [
        1,
        '(?:nu-mi mai trimite[țţ]i|opri[țţ]i)~{0,20}(?:publicitar|promo[țţ]ional|marketing|newsletter)',
        'absorbable',
      ],
    ],
    portability: [
      [1, '(?:fi[șş]ier|format)\\w*~{0,30}(?:import|încărca)'],
      [1, 'format (?:structurat|electronic structurat|care poate fi citit automat)'],
    ],
    withdraw_consent: [[1, '(?:retrag|revoc|anulez)~{0,30}(?:permisiun|acord|consim)']],
    opt_out_sale: [
      [1, '(?:exclude[țţ]i|scoate[țţ]i)-mă~{0,40}(?:publicitate|reclam|profil)'],
      [1, 'să mă (?:exclude[țţ]i|scoate[țţ]i)~{0,40}(?:publicitate|reclam|profil)'],
    ],
  },
  keepAccount:
    'nu (?:[șş]terge[țţ]i|stergeti) nimic|nu (?:închide[țţ]i|[șş]terge[țţ]i) contul|păstra[țţ]i(?:-mi)? contul',
  // A question about the company's practice ("vinde[țţ]i datele utilizatorilor?") or its retention policy.
  hypothetical:
    'cum (?:pot )?(?:să )?(?:șterg|elimin)(?! (?:contul|datele|toate))|(?<!nu |nu-mi |nu-i |să nu )(?:vinde[țţ]i|vânde[țţ]i|partaja[țţ]i) (?:datele|informa[țţ]ii)|c[âa]t timp (?:păstra[țţ]i|stoca[țţ]i)',
});

export const mt = basicLexicon({
  language: 'mt',
  latin: true,
  data: 'data|dejta|kont\\w*|informazzjoni|tagħrif',
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
    withdraw_consent: 'nirtira|irtira|nirrevoka\\w*|irrevoka\\w*',
    opt_out_sale: 'bejgħ|tbigħ\\w*',
  },
  extra: {
    access: [
      [1, "(?:uruni|ibagħtuli|ibgħatuli|għiduli)~{0,30}(?:kollox|x')"],
      [1, "x'(?:għad )?(?:għandkom|qed iżżommu|iżżommu|taħżnu|tissejvjaw)~{0,20}(?:dwari|fuqi)"],
      [
        1,
        '(?:nixtieq|irrid) (?:inkun naf|nkun naf|inkun af|nkun af)~{0,40}(?:data|dejta|informazzjoni|dettalji)',
      ],
    ],
    rectification: [
      [
        1,
        '(?:aġġornaw|ibdlu|ikkoreġu|irranġaw)~{0,30}(?:indirizz|email|l-email|isem|numru|data|dejta|dettalji)',
      ],
      [1, '(?:indirizz|email|l-email)\\w*~{0,20}ġdid'],
    ],
    erasure: [
      // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
      [1, 'ma (?:rridx|nridx)~{0,40}(?:xejn|xi ħaġa)~{0,10}(?:dwari|fuqi)'],
      [1, 'neħħuni|ħassruni'],
      [1, '(?:ħassru|ħassar|neħħu)\\w*~{0,30}(?:l-)?account'],
      [1, '(?:agħlqu|ħassru|neħħu)(?:li)? (?:il-|l-)?kont'],
      [1, 'neħħu (?:kollox|kulma|kull ma)'],
      [1, 'ħassru (?:kollox|kull ma)'],
    ],
    restriction: [
      [2, "(?:tħassrux|m'għandkomx tħassru)~{0,60}(?:tużawx|tipproċessawx|tużawh|tużawha)"],
      [1.5, '(?:tużawx|tipproċessawx)~{0,60}(?:sakemm|qabel ma)'],
    ],
    objection: [
      [1, '(?:ma rridx|ma nixtieqx)~{0,90}(?:riċerk|statistik|marketing|reklam|analiż|analitik|profil)'],
      [1, '(?:tibagħtulix|tibgħatulix|ieqfu tibagħtu)~{0,20}(?:reklam|marketing|newsletter)', 'absorbable'],
      [
        1,
        '(?:tibagħtulix|tibgħatulix|ieqfu|waqqfu|ma rridx (?:aktar )?nirċievi)~{0,40}(?:reklam|marketing|newsletter|promozzjon|offert)',
        'absorbable',
      ],
    ],
    portability: [[1, '(?:fajl|format)\\w*~{0,40}(?:nimporta|importa|intella|ittella)']],
    withdraw_consent: [
      [
        1,
        '(?:nirtira|qed nirtira|nikkanċella|inħassar|ma nagħtix aktar)~{0,30}(?:permess|kunsens|approvazzjoni)',
      ],
      [
        1,
        "(?:nneħħi|neħħejt|ħassart|m'għadnix nagħti|m'għadnix naqbel)~{0,30}(?:permess|kunsens|approvazzjoni)",
      ],
    ],
    opt_out_sale: [
      [1, '(?:neħħuni|eskluduni|oħorġuni)~{0,40}(?:reklam|profil|immirat)'],
      [1, 'reklam\\w* immirat\\w*~{0,40}(?:neħħuni|eskluduni|ma rridx)'],
    ],
  },
  keepAccount:
    "tħassrux (?:xejn|il-kont)|m'għandkomx tħassru xejn|tagħlqux (?:il-)?kont|żommu (?:il-)?kont|ma rridx (?:nagħlaq|inħassar) (?:il-)?kont",
});

export const ga = basicLexicon({
  language: 'ga',
  latin: true,
  data: 's?h?onraí|(?:c|ch)untas\\w*|f?h?aisnéis\\w*',
  consent: 'toiliú|cead',
  names: {
    access: 'ceart rochtana|iarratas rochtana',
    rectification: 'ceartú',
    // "Scriosadh" alone is any deleting ("a project"); the right deletes data.
    erasure: 'scriosadh (?:mo |na )?(?:s?h?onraí|gcuid sonraí|faisnéise)|ceart chun dearmad',
    restriction: 'srian\\w* ar phróiseáil',
    objection: 'agóid\\w*|cuirim in aghaidh',
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
    portability: 'aistrigh|aistriú|easpórtáil\\w*',
    withdraw_consent: 't?h?arraing\\w* siar|aistarraing\\w*',
    opt_out_sale: 'díol\\w*',
  },
  extra: {
    access: [
      [1, '(?:taispeáin\\w* dom|seol\\w* chugam|inis\\w* dom)~{0,30}(?:gach rud|a bhfuil|cad)'],
      [1, 'cad (?:atá|a choinníonn sibh|a choinnigh sibh|atá fós)~{0,30}(?:fúm|mar gheall orm)'],
    ],
    rectification: [
      [1, '(?:nuashonraigh|athraigh|ceartaigh)\\w*~{0,30}(?:seoladh|ríomhphost|ainm|uimhir|sonraí)'],
      [1, '(?:seoladh|ríomhphost|seoladh ríomhphoist) nua'],
    ],
    erasure: [
      // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
      [
        1,
        '(?:níl mé ag iarraidh|nílim ag iarraidh|ní theastaíonn uaim)~{0,60}(?:aon rud|faic|tada)~{0,10}fúm',
      ],
      [1, '(?:bainigí|bain) mé as~{0,30}(?:gcóras|córas|bunachar)'],
      [1, '(?:dún|scrios)\\w* mo (?:ch)?untas'],
      [1, 'scrios\\w* (?:gach rud|gach uile rud|an t-iomlán)'],
    ],
    restriction: [
      [2, 'ná scrios\\w*~{0,60}ná (?:húsáid|próiseáil)\\w*'],
      [1.5, 'ná (?:húsáid|próiseáil)\\w*~{0,60}(?:go dtí|fad is|fad atá)'],
    ],
    objection: [
      [
        1,
        '(?:níl mé ag iarraidh|ní theastaíonn uaim|ní mian liom|ní maith liom)~{0,90}(?:t?h?aighde|s?h?taitistic|m?h?argaíocht|f?h?ógraíocht|anailís|p?h?róifíl)',
      ],
      [1, '(?:stopaigí|ná seolaigí|ná seol)~{0,30}(?:fógra|margaíocht|nuachtlitir)', 'absorbable'],
      [
        1,
        '(?:stopaigí|ná seolaigí|ná seol|níl mé ag iarraidh|ní theastaíonn uaim)~{0,40}(?:r[ií]omhphost\\w* m?h?argaíocht|f?h?ógra|nuachtlitir)',
        'absorbable',
      ],
    ],
    // Initial mutations: "i gcomhad", "an chomhaid".
    portability: [
      [
        1,
        '(?:gc|ch|c)omhad\\w*~{0,40}(?:iompórtáil|uaslódáil|lódáil)|formáid\\w*~{0,40}(?:iompórtáil|uaslódáil|lódáil)',
      ],
    ],
    withdraw_consent: [
      [1, '(?:tarraingím siar|cuirim ar ceal|aistarraingím)~{0,30}(?:cead|toiliú)'],
      [1, '(?:cead|toiliú)~{0,30}(?:a tharraingt siar|ar ceal)'],
    ],
    opt_out_sale: [
      [1, '(?:bain|fág)\\w* (?:amach )?mé~{0,40}(?:fógraíocht|próifíl|spriocdhírithe)'],
      [1, 'fógraíocht spriocdhírithe~{0,40}(?:díliostáil|amach|diúltaím)'],
    ],
  },
  keepAccount:
    'ná scrios\\w* (?:aon rud|faic|mo (?:ch)?untas|an (?:c)?untas)|ná dún\\w* (?:mo )?(?:ch)?untas|coinnigh\\w* mo (?:ch)?untas|(?:níl mé ag iarraidh|ní theastaíonn uaim) mo (?:ch)?untas a (?:dhúnadh|scriosadh)',
});

export const tr = basicLexicon({
  language: 'tr',
  latin: true,
  data: 'veri\\w*|hesab\\w*|hesap\\w*|(?<!fatura |vergi )bilgi\\w*|kayıt\\w*|kayd\\w*',
  consent: 'rıza\\w*|onay\\w*|izn\\w*|izin',
  names: {
    access: 'erişim hakkı|bilgi talep\\w*|verilerime erişim',
    rectification: 'düzeltilme\\w*',
    // Turkish negates after the verb: "silinmesini istemiyorum" keeps the data.
    erasure: 'silinme(?!\\w* istemiyorum)\\w*|unutulma hakkı|yok edilme\\w*',
    restriction: 'işlenmesinin kısıtlan\\w*|kısıtlanması',
    objection: '(?<!doğruluğuna |doğruluğa )itiraz\\w*',
    portability: 'taşınabilir\\w*',
    withdraw_consent: 'rıza\\w*~{0,20}geri\\w*|onay\\w*~{0,20}geri al\\w*',
    opt_out_sale: 'satmayın|satılmasını istemiyorum',
  },
  verbs: {
    access: 'kopya\\w*|erişim\\w*|öğren\\w*',
    rectification: 'düzelt\\w*|güncelle\\w*',
    erasure: 'sil\\w*|kaldır\\w*|kapat\\w*',
    restriction: 'kısıtla\\w*|sınırla\\w*',
    objection: '(?<!doğruluğuna |doğruluğa )itiraz\\w*',
    // Not "kimlere aktarıldığını" (to whom it was passed: an access question), only a transfer asked for.
    portability: 'aktar(?!ıldı|dığ)\\w*|taşı\\w*',
    withdraw_consent: 'geri al\\w*|geri çek\\w*',
    opt_out_sale: 'sat\\w*',
  },
  extra: {
    access: [
      // Art. 15 / CCPA right to know: where did you get my address, what else do you know about me.
      [1, '(?:adresimi|numaramı|e-postamı|bilgilerimi) (?:nereden|nasıl) (?:aldınız|buldunuz|edindiniz)'],
      [1, 'hakkımda (?:başka )?(?:ne|neler) (?:biliyorsunuz|tutuyorsunuz|saklıyorsunuz)'],
      [0.5, 'hakkımda~{0,30}(?:sakladığınız|tuttuğunuz)'],
      [1, '(?:her şeyi|tümünü|hepsini) (?:gösterebilir|gösterin|gönderin|iletin)'],
      // KVKK Art. 11(1)(a)-(b): whether and which of my data are processed.
      [1, '(?:hakkımda|bana ait|benimle ilgili)~{0,40}(?:hangi|ne tür|ne gibi|neler)'],
      [1, '(?:hangi|ne tür) (?:kişisel )?(?:veri|bilgi)\\w*~{0,20}(?:hakkımda|bana ait)'],
      [1, 'işlenip işlenmediğ\\w*'],
    ],
    rectification: [
      // Art. 16: my name, address or number is wrong, put it right.
      [1, '(?:adım|adımı|soyadım|ismim|adresim|telefon numaram|doğum tarihim)\\w*~{0,50}(?:yanlış|hatalı)'],
      [1, '(?:kayıt\\w*|kaydı\\w*|adres\\w*|e-posta\\w*)~{0,30}(?:güncelle|düzelt|değiştir)\\w*'],
      [1, '(?:adım|adımı|soyadım\\w*|ismim\\w*|telefon numaram\\w*)~{0,80}(?:güncelle|düzelt|değiştir)\\w*'],
      [0.5, 'doğrusu|doğru yazılışı'],
    ],
    erasure: [
      // Art. 17 without a deleting verb: nothing about me is to stay with you, take me out of your systems.
      [
        1,
        '(?:hakkımda|bana ait|benimle ilgili)~{0,40}hiçbir~{0,30}(?:kalmasını|tutulmasını|saklanmasını) istemiyorum',
      ],
      [
        1,
        'beni~{0,30}(?:sisteminizden|sistemlerinizden|veritabanınızdan|kayıtlarınızdan)~{0,20}(?:çıkarın|silin|kaldırın)',
      ],
      [1, 'hesabımı (?:kapatın|silin|kapatıp)'],
      [1, '(?:her şeyi|tümünü) silin'],
      [1, '(?:hâlâ|hala|henüz) silinme(?:di|miş)\\w*'],
      // KVKK Art. 7 (erasure, destruction or anonymisation), read under the KVKK only: a hint, since a
      // question about the article is no request.
      [0.5, 'kvkk\\S*~{0,30}(?<!\\d)7\\. madde\\w*'],
    ],
    restriction: [
      // Art. 18(2): the data only stored, used for nothing else, while a dispute or a check runs.
      [
        1.5,
        'saklamak dışında~{0,30}(?:kullanmayın|işlemeyin)|(?:sadece|yalnızca) saklayın~{0,40}(?:kullanmayın|işlemeyin)',
      ],
      // Art. 18(1)(a): the accuracy contested, use restricted while it is checked.
      [1.5, 'doğruluğuna itiraz\\w*[^.\\n]{0,80}(?:kısıtla|durdur|kullanmayın|işlemeyin)\\w*'],
      [2, 'silmeyin~{0,80}(?:kullanmayın|işlemeyin)'],
      [1.5, '(?:çözülene|sonuçlanana|netleşene) kadar~{0,60}(?:kullanmayın|işlemeyin|durdurun)'],
    ],
    objection: [
      // Marketing mail refused in everyday words, typed as people type it ("kampanya maili atmayın").
      [
        1,
        '(?:kampanya|reklam|pazarlama|tanıtım|promosyon)\\w* (?:mail|e-posta|mesaj|sms|ileti)\\w*~{0,20}(?:atmayın|yollamayın|göndermeyin)',
        'absorbable',
      ],
      // Art. 21 / KVKK Art. 11(1)(g): my data not to train AI models.
      [
        1,
        '(?:yapay zeka|yapay zekâ|ai|model)\\w* (?:eğitim|eğit)\\w*~{0,30}(?:kullanılmasını istemiyorum|kullanmayın)|(?:kullanılmasını istemiyorum|kullanmayın)~{0,30}(?:yapay zeka|ai) (?:eğitim|model)\\w*',
      ],
      [1, '(?:araştırma|istatistik|pazarlama|reklam|analiz|profil)\\w*~{0,40}kullanılmasını istemiyorum'],
      [
        1,
        '(?:pazarlama|reklam|tanıtım)\\w* (?:e-posta|mesaj|ileti)\\w*~{0,20}(?:göndermeyin|durdurun|istemiyorum)',
        'absorbable',
      ],
      // "Ticari elektronik ileti" is the law's own term for marketing messages (Law 6563).
      [
        1,
        '(?:ticari elektronik ileti|ticari ileti|pazarlama|reklam|tanıtım|kampanya)\\w*~{0,40}(?:almak istemiyorum|göndermeyin|gönderilmesini istemiyorum|durdurun)',
        'absorbable',
      ],
      [
        1,
        '(?:pazarlama|reklam|e-posta|bülten)\\w* (?:liste|aboneli)\\w*~{0,20}(?:çıkarın|çıkartın)',
        'absorbable',
      ],
    ],
    portability: [[1, '(?:dosya|format)\\w*~{0,30}(?:içe aktar|aktarabil|yükleyebil)']],
    opt_out_sale: [[1, '(?:hedefli reklam|reklam amaçlı)\\w*~{0,50}(?:çıkarın|hariç tutun)']],
  },
  keepAccount:
    'hiçbir şey silmeyin|hesabımı (?:silmeyin|kapatmayın)|hesabım(?:ın)? (?:silinmesini|kapatılmasını) istemiyorum|hesabım kalsın',
  // A question about the practice ("verileri satıyor musunuz?") or the retention policy.
  hypothetical:
    '(?<!hesabımı |verilerimi |bilgilerimi )nasıl (?:silebilirim|silerim|kaldırabilirim)|(?:satıyor|paylaşıyor|aktarıyor|veriyor) musunuz|ne kadar (?:süre )?(?:saklıyorsunuz|tutuyorsunuz)',
});
