/**
 * Mail that asks ABOUT a right instead of asking for it, in the full languages and the larger basic ones
 * (read by `asks-about-right.ts`, `not-the-writers-ask.ts` and `classify-email.ts`). The labelling guide reads a question about how the
 * service works as no request unless it asks for the writer's own data; a question that asks the
 * organisation to act ("can you delete my account?") stays an ask. Matched against lower-cased text.
 */

// A word's end for Latin, Greek and Cyrillic letters, which `\b` does not see. A word's start is `\b` before
// an ASCII letter and left open before any other: a leading lookbehind would stop V8 scanning for literals.
const E = '(?![\\w\\u00c0-\\u024f\\u0370-\\u04ff])';
// Any further letters of a word.
const W = '[\\w\\u00c0-\\u024f\\u0370-\\u04ff]*';

/**
 * Doing it oneself or in the product: "can I delete my account myself in the settings?", "wo kann ich im
 * Dashboard meine Login-Mail ändern?", "чи можу я сам видалити акаунт у налаштуваннях?". A question that
 * holds one of these asks how the product works, not for the organisation to act.
 */
export const SELF_SERVICE = new RegExp(
  [
    `(?:\\bmyself|\\bby myself|\\bon my own|\\bself-service|\\bsettings|\\bdashboard|\\bcontrol panel|\\baccount page|\\bprofile page|\\bselbst|\\bselber|\\beinstellungen|\\bmoi-même|\\bmoi même|\\bparamètres|\\bréglages|\\btableau de bord|\\byo mism[oa]|\\bpor mi cuenta|\\bconfiguración|\\bajustes|\\bda sol[oa]|\\bio stess[oa]|\\bimpostazioni|\\bzelf|\\binstellingen|\\bsozinh[oa]|\\beu mesm[oa]|\\bconfigurações|\\bdefinições|\\bpainel|\\bsamodzielnie|\\bustawieniach|\\bustawień|\\bsjälv|\\binställningar${W}|\\bselv|\\bindstillinger${W}|\\binnstillinger${W}|самостоятельно|самостійно|настройках|налаштуваннях|личном кабинете|особистому кабінеті|\\bkendim|\\bayarlar${W}|\\bsám|\\bnastavení|\\bsingur|\\bsetări|\\bitse|\\basetuksi${W}|ρυθμίσεις|μόνος μου|μόνη μου|\\bsendiri|\\bpengaturan|\\bcài đặt)${E}`,
    // Where a word stands alone only as a whole word: Polish and Slavic "sam", Russian "сам".
    `(?:\\bsam|\\bsama|сам|сама)${E}`,
    '自分で|ダッシュボード|管理画面|設定画面|设置|控制台|后台|自己删|自己刪|직접|설정에서|대시보드|بنفسي|الإعدادات|لوحة التحكم|בעצמי|לבד|בהגדרות|ההגדרות|खुद|सेटिंग',
  ].join('|'),
);

/**
 * A question about what happens on a future step of the writer's own: "would you delete my data if I
 * closed my account?", "que faites-vous de mes données si je résilie ?", "もし将来…依頼した場合".
 */
