import { describe, expect, it } from 'vitest';
import { classifyAlone as classify, expectFound, expectNone } from './lexicon-alone.test-support.js';

// The lexicon alone (no model): sentences of our own for Amharic, Yoruba, Hausa, Igbo and Somali, each right asked in everyday and formal
// words, with and without the language's marks, and near misses that must stay no request: a question about
// the practice, "what happens if I delete", a product object deleted, "don't delete my account".
describe('Amharic requests', () => {
  it.each([
    ['access', 'እባክዎ ስለ እኔ ያላችሁን የግል መረጃ ቅጂ ላኩልኝ።'],
    ['access', 'ስለ እኔ ምን መረጃ እንዳላችሁ ማወቅ እፈልጋለሁ።'],
    ['rectification', 'ስሜ በስህተት ተጽፏል፣ እባክዎ ያስተካክሉት።'],
    ['rectification', 'አድራሻዬ ተቀይሯል፣ እባክዎ በመለያዬ ያለውን መረጃ ያዘምኑ።'],
    ['erasure', 'እባክዎ መለያዬን እና የግል መረጃዬን በሙሉ ይሰርዙ።'],
    ['erasure', 'መለያዬን ሰርዙልኝ።'],
    ['restriction', 'ቅሬታዬ እስኪጣራ ድረስ የመረጃዬን አጠቃቀም ይገድቡ።'],
    ['objection', 'መረጃዬን ለማስታወቂያ መጠቀማችሁን እቃወማለሁ።'],
    ['objection', 'የማስታወቂያ መልዕክቶችን መላክ ያቁሙ።'],
    ['portability', 'መረጃዬን ወደ ሌላ አገልግሎት አቅራቢ ያስተላልፉ።'],
    ['withdraw_consent', 'ለማርኬቲንግ የሰጠሁትን ፈቃዴን አነሳለሁ።'],
    ['opt_out_sale', 'የግል መረጃዬን ለሶስተኛ ወገን አትሽጡ።'],
  ])('finds %s in "%s"', expectFound);

  it.each([
    'የደንበኞችን መረጃ ትሸጣላችሁ?',
    'መለያዬን ብሰርዝ ምን ይሆናል?',
    'ደረሰኜ ላይ የተሳሳተ ዋጋ አለ፣ እባክዎ ያስተካክሉት።',
    'እባክዎ መለያዬን አትሰርዙ፣ መግባት ብቻ ነው ያቃተኝ።',
    'አንድ የቆየ ፕሮጀክት እንዴት መሰረዝ እችላለሁ?',
  ])('states no request in "%s"', expectNone);
});

describe('Yoruba requests', () => {
  it.each([
    ['access', 'Ẹ jọ̀wọ́, ẹ fi ẹ̀dà gbogbo àlàyé mi tí ẹ ní ránṣẹ́ sí mi.'],
    ['access', 'Kí ni àwọn àlàyé tí ẹ ní nípa mi? Mo fẹ́ mọ̀.'],
    ['access', 'E jowo, kini alaye ti e ni nipa mi?'],
    ['rectification', 'Orúkọ mi kò tọ́ nínú àkọọ́lẹ̀ yín, ẹ jọ̀wọ́ ẹ ṣàtúnṣe rẹ̀.'],
    ['rectification', 'Adiresi mi ko to, e se atunse re.'],
    ['erasure', 'Ẹ jọ̀wọ́, ẹ pa àkọọ́lẹ̀ mi rẹ́ àti gbogbo àlàyé mi.'],
    ['erasure', 'E jowo e paare account mi ati gbogbo data mi.'],
    ['restriction', 'Ẹ má ṣe lo àlàyé mi títí ẹ ó fi yanjú ẹ̀sùn mi.'],
    ['objection', 'Mo tako lílo àlàyé mi fún ìpolówó.'],
    ['objection', 'Ẹ má fi ìpolówó ránṣẹ́ sí mi mọ́.'],
    ['portability', 'Ẹ gbé dátà mi lọ sí ilé-iṣẹ́ mìíràn.'],
    ['withdraw_consent', 'Mo yọ ìfọwọ́sí mi kúrò fún lílo fọ́tò mi.'],
    ['opt_out_sale', 'Ẹ má ṣe ta àlàyé mi fún ẹnikẹ́ni.'],
    ['objection', 'Ìpolówó tí ẹ ń fi ránṣẹ́ sí mi yìí, ẹ jọ̀wọ́ ẹ dá a dúró.'],
  ])('finds %s in "%s"', expectFound);

  it.each([
    'Ṣé ẹ máa ń ta àlàyé àwọn oníbàárà yín?',
    'Ẹ jọ̀wọ́, ìgbà wo ni ọjà mi máa dé?',
    'Ẹ má ṣe pa àkọọ́lẹ̀ mi rẹ́, mi ò lè wọlé nìkan ni.',
    'Bawo ni mo ṣe lè pa iṣẹ́ àtijọ́ rẹ́ nínú app?',
  ])('states no request in "%s"', expectNone);
});

