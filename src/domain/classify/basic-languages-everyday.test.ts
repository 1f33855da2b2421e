import { describe, expect, it } from 'vitest';
import { classifyEmail, createClassifier } from './classify-email.js';
import { createLanguageDetector } from './language.js';
import { textEmail } from './text-email.test-support.js';

// The lexicon alone (no model), on sentences of our own: everyday asks that name no right, written in the
// languages without a full lexicon as people type them (without accents or special letters too), and
// the near misses beside them (a subscription, a saved card, an invoice, a phishing threat quoted).
const classifier = createClassifier(createLanguageDetector());
const classify = (body: string) => [...classifyEmail(classifier, textEmail(body)).types].sort();

describe('"Keep nothing about me": erasure without a deleting verb', () => {
  it.each([
    ['sl', 'Pozdravljeni, nočem, da pri vas ostane karkoli o meni. Vaše aplikacije ne uporabljam več.'],
    ['sl', 'Prosim, odstranite me iz vaše baze in vse, kar imate o meni.'],
    ['hr', 'Ne želim da više čuvate ništa o meni, prestala sam koristiti vašu uslugu.'],
    ['hr', 'Maknite me iz svoje baze podataka, zajedno sa svime što imate o meni.'],
    ['sr', 'Не желим да код вас остане било шта о мени. Уклоните ме из базе.'],
    ['bg', 'Не искам да пазите нищо за мен. Махнете ме от базата си данни.'],
    ['ru', 'Не хочу, чтобы у вас оставалось что-либо обо мне. Уберите меня из своей базы.'],
    ['uk', 'Не хочу, щоб у вас залишалося хоч щось про мене. Приберіть мене з вашої бази.'],
    ['cs', 'Nechci, abyste o mně cokoli dál uchovávali. Odstraňte mě prosím ze své databáze.'],
    ['sk', 'Nechcem, aby ste o mne cokolvek uchovávali, vymažte ma zo všetkých systémov.'],
    ['sk', 'dobry den, vymazte ma prosim uplne, ucet aj vsetky moje udaje, uz to nepouzivam'],
    ['lv', 'Es negribu, lai jūs glabātu jebko par mani. Lūdzu, izņemiet mani no savas datubāzes.'],
    ['lt', 'Nenoriu, kad saugotumėte bet ką apie mane. Pašalinkite mane iš savo duomenų bazės.'],
    ['et', 'Ma ei soovi, et te minu kohta midagi alles hoiaksite. Eemaldage mind oma andmebaasist.'],
    ['fi', 'En halua, että säilytätte minusta mitään. Poistakaa minut tietokannastanne.'],
    ['hu', 'Nem szeretném, hogy bármit is tároljanak rólam. Kérem, töröljenek az adatbázisukból.'],
    ['ro', 'Nu vreau să mai păstrați nimic despre mine. Scoateți-mă din baza voastră de date.'],
    ['tr', 'Hakkımda hiçbir bilginin sizde kalmasını istemiyorum, beni sisteminizden çıkarın.'],
    ['tr', 'merhaba, beni sisteminizden tamamen silin, hesabim ve tum bilgilerim dahil. tesekkurler'],
    ['el', 'Δεν θέλω να κρατάτε τίποτα για μένα. Αφαιρέστε με από τη βάση δεδομένων σας.'],
    ['el', 'δεν θελω να μεινει τιποτα δικο μου στο συστημα σας, σβηστε τα ολα'],
    ['he', 'אני לא רוצה שתשמרו עליי שום דבר. תסירו אותי מהמערכת שלכם.'],
    ['ar', 'لا أريد أن تحتفظوا بأي معلومات عني. احذفوني من قاعدة بياناتكم.'],
    ['ga', 'Níl mé ag iarraidh go gcoinneodh sibh faic fúm. Bainigí mé as bhur gcóras, le do thoil.'],
    ['mt', 'Ma rridx li żżommu xejn dwari. Neħħuni mis-sistema tagħkom, jekk jogħġbok.'],
    ['is', 'Ég vil ekki að þið geymið neitt um mig. Fjarlægið mig úr kerfinu ykkar.'],
    ['hi', 'मैं नहीं चाहता कि आपके पास मेरी कोई भी जानकारी रहे. मुझे अपने सिस्टम से हटा दीजिए.'],
    ['hi', 'मेरे बारे में आपके पास जो कुछ भी है, वह सब मिटा दीजिए.'],
    ['id', 'Saya tidak mau data saya disimpan lagi. Tolong hapus saya dari sistem kalian.'],
    ['no', 'Jeg vil ikke at dere skal ha noe lagret om meg. Fjern meg fra systemene deres.'],
    [
      'ca',
      'Bon dia, ja he deixat el vostre servei. Traieu-me de la vostra base de dades i esborreu tot el que tingueu sobre mi.',
    ],
  ])('%s: reads erasure in "%s"', (_, body) => {
    expect(classify(body)).toEqual(['erasure']);
  });
});