export const IF_I_LATER = new RegExp(
  [
    `\\bif i (?:ever |later |one day |eventually )?(?:close[ds]?|cancel${W}|leave|left|quit|stop|unsubscribe|terminate|end|delete[ds]?|remove[ds]?|deactivate[ds]?|decide[ds]?|want(?:ed)?|asked|request(?:ed)?)${E}`,
    // "When I cancel", never "after I asked you to delete my data, why…": a past step is a follow-up.
    `\\b(?:when|once|after) i (?:ever |later |one day |eventually )?(?:close|cancel|leave|quit|stop|unsubscribe|terminate|end|delete|remove|deactivate)${E}`,
    `\\b(?:wenn|falls|sobald) ich${E}[^?]{0,40}\\b(?:kündige|kündigen|lösche|löschen|schließe|beende|verlasse|abmelde|austrete|wollte|würde)${E}`,
    `\\b(?:si|quand|lorsque) (?:je|j')\\s?(?:ferme|résilie|supprime|quitte|annule|clôture|me désinscris|me désabonne|voulais|demandais|décide)${E}`,
    `\\b(?:si|cuando) (?:cierro|cierre|cancelo|cancele|elimino|elimine|borro|borre|dejo|deje|me doy de baja|me dé de baja|quisiera|pidiera|solicitara)${E}`,
    `\\b(?:se|quando) (?:chiudo|chiuderò|disdico|disdirò|cancello|cancellerò|elimino|lascio|annullo|volessi|chiedessi)${E}`,
    `\\b(?:als|wanneer|zodra) ik${E}[^?]{0,40}\\b(?:opzeg|sluit|verwijder|stop|vertrek|afmeld|zou)${W}`,
    `\\b(?:se|quando) (?:eu )?(?:fechar|cancelar|excluir|apagar|sair|encerrar|quisesse|pedisse|solicitasse)${E}`,
    `\\b(?:jeśli|jeżeli|gdy|kiedy|gdybym)${E}[^?]{0,30}\\b(?:zamknę|usunę|zrezygnuję|anuluję|odejdę|wypiszę|chciał${W}|poprosił${W})`,
    `\\bom jag${E}[^?]{0,30}\\b(?:avslutar|säger upp|raderar|lämnar|stänger|skulle)${E}|\\bhvis jeg${E}[^?]{0,30}\\b(?:lukker|opsiger|sletter|forlader|ville)${E}`,
    `если (?:я )?(?:закрою|удалю|отпишусь|уйду|откажусь|захочу|попрошу)${E}|якщо (?:я )?(?:закрию|видалю|відпишуся|піду|захочу|попрошу)${E}`,
    `\\b(?:kama ninge|ikiwa nitafuta)|(?:\\beğer|şayet)${E}|(?:kapatırsam|silersem|iptal edersem|istersem)${E}`,
    'もし[^?？]{0,40}(?:場合|たら)|如果我|假如我|만약|경우에는|إذا (?:أغلقت|ألغيت|حذفت|أردت)|אם (?:אסגור|אמחק|אבטל|ארצה)',
  ].join('|'),
);

/**
 * An ask to act inside a question, in any language this file serves: "can you", "please", "bitte",
 * "pouvez-vous", "можете", "lütfen", "ください", "请", "주세요". Such a question is a polite request.
 */
export const ACT_FOR_ME = new RegExp(
  [
    `\\b(?:can|could) (?:you|u)${E}|\\bplease${E}|\\b(?:können|könnten) sie${E}|\\bbitte${E}|\\b(?:pouvez|pourriez)-vous${E}|\\bs.il vous pla[iî]t${E}|\\b(?:pueden|podrían|podéis|puede usted|podría usted)${E}|\\bpor favor${E}|\\b(?:potete|potreste|può|potrebbe)${E}|\\bper favore${E}|\\bmerci de${E}`,
    `\\b(?:kunnen|kunt) (?:jullie|u)${E}|\\balstublieft${E}|\\b(?:podem|poderiam|podes|poderia)${E}|\\b(?:możecie|możesz|mogliby|moglibyście)${E}|\\bproszę${E}|\\b(?:kan|kunde) ni${E}|\\b(?:kan|kunne) i${E}|\\bvenligst${E}|\\bsnälla${E}`,
    `(?:можете|можно ли вас|не могли бы|пожалуйста|будь ласка|прошу|\\blütfen|\\bmisiniz|\\bmusunuz|\\bprosím|\\bmůžete|\\bvă rog|\\bkérem|\\bvoisitteko)${E}`,
    'ください|下さい|いただけ|頂け|请你|請你|请帮|請幫|帮我|幫我|麻烦|麻煩|주세요|주실|주시겠|من فضلك|يرجى|هل يمكنكم|בבקשה|תוכלו',
  ].join('|'),
);

/**
 * Whether the service sells or shares data, asked as an indirect question: "I'd like to know whether you
 * sell my data", "ich würde gerne wissen, ob Sie meine Daten weitergeben", "je voudrais savoir si vous
 * vendez mes données". Like the direct "do you sell my data?", a question about practice.
 */
