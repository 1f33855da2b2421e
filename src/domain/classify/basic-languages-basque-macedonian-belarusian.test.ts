import { describe, expect, it } from 'vitest';
import { createLanguageDetector } from './language.js';
import { classifyAlone as classify, expectFound, expectNone } from './lexicon-alone.test-support.js';

// The lexicon alone (no model): sentences of our own for Basque, Macedonian and Belarusian, each right asked in everyday and formal
// words, with and without the language's marks, and near misses that must stay no request: a question about
// the practice, "what happens if I delete", a product object deleted, "don't delete my account".
describe('Basque requests', () => {
  it.each([
    ['access', 'Mesedez, bidal iezadazue nire datu pertsonalen kopia bat.'],
    ['access', 'Zer datu dituzue niri buruz? Jakin nahi dut.'],
    ['rectification', 'Nire abizena gaizki idatzita dago, mesedez zuzendu.'],
    ['erasure', 'Mesedez, ezabatu nire kontua eta nire datu pertsonal guztiak.'],
    ['erasure', 'DBEOren 17. artikuluaren arabera, nire datuak ezabatzea eskatzen dut.'],
    ['restriction', 'Erreklamazioa ebatzi arte, mugatu nire datuen tratamendua.'],
    ['objection', 'Nire datuak marketinerako erabiltzearen aurka egiten dut.'],
    ['objection', 'Mesedez, utzi publizitatea bidaltzeari.'],
    [
      'portability',
      'Nire datuak beste zerbitzu batera eraman nahi ditut, eramangarritasun eskubidea erabiliz.',
    ],
    ['withdraw_consent', 'Nire datuak erabiltzeko emandako baimena kentzen dut.'],
    ['opt_out_sale', 'Mesedez, ez saldu nire datu pertsonalak.'],
    ['objection', 'Ez bidali niri buletinik gehiago, mesedez.'],
  ])('finds %s in "%s"', expectFound);

  it.each([
    'Bezeroen datuak saltzen al dituzue?',
    'Nire eskaera ez da oraindik iritsi, noiz iritsiko da?',
    'Mesedez, ez ezabatu nire kontua, ezin naiz sartu besterik ez.',
    'Nola ezabatu dezaket proiektu zahar bat?',
  ])('states no request in "%s"', expectNone);
});

describe('Macedonian requests', () => {
  it.each([
    ['access', 'Ве молам, испратете ми копија од моите лични податоци.'],
    ['access', 'Кои податоци ги чувате за мене? Сакам да знам.'],
    ['rectification', 'Моето презиме е погрешно напишано, ве молам исправете го.'],
    ['erasure', 'Ве молам, избришете ја мојата сметка и сите мои лични податоци.'],
    ['erasure', 'Ве молам затворете ја мојата сметка.'],
    ['restriction', 'Додека се разгледува жалбата, ограничете ја обработката на моите податоци.'],
    ['objection', 'Се противам на користењето на моите податоци за маркетинг.'],
    ['objection', 'Ве молам престанете да ми праќате реклами.'],
    ['portability', 'Ве молам префрлете ги моите податоци на друга услуга.'],
    ['withdraw_consent', 'Ја повлекувам мојата согласност за обработка на податоците.'],
    ['opt_out_sale', 'Ве молам не ги продавајте моите лични податоци.'],
  ])('finds %s in "%s"', expectFound);

  it.each([
    'Дали ги продавате податоците на клиентите?',
    'Мојата нарачка сè уште не пристигна, кога ќе стигне?',
    'Ве молам немојте да ја избришете мојата сметка, само не можам да се најавам.',
    'Како да избришам стар проект?',
  ])('states no request in "%s"', expectNone);
});

describe('Belarusian requests', () => {
  it.each([
    ['access', 'Калі ласка, дашліце мне копію маіх персанальных дадзеных.'],
    ['access', 'Якія дадзеныя вы захоўваеце пра мяне? Хачу ведаць.'],
    ['rectification', 'Маё прозвішча напісана памылкова, выпраўце, калі ласка.'],
    ['erasure', 'Калі ласка, выдаліце мой акаўнт і ўсе мае асабістыя дадзеныя.'],
    ['erasure', 'Закрыйце мой акаўнт, калі ласка.'],
    ['restriction', 'Пакуль разглядаецца скарга, абмяжуйце апрацоўку маіх дадзеных.'],
    ['objection', 'Я пярэчу супраць выкарыстання маіх дадзеных для рэкламы.'],
    ['objection', 'Калі ласка, спыніце рассылку рэкламы.'],
    ['portability', 'Калі ласка, перадайце мае дадзеныя іншаму сэрвісу.'],
    ['withdraw_consent', 'Я адклікаю сваю згоду на апрацоўку дадзеных.'],
    ['opt_out_sale', 'Калі ласка, не прадавайце мае персанальныя дадзеныя.'],
    ['access', 'Хачу ведаць, якія звесткі пра мяне вы захоўваеце.'],
    ['access', 'Якія мае даныя вы апрацоўваеце?'],
  ])('finds %s in "%s"', expectFound);

  it.each([
    'Ці прадаеце вы дадзеныя кліентаў?',
    'Мая замова яшчэ не прыйшла, калі яна будзе?',
    'Калі ласка, не выдаляйце мой акаўнт, я проста не магу ўвайсці.',
    'Як выдаліць стары праект у праграме?',
  ])('states no request in "%s"', expectNone);
});