describe('"My name is written wrong": rectification without the right named', () => {
  it.each([
    ['bg', 'Здравейте, презимето ми е написано грешно в профила. Моля, поправете го на Петрова.'],
    ['ca', 'Hola, el meu nom surt mal escrit al compte. El podeu corregir, si us plau?'],
    ['hr', 'Pozdrav, prezime mi je krivo napisano u sustavu. Ispravite ga, molim.'],
    ['sl', 'Moj priimek je v vašem sistemu napačno zapisan. Prosim, popravite ga.'],
    ['cs', 'Dobrý den, mám v účtu špatně napsané příjmení, opravte ho prosím.'],
    ['sk', 'Moje priezvisko máte v systéme napísané zle, opravte ho prosím na Kováčová.'],
    ['tr', 'merhaba, soyadim sistemde yanlis yazilmis, dogrusu ozturk. duzeltir misiniz'],
    ['ro', 'Numele meu de familie apare greșit în cont. Vă rog să-l corectați.'],
    ['ru', 'Моя фамилия у вас записана с ошибкой. Исправьте её, пожалуйста.'],
    ['uk', 'Моє прізвище у вас записане з помилкою, виправте його, будь ласка.'],
    ['hu', 'A vezetéknevem hibásan szerepel a fiókomban, kérem, javítsák ki.'],
    ['fi', 'Sukunimeni on väärin kirjoitettu tililläni. Korjatkaa se, kiitos.'],
    ['el', 'Το όνομά μου είναι λάθος γραμμένο στον λογαριασμό. Μπορείτε να το διορθώσετε;'],
    ['hi', 'मेरा नाम आपके रिकॉर्ड में गलत लिखा है, कृपया इसे ठीक कर दीजिए.'],
    ['hi', 'मेरा मोबाइल नंबर गलत दर्ज है, उसे नए नंबर से बदल दीजिए.'],
    ['id', 'Nama saya salah ketik di akun, tolong diperbaiki jadi Putri Lestari.'],
    ['lv', 'Mans uzvārds jūsu sistēmā ir uzrakstīts nepareizi, lūdzu, izlabojiet to.'],
    ['ca', 'Bon dia, el meu cognom és Ferrer, amb dues erres. Em podeu corregir la fitxa, si us plau?'],
    ['id', 'Selamat pagi, mohon membetulkan alamat saya di akun, saya sudah pindah rumah.'],
    ['hi', 'नमस्ते, मेरा ईमेल पुराना है, कृपया इसे सही कर दीजिए.'],
  ])('%s: reads rectification in "%s"', (_, body) => {
    expect(classify(body)).toEqual(['rectification']);
  });
});

describe('"What do you have on me": access without the right named', () => {
  it.each([
    ['et', 'Kust te minu telefoninumbri saite? Mida te minust veel teate?'],
    ['uk', 'Хочу дізнатися, які дані про мене у вас зберігаються. Надішліть мені їх копію.'],
    ['ru', 'Откуда у вас мой адрес? Что ещё вы обо мне знаете?'],
    ['id', 'Saya ingin tahu data apa saja tentang saya yang kalian simpan.'],
    ['hi', 'कृपया बताइए कि आपके पास मेरे बारे में क्या-क्या जानकारी है.'],
    ['vi', 'Tôi muốn biết công ty đã thu thập những thông tin cá nhân nào về tôi.'],
    ['tr', 'E-posta adresimi nereden aldınız? Hakkımda başka ne biliyorsunuz?'],
    ['sl', 'Od kod imate moj e-naslov? Kaj še veste o meni?'],
    ['el', 'Από πού βρήκατε το email μου; Τι άλλο ξέρετε για μένα;'],
    ['hu', 'Honnan szerezték meg az e-mail címemet? Mit tudnak még rólam?'],
  ])('%s: reads access in "%s"', (_, body) => {
    expect(classify(body)).toEqual(['access']);
  });
});

describe('Direct marketing refused and AI training refused: objection', () => {
  it.each([
    ['tr', 'bana artik kampanya maili atmayin, cok sikti'],
    ['no', 'Jeg vil ikke motta flere reklame-eposter fra dere.'],
    ['no', 'Hei. Fra nå av vil jeg ikke motta flere tilbud på e-post.'],
    ['id', 'Tolong jangan kirim email promo lagi ke saya.'],
    ['el', 'σταματηστε να μου στελνετε διαφημιστικα μηνυματα'],
    ['zh', '我不同意你们用我的数据训练人工智能模型,请停止这样使用.'],
    ['ja', '私のデータをAIの学習に使わないでください.'],
    ['ko', '제 데이터를 AI 학습에 사용하지 마세요.'],
    ['ru', 'Не используйте мои данные для обучения нейросетей.'],
    ['uk', 'Не використовуйте мої дані для навчання штучного інтелекту.'],
    ['tr', 'Verilerimin yapay zeka eğitiminde kullanılmasını istemiyorum.'],
    ['el', 'Δεν θέλω να χρησιμοποιείτε τα δεδομένα μου για την εκπαίδευση τεχνητής νοημοσύνης.'],
    ['cs', 'Nepoužívejte moje data k trénování umělé inteligence.'],
    ['hi', 'मेरे डेटा का इस्तेमाल AI ट्रेनिंग के लिए न करें.'],
  ])('%s: reads objection in "%s"', (_, body) => {
    expect(classify(body)).toEqual(['objection']);
  });
});

