import { describe, expect, it } from 'vitest';
import { classifyEmail, createClassifier } from './classify-email.js';
import { createLanguageDetector } from './language.js';
import { textEmail } from './text-email.test-support.js';

// The lexicon alone (no model), on sentences of our own: the implicit asks people write in the languages
// without a full lexicon ("stop sending me ads", "what do you know about me", "still not deleted"),
// and the near misses that must stay questions (a question about the company's practice, a retention
// question, an invoice to correct, "who did you pass my data to" inside an access request).
const classifier = createClassifier(createLanguageDetector());
const classify = (body: string) => classifyEmail(classifier, textEmail(body));

describe('Greek: implicit asks', () => {
  it.each([
    [['objection'], 'Καλησπέρα, δεν θέλω να λαμβάνω πλέον διαφημιστικά email από την εταιρεία σας.'],
    [['objection'], 'Σας παρακαλώ σταματήστε τα προωθητικά μηνύματα, με έχουν κουράσει.'],
    [['objection'], 'Μη μου στέλνετε άλλες προσφορές και newsletter. Ο λογαριασμός μου να μείνει ως έχει.'],
    [['access'], 'Θα ήθελα να μάθω ποια προσωπικά δεδομένα μου επεξεργάζεστε και για ποιο σκοπό.'],
    [['access'], 'Τι ξέρετε για μένα; Στείλτε μου ό,τι έχετε.'],
    [['erasure'], 'Πέρασε ένας μήνας και ο λογαριασμός μου δεν έχει διαγραφεί ακόμα. Περιμένω απάντηση.'],
    [['rectification'], 'Το επώνυμό μου είναι γραμμένο λάθος στο προφίλ, παρακαλώ διορθώστε το.'],
    [['access'], 'Παρακαλώ να με ενημερώσετε ποια προσωπικά δεδομένα μου τηρείτε.'],
    [['opt_out_sale'], 'Μην πουλάτε τα δεδομένα μου σε διαφημιστές.'],
    [
      ['opt_out_sale'],
      'Σας παρακαλώ μην τα πουλάτε σε διαφημιστικές εταιρείες, τα δεδομένα μου είναι δικά μου.',
    ],
  ])('finds exactly %j in "%s"', (rights, body) => {
    expect([...classify(body).types].sort()).toEqual([...rights].sort());
  });

  it.each([
    'Πουλάτε τα στοιχεία των πελατών σε τρίτους; Ρωτάω πριν κάνω εγγραφή.',
    'Πόσο καιρό κρατάτε τα δεδομένα μετά το κλείσιμο του λογαριασμού;',
    'Παρακαλώ ενημερώστε με πότε θα εκδοθεί το τιμολόγιο του Μαρτίου.',
  ])('finds no request in "%s"', (body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });
});

