/**
 * Family members writing for someone: a parent about their child, a relative for a living relative who
 * asked them to, an heir or next of kin for a deceased person.
 */

/** "My son", "ma fille", "мой сын": the writer's own child, named as a noun with a possessive. */
export const CHILD_OF_WRITER: readonly string[] = [
  '\\b(?:my|our) (?:(?:\\d+(?:[- ]?(?:year|yr)s?[- ]old)?|little|young|teenage|eldest|oldest|youngest|younger|older|step)[- ]?)?(?:son|daughter|child|kid|boy|girl|teenager|stepson|stepdaughter)s?\\b',
  '\\b(?:mein|meine|meinen|meinem|meines|meiner|unser|unsere|unseren|unseres) (?:sohn|sohnes|tochter|kind|kindes|sohn)\\b',
  '\\b(?:mon|notre) (?:fils|enfant)\\b',
  '\\b(?:ma|notre) fille\\b',
  '\\b(?:mi|mis|nuestr[oa]s?) hij[oa]s?\\b',
  '\\b(?:il mio|la mia|mio|mia|nostr[oa]) figli[oa]\\b',
  '\\b(?:mijn|onze) (?:zoon|dochter|kind)\\b',
  '\\b(?:meu|nosso|do meu|o meu) filho\\b',
  '\\b(?:minha|nossa|da minha|a minha) filha\\b',
  '\\b(?:m[óo]j|mojego|mojemu|moja|mojej|moje|naszego|nasza|naszej) (?:syn|c[óo]rk|dzieck)',
  '\\b(?:min|mitt|mit|v[åa]r) (?:son|s[øo]nn?|dotter|datter|barn)\\b',
  '\\b(?:poikani|tytt[äa]reni|lapseni)\\b',
  '\\b(?:m[ůu]j|m[ée]ho|m[ôo]j|m[ôo]jho|moje|moja|mojej|m[ée]) (?:syn|dcer|dc[ée]r|die[ťt]a|d[íi]t[ěe])',
  '\\b(?:fiul meu|fiica mea|fiicei mele|fiului meu|copilul meu|copilului meu)\\b',
  '\\b(?:fiam|l[áa]nyom|gyermekem|gyerekem)',
  '(?:ο γιος μου|η κόρη μου|το παιδί μου|του γιου μου|της κόρης μου|του παιδιού μου)',
  '\\b(?:мо[йяеё]|моего|моей|моему|наш|нашего|нашей) (?:сын|доч|ребён|ребен)',
  '\\b(?:мій|мого|моя|моєї|моєму|наш|нашого|нашої) (?:син|доньк|доч|дитин)',
  '\\b(?:o[ğg]lum|k[ıi]z[ıi]m|[çc]ocu[ğg]um)',
  '(?:ابني|ابنتي|طفلي|طفلتي)',
  '(?:मेरा बेटा|मेरी बेटी|मेरे बेटे|मेरे बच्चे|मेरा बच्चा)',
  '(?:میرا بیٹا|میری بیٹی|میرے بیٹے|میرے بچے)',
  '(?:息子|娘(?!さん)|子ども|子供)',
  '(?:我的?儿子|我的?女儿|我的?孩子|我兒子|我女兒)',
  '(?:아들(?!기)|(?<![\\p{L}])딸(?!기)|자녀)',
  '\\b(?:mano (?:dukra|s[ūu]nus)|dukros|mwanangu|қизим|ўғлим|qizim|o.g.lim|con trai t[ôo]i|con g[áa]i t[ôo]i|anak saya)\\b',
];