describe('Restriction: keep it but do not use it', () => {
  it.each([
    ['uk', 'Поки спір не вирішено, не використовуйте мої дані ні для чого, крім зберігання.'],
    ['ru', 'Пока идёт проверка, прошу только хранить мои данные и никак их не использовать.'],
    ['tr', 'Bilgilerimin doğruluğuna itiraz ediyorum; inceleme bitene kadar işlenmesini kısıtlayın.'],
    [
      'no',
      'Mens klagen behandles, ber jeg om at dere ikke bruker dataene mine til annet enn å oppbevare dem.',
    ],
    ['no', 'Inntil tvisten er løst: ikke bruk personopplysningene mine til noe, men ikke slett dem heller.'],
  ])('%s: reads restriction in "%s"', (_, body) => {
    expect(classify(body)).toEqual(['restriction']);
  });
});

describe('Reminders, pronouns and articles read under their own law', () => {
  it.each([
    [['erasure'], '削除をお願いしてから一か月経ちますが、まだ削除されていません。'],
    [['erasure'], '两个月前我就要求删除账号,到现在还没有删除.'],
    [
      ['access', 'erasure'],
      'Mig langar að vita hvaða gögn þið hafið um mig. Síðan vil ég að þeim verði eytt.',
    ],
    [['access'], '個人情報保護法第33条に基づき、保有個人データと第三者提供記録の開示を請求します。'],
    [
      ['access', 'objection'],
      '개인정보 보호법 제35조에 따라 열람을 요구하며, 마케팅 목적의 처리정지를 요구합니다.',
    ],
    [['erasure'], 'Pyydän poistamaan kaikki tietoni tietosuoja-asetuksen 17 artiklan perusteella.'],
  ])('finds exactly %j in "%s"', (rights, body) => {
    expect(classify(body)).toEqual([...rights].sort());
  });
});

describe('Near misses stay questions', () => {
  it.each([
    ['sk', 'Dobrý deň, chceme zrušiť predplatné a prejsť na bezplatný plán. Dá sa to?'],
    ['cs', 'Chtěl bych zrušit předplatné Pro k 1. 12., účet si nechám.'],
    ['ro', 'Bună, vreau să șterg cardul salvat și să adaug altul. Unde găsesc opțiunea?'],
    ['tr', 'Fatura bilgilerimizde vergi numarası eksik, faturayı yeniden düzenleyebilir misiniz?'],
    ['hu', 'Nem szeretném törölni a fiókomat, csak nem tudok belépni. Tudnának segíteni?'],
    ['cs', 'Přišel mi e-mail, že jinak bude můj účet smazán. Je to od vás, nebo je to podvod?'],
    ['ru', 'Как удалить старый вебхук из настроек проекта?'],
    ['el', 'Πώς μπορώ να διαγράψω ένα έργο από τον πίνακα ελέγχου;'],
    ['tr', 'Projeyi nasıl silebilirim? Hesabım kalsın, sadece eski projeyi kaldırmak istiyorum.'],
    ['sl', 'Kako izbrišem star projekt iz nadzorne plošče?'],
    ['hi', 'पुराना प्रोजेक्ट कैसे डिलीट करूं? खाता बना रहे.'],
    ['uk', 'Як експортувати рахунки за минулий рік у CSV?'],
    ['tr', 'Kişisel verileri ne kadar süre saklıyorsunuz? Genel bir soru.'],
    [
      'tr',
      'Merhaba, fatura bilgileri güncellenmeli: şirket unvanı eksik yazılmış. Yeni fatura kesebilir misiniz?',
    ],
    ['ro', 'Bună ziua, aș vrea să șterg cardul expirat din cont și să adaug altul.'],
    ['hu', 'Nem akarom törölni a fiókomat, csak a jelszavamat szeretném visszaállítani.'],
    ['sk', 'Potrebujem faktúru na firmu namiesto na moje meno, dá sa to zmeniť?'],
  ])('%s: finds no request in "%s"', (_, body) => {
    expect(classify(body)).toEqual(['not_a_request']);
  });
});

describe('Greek typed in Latin letters', () => {
  it('reads an erasure written in Greeklish', () => {
    expect(
      classify('Kalispera, thelw na svisete ton logariasmo mou kai ola ta stoixeia mou apo to systima sas.'),
    ).toEqual(['erasure']);
  });
});