describe('Russian, Ukrainian and Bulgarian: implicit asks', () => {
  it.each([
    [['objection'], 'Здравствуйте, прекратите, пожалуйста, слать мне рекламные рассылки. Аккаунт оставьте.'],
    [['objection'], 'Не присылайте мне больше рекламу и акции, я устал от этого спама.'],
    [['objection'], 'Отпишите меня из всех рассылок, пожалуйста.'],
    [['access'], 'Хочу знать, какие мои персональные данные вы храните и кому их передавали.'],
    [['access'], 'Что вы знаете обо мне? Пришлите всё, что у вас есть.'],
    [['erasure'], 'Прошло три недели, а мой профиль до сих пор не удалён. Жду ответа.'],
    [['objection'], 'Аккаунт не удаляйте, просто перестаньте отправлять мне маркетинговые письма.'],
    [
      ['access', 'portability'],
      'Прошу сообщить, какие данные обо мне вы обрабатываете, и выгрузить мои данные в формате json для переноса в другой сервис.',
    ],
    [['objection'], 'Добрий день, не надсилайте мені більше рекламні розсилки.'],
    [
      ['objection'],
      'Не видаляйте мій обліковий запис, просто припиніть, будь ласка, надсилати маркетингові листи.',
    ],
    [['access'], 'Які мої персональні дані ви обробляєте і кому їх передавали?'],
    [['erasure'], 'Минув місяць, а мої дані досі не видалені.'],
    [['objection'], 'Моля, не ми изпращайте повече рекламни имейли.'],
    [['access'], 'Искам да знам какви лични данни за мен съхранявате.'],
    [
      ['access'],
      'В соответствии со статьей 14 152-ФЗ прошу предоставить сведения об обработке моих данных и перечень лиц, которым они передавались.',
    ],
  ])('finds exactly %j in "%s"', (rights, body) => {
    expect([...classify(body).types].sort()).toEqual([...rights].sort());
  });

  it.each([
    'Вы передаёте данные клиентов третьим лицам? Просто интересуюсь.',
    'Сколько времени вы храните логи после закрытия аккаунта?',
    'Скільки часу ви зберігаєте дані після закриття акаунта? Просто загальне питання.',
    'Ви передаєте дані користувачів рекламодавцям?',
    'Продавате ли данните на потребителите си на рекламодатели?',
    'Добрый день, не могу войти в аккаунт, пароль не подходит. Помогите.',
    'Пришлите, пожалуйста, счёт за март в формате pdf.',
  ])('finds no request in "%s"', (body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });
});

describe('Czech, Slovak, Slovenian, Croatian and Serbian: implicit asks', () => {
  it.each([
    [['objection'], 'Dobrý den, už mi prosím neposílejte reklamní e-maily. Účet mi nerušte.'],
    [['objection'], 'Nechci už dostávat žádné obchodní nabídky ani newslettery.'],
    [['access'], 'Chtěla bych vědět, jaké osobní údaje o mně zpracováváte a komu je předáváte.'],
    [['access'], 'Pošlete mi prosím jejich kopii.'],
    [['erasure'], 'Je to už měsíc a můj účet stále není smazaný.'],
    [['objection'], 'Dobrý deň, prestaňte mi prosím posielať reklamné e-maily. Účet si chcem ponechať.'],
    [['access'], 'Aké osobné údaje o mne spracúvate?'],
    [['objection'], 'Pozdravljeni, ne želim več prejemati oglasnih sporočil. Prosim, odjavite me s seznama.'],
    [['access'], 'Katere osebne podatke hranite o meni?'],
    [['objection'], 'Molim vas da mi više ne šaljete reklamne poruke i ponude.'],
    [['access'], 'Koje osobne podatke o meni čuvate i u koju svrhu?'],
    [
      ['objection'],
      'Подносим приговор на обраду мојих података. Молим да престанете да ми шаљете рекламне поруке.',
    ],
    [['erasure'], 'Prošlo je mjesec dana, a moj račun još uvijek nije obrisan.'],
    [
      ['withdraw_consent'],
      'Ob registraciji sem dovolila uporabo mojih fotografij. To dovoljenje zdaj umikam.',
    ],
  ])('finds exactly %j in "%s"', (rights, body) => {
    expect([...classify(body).types].sort()).toEqual([...rights].sort());
  });

  it.each([
    'Prodáváte data uživatelů reklamním firmám? Jen se ptám.',
    'Jak dlouho uchováváte logy po zrušení účtu?',
    'Dobrý den, faktura má špatnou částku, pošlete mi prosím opravenou.',
    'Predávate údaje zákazníkov tretím stranám?',
    'Ali imate pripravljeno pogodbo o obdelavi osebnih podatkov? Stranka jo zahteva.',
    'Ali prodajate podatke uporabnikov oglaševalcem?',
    'Prodajete li podatke korisnika oglašivačima?',
    'Dobrý den, narážíme na limit 100 požadavků za minutu. Dá se limit navýšit v rámci tarifu?',
  ])('finds no request in "%s"', (body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });
});

