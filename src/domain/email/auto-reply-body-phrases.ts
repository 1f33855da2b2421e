/**
 * The words of out-of-office notices and ticket-system acknowledgements, by language, for
 * `auto-reply-body.ts`; and the words of a request, which a notice never carries. Lower-case; a stem
 * matches where a word starts (scripts without spaces, Chinese, Japanese, Korean, Thai, anywhere).
 */

/** A notice of absence: away, on leave, no or limited access to mail, no longer at the organisation. */
export const ABSENCE = [
  // en
  'out of (?:the )?office',
  'away from (?:the|my) (?:office|desk)',
  'on (?:annual |parental |maternity |paternity |sick |study )?(?:leave|vacation|holidays?)',
  '(?:away|absent|travell?ing|unavailable|not available|off work) (?:until|till|through|from|and will)',
  '(?:limited|no|without|restricted) (?:access to|connectivity to) (?:my )?e-?mails?',
  'no longer (?:with|works? (?:at|for)|working (?:at|for)|employed)',
  'ha(?:ve|s) left (?:the|our) (?:company|organi[sz]ation)',
  // de
  'nicht im büro|außer haus|ausser haus|abwesend|im urlaub|in urlaub|urlaubsbedingt|nicht erreichbar',
  'keinen zugriff auf (?:meine )?e-?mails|eingeschränkte[nm]? zugriff|nicht mehr (?:im unternehmen|für|bei)',
  // fr
  'absente?s? du bureau|hors du bureau|en (?:congés?|vacances)|ne fait plus partie|je suis absente?',
  "(?:pas|peu) d'accès à (?:mes )?(?:e-?mails|courriels|ma messagerie)|accès limité à (?:mes )?(?:e-?mails|courriels|ma messagerie)",
  // es
  'fuera de la oficina|estoy ausente|de vacaciones|(?:sin|acceso limitado al?) (?:acceso al )?correo|ya no trabaja',
  // it
  'fuori (?:ufficio|sede)|sono assente|in (?:ferie|vacanza)|accesso limitato alla posta|non sono raggiungibile|non lavora più',
  // nl
  'niet op kantoor|afwezig|met vakantie|op vakantie|niet aanwezig|(?:beperkt|geen) toegang tot (?:mijn )?e-?mail|niet (?:meer )?werkzaam',
  // pt
  'fora do escritório|estou ausente|de férias|em férias|(?:sem|acesso limitado ao) (?:acesso ao )?(?:meu )?e-?mail',
  // sv, da, no
  'inte på kontoret|borta från kontoret|frånvarande|på semester|ikke på kontoret|fraværende|på ferie|holder ferie|har ferie',
  'begränsad tillgång till (?:min )?e-?post|begrænset adgang til (?:min )?e-?mail|begrenset tilgang til (?:min )?e-?post',
  // fi, et, lv, lt
  'poissa toimistolta|olen lomalla|lomalla|olen poissa|kontorist eemal|puhkusel|atvaļinājumā|prombūtnē|atostogose|nesu biure',
  // pl, cs, sk
  'poza biurem|jestem nieobecn|na urlopie|ograniczony dostęp do poczty|mimo kancelář|nepřítomn|na dovolen|mimo kancelárie|neprítomn',
  // hu, ro, hr, bs, sr, sl
  'házon kívül|irodán kívül|szabadságon|távol vagyok|în afara biroului|sunt în concediu|în concediu',
  'izvan ureda|van kancelarije|odsutan|odsutna|na godišnjem odmoru|na odmoru|odsoten|odsotna|na dopustu|izven pisarne',
  // ru, uk, bg, el
  'нет в офисе|вне офиса|отсутствую|в отпуске|поза офісом|немає в офісі|відсутн|у відпустці|извън офиса|отсъствам|в отпуск',
  'εκτός γραφείου|απουσιάζω|σε άδεια|σε διακοπές',
  // tr, he, ar, hi, id, ms, vi
  'ofis dışında|ofiste değilim|izindeyim|izinliyim|tatildeyim|מחוץ למשרד|בחופשה|אינני נמצא|خارج المكتب|في إجازة',
  'कार्यालय से बाहर|छुट्टी पर|di luar kantor|sedang cuti|di luar pejabat|không có mặt|nghỉ phép|ngoài văn phòng',
  // zh, ja, ko, th
  '不在办公室|不在辦公室|休假|外出|不在にしております|休暇|부재|휴가|ไม่อยู่ที่สำนักงาน|ลาพักร้อน',
];