describe('Hausa requests', () => {
  it.each([
    ['access', 'Don Allah ku turo min kwafin bayanaina da kuke da su.'],
    ['access', 'Wadanne bayanai kuke da su game da ni? Ina so in sani.'],
    ['rectification', 'Sunana ba daidai ba ne a asusuna, don Allah ku gyara sunana.'],
    ['erasure', 'Don Allah ku goge asusuna da duk bayanaina.'],
    ['erasure', 'Ina so a rufe asusuna gaba daya.'],
    ['restriction', 'Ku dakatar da amfani da bayanaina har sai an warware korafina.'],
    ['objection', 'Ina adawa da amfani da bayanaina don talla.'],
    ['objection', 'Don Allah ku daina turo min talla.'],
    ['portability', 'Ku tura bayanaina zuwa wani kamfani daban.'],
    ['withdraw_consent', 'Na janye izinina na amfani da hotona.'],
    ['opt_out_sale', 'Kada ku sayar da bayanaina ga kowa.'],
  ])('finds %s in "%s"', expectFound);

  it.each([
    'Shin kuna sayar da bayanan abokan ciniki?',
    'Don Allah yaushe kayana zai iso? Na gode.',
    'Kada ku goge asusuna, kawai ba zan iya shiga ba.',
    'Yaya zan goge tsohon aiki a cikin app?',
  ])('states no request in "%s"', expectNone);
});

describe('Igbo requests', () => {
  it.each([
    ['access', 'Biko zitere m oyiri ozi m niile unu nwere.'],
    ['access', 'Kedu ozi unu nwere gbasara m? Achọrọ m ịmata.'],
    ['rectification', "Aha m dị ezighi ezi, biko dozie aha m n'akaụntụ m."],
    ['erasure', 'Biko hichapụ akaụntụ m na ozi m niile.'],
    ['erasure', 'Biko hichapu akauntu m, daalu.'],
    ['restriction', 'Biko belata iji ozi m ruo mgbe a ga-edozi mkpesa m.'],
    ['objection', 'Ana m emegide iji ozi m maka ahịa.'],
    ['objection', 'Biko kwụsị iziga m mgbasa ozi.'],
    ['portability', "Biko bufee ozi m gaa n'ụlọ ọrụ ọzọ."],
    ['withdraw_consent', 'Ana m ewepụ nkwenye m maka iji foto m.'],
    ['opt_out_sale', 'Biko unu erela ozi m nye onye ọ bụla.'],
  ])('finds %s in "%s"', expectFound);

  it.each([
    'Unu na-ere ozi ndị ahịa unu?',
    'Biko, olee mgbe ngwaahịa m ga-abịa? Daalụ.',
    'Kedu ka m ga-esi hichapụ ọrụ ochie n’ime app?',
  ])('states no request in "%s"', expectNone);
});

describe('Somali requests', () => {
  it.each([
    ['access', 'Fadlan ii soo dira nuqul ka mid ah xogtayda aad haysataan.'],
    ['access', 'Waxaan rabaa inaan ogaado macluumaadka aad iga haysataan.'],
    ['rectification', 'Magacayga waa khalad, fadlan sixi magacayga akoonkayga.'],
    ['erasure', 'Fadlan tirtir akoonkayga iyo dhammaan xogtayda.'],
    ['erasure', 'Fadlan xir akoonkayga, mahadsanid.'],
    ['restriction', 'Fadlan xaddida isticmaalka xogtayda ilaa cabashadayda la xalliyo.'],
    ['objection', 'Waan diidanahay in xogtayda loo isticmaalo xayeysiis.'],
    ['objection', 'Fadlan jooji inaad ii soo dirtaan xayeysiis.'],
    ['portability', 'Fadlan u wareeji xogtayda shirkad kale.'],
    ['withdraw_consent', 'Fadlan, waan ka noqday ogolaanshahayga aan idin siiyay.'],
    ['opt_out_sale', 'Fadlan ha iibinina xogtayda shakhsiyeed.'],
  ])('finds %s in "%s"', expectFound);

  it.each([
    'Ma iibisaan xogta macaamiishiina?',
    'Fadlan goorma ayuu dalabkaygu imanayaa? Mahadsanid.',
    'Fadlan ha tirtirin akoonkayga, kaliya ma geli karo.',
    'Sidee baan u tirtiraa mashruuc hore?',
  ])('states no request in "%s"', expectNone);
});

describe('the safety net in the new languages', () => {
  it.each([
    ['am', 'ስለ ደረሰኝ ጥያቄ አለኝ። በተጨማሪ በግል መረጃዬ ምን እያደረጋችሁ ነው?'],
    ['yo', 'Mo ni ibeere nipa invoice. Kini e n se pelu alaye mi?'],
    ['ha', 'Ina da tambaya game da invoice. Me kuke yi da bayanaina?'],
    ['ig', 'Enwere m ajụjụ gbasara invoice. Gịnị ka unu na-eme na ozi m?'],
    ['so', 'Su’aal ayaan ka qabaa invoice-ka. Maxaad ku samaysaan xogtayda?'],
    ['ka', 'კითხვა მაქვს ინვოისზე. რას აკეთებთ ჩემი მონაცემებით?'],
    ['hy', 'Հարց ունեմ հաշիվ-ապրանքագրի մասին։ Ինչ եք անում իմ տվյալների հետ?'],
    ['az', 'İnvoys barədə sualım var. Məlumatlarımla nə edirsiniz?'],
    ['kk', 'Шот-фактура туралы сұрағым бар. Деректерімді не істейсіздер?'],
    ['uz', "Hisob-faktura haqida savolim bor. Ma'lumotlarim bilan nima qilyapsiz?"],
    ['eu', 'Faktura bati buruzko galdera bat dut. Zer egiten duzue nire datuekin?'],
    ['mk', 'Имам прашање за фактурата. Што правите со моите податоци?'],
    ['be', 'У мяне пытанне пра рахунак. Што вы робіце з маімі дадзенымі?'],
    ['gl', 'Teño unha pregunta sobre a factura. Que fan vostedes cos meus datos persoais?'],
  ])('keeps %s mail about an invoice that speaks of the writer’s data below the threshold', (_, body) => {
    const result = classify(body);
    if (result.types.includes('not_a_request')) expect(result.confidence).toBeLessThan(0.6);
  });
});