describe('Turkish, Romanian, Maltese and Irish: implicit asks', () => {
  it.each([
    [['objection'], 'Merhaba, tarafınızdan gönderilen ticari elektronik iletileri artık almak istemiyorum.'],
    [['objection'], 'Lütfen beni pazarlama listelerinizden çıkarın, kampanya e-postası göndermeyin.'],
    [
      ['access'],
      'KVKK kapsamında hakkımda hangi kişisel verileri işlediğinizi ve kimlere aktarıldığını öğrenmek istiyorum.',
    ],
    [['rectification'], 'Adım sistemde yanlış yazılmış, doğrusu "Gül Şahin". Düzeltir misiniz?'],
    [['erasure'], 'Bir ay geçti ama hesabım hâlâ silinmedi.'],
    [['objection'], 'Hesabımın silinmesini istemiyorum, sadece reklam e-postaları göndermeyin.'],
    [['objection'], 'Bună ziua, nu mai vreau să primesc mesaje publicitare de la dumneavoastră.'],
    [['objection'], 'Vă rog să încetați să-mi mai trimiteți oferte și newslettere.'],
    [['access'], 'Aș dori să aflu ce date personale dețineți despre mine.'],
    [['objection'], 'Ma rridx nirċievi aktar reklami mingħandkom, jekk jogħġbok ieqfu.'],
    [
      ['objection'],
      'Níl mé ag iarraidh ríomhphoist mhargaíochta a fháil uaibh níos mó. Stopaigí iad, le do thoil.',
    ],
    [['opt_out_sale'], 'Nu-mi vindeți datele. Vă rog să mă excludeți din publicitatea țintită.'],
    [['erasure'], 'Spiċċajt minn dan is-servizz. Agħlqu l-kont u neħħu kulma għandkom dwari.'],
    [
      ['withdraw_consent'],
      'Meta rreġistrajt tajt il-permess biex tużaw ir-ritratti tiegħi. Issa qed nirrevoka dak il-permess.',
    ],
    [
      ['portability'],
      'Táim ag aistriú go seirbhís eile agus teastaíonn mo shonraí uaim i gcomhad is féidir liom a iompórtáil ansin.',
    ],
  ])('finds exactly %j in "%s"', (rights, body) => {
    expect([...classify(body).types].sort()).toEqual([...rights].sort());
  });

  it.each([
    'Kullanıcı verilerini üçüncü taraflara satıyor musunuz? Sadece merak ediyorum.',
    'Faturadaki tutar yanlış, düzeltilmiş bir fatura gönderebilir misiniz?',
    'Vindeți datele utilizatorilor către terți? Întreb doar din curiozitate.',
    'Cât timp păstrați datele după închiderea contului?',
    "KVKK'nın 7. maddesi hakkında bir sorum var.",
  ])('finds no request in "%s"', (body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });
});