/** An acknowledgement written by a ticket system, or a notice that the mailbox is not read. */
export const ACKNOWLEDGEMENT = [
  // en
  '(?:we|i) (?:have |.ve )?received your (?:request|message|e-?mail|enquiry|inquiry|ticket|query)',
  '(?:ticket|case|reference) (?:number|no\\.?|id|#)|ticket #?\\d|this is an auto(?:mated|matic|-generated)|automatically generated',
  'do not reply to this|(?:e-?mail|mailbox|inbox|address) is (?:not|no longer) (?:monitored|in use|active|checked|read)|unmonitored',
  // de
  '(?:wir haben|haben wir) ihre (?:anfrage|nachricht|e-?mail) erhalten|ticketnummer|ticket-nr|automatisch (?:erstellt|generiert)',
  'wird nicht (?:überwacht|gelesen|bearbeitet)|antworten sie nicht auf diese',
  // fr
  'nous avons (?:bien )?reçu votre (?:demande|message|e-?mail|courriel)|numéro de (?:ticket|dossier|demande)|généré automatiquement',
  "message automatique|ne pas répondre|n'est pas (?:consultée|surveillée|lue)",
  // es, it, pt
  'hemos recibido su (?:solicitud|mensaje|correo|consulta)|número de (?:ticket|caso|solicitud)|generado automáticamente|no responda a este',
  'abbiamo ricevuto la (?:sua|tua) (?:richiesta|e-?mail|mail)|numero (?:di )?(?:ticket|pratica)|generat[oa] automaticamente|non rispondere a questa',
  'recebemos (?:a sua|sua|o seu|seu) (?:solicitação|pedido|mensagem|e-?mail)|número do (?:ticket|chamado|protocolo)|gerad[oa] automaticamente|não responda a este',
  // nl
  '(?:wij|we) hebben (?:uw|je) (?:verzoek|bericht|e-?mail|aanvraag) (?:in goede orde )?ontvangen|ticketnummer|automatisch gegenereerd',
  'wordt niet (?:gelezen|gecontroleerd|bewaakt)',
  // sv, da, no, fi
  'vi har (?:tagit emot|mottagit|modtaget|mottatt) din|ärendenummer|sagsnummer|saksnummer|automatiskt genererat|svara inte på detta',
  'olemme vastaanottaneet|tikettinumero|älä vastaa tähän',
  // pl, cs, hu, ro
  'otrzymaliśmy (?:twoją|pana|pani|państwa) (?:wiadomość|prośbę|zgłoszenie)|numer zgłoszenia|nie odpowiadaj na tę',
  'obdrželi jsme (?:váš|vaši|vaše)|číslo požadavku|neodpovídejte na',
  'megkaptuk (?:üzenetét|kérését|megkeresését)|jegyszám|ne válaszoljon|am primit (?:solicitarea|mesajul|cererea)|nu răspundeți',
  // ru, uk, el, tr, he, ar
  'мы получили ваш|номер (?:заявки|обращения)|не отвечайте на|ми отримали ваш|не відповідайте на',
  'λάβαμε το αίτημά σας|μην απαντήσετε|talebinizi aldık|mesajınızı aldık|talep numarası|yanıtlamayın',
  'קיבלנו את פנייתך|אין להשיב|تم استلام طلبك|لقد استلمنا|لا ترد على',
  // zh, ja, ko
  '我们已收到您的|我們已收到您的|工单号|请勿回复|請勿回覆|受け付けました|受付番号|返信しないで|접수되었습니다|회신하지 마',
];

