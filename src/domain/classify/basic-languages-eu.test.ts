import { describe, expect, it } from 'vitest';
import { classifyEmail, createClassifier } from './classify-email.js';
import { createLanguageDetector } from './language.js';
import { textEmail } from './text-email.test-support.js';

// The lexicon alone (no model): situational sentences of our own, written as a native speaker asks without
// naming the right, for the EU languages that got situational cues last (et, lv, lt, mt, ga, sl) and for
// Serbian in Cyrillic script.
const classifier = createClassifier(createLanguageDetector());
const classify = (body: string) => classifyEmail(classifier, textEmail(body));

describe('Estonian requests', () => {
  it.each([
    ['access', 'Tere! Mida te minu kohta veel säilitate? Saatke mulle kõik, mis teil on.'],
    ['rectification', 'Kolisin ja mul on uus e-posti aadress. Palun uuendage aadress minu kontol.'],
    ['erasure', 'Mul on sellest teenusest kõrini. Sulgege minu konto ja kustutage kõik ära.'],
    [
      'restriction',
      'Mul on teie vastu kaebus pooleli. Ärge kustutage minu andmeid, aga ärge neid ka kasutage, kuni asi on lahendatud.',
    ],
    ['objection', 'Ma ei soovi, et minu kasutusandmeid kasutataks analüütika või uuringute jaoks.'],
    ['portability', 'Lähen üle teisele tööriistale. Vajan faili, mida saaks seal importida.'],
    ['withdraw_consent', 'Registreerudes andsin loa oma failide kasutamiseks. Võtan selle loa tagasi.'],
    ['opt_out_sale', 'Palun jätke mind välja sihitud reklaamist ja reklaamiprofiilide koostamisest.'],
    [
      'restriction',
      'Ärge minu andmeid praegu kustutage, aga ärge neid ka kasutage enne, kui vaidlus on lahendatud.',
    ],
  ])('finds %s in "%s"', (right, body) => {
    expect(classify(body).types).toContain(right);
  });

  it.each([
    'Tere, arvel on vale summa. Palun saatke parandatud arve.',
    'Kuidas ma saan projekti kustutada? Kontot ma sulgeda ei taha.',
    'Ma ei saa sisse logida, parool ei tööta. Palun aidake.',
  ])('finds no request in "%s"', (body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });

  it('keeps the account when the writer asks not to delete anything', () => {
    expect(classify('Ärge kustutage midagi, tahan ainult parooli vahetada.').types).not.toContain('erasure');
  });
});

describe('Latvian requests', () => {
  it.each([
    ['access', 'Sveiki! Ko jūs vēl glabājat par mani? Lūdzu, atsūtiet man visu, kas jums ir.'],
    ['rectification', 'Esmu pārcēlies, un man ir jauna e-pasta adrese. Lūdzu, nomainiet adresi manā kontā.'],
    ['erasure', 'Man pietiek. Aizveriet manu kontu un izdzēsiet visu.'],
    [
      'restriction',
      'Mana sūdzība vēl tiek izskatīta. Nedzēsiet manus datus, bet arī neizmantojiet tos, kamēr lieta nav atrisināta.',
    ],
    ['objection', 'Es nevēlos, ka mani lietošanas dati tiek izmantoti analītikai vai pētījumiem.'],
    ['portability', 'Pāreju uz citu rīku. Man vajag failu, ko tur varētu importēt.'],
    ['withdraw_consent', 'Reģistrējoties devu atļauju izmantot manus failus. Tagad šo atļauju atsaucu.'],
    ['opt_out_sale', 'Lūdzu, izslēdziet mani no mērķētas reklāmas un reklāmas profilēšanas.'],
  ])('finds %s in "%s"', (right, body) => {
    expect(classify(body).types).toContain(right);
  });

  it.each([
    'Labdien, rēķinā ir nepareiza summa. Lūdzu, atsūtiet labotu rēķinu.',
    'Kā es varu izdzēst projektu? Kontu negribu slēgt.',
    'Nevaru pieslēgties, parole nedarbojas. Lūdzu, palīdziet.',
  ])('finds no request in "%s"', (body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });
});