export const WONDER_IF_SELL = new RegExp(
  [
    `\\b(?:know|ask|wondering|wonder|curious|find out),? (?:whether|if) (?:you|your company|you guys)${E}[^.?!\\n]{0,40}\\b(?:sell|share|pass on|disclose|rent|trade)s?${E}`,
    `\\b(?:wissen|erfahren|fragen),? ob sie${E}[^.?!\\n]{0,60}(?:\\bverkaufen|\\bweitergeben|\\bweiterverkaufen|\\bteilen|übermitteln)${E}`,
    `\\b(?:savoir|demander),? si vous${E}[^.?!\\n]{0,60}\\b(?:vendez|partagez|cédez|transmettez|revendez)${E}`,
    `\\b(?:saber|preguntar),? si (?:ustedes )?(?:venden|comparten|ceden|transfieren)${E}|\\b(?:sapere|chiedere),? se (?:voi )?(?:vendete|condividete|cedete)${E}`,
    `\\b(?:weten|vragen),? of (?:jullie|u)${E}[^.?!\\n]{0,60}\\b(?:verkopen|verkoopt|delen|deelt|doorgeven)${E}`,
    `\\b(?:saber|perguntar),? se (?:vocês |você |a empresa )?(?:vendem|vende|compartilham|compartilha|partilham|cedem)${E}`,
    `\\b(?:wiedzieć|zapytać),? czy (?:sprzedajecie|udostępniacie|przekazujecie)${E}|\\b(?:undrar|veta) om ni (?:säljer|delar)${E}|\\bvide,? om i (?:sælger|deler)${E}`,
    `(?:знать|узнать|интересно),? (?:продаёте|продаете|передаёте|передаете) ли вы${E}|(?:знати|дізнатися),? чи (?:продаєте|передаєте) ви${E}`,
  ].join('|'),
);

/**
 * A business's questions to its supplier about the supplier's duties: a processing agreement, its
 * sub-processors, a security questionnaire, an audit under GDPR Art. 28, transfer clauses. Its rights
 * words ("how do you handle erasure requests?") are about other people's requests, not the writer's own.
 */
export const PROCESSOR_QUESTION = new RegExp(
  [
    `(?:\\bdata processing (?:agreement|addendum)|(?:sign(?:ed)?|countersign(?:ed)?|executed|send (?:us )?(?:your|the)) dpa|\\bsub-?processors?|\\bsecurity questionnaire|\\bvendor (?:assessment|questionnaire|due diligence|review|onboarding)|\\bdue diligence questionnaire|(?:as )?our (?:data )?processor|\\bwe are the (?:data )?controller|\\bart(?:icle|\\.)? ?28(?:\\(3\\))? (?:of (?:the )?)?(?:uk )?gdpr|\\bstandard contractual clauses|\\btransfer impact assessment|\\brecords of processing|\\bsoc ?2|\\biso ?27001|\\baudit questionnaire|\\bannual audit)${E}`,
    `\\b(?:auftragsverarbeitung${W}|unterauftragsverarbeiter${W}|sicherheitsfragebogen|lieferantenbewertung|standardvertragsklauseln|verarbeitungsverzeichnis)${E}`,
    `\\b(?:sous-traitants? ultérieurs?|accord de traitement des données|questionnaire de sécurité|clauses contractuelles types|registre des traitements|en tant que (?:notre )?sous-traitant)${E}`,
    `\\b(?:contrato de encargo|contrato de encargado|subencargad${W}|cuestionario de seguridad|cláusulas contractuales tipo|nomina a responsabile|sub-?responsabil${W}|questionario di sicurezza|clausole contrattuali standard)${E}`,
    `\\b(?:verwerkersovereenkomst|subverwerker${W}|beveiligingsvragenlijst|acordo de tratamento de dados|suboperador${W}|questionário de segurança|cláusulas contratuais padrão)${E}`,
    `\\b(?:umow${W} powierzenia|podprocesor${W}|kwestionariusz bezpieczeństwa|personuppgiftsbiträdesavtal|underbiträd${W}|biträdesavtal|databehandleraftale|underdatabehandler${W})${E}`,
    `(?:договор${W} поручени${W}|субобработчик${W}|субпроцессор${W}|\\bveri işleyen|\\bstandart sözleşme${W})${E}`,
    '委託先|再委託|データ処理契約|数据处理协议|子处理者|分处理者|受托方|수탁자|재위탁|위탁 계약',
  ].join('|'),
);

