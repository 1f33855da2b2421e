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

describe('implicit asks in the languages without a full lexicon', () => {
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
  ])('finds exactly %j in "%s"', (rights, body) => {
    expect([...classify(body).types].sort()).toEqual([...rights].sort());
  });

  it.each([
    'Πουλάτε τα στοιχεία των πελατών σε τρίτους; Ρωτάω πριν κάνω εγγραφή.',
    'Πόσο καιρό κρατάτε τα δεδομένα μετά το κλείσιμο του λογαριασμού;',
    'Παρακαλώ ενημερώστε με πότε θα εκδοθεί το τιμολόγιο του Μαρτίου.',
    'Вы передаёте данные клиентов третьим лицам? Просто интересуюсь.',
    'Сколько времени вы храните логи после закрытия аккаунта?',
    'Скільки часу ви зберігаєте дані після закриття акаунта? Просто загальне питання.',
    'Ви передаєте дані користувачів рекламодавцям?',
    'Продавате ли данните на потребителите си на рекламодатели?',
    'Добрый день, не могу войти в аккаунт, пароль не подходит. Помогите.',
    'Пришлите, пожалуйста, счёт за март в формате pdf.',
    'Prodáváte data uživatelů reklamním firmám? Jen se ptám.',
    'Jak dlouho uchováváte logy po zrušení účtu?',
    'Dobrý den, faktura má špatnou částku, pošlete mi prosím opravenou.',
    'Predávate údaje zákazníkov tretím stranám?',
    'Ali imate pripravljeno pogodbo o obdelavi osebnih podatkov? Stranka jo zahteva.',
    'Ali prodajate podatke uporabnikov oglaševalcem?',
    'Prodajete li podatke korisnika oglašivačima?',
  ])('finds no request in "%s"', (body) => {
    expect(classify(body).types).toEqual(['not_a_request']);
  });
});
