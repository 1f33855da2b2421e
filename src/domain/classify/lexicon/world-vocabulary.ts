/**
 * More of the safety net's vocabulary for the languages read with a basic lexicon (ja, zh, ko, ar, el, the
 * Slavic and Cyrillic languages, ro, hu, fi, tr, hi, et, lv, lt, mt, ga): personal-data words, rights words, and the ordinary
 * topics (billing, bugs, sales) that let `not_a_request` be stated with confidence. Joined into the
 * regular expressions of `privacy-vocabulary.ts`. Scripts without ASCII word boundaries (CJK, Arabic,
 * Greek, Cyrillic, Devanagari) are matched as substrings, so their topic words are stems, never short
 * syllables.
 */

export const WORLD_PRIVACY_TERMS = [
  '私の(?:データ|情報|個人)|登録情報|保有個人データ|個人情報保護',
  '我的(?:数据|信息|資料|资料|个人|個人)|個人資料保護|个人信息保护',
  '(?:제|내|저의) (?:정보|데이터|개인)|개인 정보',
  'معلوماتي|بيانات شخصية|البيانات الشخصية',
  'δεδομένα μου|δεδομένων μου|προσωπικά μου|προσωπικών μου',
  'moji podaci|mojih podataka|osobne podatke|lični podaci|ličnih podataka|moje údaje|mé údaje|moje osobné|datele mele|adataim|tietoni|tietojani|verilerim|bilgilerim',
  'minu andmed\\w*|mu andmed\\w*|minu isiku\\w*',
  'mani dati|manus datus|manu datu|maniem datiem|par mani',
  'mano duomen\\w*|apie mane',
  'id-data tiegħi|id-dejta tiegħi|l-informazzjoni tiegħi|data personali tiegħi|dwari',
  'mo shonraí|mo chuid sonraí|fúm|mar gheall orm',
  'moje podatke|moji podatki|mojih (?:osebnih )?podatkov|mojim podatkom|mojimi podatki|mojim (?:osobnim )?podacima|o meni|mojih osobnih podataka|moj(?:e|ich|im|imi) (?:osobn\\w+ )?údaj\\w*|(?:mé|mých|mým|mými) (?:osobní\\w* )?údaj\\w*',
  'мојих података|моји подаци|моје податке|личн\\S* подат|(?:^|\\s)о мени',
  'мои данни|моите данни|мои данные|моих данных|моим данным|моими данными|моїх даних|моїм даним|моїми даними|мої персональні',
  'मेरा डेटा|मेरी जानकारी|मेरे डेटा|मेरी निजी',
  'data pribadi saya|informasi saya|data peribadi saya',
];

export const WORLD_RIGHTS_STEMS = [
  '訂正|消去|利用停止|退会|異議|オプトアウト|配信停止|第三者提供',
  '注销|註銷|更正|查询|查詢|导出|導出|退订|退訂|撤销|撤銷',
  '정정|파기|탈퇴|처리정지|처리 정지|수신 ?거부|동의 철회',
  'تصحيح|نقل بياناتي|إلغاء الاشتراك|الاعتراض|أعترض',
  'διόρθωσ|φορητότητ|ανάκλησ|περιορισμ',
  'ispravak|ispravi|prenosivost|opoziv|oprava|přenositelnost|odvolání|rectificar|portabilit|helyesbít|hordozhat|tiltakoz|oikaisu|siirrettävyy|vastustan|düzeltil|taşınabilir|itiraz',
  'ülekantav|vastuväi|paranda|piirami',
  'labošan|pārnesam|iebild|ierobežo',
  'ištaisym|perkeliam|prieštar|apribo',
  'tħassru|tħassar|rettifika|portabbiltà|oġġezzjoni|nirtira',
  'ceartú|iniomparthacht|agóid|srian ar',
  'popravek|prenosljiv|ugovor|omejitev obdelave',
  'обриш|избриш|брисањ|преносив|приговор|опозив|сагласност',
  'исправ|переносим|отзыв|възраж|коригир|оттегл|виправ|відклик',
  'सुधार|आपत्ति|वापस ले',
];