/**
 * A pitch for an event or a law firm's services that lists rights as its topics: "webinar on access and
 * erasure requests, 30 % off until Friday", "diplomado … inscripción temprana", "Erstberatung kostenlos".
 */
const EVENT = `(?:\\bwebinar${W}|\\bseminar${W}|\\bwebinaire|\\bworkshop|\\bmasterclass|\\bconference|\\btraining course|\\bonline course|\\bdiplomado|\\bcurso|\\bformation|\\bformazione|\\bcorso|\\bcursus|\\bopleiding|\\bszkoleni${W}|\\bkurs|\\bschulung|σεμινάρι${W}|вебинар${W}|семинар${W})${E}`;
const ENROL = `(?:\\bdiscount|\\bearly[- ]bird|\\bregister now|\\bregistration|\\bsign up now|\\bseats are limited|\\brabatt|\\banmeldung|\\bfrühbucher${W}|\\bréduction|\\binscription|\\bremise|\\bdescuento|\\binscripción|\\binscripciones|\\bsconto|\\biscrizion${W}|\\bkorting|\\baanmelden|\\bdesconto|\\binscrições|\\binscrição|\\bzniżk${W}|\\brabat${W}|\\bzapisy|έκπτωση|εγγραφ${W}|скидк${W}|регистрац${W})${E}|\\d+ ?%`;
const FREE_ADVICE = `\\b(?:erstberatung|free (?:initial )?consultation|consultation gratuite|consulta gratuita|primera consulta gratuita|consulenza gratuita|gratis (?:advies|adviesgesprek)|bezpłatn${W} konsultacj${W})${E}`;
export const EVENT_OR_ADVICE_PITCH = new RegExp(
  `(?:${EVENT})[^]{0,400}(?:${ENROL})|(?:${ENROL})[^]{0,400}(?:${EVENT})|${FREE_ADVICE}`,
);

/**
 * The reply to our own ticket that says its result arrived: "received, many thanks", "bien reçu, merci
 * pour la confirmation", "자료 잘 받았습니다". With thanks, it closes the ticket and asks nothing new.
 */
export const RESULT_RECEIVED = new RegExp(
  `(?:\\breceived|\\bgot it|\\bgot the (?:file|data|export|copy|confirmation)|\\bthanks? (?:you )?for (?:the|your) (?:confirmation|reply|answer|response|file|export)|\\berhalten|\\bbekommen|\\bdanke für die bestätigung|\\bbien reçu|\\breçu|\\bmerci pour (?:la|votre) (?:confirmation|réponse)|\\brecibido|\\brecibí|\\bgracias por la (?:confirmación|respuesta)|\\bricevuto|\\bgrazie per la (?:conferma|risposta)|\\bontvangen|\\bbedankt voor de bevestiging|\\brecebido|\\brecebi|\\bobrigad[oa] pela (?:confirmação|resposta)|\\botrzymał${W}|\\bdziękuję za potwierdzenie|\\bmottagit|\\bmodtaget|получил${W}|отримал${W})${E}|받았습니다|받았어요|受け取りました|受領しました|收到了|已收到`,
);

/**
 * Something of the ticket still open: "still waiting for the export", "warte noch auf", or a "but" that
 * turns thanks into a new ask ("thanks, but I still get your newsletter").
 */
export const STILL_WAITING = new RegExp(
  `(?:\\b(?:but|however|aber|jedoch|mais|cependant|pero|sin embargo|però|maar|porém|ale|jednak|men)\\b|\\bstill (?:waiting|missing|need)|\\bnot yet|\\bhaven.t (?:yet )?(?:received|got)|\\bwarte noch|\\bnoch nicht|\\bfehlt noch|\\battends toujours|\\bpas encore|\\bsigo esperando|\\btodavía no|\\baún no|\\bancora non|\\bsto ancora aspettando|\\bnog steeds|\\bnog niet|\\bainda não|\\bainda estou|\\bwciąż czekam|\\bjeszcze nie|\\bväntar fortfarande|\\binte än|\\bventer stadig|\\bendnu ikke|всё ещё жду|ещё не|досі чекаю|ще не|\\backnowledg${W}|\\beingangsbestätigung|\\baccusé de réception|\\bacuse de recibo|\\bontvangstbevestiging)${E}|まだ|还没|還沒|아직`,
);