describe('Estonian, Finnish, Hungarian, Latvian, Lithuanian, Norwegian and Icelandic: implicit asks', () => {
  it.each([
    [
      ['access'],
      'Tere! Soovin teada, milliseid minu isikuandmeid te töötlete. Palun saatke mulle nende koopia.',
    ],
    [['objection'], 'Palun ärge mulle enam saatke reklaamkirju ega pakkumisi.'],
    [['erasure'], 'Kuu aega on möödas ja minu konto pole ikka veel kustutatud.'],
    [['access'], 'Hei, mitä tietoja minusta on tallennettu? Lähettäkää minulle kopio.'],
    [['objection'], 'Älkää enää lähettäkö minulle mainoksia tai uutiskirjeitä.'],
    [['access'], 'Kérem, tájékoztassanak, milyen személyes adataimat kezelik és kinek továbbították azokat.'],
    [['objection'], 'Kérem, ne küldjenek nekem több reklámlevelet és ajánlatot.'],
    [['objection'], 'Lūdzu, nesūtiet man vairs reklāmas e-pastus un piedāvājumus.'],
    [['objection'], 'Prašau nebesiųskite man reklaminių laiškų ir pasiūlymų.'],
    [['rectification'], 'Mano pavardė paskyroje parašyta klaidingai. Prašau pataisyti.'],
    [
      ['objection'],
      'Hei, jeg reserverer meg mot all direkte markedsføring fra dere, både e-post og telefon.',
    ],
    [
      ['access'],
      'Hei, jeg vil gjerne vite hvilke personopplysninger dere har lagret om meg, og jeg ber om en kopi av dem.',
    ],
    [['erasure'], 'Slett kontoen min og alle opplysninger om meg.'],
    [['access'], 'Góðan dag, ég óska eftir afriti af þeim persónuupplýsingum sem þið vinnið um mig.'],
    [['erasure'], 'Vinsamlegast eyðið aðganginum mínum og öllum persónuupplýsingum um mig.'],
    [['objection'], 'Vinsamlegast hættið að senda mér auglýsingar og tilboð í tölvupósti.'],
    [['rectification'], 'Netfangið mitt hefur breyst, vinsamlegast uppfærið netfang á reikningnum mínum.'],
    [['erasure'], 'Sulgege minu konto ja kustutage kõik, mida te minu kohta hoiate.'],
    [['erasure'], 'Lūdzu, aizveriet manu kontu un izdzēsiet visu, ko jūs glabājat par mani.'],
    [['erasure'], 'Uždarykite paskyrą ir ištrinkite viską, ką apie mane turite.'],
  ])('finds exactly %j in "%s"', (rights, body) => {
    expect([...classify(body).types].sort()).toEqual([...rights].sort());
  });

  it.each([
    'Kas te müüte kasutajate andmeid reklaamijatele? Küsin lihtsalt huvi pärast.',
    'Myyttekö asiakkaiden tietoja kolmansille osapuolille?',
    'Eladják a felhasználók adatait hirdetőknek? Csak kíváncsi vagyok.',
    'Vai jūs pārdodat klientu datus trešajām personām?',
    'Ar jūs parduodate klientų duomenis reklamuotojams?',
    'Selger dere kundedata til tredjeparter?',
    'Seljið þið upplýsingar um viðskiptavini til auglýsenda?',
    'Góðan dag, reikningurinn fyrir mars er með rangri upphæð. Getið þið sent nýjan?',
    'Ég kemst ekki inn, lykilorðið virkar ekki. Getið þið hjálpað?',
  ])('finds no request in "%s"', (body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });
});

describe('Catalan: implicit asks', () => {
  it.each([
    [
      ['erasure'],
      'Bon dia, us demano que suprimiu el meu compte i totes les dades personals que tingueu sobre mi.',
    ],
    [
      ['access', 'portability'],
      'Voldria saber quines dades personals meves tracteu, i que me les envieu en un format estructurat per portar-les a un altre proveïdor.',
    ],
    [['objection'], "Si us plau, no m'envieu més publicitat ni ofertes per correu."],
  ])('finds exactly %j in "%s"', (rights, body) => {
    expect([...classify(body).types].sort()).toEqual([...rights].sort());
  });

  it.each([
    'Veneu les dades dels clients a tercers? Només és curiositat.',
    "Bon dia, la factura de març té un import incorrecte. Me'n podeu enviar una de nova?",
  ])('finds no request in "%s"', (body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });
});