/** The writer names themselves the parent or guardian: "I'm his mother", "(her dad)", "als Mutter". */
export const PARENT_ROLE: readonly string[] = [
  "\\b(?:i'?m|i am) (?:his|her|their|the child'?s|the) (?:mother|father|mum|mom|dad|parent|(?:legal )?guardian)\\b",
  '\\bas (?:his|her|their|the child.s|a) (?:mother|father|mum|mom|dad|parent|(?:legal )?guardian)\\b',
  '\\((?:his |her |their )?(?:mother|father|mum|mom|dad|mama|mam[ãa]e|m[ãa]e|pai|maman|papa|mam[áa]|pap[áa]|mamma|mutter|vater|mama)\\)',
  '\\b(?:his|her) (?:mum|mom|mother|dad|father)\\)?\\s*$',
  '\\b(?:als|ich bin (?:die|der|seine|ihre)) (?:mutter|vater|elternteil|erziehungsberechtigte)\\b',
  '\\b(?:je suis (?:sa|son) (?:m[èe]re|p[èe]re)|en tant que (?:m[èe]re|p[èe]re|parent))\\b',
  '\\b(?:soy (?:su|la|el) (?:madre|padre|tutor)|como (?:su )?(?:madre|padre|tutor[a]?))\\b',
  '\\b(?:sono (?:la madre|il padre|sua madre|suo padre)|in qualit[àa] di (?:genitore|madre|padre))\\b',
  '\\b(?:als (?:moeder|vader|ouder)|ik ben (?:de|zijn|haar) (?:moeder|vader|mama|papa))\\b',
  '\\b(?:sou (?:a m[ãa]e|o pai|m[ãa]e|pai)|como (?:m[ãa]e|pai|respons[áa]vel))\\b',
  '\\b(?:jako (?:matka|ojciec|rodzic|opiekun)|jestem (?:jego |jej )?(?:matk[ąa]|ojcem|mam[ąa]|tat[ąa]))\\b',
  '\\b(?:som (?:mamma|pappa|f[öo]r[äa]lder|mor|far|forælder)|jag [äa]r (?:hans|hennes) (?:mamma|pappa))\\b',
  '\\b(?:[äa]itin[äa]|is[äa]n[äa]|huoltajana|vanhempana)\\b',
  '\\b(?:ako (?:jej|jeho) (?:matka|otec|mama)|jako (?:jeho|jej[íi]) (?:matka|otec))\\b',
  '\\b(?:sunt (?:mama|tat[ăa]l) (?:ei|lui)|[îi]n calitate de (?:mam[ăa]|tat[ăa]|p[ăa]rinte))\\b',
  '\\b(?:anyjak[ée]nt|apjak[ée]nt|sz[üu]l[őo]k[ée]nt|[ée]desanyjak[ée]nt)\\b',
  '(?:ως (?:μητέρα|πατέρας|γονέας|κηδεμόνας)|είμαι (?:η μητέρα|ο πατέρας))',
  '\\b(?:как (?:мать|отец|родитель|мама|папа|опекун)|я (?:его|её|ее) (?:мать|мама|отец))\\b',
  '\\b(?:як (?:мати|батько|мама|тато|опікун)|я (?:його|її) (?:мати|мама|батько))\\b',
  '\\b(?:annesi|babas[ıi]|velisi) olarak\\b',
  '(?:بصفتي (?:والد|والدة|أم|أب|ولي)|بصفتي ولي أمر|(?:والد|والدہ) کی حیثیت سے)',
  '(?:माँ होने के नाते|पिता होने के नाते|अभिभावक के रूप में)',
  '(?:母親として|父親として|親として|保護者として)',
  '(?:作为(?:他|她)?的?(?:母亲|父亲|家长|妈妈|爸爸))',
  '(?:보호자로서|엄마로서|아빠로서|부모로서|(?:^|\\s)(?:엄마|아빠) [\\p{L}]{2,4} 드림)',
  '\\b(?:kama mzazi|онаси сифатида|otasi sifatida|onasi sifatida)\\b',
  '^\\s*[\\p{L} .-]{2,40}[, ]+(?:mama|mam[ãa]e|m[ãa]e|mum|mom|dad|maman|mamma)\\s*$',
];