describe('Lithuanian requests', () => {
  it.each([
    ['access', 'Sveiki, ką jūs dar saugote apie mane? Atsiųskite man viską, ką turite.'],
    [
      'rectification',
      'Persikrausčiau ir turiu naują el. pašto adresą. Prašau pakeisti adresą mano paskyroje.',
    ],
    ['erasure', 'Man užteko. Uždarykite mano paskyrą ir ištrinkite viską.'],
    [
      'restriction',
      'Mano skundas dar nagrinėjamas. Neištrinkite mano duomenų, bet ir nenaudokite jų, kol reikalas neišspręstas.',
    ],
    ['objection', 'Nenoriu, kad mano naudojimosi duomenys būtų naudojami analitikai ar tyrimams.'],
    ['portability', 'Pereinu prie kito įrankio. Man reikia failo, kurį ten galėčiau importuoti.'],
    ['withdraw_consent', 'Registruodamasis daviau leidimą naudoti mano failus. Dabar šį leidimą atšaukiu.'],
    ['opt_out_sale', 'Prašau išbraukti mane iš tikslinės reklamos ir reklaminio profiliavimo.'],
    ['access', 'Noriu pagaliau sužinoti, ką jūs apie mane saugote po to, kai išėjau.'],
  ])('finds %s in "%s"', (right, body) => {
    expect(classify(body).types).toContain(right);
  });

  it.each([
    'Laba diena, sąskaitoje faktūroje neteisinga suma. Prašau atsiųsti pataisytą sąskaitą.',
    'Kaip ištrinti projektą? Paskyros nenoriu uždaryti.',
    'Negaliu prisijungti, slaptažodis neveikia. Padėkite.',
  ])('finds no request in "%s"', (body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });
});

describe('Maltese requests', () => {
  it.each([
    ['access', "Bonġu, x'għad għandkom dwari? Ibagħtuli kollox, jekk jogħġobkom."],
    [
      'rectification',
      'Bdilt id-dar u għandi email ġdida. Jekk jogħġobkom, aġġornaw l-email fil-kont tiegħi.',
    ],
    ['erasure', 'Xbajt minnkom. Agħlqu l-kont tiegħi u ħassru kollox.'],
    [
      'restriction',
      'Għandi ilment miftuħ. Tħassrux id-data tiegħi, imma tużawhiex sakemm jiġi solvut l-ilment.',
    ],
    ['objection', 'Ma rridx li d-data tal-użu tiegħi tintuża għal analitika jew riċerka.'],
    ['portability', "Sejjer għal għodda oħra. Għandi bżonn fajl li nista' nimporta hemmhekk."],
    [
      'withdraw_consent',
      'Meta rreġistrajt tajt permess biex tużaw il-fajls tiegħi. Issa qed nirtira dak il-permess.',
    ],
    ['opt_out_sale', 'Jekk jogħġobkom neħħuni mir-reklamar immirat u mill-profili tar-reklami.'],
    ['withdraw_consent', "M'għadnix nagħti permess li tużaw ir-ritratti tiegħi. Neħħejt il-kunsens."],
  ])('finds %s in "%s"', (right, body) => {
    expect(classify(body).types).toContain(right);
  });

  it.each([
    'Bonġu, il-fattura għandha ammont ħażin. Ibagħtuli fattura korretta, jekk jogħġobkom.',
    "Kif nista' nħassar proġett? Ma rridx nagħlaq il-kont.",
    'Ma nistax nidħol, il-password ma taħdimx. Għinuni, jekk jogħġobkom.',
  ])('finds no request in "%s"', (body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });
});

describe('Irish requests', () => {
  it.each([
    ['access', 'Dia daoibh, cad atá fós agaibh fúm? Seolaigí chugam gach rud atá agaibh, le do thoil.'],
    [
      'rectification',
      'Bhog mé teach agus tá seoladh ríomhphoist nua agam. Nuashonraígí an seoladh i mo chuntas, le do thoil.',
    ],
    ['erasure', 'Tá mé bréan de. Dúnaigí mo chuntas agus scriosaigí gach rud.'],
    [
      'restriction',
      'Tá gearán ar siúl agam. Ná scriosaigí mo shonraí, ach ná húsáidigí iad ach an oiread go dtí go réitítear an scéal.',
    ],
    ['objection', 'Níl mé ag iarraidh go n-úsáidfí mo shonraí úsáide le haghaidh anailíse nó taighde.'],
    [
      'portability',
      'Tá mé ag aistriú go huirlis eile. Teastaíonn comhad uaim ar féidir liom é a iompórtáil ansin.',
    ],
    [
      'withdraw_consent',
      'Nuair a chláraigh mé thug mé cead mo chomhaid a úsáid. Tarraingím siar an cead sin anois.',
    ],
    ['opt_out_sale', 'Bainigí amach mé ó fhógraíocht spriocdhírithe agus ó phróifíliú fógraí, le do thoil.'],
    ['objection', 'Cuirim in aghaidh próiseáil mo shonraí le haghaidh margaíochta agus próifílithe.'],
    ['portability', 'Easpórtáil mo shonraí go léir i gcomhad, le do thoil, táim ag bogadh go seirbhís eile.'],
  ])('finds %s in "%s"', (right, body) => {
    expect(classify(body).types).toContain(right);
  });

  it.each([
    'Dia daoibh, tá an tsuim mícheart ar an sonrasc. Seolaigí sonrasc ceart chugam, le do thoil.',
    'Conas is féidir liom tionscadal a scriosadh? Níl mé ag iarraidh mo chuntas a dhúnadh.',
    'Ní féidir liom logáil isteach, níl an pasfhocal ag obair. Cabhraigí liom, le do thoil.',
  ])('finds no request in "%s"', (body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });
});