describe('languages recognised by their spelling or letters', () => {
  const detect = createLanguageDetector();

  it.each([
    ['ha', 'don allah ku goge asusuna da duk bayanaina, na gode.'],
    ['ig', 'biko hichapu akauntu m na ozi m niile, daalu.'],
    ['so', 'fadlan tirtir akoonkayga iyo dhammaan xogtayda, mahadsanid.'],
    ['uz', "iltimos, mening akkauntimni va barcha ma'lumotlarimni o'chiring."],
    ['mk', 'ве молам, избришете ја мојата сметка и сите мои податоци.'],
    ['mk', 'ќе ве замолам да ги избришете податоците.'],
    ['kk', 'өтінемін, менің аккаунтымды және барлық деректерімді жойыңыз.'],
  ])('reads %s mail as its own language', (language, body) => {
    expect(detect(body)).toEqual({ language, reliable: true });
  });

  it.each([
    ['sr', 'молим вас да обришете мој налог и све моје личне податке.'],
    ['bg', 'моля, изтрийте акаунта ми и всички мои лични данни.'],
    ['ru', 'пожалуйста, удалите мой аккаунт и все мои персональные данные.'],
    ['uk', 'будь ласка, видаліть мій акаунт і всі мої персональні дані.'],
    ['be', 'калі ласка, выдаліце мой акаўнт і ўсе мае асабістыя дадзеныя.'],
    ['tr', 'hesabımı ve tüm verilerimi silmenizi rica ediyorum, teşekkürler.'],
    ['es', 'buenos días, quisiera saber cuándo llegará mi pedido y el precio.'],
  ])('leaves %s mail to eld', (language, body) => {
    expect(detect(body).language).toBe(language);
  });

  it('leaves Croatian "kada" and Romanian "unu" to eld, not to Hausa or Igbo', () => {
    expect(detect('kada ćete obrisati moj račun? molim vas da to uradite brzo.').language).not.toBe('ha');
    expect(detect('am primit doar unu din cele două colete comandate, vă rog verificați.').language).toBe(
      'ro',
    );
  });
});