/**
 * Whether the service sells the writer's data, asked directly: "do you sell my data?", "verkaufen Sie meine
 * Daten?", "вы продаёте мои данные?", "販売していますか". Only selling: "who do you share my data with?"
 * asks who received it, which is access.
 */
export const SELL_QUESTION = new RegExp(
  [
    '\\b(?:do|does) (?:you|u|your company) (?:\\w+ )?(?:sell|rent|trade)\\b[^.?!\\n]{0,60}\\?',
    '\\b(?:verkaufen|vermieten) sie\\b[^.?!\\n]{0,60}\\?|\\b(?:vendez|revendez|louez)-vous\\b[^.?!\\n]{0,60}\\?',
    `\\b(?:venden|vendete|verkopen|vendem)${E}[^.?!\\n]{0,60}\\?|\\b(?:sprzedajecie|säljer ni|sælger i)${E}[^.?!\\n]{0,60}\\?`,
    '(?:продаёте|продаете|продаєте)[^.?!\\n]{0,60}\\?|satıyor musunuz',
    '(?:販売|売却)(?:して)?(?:い)?ますか|(?:出售|卖给|賣給)[^。？?\\n]{0,30}(?:吗|嗎)|판매(?:하시나요|하나요|합니까)|هل (?:تبيعون|تبيع)',
  ].join('|'),
);

/**
 * The writer's own refusal of the practice asked about: "do you sell my data? I'd rather you didn't",
 * "verkaufen Sie meine Daten? Das möchte ich nicht", "vendete i miei dati? Non sono d'accordo"; or an ask to
 * stop it if it happens: "…and if so, stop", "falls ja, hören Sie damit auf", "e, se sim, parem". A question
 * followed by this asks for the practice to stop, so the question does not make the mail ask nothing.
 */
export const UNWILLING = new RegExp(
  [
    `\\bi.d rather you didn.t|\\bi (?:do not|don.t) (?:want|agree|consent)|\\bnot (?:ok|okay|fine) with|\\bcount me out|\\bi object${E}|\\bi.m against`,
    `\\b(?:das|dies) (?:möchte|will) ich nicht|\\bich bin (?:damit )?nicht einverstanden|\\bich widerspreche`,
    `\\bje ne le (?:souhaite|veux) pas|\\bje ne suis pas d.accord|\\bje m.y oppose|\\bje refuse${E}`,
    `\\bno estoy de acuerdo|\\bno lo (?:quiero|deseo|autorizo|consiento)|\\bme opongo`,
    `\\bnon sono d.accordo|\\bnon lo (?:voglio|desidero|autorizzo)|\\bmi oppongo`,
    `\\bdat wil ik niet|\\bik ga (?:daar )?niet mee akkoord|\\bik maak (?:daar )?bezwaar`,
    `\\bnão concordo|\\bnão (?:o )?(?:quero|autorizo|aceito)${E}|\\bme oponho|\\boponho-me`,
    `\\bnie zgadzam się|\\bnie chcę tego|\\bsprzeciwiam się`,
    `\\bdet vill jag inte|\\bjag (?:godkänner|accepterar) inte|\\bjag motsätter mig|\\bdet vil jeg ikke|\\bjeg accepterer ikke|\\bjeg gør indsigelse`,
    // If so, stop.
    `\\bif (?:so|you do|yes|that.s the case)\\b[^.?!\\n]{0,30}\\b(?:stop|cease|opt me out|don.t|do not)\\b`,
    `\\b(?:falls|wenn) (?:ja|das so ist|dem so ist)\\b[^.?!\\n]{0,40}(?:aufhören|hören sie|unterlassen|stoppen|einstellen)`,
    `\\bsi (?:c.est le cas|oui)\\b[^.?!\\n]{0,30}\\b(?:arrêt|cess)${W}`,
    `\\bsi (?:es así|así es|lo hacen|sí)\\b[^.?!\\n]{0,30}\\b(?:dej|par[ae]|cese)${W}`,
    `\\b(?:in tal caso|se sì|se è così|se lo fate)\\b[^.?!\\n]{0,30}\\b(?:smett|interromp|cess)${W}`,
    `\\b(?:zo ja|als dat zo is|indien ja)\\b[^.?!\\n]{0,30}\\b(?:stop|houd|hou)${W}`,
    `\\b(?:se sim|se for o caso|caso sim|se for assim)\\b[^.?!\\n]{0,30}\\b(?:par[ae]|cess|deix)${W}`,
    `\\b(?:jeśli|jeżeli) tak\\b[^.?!\\n]{0,30}(?:przesta|zaprzesta)${W}`,
    `\\b(?:i så fall|om ja|om så är fallet|hvis ja|i så fald)\\b[^.?!\\n]{0,30}\\b(?:sluta|upphör|stop|hold op|ophør)${W}`,
  ].join('|'),
);

