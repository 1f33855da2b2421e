import { describe, it } from 'vitest';
import { expectFound, expectNone } from './lexicon-alone.test-support.js';

// The lexicon alone (no model): sentences of our own for Georgian, Armenian, Azerbaijani, Kazakh and Uzbek, each right asked in everyday and formal
// words, with and without the language's marks, and near misses that must stay no request: a question about
// the practice, "what happens if I delete", a product object deleted, "don't delete my account".
describe('Georgian requests', () => {
  it.each([
    ['access', 'გთხოვთ, გამომიგზავნოთ ჩემი პერსონალური მონაცემების ასლი.'],
    ['access', 'რა მონაცემებს ინახავთ ჩემ შესახებ? მინდა ვიცოდე.'],
    ['rectification', 'ჩემი გვარი არასწორად არის ჩაწერილი, გთხოვთ შეასწოროთ.'],
    ['rectification', 'მისამართი შემეცვალა, გთხოვთ განაახლეთ ჩემი მონაცემები ანგარიშში.'],
    ['erasure', 'გთხოვთ, წაშალეთ ჩემი ანგარიში და ყველა პერსონალური მონაცემი.'],
    ['erasure', 'მინდა ჩემი ანგარიში სამუდამოდ დახუროთ.'],
    ['restriction', 'სანამ საჩივარს განიხილავთ, შეზღუდეთ ჩემი მონაცემების დამუშავება.'],
    ['objection', 'ვეწინააღმდეგები ჩემი მონაცემების გამოყენებას მარკეტინგისთვის.'],
    ['objection', 'გთხოვთ, შეწყვიტეთ რეკლამების გამოგზავნა.'],
    ['portability', 'გთხოვთ, ჩემი მონაცემები სხვა სერვისში გადაიტანეთ.'],
    ['withdraw_consent', 'ვიხმობ თანხმობას ჩემი მონაცემების დამუშავებაზე.'],
    ['opt_out_sale', 'გთხოვთ, არ გაყიდოთ ჩემი პერსონალური მონაცემები.'],
    ['access', 'მინდა ვიცოდე, ვის გაუზიარეთ ჩემი პერსონალური მონაცემები.'],
  ])('finds %s in "%s"', expectFound);

  it.each([
    'ყიდით თუ არა მომხმარებლების მონაცემებს?',
    'ჩემი შეკვეთა ჯერ არ მოსულა, როდის მოვა?',
    'გთხოვთ, არ წაშალოთ ჩემი ანგარიში, უბრალოდ ვერ ვიღებ შესვლას.',
    'როგორ წავშალო ძველი პროექტი?',
  ])('states no request in "%s"', expectNone);
});

describe('Armenian requests', () => {
  it.each([
    ['access', 'Խնդրում եմ ուղարկել ինձ իմ անձնական տվյալների պատճենը։'],
    ['access', 'Ինչ տվյալներ եք պահում իմ մասին, ուզում եմ իմանալ։'],
    ['rectification', 'Իմ ազգանունը սխալ է գրված, խնդրում եմ ուղղեք։'],
    ['erasure', 'Խնդրում եմ ջնջեք իմ հաշիվը և բոլոր անձնական տվյալները։'],
    ['erasure', 'Խնդրում եմ փակեք իմ հաշիվը։'],
    ['restriction', 'Մինչև բողոքի քննությունը սահմանափակեք իմ տվյալների մշակումը։'],
    ['objection', 'Առարկում եմ իմ տվյալների օգտագործմանը գովազդի համար։'],
    ['objection', 'Խնդրում եմ դադարեցրեք ինձ գովազդ ուղարկելը։'],
    ['portability', 'Խնդրում եմ իմ տվյալները փոխանցել այլ ծառայության։'],
    ['withdraw_consent', 'Ես հետ եմ վերցնում իմ համաձայնությունը տվյալների մշակման համար։'],
    ['opt_out_sale', 'Խնդրում եմ մի վաճառեք իմ անձնական տվյալները։'],
    ['rectification', 'Խնդրում եմ թարմացնել իմ հեռախոսահամարը հաշվում։'],
    ['objection', 'Այլևս մի ուղարկեք ինձ գովազդային նամակներ։'],
    ['access', 'Ում եք փոխանցել իմ տվյալները, խնդրում եմ տեղեկացնել։'],
  ])('finds %s in "%s"', expectFound);

  it.each([
    'Արդյո՞ք վաճառում եք հաճախորդների տվյալները։',
    'Իմ պատվերը դեռ չի հասել, երբ կհասնի։',
    'Խնդրում եմ մի ջնջեք իմ հաշիվը, պարզապես չեմ կարողանում մուտք գործել։',
    'Ինչպես ջնջել հին նախագիծը?',
  ])('states no request in "%s"', expectNone);
});

describe('Azerbaijani requests', () => {
  it.each([
    ['access', 'Zəhmət olmasa, haqqımda saxladığınız şəxsi məlumatların surətini göndərin.'],
    ['access', 'Haqqımda hansı məlumatları saxlayırsınız? Bilmək istəyirəm.'],
    ['rectification', 'Soyadım səhv yazılıb, xahiş edirəm düzəldin.'],
    ['erasure', 'Xahiş edirəm hesabımı və bütün şəxsi məlumatlarımı silin.'],
    ['erasure', 'Zehmet olmasa hesabimi ve butun melumatlarimi silin.'],
    ['restriction', 'Şikayətim araşdırılana qədər məlumatlarımın emalını məhdudlaşdırın.'],
    ['objection', 'Məlumatlarımın reklam məqsədilə istifadəsinə etiraz edirəm.'],
    ['objection', 'Xahiş edirəm mənə reklam göndərməyi dayandırın.'],
    ['portability', 'Məlumatlarımı başqa xidmətə ötürün, zəhmət olmasa.'],
    ['withdraw_consent', 'Marketinq üçün verdiyim razılığımı geri götürürəm.'],
    ['opt_out_sale', 'Şəxsi məlumatlarımı heç kimə satmayın.'],
    ['erasure', 'Artıq xidmətdən istifadə etmirəm, hər şeyi silin, zəhmət olmasa.'],
  ])('finds %s in "%s"', expectFound);

  it.each([
    'Müştərilərin məlumatlarını satırsınız?',
    'Sifarişim hələ gəlməyib, nə vaxt çatacaq?',
    'Xahiş edirəm hesabımı silməyin, sadəcə daxil ola bilmirəm.',
    'Köhnə layihəni necə silmək olar?',
  ])('states no request in "%s"', expectNone);
});