describe('longer mail, read with its own language’s list only', () => {
  it.each([
    [
      'am',
      'rectification',
      'ትዕዛዜ በሰዓቱ ደርሶኛል፣ ለአገልግሎታችሁም አመሰግናለሁ። ሰላም፣ ባለፈው ወር ከእናንተ አገልግሎት ገዝቼ ነበር እና ለረጅም ጊዜ ደንበኛ ነበርኩ። አድራሻዬ ተቀይሯል፣ እባክዎ በመለያዬ ያለውን መረጃ ያዘምኑ። መልሳችሁን በጉጉት እጠብቃለሁ። ከሰላምታ ጋር፣ አበበ ከበደ',
    ],
    [
      'yo',
      'rectification',
      'Ẹ kú iṣẹ́ o. Mo ti jẹ́ oníbàárà yín fún ọdún mẹ́ta, mo sì ti ra ọjà lọ́wọ́ yín ní oṣù tó kọjá. Orúkọ mi kò tọ́ nínú àkọọ́lẹ̀ yín, ẹ jọ̀wọ́ ẹ ṣàtúnṣe rẹ̀. Mo ń retí èsì yín láìpẹ́. Ẹ ṣé púpọ̀, Adébáyọ̀ Ọlálékan',
    ],
    [
      'ha',
      'restriction',
      'Sannu da aiki. Na kasance abokin cinikinku tsawon shekaru uku, kuma na sayi kaya a watan da ya gabata. Ku dakatar da amfani da bayanaina har sai an warware korafina. Ina jiran amsarku da wuri. Na gode sosai, Aminu Bello',
    ],
    [
      'ig',
      'restriction',
      'Ndewo. Abụ m onye ahịa unu kemgbe afọ atọ, ma zụta ngwa ahịa n’ọnwa gara aga. Biko belata iji ozi m ruo mgbe a ga-edozi mkpesa m. Ana m atụ anya azịza unu n’oge na-adịghị anya. Daalụ nke ukwuu, Chidi Okeke',
    ],
    [
      'so',
      'restriction',
      'Salaan. Waxaan macmiil idiin ahaa saddex sano, bishii hore ayaan idinka soo iibsaday alaab. Fadlan xaddida isticmaalka xogtayda ilaa cabashadayda la xalliyo. Waxaan sugayaa jawaabtiinna sida ugu dhakhsaha badan. Mahadsanid, Cali Xasan',
    ],
    [
      'ka',
      'rectification',
      'გამარჯობა. სამი წელია თქვენი კლიენტი ვარ და გასულ თვეს თქვენგან პროდუქტი შევიძინე. მისამართი შემეცვალა, გთხოვთ განაახლეთ ჩემი მონაცემები ანგარიშში. გელოდებით პასუხს რაც შეიძლება მალე. პატივისცემით, გიორგი ბერიძე',
    ],
    [
      'hy',
      'withdraw_consent',
      'Բարև ձեզ։ Երեք տարի է ձեր հաճախորդն եմ և անցյալ ամիս ձեզնից ապրանք եմ գնել։ Ես հետ եմ վերցնում իմ համաձայնությունը տվյալների մշակման համար։ Սպասում եմ ձեր պատասխանին։ Հարգանքով՝ Արամ Պետրոսյան',
    ],
    [
      'az',
      'access',
      'Salam. Üç ildir sizin müştərinizəm və keçən ay sizdən məhsul almışam. Zəhmət olmasa, haqqımda saxladığınız şəxsi məlumatların surətini göndərin. Cavabınızı gözləyirəm. Hörmətlə, Elvin Məmmədov',
    ],
    [
      'kk',
      'erasure',
      'Сәлеметсіз бе. Мен үш жылдан бері сіздің клиентіңізбін және өткен айда сізден тауар сатып алдым. Өтінемін, менің аккаунтымды және барлық жеке деректерімді жойыңыз. Жауабыңызды күтемін. Құрметпен, Айгүл Серікова',
    ],
    [
      'uz',
      'erasure',
      "Assalomu alaykum. Men uch yildan beri sizning mijozingizman va o‘tgan oy sizdan mahsulot sotib oldim. Iltimos, mening akkauntimni va barcha shaxsiy ma'lumotlarimni o'chirib tashlang. Javobingizni kutaman. Hurmat bilan, Dilshod Karimov",
    ],
    [
      'eu',
      'portability',
      'Kaixo. Hiru urte daramatzat zuen bezero gisa eta joan den hilean produktu bat erosi nizuen. Nire datuak beste zerbitzu batera eraman nahi ditut, eramangarritasun eskubidea erabiliz. Zuen erantzunaren zain geratzen naiz. Agur bero bat, Miren Etxeberria',
    ],
    [
      'mk',
      'restriction',
      'Здраво. Три години сум ваш корисник и минатиот месец купив производ од вас. Додека се разгледува жалбата, ограничете ја обработката на моите податоци. Го очекувам вашиот одговор. Со почит, Марија Петровска',
    ],
    [
      'be',
      'restriction',
      'Добры дзень. Я тры гады ваш кліент і ў мінулым месяцы купіў у вас тавар. Пакуль разглядаецца скарга, абмяжуйце апрацоўку маіх дадзеных. Чакаю вашага адказу. З павагай, Алесь Шэўчык',
    ],
  ])('reads %s mail over 160 characters and finds %s', (language, right, body) => {
    expect(body.length).toBeGreaterThan(160);
    const result = classify(body);
    expect(result.language).toBe(language);
    expect(result.types).toContain(right);
  });
});

describe('Galician requests, read with the Portuguese and Spanish lexicons beside its own', () => {
  it.each([
    ['erasure', 'Bos días. Por favor, borren a miña conta e todos os meus datos persoais. Grazas.'],
    ['erasure', 'Solicito a supresión dos meus datos persoais e da miña conta, segundo o artigo 17 do RGPD.'],
    ['access', 'Quero saber que datos persoais gardan sobre min e que me envíen unha copia.'],
    ['access', 'Solicito o acceso aos meus datos persoais segundo o artigo 15 do RGPD.'],
    ['rectification', 'O meu enderezo está mal, por favor corrixan os meus datos.'],
    ['rectification', 'O meu nome está mal escrito na conta, corríxano por favor.'],
    ['restriction', 'Pido a limitación do tratamento dos meus datos mentres se resolve a reclamación.'],
    ['objection', 'Opóñome ao tratamento dos meus datos con fins de mercadotecnia.'],
    ['portability', 'Quero levar os meus datos a outro provedor nun formato lexible por máquina.'],
    ['withdraw_consent', 'Retiro o meu consentimento para o uso dos meus datos.'],
    ['opt_out_sale', 'Non vendan os meus datos persoais a terceiros.'],
  ])('finds %s in "%s"', expectFound);

  it.each(['Ola, cando chegará o meu pedido? Grazas.', 'Venden vostedes os datos dos clientes?'])(
    'states no request in "%s"',
    expectNone,
  );

  it('recognises Galician by one word of its own, and leaves Portuguese and Spanish to eld', () => {
    const detect = createLanguageDetector();
    expect(detect('o meu enderezo está mal, por favor corrixan os meus datos.').language).toBe('gl');
    expect(detect('o meu endereço está errado, por favor corrijam os meus dados.').language).toBe('pt');
    expect(detect('mi dirección está mal, por favor corrijan mis datos.').language).toBe('es');
  });
});
