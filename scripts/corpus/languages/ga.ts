// Irish: RGCS (Rialachán Ginearálta maidir le Cosaint Sonraí), An Coimisiún um Chosaint Sonraí.
import { compactPack } from './compact.js';
import { gdprArticles } from './gdpr.js';

export const ga = compactPack({
  id: 'ga', locale: 'ga-IE', country: 'Ireland', tz: '+0000', legacyCharset: 'iso-8859-1',
  names: ['Aoife Ní Bhriain', 'Seán Ó Murchú', 'Siobhán Nic Giolla', 'Ciarán Ó Súilleabháin', 'Niamh Ní Dhónaill', 'Pádraig Mac Cárthaigh'],
  law: 'Rialachán Ginearálta maidir le Cosaint Sonraí (RGCS)', authority: 'gCoimisiún um Chosaint Sonraí',
  articles: gdprArticles((n) => `Airteagal ${n} den RGCS`, 'Airteagal 7(3) den RGCS', 'alt 1798.120 den CCPA'),
  style: {
    hi: 'Dia daoibh,', dear: 'A chara,', thanks: 'Go raibh maith agaibh,', regards: 'Is mise le meas,', mobile: 'Seolta ó m’iPhone',
    formalIntro: 'Táim ag feidhmiú mo chearta faoin {law} leis an litir seo.', deadline: 'Iarraim freagra laistigh de mhí, mar a cheanglaíonn Airteagal 12(3) den RGCS.',
    withdrawAny: 'A mhéid atá aon phróiseáil bunaithe ar mo thoiliú, tarraingím siar an toiliú sin leis seo.',
    angry: 'Seo an tríú huair dom scríobh chugaibh agus níor fhreagair aon duine fós. Níl sé sin inghlactha.',
    complaint: 'Mura bhfaighim freagra laistigh de mhí, déanfaidh mé gearán leis an {authority}.',
  },
  subjects: ['Iarratas ar rochtain ar shonraí', 'Ceartú ar mo shonraí', 'Scrios mo chuntas', 'Srian ar phróiseáil', 'Ríomhphoist fógraíochta', 'Easpórtáil mo shonraí', 'Toiliú a tharraingt siar', 'Ná díol mo shonraí', 'Mo chuntas', 'Ceist faoi mo shonraí'],
  asks: [
    ['Cad iad na sonraí pearsanta atá agaibh fúm? Seolaigí cóip chugam, le bhur dtoil.', 'Faoi {art}, iarraim deimhniú an bhfuil sonraí pearsanta fúm á bpróiseáil agaibh agus, más ea, cóip díobh mar aon leis na críocha, na faighteoirí, an tréimhse choinneála agus an fhoinse.', 'Níor úsáid mé {product} le dhá bhliain agus ba mhaith liom a fháil amach cad atá fós agaibh fúm. An féidir libh gach rud a bhaineann le {email} a thaispeáint dom?', 'Inisigí dom cén cineál faisnéise a bhailigh sibh fúm, cá as a dtáinig sí, cad chuige a n-úsáideann sibh í agus cé dó ar thug sibh í.'],
    ['Tá mo shloinne scríofa mar "{wrong}" ar an gcuntas agus ar na sonraisc. Is é "{last}" an ceann ceart. Ceartaígí é, le bhur dtoil.', 'Faoi {art}, iarraim go gceartófaí sonraí míchruinne: tá mo shloinne cláraithe mar "{wrong}", ach is é "{last}" an ceann ceart.', 'D’athraigh mé teach agus seoladh ríomhphoist. Nuashonraígí mo shonraí ionas go dtiocfaidh gach rud chuig {newEmail} feasta.', 'Tá an phróifíl atá agaibh fúm as dáta agus neamhiomlán: ní liomsa an seoladh billeála le blianta agus tá m’ainm iomlán ar iarraidh. Nuashonraígí í, le bhur dtoil.'],
    ['Scriosaigí mo chuntas agus na sonraí pearsanta go léir atá agaibh fúm, le bhur dtoil.', 'Faoi {art}, iarraim go scriosfaí gach sonra pearsanta a bhaineann liom, an cuntas agus na cúltacaí san áireamh, seachas an méid a chaithfidh sibh a choinneáil de réir dlí.', 'Táim réidh le {product}. Dúnaigí mo chuntas agus glanaigí gach rud atá agaibh fúm, ní bheidh mé ag filleadh.', 'B’fhearr liom nach bhfanfadh faic fúm agaibh: gan chuntas, gan seantrascríbhinní, gan logaí le m’ainm orthu. Cuirigí deireadh leis an iomlán.'],
    ['Cuirigí srian ar phróiseáil mo shonraí fad atá sibh ag fiosrú na muirear atá faoi dhíospóid ar shonrasc {order}.', 'Faoi {art}, iarraim srian ar an bpróiseáil, mar go gcuirim in aghaidh cruinneas na sonraí úsáide ar mo chuntas. Go dtí go réiteofar é, ná déanaigí ach iad a stóráil.', 'Ná scriosaigí faic, ach ná húsáidigí mo shonraí le haghaidh aon rud go dtí go réiteofar mo ghearán faoi shonrasc {order}.', 'Tá cás dlí idir mé féin agus iar-chomhpháirtí gnó faoin gcuntas seo. Go dtí go socrófar é, fágaigí mo shonraí díreach mar atá siad: gan teagmháil, gan úsáid, gan scriosadh.'],
    ['Stopaigí ag seoladh ríomhphoist fógraíochta chugam, le bhur dtoil. Níl uaim ach fógraí seirbhíse.', 'Faoi {art}, cuirim in aghaidh próiseáil mo shonraí le haghaidh anailíse agus próifílithe bunaithe ar bhur leas dlisteanach.', 'Níl mé ag iarraidh go n-úsáidfí mo shonraí úsáide i bhur dtaighde táirge nó i bhur staitisticí. Stopaigí é.', 'NÁ dúnaigí mo chuntas. Níl uaim ach nach bhfaighinn nuachtlitreacha ná tairiscintí a thuilleadh, agus cuirigí in iúl dom roimh ré má bheadh scriosadh an chuntais mar thoradh ar an agóid.'],
    ['An féidir libh easpórtáil de mo shonraí a sheoladh chugam in JSON nó CSV?', 'Faoi {art}, iarraim na sonraí a thug mé daoibh i bhformáid struchtúrtha, a úsáidtear go coitianta agus atá inléite ag meaisín.', 'Táim ag aistriú go huirlis eile agus teastaíonn na tionscadail go léir, stair na jabanna agus na socruithe uaim i gcomhad is féidir liom a iompórtáil ansin.', 'Seolaigí sonraí mo chuntais díreach chuig {provider}, a bheidh ag déanamh na hoibre seo ón mí seo chugainn. Tá comhad JSON á lorg acu.'],
    ['Tarraingím siar mo thoiliú don nuachtlitir agus do na fianáin anailíse.', 'Tarraingím siar leis seo an toiliú a thug mé faoi {art} chun mo shonraí a phróiseáil le haghaidh anailís táirge.', 'Nuair a chláraigh mé, chuir mé tic sa bhosca a lig daoibh an t-ábhar a uaslódálaim a úsáid chun bhur samhlacha a fheabhsú. Cealaím an cead sin.', 'Thug mé cead daoibh m’ainm agus mo ghrianghraf a úsáid i scéal custaiméara. Tógaim an cead sin ar ais, bainigí anuas iad le bhur dtoil.'],
    ['Ná díolaigí agus ná roinnigí m’fhaisnéis phearsanta.', 'Faoi {art}, ordaím daoibh gan m’fhaisnéis phearsanta a dhíol ná a roinnt, fiú le haghaidh fógraíochta iompraíochta. Tá cónaí orm i gCalifornia.', 'Bainigí amach mé ó fhógraíocht spriocdhírithe agus ó aon phróifíliú fógraíochta.', 'An ndíolann sibh mo shonraí? Má dhíolann, stopaigí. Níl mé ag iarraidh go mbeadh m’fhaisnéis ná mo bhrabhsáil ag fógróirí ná ag bróicéirí sonraí.'],
  ],
  multi: [
    'Ar dtús seolaigí cóip de na sonraí go léir atá agaibh fúm. Nuair a bheidh sí faighte agam, scriosaigí mo chuntas agus mo shonraí go léir.',
    'Iarraim rochtain ar mo shonraí pearsanta, na críocha agus na faighteoirí san áireamh. Ina theannta sin, cuirim in aghaidh aon phróiseáil ar mo shonraí le haghaidh margaíocht dhíreach agus próifílithe.',
    'Scriosaigí mo chuntas agus mo shonraí pearsanta. Go dtí sin, cuirim in aghaidh aon úsáid de mo shonraí le haghaidh fógraíochta.',
  ],
  negatives: {
    billing: ['Muirear dúbailte {order}', 'Dia daoibh,\n\nGearradh sonrasc {order} ({amount}) faoi dhó ar mo chárta. An féidir libh an barrachas a aisíoc?\n\n{name}'],
    bug: ['Teipeann ar an easpórtáil le hearráid 500', 'Dia daoibh,\n\nÓ mhaidin, teipeann ar gach easpórtáil le hearráid 500. Jab {order}. An bhfuil fadhb ann?\n\n{name}'],
    phishing: ['Práinneach: deimhnigh do thoiliú', 'A úsáideoir, a chara,\n\nCuirfear do bhosca poist ar fionraí mura ndeimhníonn tú do shocruithe toilithe laistigh de 24 uair. Chun diúltú don fhionraí, logáil isteach anseo: http://secure-verify.example.net/toiliu\n\nFoireann Slándála'],
    sale_question: ['An ndíolann sibh sonraí?', 'Dia daoibh,\n\nTáim ag cur uirlisí i gcomparáid do chliant. An ndíolann nó an roinneann {product} sonraí custaiméirí le fógróirí?\n\n{name}'],
    policy_question: ['Coinneáil logaí', 'Dia daoibh,\n\nCá fhad a choinníonn sibh logaí iarratas, agus an bhfuil seoltaí IP iontu?\n\n{name}'],
    out_of_office: ['Freagra uathoibríoch: {product}', 'Go raibh maith agat as do theachtaireacht. Táim as an oifig go dtí {date} agus níl mé ag léamh ríomhphoist. I gcás práinne: oifig@example.com.\n\n{name}'],
  },
});