describe('Japanese, Chinese, Korean, Arabic, Hebrew, Hindi, Vietnamese and Indonesian: implicit asks', () => {
  it.each([
    [['objection'], 'アカウントは残してください。宣伝メールだけ送らないようにしてほしいです。'],
    [['objection'], 'キャンペーンのお知らせはもう受け取りたくないです。'],
    [
      ['access'],
      '개인정보 보호법 제35조에 따라 제 개인정보의 열람을 요구합니다. 수집 항목과 제3자 제공 내역을 알려주세요.',
    ],
    [['objection'], '마케팅 문자 그만 보내 주세요. 계정은 유지하고 싶어요.'],
    [
      ['objection'],
      'مرحباً، أرجو التوقف عن إرسال الرسائل التسويقية والعروض الترويجية إلى بريدي الإلكتروني. لا أريد حذف حسابي، فقط لا أرغب في هذه الرسائل. شكراً لكم، سامي',
    ],
    [['objection'], 'שלום, אני מבקש להפסיק לשלוח לי דיוור שיווקי.'],
    [['access'], 'שלום, איזה מידע יש לכם עלי? אשמח שתשלחו לי עותק.'],
    [
      ['access'],
      'Chào bạn, công ty đang lưu những thông tin cá nhân nào của tôi? Vui lòng gửi cho tôi một bản sao.',
    ],
    [['objection'], 'Xin đừng gửi email quảng cáo cho tôi nữa.'],
    [
      ['access', 'rectification'],
      'Saya ingin mengetahui data pribadi apa saja yang anda simpan. Nama saya tertulis "Budi Santosa", seharusnya "Budi Santoso". Mohon diperbaiki.',
    ],
    [['objection'], 'Tolong berhenti mengirimkan email promosi kepada saya.'],
    [['access'], 'नमस्ते, मैं जानना चाहता हूँ कि आपके पास मेरा कौन सा व्यक्तिगत डेटा है।'],
    [['access'], 'डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 की धारा 11 के अंतर्गत मुझे मेरे डेटा का सारांश दें।'],
    [['objection'], 'कृपया मुझे मार्केटिंग ईमेल भेजना बंद करें।'],
    [['erasure'], '더 이상 서비스를 이용하지 않으니 계정을 삭제해 주세요.'],
    [['erasure'], 'أرجو حذف حسابي وجميع بياناتي.'],
    [['objection'], '你好，请不要再给我发广告邮件了，谢谢。'],
    [['access'], '你们到底存了我哪些个人信息？请发一份副本给我。'],
    [['erasure'], '已经过去一个月了，我的账号到现在还没有删除。'],
    [['objection'], '광고 메일 그만 보내 주세요.'],
    [['access'], '저에 대해 어떤 개인정보를 보관하고 있는지 알려 주세요.'],
    [['erasure'], '한 달이 지났는데 아직도 제 계정이 삭제되지 않았습니다.'],
    [['access'], '私についてどんな情報を保有しているのか教えてください。'],
    [['erasure'], '一か月経ちましたが、まだアカウントが削除されていません。'],
    [['objection'], 'กรุณาหยุดส่งอีเมลโฆษณามาให้ฉัน'],
    [['access'], 'ขอทราบว่าบริษัทเก็บข้อมูลส่วนบุคคลอะไรของฉันไว้บ้าง'],
    [['objection'], 'لطفاً دیگر برای من ایمیل تبلیغاتی نفرستید.'],
    [['access'], 'می‌خواهم بدانم چه اطلاعاتی از من نگهداری می‌کنید.'],
  ])('finds exactly %j in "%s"', (rights, body) => {
    expect([...classify(body).types].sort()).toEqual([...rights].sort());
  });

  it.each([
    '【ご案内】開示請求や利用停止請求の窓口整備はお済みでしょうか。弊社が代行いたします。',
    'データ削除完了のお知らせ、確認できました。ご対応ありがとうございました。',
    '[긴급] 개인정보 재동의 필요 - 미동의 시 계정 삭제',
    'האם אתם מוכרים מידע על לקוחות למפרסמים?',
    '고객님, 48시간 이내에 동의하지 않으시면 계정이 삭제됩니다. 재동의하기: https://example.com',
    'عزيزي العميل، سيتم إيقاف حسابك خلال 24 ساعة بسبب عدم تحديث بياناتك. اضغط على الرابط لتأكيد هويتك.',
    '你们会把用户数据卖给第三方吗？只是好奇问一下。',
    'บริษัทขายข้อมูลลูกค้าให้บุคคลที่สามหรือไม่ อยากทราบเฉยๆ',
    'آیا اطلاعات کاربران را به شرکت‌های تبلیغاتی می‌فروشید؟',
    'สวัสดีครับ ใบแจ้งหนี้เดือนนี้ยอดเงินไม่ถูกต้อง ช่วยส่งใบใหม่ให้หน่อยครับ',
  ])('finds no request in "%s"', (body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });
});