/** Ordinary topics in scripts without ASCII word boundaries: matched as substrings. */
export const WORLD_TOPIC_STEMS = [
  '請求書|返金|二重引き落とし|お支払い|決済|見積|エラー|不具合|障害|ログインできない|ウェビナー|セキュリティチェックシート|ニュースレター',
  '发票|發票|退款|扣款|付款|账单|帳單|报价|報價|错误|錯誤|故障|报错|報錯|崩溃|網路研討會|网络研讨会|安全问卷|新闻稿',
  '청구서|환불|결제|견적|오류|에러|버그|장애|웨비나|보안 설문|뉴스레터',
  'فاتورة|الفاتورة|استرداد المبلغ|الدفع|عرض سعر|عطل|لا يعمل|ندوة عبر الإنترنت|النشرة الإخبارية',
  'τιμολόγ|επιστροφή χρημάτων|πληρωμ|σφάλμα|δεν λειτουργεί',
  'счёт-фактур|счет-фактур|оплат|возврат средств|ошибк|сбой|рахунок-фактур|помилк|фактур|плащан|грешк',
  'уплат|плаћањ|наплат',
  'भुगतान|रिफंड|त्रुटि|जीएसटी',
  // Job applications, partnership offers and reporters, in the scripts above.
  'резюме|вакансі|ваканси|履歴書|応募|简历|应聘|이력서|입사 지원|βιογραφικό',
  '合作推广|合作伙伴计划|協業|提携のご提案|제휴|협업|сотрудничеств|співпрац|сътрудничеств|συνεργασ|شراكة|שיתוף פעולה|همکاری|ความร่วมมือ',
  '記者|取材|记者|采访|기자|취재|журналист|δημοσιογράφ',
  // A general question about the service, said to be no more than that.
  '一般的な質問|일반적인 질문|只是想了解|一般性问题|общий вопрос|загальне питання',
  // Plans, charges, permissions and failures in ja, zh, ko, el, he, fa, th, vi and id.
  '料金プラン|套餐|요금제|тариф|χρεωθήκαμε|χρέωσ|חשבונית|תקלה|הרשאה|فاکتور|پرداخت|رمز عبور|ใบกำกับภาษี|แพ็กเกจ|ใบแจ้งหนี้',
  'hóa đơn|thanh toán|báo giá|bị lỗi|lỗi khi|nâng cấp gói',
];

/** Ordinary topics in Latin-script languages read with a basic lexicon: whole words, like the others. */
export const WORLD_TOPIC_WORDS = [
  'faktur\\w*|platb\\w*|chyb\\w*|factur\\w*|eroare|rambursare|számla\\w*|fizetés\\w*|lasku\\w*|maksu\\w*|virhe\\w*|hata\\w*|iade|naplat\\w*|greška|greške|pogreška',
  'arve|arved|arvel|arvet|arvete|makse\\w*|tõrge\\w*|viga|vea',
  'rēķin\\w*|maksājum\\w*|kļūd\\w*',
  'sąskait\\w*|mokėjim\\w*|klaid\\w*',
  'fattur\\w*|ħlas|pagament\\w*|żball\\w*',
  'sonrasc\\w*|íocaíocht\\w*|earráid\\w*',
  'plačil\\w*|napak\\w*',
  // Partnership offers, job applications, subscriptions and processing agreements (GDPR Art. 28).
  'spoluprác\\S*|životopis\\w*|předplatné|predplatné|suradnj\\w*|saradnj\\w*|pretplat\\w*|profaktur\\w*',
  'együttműködés\\w*|önéletrajz\\w*|adatfeldolgozási szerződés\\w*|alvállalkoz\\w*|előfizetés\\w*',
  'yhteistyö\\w*|ansioluettelo\\w*|käsittelysopimu\\w*|i̇?ş ?birliği|özgeçmiş\\w*|abonelik\\w*',
  'colaborare|abonament\\w*|kerja ?sama|lamaran|langganan|tagihan|koostöö\\w*',
  'sadarbīb\\w*|bendradarbiav\\w*|sodelovanj\\w*',
];