describe('Kazakh requests', () => {
  it.each([
    ['access', 'Мен туралы сақталған жеке деректерімнің көшірмесін жіберіңіз.'],
    ['access', 'Мен туралы қандай деректер сақтайсыздар? Білгім келеді.'],
    ['rectification', 'Тегім қате жазылған, түзетіңіз.'],
    ['erasure', 'Өтінемін, менің аккаунтымды және барлық жеке деректерімді жойыңыз.'],
    ['erasure', 'Аккаунтымды жабыңыз, өтінемін.'],
    ['restriction', 'Шағымым қаралғанша деректерімді өңдеуді шектеңіз.'],
    ['objection', 'Деректерімді жарнама үшін пайдалануға қарсымын.'],
    ['objection', 'Маған жарнама жіберуді тоқтатыңыз.'],
    ['portability', 'Деректерімді басқа қызметке тасымалдаңыз.'],
    ['withdraw_consent', 'Деректерімді өңдеуге берген келісімімді кері қайтарамын.'],
    ['opt_out_sale', 'Жеке деректерімді ешкімге сатпаңыз.'],
    ['erasure', 'Аккаунтымды өшіріп беруіңізді сұраймын.'],
    ['rectification', 'Жеке деректерімдегі қатені түзетіп беріңіз.'],
  ])('finds %s in "%s"', expectFound);

  it.each([
    'Клиенттердің деректерін сатасыздар ма?',
    'Тапсырысым әлі келмеді, қашан келеді?',
    'Аккаунтымды жоймаңыз, тек кіре алмай тұрмын.',
    'Ескі жобаны қалай жоюға болады?',
  ])('states no request in "%s"', expectNone);
});

describe('Uzbek requests', () => {
  it.each([
    ['access', "Iltimos, men haqimda saqlanayotgan shaxsiy ma'lumotlarim nusxasini yuboring."],
    ['access', "Men haqimda qanday ma'lumotlar saqlaysiz? Bilishim kerak."],
    ['rectification', "Familiyam noto'g'ri yozilgan, iltimos tuzating."],
    ['erasure', "Iltimos, mening akkauntimni va barcha shaxsiy ma'lumotlarimni o'chirib tashlang."],
    ['erasure', "Iltimos, akkauntimni ochiring emas, o'chiring, rahmat."],
    ['restriction', "Shikoyatim ko'rib chiqilguncha ma'lumotlarimni qayta ishlashni cheklang."],
    ['objection', "Ma'lumotlarimdan reklama uchun foydalanishga e'tiroz bildiraman."],
    ['objection', 'Iltimos, menga reklama yubormang.'],
    ['portability', "Iltimos, ma'lumotlarimni boshqa xizmatga o'tkazing."],
    ['withdraw_consent', 'Marketing uchun bergan roziligimni qaytarib olaman.'],
    ['opt_out_sale', "Iltimos, shaxsiy ma'lumotlarimni hech kimga sotmang."],
  ])('finds %s in "%s"', expectFound);

  it.each([
    "Mijozlar ma'lumotlarini sotasizmi?",
    'Iltimos, buyurtmam qachon keladi? Rahmat.',
    "Iltimos, akkauntimni o'chirmang, men faqat kira olmayapman.",
    "Eski loyihani qanday o'chirish mumkin?",
  ])('states no request in "%s"', expectNone);
});

describe('GDPR articles in the words and order of these languages, only with the GDPR named', () => {
  it.each([
    ['erasure', 'GDPR-ის მე-17 მუხლის საფუძველზე ვითხოვ ჩემი ინფორმაციის სრულ განადგურებას.'],
    ['access', 'GDPR-ի 15-րդ հոդվածի համաձայն խնդրում եմ տրամադրել տեղեկություններ։'],
    ['restriction', 'GDPR-ın 18-ci maddəsinə əsasən emalın dayandırılmasını tələb edirəm.'],
    ['portability', 'GDPR-дың 20-бабына сәйкес ақпаратымды беруді сұраймын.'],
    ['objection', "GDPR ning 21-moddasiga binoan e'tirozimni bildiraman."],
    ['rectification', 'Згодна з артыкулам 16 GDPR прашу выправіць звесткі.'],
    ['erasure', 'በGDPR አንቀጽ 17 መሠረት ሁሉንም ነገር እንድታጠፉ እጠይቃለሁ።'],
    ['access', 'Sida uu dhigayo qodobka 15aad ee GDPR, fadlan ii sheega waxa aad ii hayso.'],
  ])('finds %s in "%s"', expectFound);

  it.each([
    'Персоналдық деректер туралы заңның 17-бабы бойынша семинар өтеді.',
    'Չափորոշիչի 17-րդ հոդվածը վերաբերում է ապրանքի փոխարինմանը։',
  ])('reads no right from a local article number in "%s"', expectNone);
});