/**
 * A turn from what came before to an ask of the organisation: "mais je vous demande de…", "pero les pido que…",
 * "but I ask you to…", "aber bitte…". Beside a refused deletion it shows something else is asked.
 */
export const TURN_TO_ASK = new RegExp(
  `\\b(?:but|however|mais|cependant|pero|sin embargo|aber|jedoch|ma|però|tuttavia|maar|mas|porém|ale|jednak|men|dock)${E}[^.?!\\n]{0,40}\\b(?:i (?:ask|request|want|need) you|i.d like you to|please|kindly|je vous (?:demande|prie)|merci de|veuillez|les (?:pido|solicito|ruego)|por favor|ich bitte|bitte|vi (?:chiedo|prego)|per favore|ik (?:vraag|verzoek) u|graag|(?:peço|solicito)(?:-vos| que)|proszę|jag ber er|vänligen|jeg beder jer)${E}`,
);

/**
 * A report that a request was carried out, with thanks: "merci, la suppression de mon compte a bien été
 * effectuée", "gracias, ya recibí la copia de mis datos". The right it names is the finished request's.
 */
export const DONE_REPORT = new RegExp(
  [
    `\\b(?:was|were|has been|have been) (?:successfully )?(?:deleted|erased|removed|completed|done|processed|carried out|corrected|updated)\\b|\\b(?:i )?(?:received|got) (?:the|my) (?:copy|data|export|file)\\b`,
    `\\b(?:wurden?|ist) (?:bereits |erfolgreich )?(?:gelöscht|durchgeführt|erledigt|bestätigt|umgesetzt|berichtigt)${E}|\\bhabe (?:die kopie|meine daten|den export) (?:erhalten|bekommen)`,
    `\\b(?:a|ont) (?:bien )?été (?:effectué|réalisé|traité|supprimé|fait|corrigé)${W}|\\bj.ai (?:bien )?reçu (?:la copie|mes données|l.export)`,
    `\\b(?:fue|ha sido|han sido|se ha) (?:realizad|completad|borrad|eliminad|procesad|corregid)${W}|\\b(?:ya )?recibí (?:la copia|mis datos|el archivo)`,
    `\\b(?:è|sono) stat[oaie] (?:effettuat|eliminat|cancellat|completat|corrett)${W}|\\bho ricevuto (?:la copia|i (?:miei )?dati)`,
    `\\b(?:is|zijn) (?:uitgevoerd|verwijderd|afgerond|gecorrigeerd)${E}|\\bfoi (?:concluíd|realizad|excluíd|apagad|corrigid)${W}|\\brecebi (?:a cópia|os (?:meus )?dados)`,
    `\\bzostał[aoy]? (?:wykonan|usunięt|zrealizowan|poprawion)${W}|\\b(?:har|blev) (?:raderats|genomförts|slettet|gennemført|udført)${E}`,
  ].join('|'),
);

/**
 * A circular or a newsletter written to many controllers: "this circular reminds all controllers…",
 * "Rundschreiben: Auskunftsersuchen sind binnen eines Monats zu beantworten", "newsletter … read more", a
 * firm's note to its clients ("Gentili clienti", twelfth round) or a list's "you are receiving this because".
 * Its articles and rights are its subject matter. A letter about one person's complaint is not one.
 */
