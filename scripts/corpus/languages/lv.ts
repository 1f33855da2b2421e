// Latvian: Vispārīgā datu aizsardzības regula (VDAR), Datu valsts inspekcija. Feminine first person.
import { compactPack } from './compact.js';
import { gdprArticles } from './gdpr.js';

export const lv = compactPack({
  id: 'lv', locale: 'lv-LV', country: 'Latvia', tz: '+0200', legacyCharset: 'iso-8859-13',
  names: ['Līga Bērziņa', 'Ilze Kalniņa', 'Anna Ozola', 'Kristīne Liepiņa', 'Inese Krūmiņa', 'Zane Jansone'],
  law: 'Vispārīgās datu aizsardzības regulas (VDAR)', authority: 'Datu valsts inspekcijā',
  articles: gdprArticles((n) => `VDAR ${n}. pantu`, 'VDAR 7. panta 3. punktu', 'CCPA 1798.120. sadaļu'),
  style: {
    hi: 'Labdien!', dear: 'Godātie kungi un kundzes!', thanks: 'Paldies!', regards: 'Ar cieņu', mobile: 'Nosūtīts no mana iPhone',
    formalIntro: 'Ar šo izmantoju savas tiesības saskaņā ar {law} noteikumiem.', deadline: 'Lūdzu atbildēt viena mēneša laikā, kā paredz VDAR 12. panta 3. punkts.',
    withdrawAny: 'Ciktāl kāda apstrāde balstās uz manu piekrišanu, ar šo to atsaucu.',
    angry: 'Rakstu jau trešo reizi, un joprojām neviens nav atbildējis. Tas ir nepieņemami.',
    complaint: 'Ja mēneša laikā nesaņemšu atbildi, iesniegšu sūdzību {authority}.',
  },
  subjects: ['Pieprasījums piekļūt datiem', 'Manu datu labošana', 'Dzēsiet manu kontu', 'Apstrādes ierobežošana', 'Reklāmas e-pasti', 'Manu datu eksports', 'Piekrišanas atsaukšana', 'Nepārdodiet manus datus', 'Mans konts', 'Jautājums par maniem datiem'],
  asks: [
    ['Kādi personas dati par mani jums ir? Lūdzu, atsūtiet to kopiju.', 'Pamatojoties uz {art}, lūdzu apstiprināt, vai apstrādājat manus personas datus, un, ja jā, izsniegt to kopiju kopā ar nolūkiem, saņēmējiem, glabāšanas laiku un avotu.', 'Divus gadus neesmu lietojusi {product} un gribētu zināt, kas par mani vēl ir saglabāts. Vai varat parādīt visu, kas saistīts ar {email}?', 'Pastāstiet, kāda veida informāciju esat par mani savākuši, no kurienes tā nāk, kam to izmantojat un kam to esat nodevuši.'],
    ['Mans uzvārds kontā un rēķinos ir rakstīts kā „{wrong}”. Pareizi ir „{last}”. Lūdzu, izlabojiet.', 'Pamatojoties uz {art}, pieprasu labot neprecīzus datus: mans uzvārds ir ierakstīts kā „{wrong}”, bet pareizi ir „{last}”.', 'Esmu pārcēlusies un man ir jauna e-pasta adrese. Lūdzu, atjauniniet manus datus, lai viss turpmāk nāktu uz {newEmail}.', 'Mans profils pie jums ir novecojis un nepilnīgs: rēķinu adrese jau gadiem nav mana, un trūkst pilna vārda. Lūdzu, atjauniniet to.'],
    ['Lūdzu, dzēsiet manu kontu un visus personas datus, kas jums par mani ir.', 'Pamatojoties uz {art}, pieprasu dzēst visus ar mani saistītos personas datus, ieskaitot kontu un rezerves kopijas, izņemot tos, kas jāglabā saskaņā ar likumu.', 'Ar {product} esmu beigusi. Slēdziet manu kontu un izdzēsiet visu, kas jums par mani ir, es neatgriezīšos.', 'Labāk, lai pie jums par mani nepaliktu nekas: ne konts, ne vecie atšifrējumi, ne žurnāli ar manu vārdu. Vienkārši lai viss pazūd.'],
    ['Lūdzu, ierobežojiet manu datu apstrādi, kamēr pārbaudāt apstrīdētos maksājumus rēķinā {order}.', 'Pamatojoties uz {art}, pieprasu ierobežot apstrādi, jo apstrīdu ar manu kontu saistīto lietošanas datu precizitāti. Līdz noskaidrošanai tos tikai glabājiet.', 'Neko nedzēsiet, bet arī neizmantojiet manus datus nekam, kamēr nav atrisināta mana sūdzība par rēķinu {order}.', 'Man ir tiesvedība ar bijušo biznesa partneri par šo kontu. Līdz spriedumam atstājiet manus datus tieši tādus, kādi tie ir: neskartus, neizmantotus un neizdzēstus.'],
    ['Lūdzu, pārtrauciet sūtīt man reklāmas e-pastus. Vēlos saņemt tikai pakalpojuma paziņojumus.', 'Pamatojoties uz {art}, iebilstu pret manu datu apstrādi analītikai un profilēšanai, kas balstīta uz jūsu leģitīmajām interesēm.', 'Negribu, lai mani lietošanas dati nonāktu jūsu produktu pētījumos vai statistikā. Pārtrauciet to.', 'NESLĒDZIET manu kontu. Es tikai vairs negribu jaunumus un akcijas, un brīdiniet iepriekš, ja iebildums novestu pie konta dzēšanas.'],
    ['Vai varat man nosūtīt manu datu eksportu JSON vai CSV formātā?', 'Pamatojoties uz {art}, lūdzu izsniegt manis sniegtos datus strukturētā, plaši izmantotā un mašīnlasāmā formātā.', 'Pāreju uz citu rīku, un man vajag visus projektus, darbu vēsturi un iestatījumus failā, ko varu tur importēt.', 'Lūdzu, nosūtiet mana konta datus tieši uzņēmumam {provider}, kas no nākamā mēneša pārņem šo darbu. Viņi gaida JSON failu.'],
    ['Atsaucu piekrišanu jaunumu vēstulei un analītikas sīkdatnēm.', 'Ar šo atsaucu piekrišanu, kas dota, pamatojoties uz {art}, manu datu apstrādei produkta analītikai.', 'Reģistrējoties atzīmēju, ka drīkstat izmantot manu augšupielādēto saturu savu modeļu uzlabošanai. Šo atļauju atsaucu.', 'Biju atļāvusi izmantot savu vārdu un fotoattēlu klientu stāstā. Šo atļauju atsaucu, lūdzu, noņemiet tos.'],
    ['Nepārdodiet un nekopīgojiet manu personisko informāciju.', 'Pamatojoties uz {art}, pieprasu nepārdot un nekopīgot manu personisko informāciju, arī uzvedībā balstītai reklāmai. Dzīvoju Kalifornijā.', 'Lūdzu, izslēdziet mani no mērķētās reklāmas un jebkādas reklāmas profilēšanas.', 'Vai jūs pārdodat manus datus? Ja jā, pārtrauciet. Negribu, lai mana informācija vai pārlūkošana nonāktu pie reklāmdevējiem vai datu brokeriem.'],
  ],
  multi: [
    'Vispirms atsūtiet man kopiju no visiem datiem, kas jums par mani ir. Kad būšu to saņēmusi, dzēsiet manu kontu un visus datus.',
    'Pieprasu piekļuvi saviem personas datiem, ieskaitot nolūkus un saņēmējus. Turklāt iebilstu pret manu datu apstrādi tiešās tirgvedības un profilēšanas nolūkā.',
    'Dzēsiet manu kontu un personas datus. Līdz tam iebilstu pret jebkādu manu datu izmantošanu reklāmai.',
  ],
  negatives: {
    billing: ['Dubults maksājums {order}', 'Labdien!\n\nRēķins {order} ({amount}) no kartes noņemts divreiz. Vai varat atmaksāt pārmaksu?\n\n{name}'],
    bug: ['Eksports beidzas ar kļūdu 500', 'Labdien!\n\nKopš rīta katrs eksports beidzas ar kļūdu 500. Darbs {order}. Vai ir traucējumi?\n\n{name}'],
    phishing: ['Steidzami: apstipriniet savu piekrišanu', 'Cienījamais lietotāj!\n\nJūsu pastkaste tiks bloķēta, ja 24 stundu laikā neapstiprināsiet piekrišanas iestatījumus. Lai atteiktos no bloķēšanas, piesakieties šeit: http://secure-verify.example.net/piekrisana\n\nDrošības komanda'],
    sale_question: ['Vai pārdodat datus?', 'Labdien!\n\nSalīdzinu rīkus klientam. Vai {product} pārdod vai kopīgo klientu datus ar reklāmdevējiem?\n\n{name}'],
    policy_question: ['Žurnālu glabāšana', 'Labdien!\n\nCik ilgi glabājat pieprasījumu žurnālus, un vai tajos ir IP adreses?\n\n{name}'],
    out_of_office: ['Automātiska atbilde: {product}', 'Paldies par ziņu. Līdz {date} esmu atvaļinājumā un e-pastus nelasu. Steidzamos jautājumos: birojs@example.com.\n\n{name}'],
  },
});