describe('Slovenian requests', () => {
  it.each([
    ['access', 'Pozdravljeni, kaj še hranite o meni? Pošljite mi vse, kar imate.'],
    ['rectification', 'Preselil sem se in imam nov e-naslov. Prosim, posodobite naslov v mojem računu.'],
    ['erasure', 'Dovolj mi je. Zaprite moj račun in izbrišite vse.'],
    [
      'restriction',
      'Moja pritožba še ni rešena. Ne brišite mojih podatkov, a jih tudi ne uporabljajte, dokler zadeva ni rešena.',
    ],
    ['objection', 'Ne želim, da se moji podatki o uporabi uporabljajo za analitiko ali raziskave.'],
    ['portability', 'Prehajam na drugo orodje. Potrebujem datoteko, ki jo lahko tam uvozim.'],
    [
      'withdraw_consent',
      'Ob registraciji sem dal dovoljenje za uporabo mojih datotek. To dovoljenje preklicujem.',
    ],
    ['opt_out_sale', 'Prosim, izključite me iz ciljanega oglaševanja in oglaševalskega profiliranja.'],
    ['withdraw_consent', 'Premislil sem si: ne dovolim več uporabe mojih fotografij za oglase.'],
  ])('finds %s in "%s"', (right, body) => {
    expect(classify(body).types).toContain(right);
  });

  it.each([
    'Pozdravljeni, na računu je napačen znesek. Prosim, pošljite popravljen račun.',
    'Kako izbrišem projekt? Računa ne želim zapreti.',
    'Ne morem se prijaviti, geslo ne deluje. Prosim za pomoč.',
  ])('finds no request in "%s"', (body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });
});

describe('Serbian requests in Cyrillic script', () => {
  it.each([
    ['access', 'Поздрав, шта још чувате о мени? Пошаљите ми све што имате.'],
    [
      'rectification',
      'Преселио сам се и имам нову адресу е-поште. Молим вас, ажурирајте адресу у мом налогу.',
    ],
    ['erasure', 'Доста ми је. Затворите мој налог и обришите све.'],
    [
      'restriction',
      'Моја жалба још није решена. Немојте брисати моје податке, али их не користите док се ствар не реши.',
    ],
    ['objection', 'Не желим да се моји подаци о коришћењу користе за аналитику или истраживања.'],
    ['portability', 'Прелазим на други алат. Треба ми датотека коју тамо могу да увезем.'],
    ['withdraw_consent', 'При регистрацији сам дао дозволу за коришћење мојих фајлова. Ту дозволу повлачим.'],
    ['opt_out_sale', 'Молим вас, искључите ме из циљаног оглашавања и рекламног профилисања.'],
    ['erasure', 'У складу са чланом 17 ГДПР-а, захтевам брисање мојих личних података.'],
  ])('finds %s in "%s"', (right, body) => {
    expect(classify(body).types).toContain(right);
  });

  it.each([
    'Поздрав, на фактури је погрешан износ. Молим вас, пошаљите исправљену фактуру.',
    'Како да обришем пројекат? Не желим да затворим налог.',
    'Не могу да се пријавим, лозинка не ради. Молим вас за помоћ.',
  ])('finds no request in "%s"', (body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });
});

describe('languages eld does not know', () => {
  it.each([
    ['mt', 'Bdilt id-dar u għandi email ġdida. Jekk jogħġobkom, aġġornaw l-email fil-kont tiegħi.'],
    ['ga', 'Dia daoibh, ba mhaith liom go scriosfadh sibh mo chuntas agus mo shonraí go léir.'],
  ])('reads %s mail by its spelling', (language, body) => {
    expect(createLanguageDetector()(body)).toEqual({ language, reliable: true });
  });

  it('leaves an English bug report about the DOM and the ORM to eld', () => {
    const body = 'The ORM drops the DOM node id when the form is saved; the stack trace is attached.';
    expect(createLanguageDetector()(body).language).toBe('en');
  });

  it('leaves Polish with "ż" to eld', () => {
    expect(
      createLanguageDetector()('Proszę o usunięcie mojego konta, już nie korzystam z usługi.').language,
    ).toBe('pl');
  });
});