export const WRITTEN_TO_MANY = new RegExp(
  [
    `\\b(?:circular|rundschreiben|circulaire|circolare|rundskrivelse|cirkulär|okólnik|omzendbrief)${E}`,
    `\\b(?:all|every) (?:data )?controllers${E}|\\balle verantwortlichen${E}|\\btous les responsables d[eu] traitement|\\btodos los responsables del tratamiento|\\btutti i titolari del trattamento|\\balle verwerkingsverantwoordelijken|\\btodos os controladores|\\bwszyscy administratorzy`,
    // Written to a firm's clients or a list's readers: "Sehr geehrte Mandantinnen und Mandanten", "Gentili
    // clienti", "you are receiving this because you subscribed".
    `\\bdear (?:clients|customers|members|subscribers|readers)${E}|\\b(?:sehr geehrte|liebe) (?:mandantinnen|mandanten|kundinnen und kunden|leserinnen)${E}|\\bmandanteninformation${E}|\\bchers (?:clients|abonnés|lecteurs)${E}|\\b(?:estimados|queridos) (?:clientes|suscriptores|lectores)${E}|\\b(?:gentili|cari) (?:clienti|iscritti|lettori)${E}|\\bbeste (?:klanten|abonnees|lezers)${E}|\\b(?:prezados|caros) (?:clientes|assinantes|leitores)${E}|\\bszanowni (?:klienci|subskrybenci|czytelnicy)${E}|\\bkära (?:kunder|prenumeranter|läsare)${E}|\\bkære (?:kunder|abonnenter|læsere)${E}`,
    `\\byou(?:'re| are) receiving this (?:e-?mail |message |newsletter )?because${E}|\\bvous recevez ce (?:message|courriel|mail|e-mail)${E}|\\bsie erhalten diese (?:e-mail|nachricht|mail)${E}|\\brecibe(?:s)? este (?:correo|mensaje|boletín)${E}|\\bricevi questa (?:e-?mail|newsletter)${E}|\\bu ontvangt deze (?:e-?mail|nieuwsbrief)${E}|\\b(?:você está recebendo|está a receber) (?:este|esta) (?:e-?mail|newsletter)${E}|\\botrzymujesz (?:tę wiadomość|ten e-?mail|ten newsletter)${E}|\\bdu får (?:detta|det här) (?:mejl|e-?post\\w*|nyhetsbrev)${E}|\\bdu modtager (?:denne|dette) (?:mail|e-?mail|nyhedsbrev)${E}`,
    `\\b(?:newsletter|nieuwsbrief|infolettre|boletín|nyhetsbrev)${E}[^]{0,600}\\b(?:read more|weiterlesen|mehr lesen|lire la suite|en savoir plus|leer más|leggi (?:di più|tutto)|lees meer|leia mais|saiba mais|czytaj więcej|läs mer|læs mere|in this issue|in dieser ausgabe|dans ce numéro|en este número)${E}`,
  ].join('|'),
);
const ONE_CASE =
  '\\b(?:complaint from|complainant|on behalf of|beschwerde (?:von|des|der)|beschwerdeführer\\w*|plainte de|plaignant\\w*|reclamación de|reclamante|reclamo de|reclamo del|reclamante|reclamação de|klacht van|skarg\\w* (?:pana|pani)|klagomål från)';
/** A wish or a check that it be done: "chcę, aby moje dane zostały usunięte", "make sure it was deleted". */
export const WANTS_IT_DONE = new RegExp(
  `\\b(?:want|wish|would like|make sure|ensure|confirm that|möchte|will|sicherstellen|souhaite|veux|voudrais|assurer|quiero|quisiera|asegur${W}|voglio|vorrei|assicur${W}|wil|quero|gostaria|garantir|chcę|chciał${W}|aby|żeby|vill|ønsker)${E}`,
);

/** One person's case, named in a regulator's letter: the letter relays that person's request. */
export const ONE_PERSONS_CASE = new RegExp(ONE_CASE);