/** Words that other sentences of a notice are made of: returning, dates, urgency, a contact, thanks, mail. */
export const NOTICE_WORDS = [
  // en
  'back|return|urgent|contact|reach|colleague|thank|repl|respon|answer|get back|forward|e-?mail|mail|message|delay|until',
  'absen|availab|office|leave|holiday|vacation|ticket|request|received|soon|patience|team|assist|call|access|regard|note',
  // de
  'zurück|rückkehr|dringend|wenden|kolleg|vertret|danke|vielen dank|nachricht|mail|antwort|beantwort|weitergeleitet|bis zum|ab dem',
  // fr
  'retour|urgen|contact|collègue|merci|message|répon|courriel|transmis|jusqu|à partir',
  // es, it, pt
  'regres|urgen|contact|compañer|gracias|mensaje|respond|correo|hasta|rientr|collega|grazie|messaggio|rispond|posta|fino|retorn|colega|obrigad|mensagem|até',
  // nl, sv, da, no, fi
  'terug|dringend|spoed|contact|collega|bedankt|dank|bericht|beantwo|tot en met|tot|tillbaka|brådskande|kontakt|kollega|tack|svar|tilbage|hast|tak|tilbake|takk|palaan|kiire|yhtey|kiitos|viesti|asti|sähköpost',
  // pl, cs, sk, hu, ro, hr, sl, et, lv, lt
  'wrócę|powrot|pilne|pilnych|kontakt|dziękuję|wiadomo|odpowiem|vrátím|naléhav|urgentn|děkuji|zprávu|odpovím|visszatér|sürgős|köszön|üzenet|revin|urgent|mulțumesc|mesaj',
  'vraćam|vratit|hitn|hvala|poruk|vrnem|nujn|naas|kiire|tänan|atgriez|steidzam|paldies|grįšiu|skub|ačiū',
  // ru, uk, bg, el, tr, he, ar
  'вернусь|возвращ|срочн|обращ|свяж|коллег|спасибо|сообщени|отвеч|повернус|терміно|звертай|дякую|повідомлен|върна|спешн|благодар|съобщени',
  'επιστρ|επείγ|επικοινων|ευχαριστ|μήνυμα|döneceğim|dönüş|acil|iletişim|teşekkür|mesaj|אחזור|דחוף|תודה|הודעה|سأعود|عاجل|شكرا|رسالت',
  // hi, id, ms, vi, zh, ja, ko, th
  'वापस|तत्काल|धन्यवाद|kembali|mendesak|hubungi|terima kasih|trở lại|khẩn|cảm ơn',
  '回来|回來|紧急|緊急|联系|聯絡|谢谢|謝謝|邮件|郵件|戻り|至急|連絡|メール|ありがとう|복귀|긴급|연락|감사|메일|กลับ|ด่วน|ติดต่อ|ขอบคุณ',
];

/**
 * The words of a request or a question about one: a right, an action on the writer's data or account,
 * a law. A notice of absence never has them, so a message with one is a person's, however it begins.
 */
export const REQUEST_WORDS = [
  // en
  'delet|eras|remov|unsubscrib|opt.?out|object|rectif|correct|copy of|export|portab|do not sell|don.t sell|stop (?:processing|using|sending|contacting)',
  // A person writing about a notice ("your out of office reply keeps arriving").
  'your (?:out of (?:the )?office|auto|automatic)|withdraw|consent|stop|unsubscrib|complain|my (?:personal )?(?:data|information|details)|personal (?:data|information)|gdpr|ccpa|dsar|subject access|article \\d|art\\. ?\\d',
  // de, fr, es, it, nl, pt
  'lösch|entfern|auskunft|widersp|widerruf|einwillig|beschwer|berichtig|kopie|meine daten|personenbezogen|dsgvo|abmeld',
  'supprim|effac|arrête|retir|consentement|plainte|désinscri|désabonn|opposition|oppose|rectifi|copie|mes données|données personnelles|rgpd',
  'borr|elimin|dejen de|deje de|darme de baja|consentimiento|reclamación|consenso|revoc|smett|supresión|suprim|oposición|oponer|rectific|copia|mis datos|datos personales|cancell|opposizione|rettific|miei dati|dati personali',
  'verwijder|bezwaar|toestemming|intrek|klacht|consentimento|inzage|afmeld|mijn gegevens|persoonsgegevens|avg(?!\\p{L})|apag|exclu|oposição|retific|cópia|meus dados|dados pessoais|lgpd',
  // sv, da, no, fi, pl, cs, sk, hu, ro, hr, sl
  'radera|ta bort|slet|invänd|indsigelse|innsyn|kopi|mina uppgifter|mine (?:data|oplysninger|opplysninger)|personuppgift|personoplysning|personopplysning',
  'poista|vastust|tietoni|henkilötie|usuń|usunię|sprzeciw|moje dane|dane osobowe|rodo|smaz|vymaz|námitk|osobní údaje|osobné údaje',
  'töröl|törlés|tiltakoz|másolat|adataim|személyes adat|șterge|sterge|opoziț|datele mele|date personale|izbriš|izbris|prigovor|osobn|osebn',
  // ru, uk, bg, el, tr, he, ar
  'удал|видал|изтри|возраж|заперечен|мои данные|мої дані|моите данни|персональн|лични данни|διαγραφ|εναντίωσ|αντίγραφ|δεδομένα μου|προσωπικά δεδομένα',
  'sil|itiraz|kopya|verilerim|kişisel veri|kvkk|מחק|העתק|המידע שלי|حذف|امسح|اعتراض|بياناتي',
  // zh, ja, ko
  '删除|刪除|注销|註銷|副本|我的数据|我的資料|个人信息|個人資料|削除|退会|開示|個人情報|삭제|탈퇴|열람|개인정보',
];