/** A relative who died, or the writer's standing for them (executor, heir, next of kin). */
export const DECEASED_RELATIVE: readonly string[] = [
  "\\b(?:my|our) late (?:husband|wife|partner|father|mother|dad|mum|mom|son|daughter|brother|sister|gran\\w*|uncle|aunt)\\b(?!')",
  "\\b(?:i'?m|i am) (?:the |his |her )?executor\\b",
  "\\b(?:i'?m|i am) handling (?:his|her|their) (?:affairs|estate)\\b",
  '\\bnext of kin\\b',
  '\\b(?:passed away|died|has died|dead)\\b[^\\n]{0,200}\\b(?:death certificate|probate|his account|her account)\\b',
  '\\b(?:death certificate|certificat de d[ée]c[èe]s|sterbeurkunde|acta de defunci[óo]n|certificato di morte|akte van overlijden|overlijdensakte|certid[ãa]o de [óo]bito|akt zgonu|d[öo]dsbevis|d[øo]dsattest|kuolintodistus|[úu]mrtn[íi] list|certificatul de deces|halotti anyak[öo]nyvi|πιστοποιητικό θανάτου|свидетельство о смерти|свідоцтво про смерть|[öo]l[üu]m belgesi|شهادة الوفاة|मृत्यु प्रमाण|死亡証明|死亡证明|사망진단서|gi[ấa]y ch[ứu]ng t[ửu]|certificat de defunci[óo]|ìwé ikú)',
];

/** A death, in words: read with `RELATIVE` (the writer's own relative died). */
export const DEATH_WORD: readonly string[] = [
  '\\b(?:passed away|died|has died|va morir|falleci[óo]|faleceu|est d[ée]c[ée]d[ée]e?|verstorben|ist gestorben|overleden|[èe] (?:morto|morta|deceduto|deceduta)|zmar[łl]a?|avled|d[øo]de|умер(?:ла)?|помер(?:ла)?|vefat etti|توفي|توفيت|elhunyt|zem[řr]el[a]?|a murit|kuoli|亡くなり|去世|过世|돌아가셨|đã qua đời|ha mort|k[úu] n[íi])',
  '(?:انتقال ہو گیا|وفات پا)',
];

/** The writer's relatives, for `DEATH_WORD`. */
export const RELATIVE: readonly string[] = [
  '\\b(?:my|our) (?:husband|wife|partner|father|mother|dad|mum|mom|brother|sister|gran\\w*|grand\\w+|uncle|aunt)\\b',
  '\\b(?:m[ãa]e|pai|marido|esposa|irm[ãa]o?|av[óô]|madre|padre|hermano|hermana|abuel[oa]|m[èe]re|p[èe]re|mari|[ée]pouse|fr[èe]re|s[œo]e?ur|mutter|vater|mann|frau|bruder|schwester|oma|opa|moeder|vader|broer|zus|marito|moglie|fratello|sorella|matka|ojciec|m[ąa][żz]|[żz]ona|mamma|pappa|bror|syster|mor|far|pare|mare|tat[ăa]l|so[țţ]ul|so[țţ]ia)\\b',
  '\\b(?:[ée]desap[áa]m|[ée]desany[áa]m|ap[áa]m|any[áa]m|f[ée]rjem|feles[ée]gem|annem|babam|e[şs]im|karde[şs]im|m[ẹe] t[ôo]i|b[ốo] t[ôo]i|cha t[ôo]i|ìyá mi|bàbá mi)',
  '\\b(?:мать|отец|муж|жена|брат|сестра|мама|папа|мати|батько|чоловік|дружина|тато)\\b',
  '(?:أخي|أختي|أبي|أمي|والدي|والدتي|زوجي|زوجتي|والد|والدہ|父|母|夫|妻|兄|姉|丈夫|妻子|爸爸|妈妈|아버지|어머니|남편|아내)',
];

/** A relative the writer acts for while alive: "writing for my wife", "my gran asked me to". */
export const RELATIVE_FOR: readonly string[] = [
  '\\b(?:writing|asking|acting|emailing) (?:for|on behalf of) my (?:wife|husband|partner|mother|father|mum|mom|dad|gran\\w*|grand\\w+|sister|brother|aunt|uncle)\\b',
  "\\b(?:she|he)(?:'s| is) (?:happy|fine|ok|okay) (?:for|with) me (?:to|dealing|handling|sorting)\\b",
  '\\b(?:she|he|they|my (?:wife|husband|partner|mother|father|mum|mom|dad|gran\\w*|grand\\w+|sister|brother|aunt|uncle)) (?:has|have) asked me to\\b',
  '\\bγράφω εκ μέρους\\b',
];
