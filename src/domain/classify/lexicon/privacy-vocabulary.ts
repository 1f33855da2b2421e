/**
 * The safety net's vocabulary, in the 24 official EU languages and ja, zh, ko, tr, uk, ru, hi, pt-BR, ar,
 * he, fa, th, vi and id/ms.
 * Mail to a privacy address is a possible request until shown otherwise (GDPR Art. 12(3): the month runs
 * from receipt, whether or not anyone noticed the request), so a `not_a_request` verdict stays below the
 * triage threshold whenever the mail talks about personal data or uses a rights verb, and reaches it only
 * with positive evidence of an ordinary topic (support, billing, sales, bugs, newsletters, vendors).
 * Matched as substrings of the lower-cased text: stems, no word boundaries.
 */
import {
  WORLD_PRIVACY_TERMS,
  WORLD_RIGHTS_STEMS,
  WORLD_TOPIC_STEMS,
  WORLD_TOPIC_WORDS,
} from './world-vocabulary.js';
import { MORE_OWN_DATA_TERMS, MORE_RIGHTS_STEMS } from './basic/safety-net-words.js';
import { ASIA_OWN_DATA_TERMS, ASIA_RIGHTS_STEMS } from './basic/safety-net-words-asia.js';
import { BASIC_TOPIC_STEMS, BASIC_TOPIC_WORDS, FULL_TOPIC_WORDS } from './topic-words.js';
import {
  AFRICA_EURASIA_OWN_DATA_TERMS,
  AFRICA_EURASIA_RIGHTS_STEMS,
} from './basic/safety-net-words-africa-eurasia.js';

// Laws, regulators and the words for personal data and privacy in general: a vendor questionnaire, a DPA or a
// job application names them too, so on their own they speak of the topic, not of the writer's own data.
const GENERIC_PRIVACY_TERMS = [
  // Laws and regulators.
  'gdpr|dsgvo|rgpd|avg\\b|rodo|lgpd|ccpa|cpra|pipeda|kvkk|pipl|appi|dpdp|gdpr-a|ukgdpr|ico\\b|cnil|datainspektion',
  'γκπδ|оизд|ощзд|gdpr-u|általános adatvédelmi|isikuandmete|yleinen tietosuoja',
  'personal (?:data|information|info)|privacy|data protection',
  'personenbezogen|persönliche daten|datenschutz',
  'données personnelles|vie privée|protection des données',
  'datos personales|privacidad|protección de datos',
  'dati personali|riservatezza|protezione dei dati',
  'persoonsgegevens|gegevensbescherming',
  'dados pessoais|privacidade|proteção de dados',
  'danych osobowych|dane osobowe|prywatnoś|ochron\\w* danych',
  'personuppgifter|dataskydd|personoplysninger|databeskyttelse',
  'personopplysninger|personvern',
  'osobn\\w* podat|osobnih podataka|zaštit\\w* podataka|osobní údaj|osobních údajů|osobné údaje|osobných údajov',
  'osebn\\w* podat|varstv\\w* podatkov|isikuandme|andmekaitse|henkilötie|tietosuoja',
  'személyes adat|adatvédelm|personas dat|datu aizsardz|asmens duomen|duomenų apsaug',
  'date cu caracter personal|datele personale|datelor personale|protecția datelor|protecţia datelor',
  'data personali|protezzjoni tad-data|sonraí pearsanta|cosaint sonraí',
  'kişisel veri|kişisel bilgi|gizlilik',
  'προσωπικ\\S* δεδομέν|προστασία δεδομένων|απόρρητο',
  'лични данни|защита на данните',
  'персональн\\S* данн|персональн\\S* дан|конфиденциальн|захист\\S* даних',
  '个人信息|個人資料|個人資訊|个人数据|隐私|隱私|個人情報|個人データ|プライバシー|개인정보|프라이버시',
  'व्यक्तिगत डेटा|व्यक्तिगत जानकारी|निजता|गोपनीयता',
  'البيانات الشخصية|الخصوصية|حماية البيانات',
  'מידע אישי|פרטיות|הגנת הפרטיות',
  'اطلاعات شخصی|حریم خصوصی',
  'ข้อมูลส่วนบุคคล|ข้อมูลส่วนตัว|ความเป็นส่วนตัว|pdpa',
  'dữ liệu cá nhân|thông tin cá nhân|quyền riêng tư',
  'data pribadi|data peribadi|pelindungan data|perlindungan data|privasi|pdp\\b',
];

// The writer's own data ("my data", "über mich", "mes données personnelles") and asks to stop using it: never
// an ordinary topic, whatever else the mail is about.
const OWN_DATA_TERMS = [
  "my (?:\\S+ )?(?:data|information|info|details|records?)|(?:about|on|of) me\\b|of mine|stop using|stop processing|(?:don't|do not) want my",
  // Details of the writer's own kept by the company: "my email on file", "my address in your records".
  'my (?:e-?mail|address|name|phone)(?: address| number)? (?:on file|in your (?:system|records|database))',
  'mein\\S* (?:\\S+ )?(?:daten|angaben)|über mich',
  '(?:mes|mon) (?:\\S+ )?(?:données|informations)|me concernant',
  'mis (?:\\S+ )?datos|mi información|sobre mí',
  'miei (?:\\S+ )?dati|mie informazioni|mi riguard',
  'mijn (?:\\S+ )?gegevens|over mij',
  'meus (?:\\S+ )?dados|minhas (?:\\S+ )?informações|sobre mim',
  'moje (?:\\S+ )?dane|moich (?:\\S+ )?danych|moim (?:\\S+ )?danym|moimi (?:\\S+ )?danymi',
  // Compounds too: "mina personuppgifter", "mine personoplysninger"; Norwegian puts the possessive after the
  // noun's definite form as often as before it: "opplysningene mine", "dataene mine", "personopplysningene mine".
  'mina (?:\\S+ )?\\w*uppgifter|om mig|mine (?:\\S+ )?\\w*(?:oplysninger|opplysninger)|om meg',
  '\\w*(?:opplysningene|dataene|uppgifterna|oplysningerne) (?:mine|mina)',
  'личните ми данни|мої дані|мои данные',
  'بياناتي|معلوماتي الشخصية|המידע שלי|הנתונים שלי|اطلاعات من|ข้อมูลของฉัน|dữ liệu của tôi|data saya',
];

const RIGHTS_STEMS = [
  // en
  "delet|eras(?:e|ure)|right to be forgotten|copy of|subject access|rectif|restrict|i object|objection|portab|withdraw|revoke|consent|opt(?:-| )?out|unsubscribe|do not sell|don't sell",
  // de fr es it nl pt
  'lösch|auskunft|berichtig|einschränk|widerspr|widerruf|einwillig',
  "supprim|effac|droit d'accès|opposition|oppose|retir\\w* (?:mon )?consentement|consentement",
  'borr(?:ar|e|en|ad|ado|ada)\\b|suprim|elimin|derecho de acceso|oposición|revoc|consentimiento',
  'cancellar|cancellate|cancellazione|diritto di accesso|rettific|opposizion|revoca|consenso',
  'verwijder|inzage|bezwaar|intrekk|toestemming',
  'apag|exclu(?:ir|am|a|ão|são|ído)\\b|direito de acesso|oposição|revog|consentimento',
  // pl sv da no ("usun" at a word's start: Turkish "musunuz" is a polite question)
  '(?<!\\w)usun|dostęp\\w* do|sprostow|sprzeciw|cofn\\w* zgod|zgod[ay] na',
  'radera|tillgång|registerutdrag|invänd|återkall|samtycke',
  'slet|indsigt|indsigelse|tilbagekald|samtykke|innsyn|sletting',
  // taking back an opt-in, updating one's own record: asks that hide inside support mail
  'opt-?in|update my|change my|mettre à jour|changé d.adresse|aktualisier|atualiz|actualiz|aggiorn|bijwerk|aanpass|terugdraai|draai ik terug|korrigier|corrig',
  // the basic lexicons' languages
  'brisanj|izbriš|obriš|prigovor|privol|smaz|vymaz|výmaz|námitk|souhlas|súhlas|izbris|privolit',
  'kustuta|nõusolek|poist|suostumu|töröl|törlés|hozzájárulás|dzēs|piekrišan|ištrin|sutikim',
  'șterg|ştergere|consimț|consimţ|ħassar|kunsens|scrios|toiliú|silin|itiraz|rıza',
  'διαγρα|συγκατάθεσ|εναντίωσ|изтри|съгласие|удали|удален|согласи|видал|згод',
  '删除|刪除|撤回|同意|查阅|查閱|削除|開示|撤回|삭제|열람|철회|हटा|मिटा|सहमति',
  'حذف|احذف|محو|الموافقة|موافقتي|الاطلاع|اعتراض|למחוק|מחיקה|הסכמה|עיון|התנגד|رضایت',
  'ลบ|ยินยอม|คัดค้าน|สำเนา|xóa|xoá|đồng ý|phản đối|bản sao|hapus|padam|persetujuan|keberatan|salinan',
];

// Whole words (\b): "seo" must not match "research", nor "bug" "debug".
const NON_REQUEST_TERMS = [
  'invoice|billing|refund|payment|charged|receipt|pricing|quote for|discount|subscription plan|upgrade',
  'bugs?|error|crash\\w*|not working|broken|stack trace|timeout|api key|endpoint|webhook|sdk',
  'partnership|webinar|demo|sales team|our product|our platform|case study|seo|backlinks|lead generation',
  'security questionnaire|vendor assessment|soc ?2|iso ?27001|sub-?processors?|dpa|penetration test',
  // A newsletter as the sender's own issue, never the word alone: "no more newsletters", "I no longer want
  // the newsletter" are what an objection asks to stop (GDPR Art. 21(2)).
  'press release|job application|resume|curriculum|interview',
  'in this issue|this (?:week|month)(?:.s)? (?:issue|edition|roundup|digest)|view (?:it )?in (?:your )?browser|read the full (?:story|article|issue)',
  'in dieser ausgabe|dans ce numéro|en este número|in questo numero|in deze editie|nesta edição|w tym wydaniu|i detta nummer|i dette nummer',
  'rechnung|zahlung|fehler|angebot|facture|paiement|erreur|devis|factura|pago|presupuesto|fattura|pagamento|errore',
  'factuur|betaling|storing|fatura|cobrança|faktura|płatność|błąd|betalning|fel|fejl',
  // Vendor onboarding and security questionnaires in the other full languages.
  'sicherheitsfragebogen\\w*|fragebogen|lieferant\\w*|penetrationstest\\w*|questionnaire|fournisseurs?|tests? d.intrusion',
  'cuestionario\\w*|proveedor\\w*|questionari[oi]|fornitor\\w*|\\w*vragenlijst\\w*|leverancier\\w*',
  'questionário\\w*|fornecedor\\w*|kwestionariusz\\w*|dostawc\\w*|\\w*frågeformulär\\w*|leverantör\\w*|\\w*spørgeskema\\w*|leverandør\\w*',
  // Job applications and recruiters: a CV names the writer, not a right.
  'cv|applied for|apply(?:ing)? for|application for|hiring|candidates?|vacanc(?:y|ies)|careers page|recruit\\w*|reference letter',
  'bewerbung\\w*|initiativbewerbung|lebenslauf|candidature\\w*|candidatura|currículum|curriculum|currículo|sollicitatie\\w*|vacature\\w*',
  'rekrutac\\w*|ansökan|ansøgning|jobansøgning',
  // Sales pitches and partnership offers in the sender's voice, never the offers, proposals or surveys
  // themselves: they are what an objection asks to stop ("stop sending me your offers").
  'ranking|organic traffic|keywords?|quick call|book a call|schedule a call|our agency|our services|we offer|free consultation|reseller',
  'kooperation|zusammenarbeit|unverbindlich\\w*|partenariat|colaboración|collaborazione|samenwerking',
  'parceria|współprac\\w*|samarbete|samarbejde',
  // Reporters and researchers asking how things are done, not for anything of the writer's.
  'press (?:inquiry|enquiry)|journalist\\w*|reporter|master.s (?:student|thesis)|thesis|presseanfrage|journaliste|periodista',
  'giornalista|jornalista|dziennikar\\w*',
  // Outages and failures, in the words of a support ticket.
  '5\\d\\ds?|incident|outage|downtime|status page|rate limit|glitch|fail(?:s|ed|ing)?|foutmelding|werkt niet|funktioniert nicht',
  'ne fonctionne pas|no funciona|non funziona|não funciona|nie działa|fungerar inte|virker ikke',
  // Billing beyond the invoice: plans, quotas, tax numbers on invoices.
  'charged twice|double charge|tarif\\w*|quota|renewal|tax id|vat number|purchase order|rechnungs\\w*|facturation',
  // Processing agreements and sub-processors, asked by a customer organisation (GDPR Art. 28), in the full languages.
  'data processing agreement|processing agreement|sccs?|standard contractual clauses|auftragsverarbeitung\\w*|avv|unterauftragsverarbeiter\\w*',
  'sous-traitan\\w*|encargad\\w* del tratamiento|subencargad\\w*|responsabile del trattamento|verwerkersovereenkomst\\w*|subverwerker\\w*',
  'operador\\w* de dados|suboperador\\w*|umow\\w* powierzenia|personuppgiftsbiträd\\w*|underbiträd\\w*|databehandleraftale\\w*|underdatabehandler\\w*|databehandleravtale\\w*',
  // A general question about how the service works, said to be no more than that.
  'general question|just a general|asking in general|allgemeine frage|question générale|pregunta general|domanda generale|algemene vraag|pergunta geral',
  'ogólne pytanie|allmän fråga|generelt spørgsmål|generelt spørsmål',
  // A question about how the service works, asked by someone deciding whether to use it: where the servers
  // are, how long things are kept, whether logs are stored. The labelling guide reads a question about the
  // policy as no request unless it asks for the sender's own data, which the own-data words catch.
  'where (?:are|is) (?:your|the) (?:servers?|data (?:stored|hosted|located))|(?:servers?|data) (?:located|hosted|stored) in the (?:eu|us|uk)',
  'how long (?:do|does|will) (?:you|u|\\w+) (?:keep|retain|store|hold)|do (?:you|u) (?:log|store|keep|retain|encrypt)|retention (?:period|policy|question)',
  'transfer mechanism|records of processing|dpia|due diligence|procurement|vendor register|who is your (?:dpo|data protection officer)',
  'just (?:want|wanted) to (?:know|understand)|just (?:curious|wondering)|(?:a |the )?general answer|in general terms|before (?:i|we) sign up|not a (?:data |privacy |formal )?request',
  'wie lange (?:speicher|bewahr|behalt)\\w*|wo (?:stehen|liegen|laufen) (?:die |eure |ihre )?server|ich (?:will|möchte) (?:nur|bloß) (?:wissen|verstehen)|verarbeitungsverzeichnis\\w*',
  'combien de temps (?:conservez|gardez|stockez)|où (?:sont|se trouvent) (?:vos|les) serveurs|je (?:voulais|veux) (?:juste|simplement) (?:savoir|comprendre)|simple question|registre des traitements',
  'cuánto tiempo (?:guardan|conservan|almacenan|guardáis|conserváis)|dónde (?:están|se encuentran) (?:sus|los|vuestros) servidores|solo (?:quiero|quería) saber(?:lo)?|solo por curiosidad',
  'per quanto tempo (?:conservate|tenete|salvate)|dove (?:sono|si trovano) i (?:vostri )?server|(?:volevo|voglio) solo (?:sapere|capire)|solo una curiosit|registro dei trattamenti',
  'hoe lang (?:bewaren|bewaart) (?:jullie|u)|waar staan (?:jullie|uw|de) servers|ik wil (?:alleen|gewoon) weten|gewoon een vraag|puur uit interesse|verwerkingsregister',
  'quanto tempo (?:vocês )?(?:guardam|armazenam|conservam|mantêm)|onde (?:ficam|estão) os servidores|vocês armazenam|só (?:queria|quero) (?:saber|entender)|só por curiosidade',
  'jak długo (?:przechowujecie|przechowują|trzymacie)|gdzie (?:są|znajdują się) (?:wasze )?serwery|(?:chciałem|chciałam) tylko (?:wiedzieć|zapytać)|tylko pytam|rejestr czynności',
  'hur länge (?:sparar|lagrar) ni|var (?:finns|ligger) (?:era )?servrar|jag vill bara (?:veta|förstå)|bara nyfiken|bara en fråga',
  'hvor længe (?:gemmer|opbevarer) (?:i|i data)|hvor (?:står|er) jeres servere|jeg vil bare (?:vide|forstå)|bare nysgerrig|bare et spørgsmål',
  // Cancelling or changing a paid plan, which is billing; "cancel my subscription to your newsletter" is an
  // objection, so a subscription to mail is left out.
  'cancel(?:l?ing)? (?:my|our|the) (?:\\w+ )?(?:subscription|plan|membership|trial|renewal)(?! to (?:the |your |all )?(?:newsletter|e-?mails?|mailing|marketing))|downgrad\\w*|auto-?renew\\w*',
  'abo(?:nnement)? kündigen|kündigung (?:meines|unseres|des) (?:abos?|abonnements|tarifs)|résilier (?:mon |notre |l.)abonnement|annuler (?:mon |notre |l.)abonnement',
  'cancelar (?:mi|la|nuestra|minha|a) (?:suscripción|assinatura)|disdire (?:l.|il (?:mio |nostro )?)abbonamento|abonnement (?:opzeggen|stopzetten)',
  'anulowa\\S* subskrypcj|säga upp (?:mitt |vårt )?abonnemang|avsluta (?:mitt |vårt )?abonnemang|opsige (?:mit |vores )?abonnement',
  // A fault report in a user's words.
  'comes out (?:silent|blank|empty)|(?:returns|gives|produces) (?:an? )?(?:empty|blank|0-byte|corrupt\\w*) (?:file|page|result)|0-byte|greyed out|grayed out|loops? back|stuck (?:at|on|in)|won.t load|doesn.t load',
  // Thanks for a fix: the ticket is done.
  'thanks (?:so much |a lot )?for (?:fixing|sorting|the quick|your help|resolving|looking into)|appreciate the quick \\w+|works now|all (?:looks |is )?(?:fine|good)(?: now)?',
  'funktioniert (?:jetzt|wieder)|fonctionne à nouveau|ya funciona|ora funziona|werkt weer|já funciona|już działa|fungerar nu|virker nu',
  // Thanks on a finished ticket: "you can close the ticket" asks for nothing more.
  'close (?:the|this|my) (?:ticket|case)|(?:ticket|case) (?:can|may) be closed|ticket kann geschlossen werden|ticket schließen',
  'clore le dossier|clôturer le (?:dossier|ticket)|fermer le ticket|cerrar el (?:caso|ticket|expediente)|chiudere (?:la pratica|il ticket)',
  'ticket (?:mag|kan) (?:dicht|gesloten|worden gesloten)|(?:encerrar|fechar) o (?:chamado|pedido|processo|ticket)',
  'zamknąć (?:zgłoszenie|spraw)|zgłoszenie można zamkn|stänga ärendet|ärendet kan stängas|lukke sagen|sagen kan lukkes',
  // A finished request acknowledged: the file arrived, all is in order.
  'opened fine|everything (?:looks|is) (?:in order|fine|good)|all in order|thanks for (?:handling|being (?:so )?quick)|vorgang kann geschlossen werden|alles in ordnung|sind angekommen|ist angekommen',
  'tout est en ordre|merci pour la rapidit|todo (?:está )?en orden|gracias por la rapidez|tutto in ordine|grazie per la rapidit|alles (?:is )?in orde|bedankt voor de snelle',
  'tudo (?:certo|em ordem)|obrigad[oa] pela rapidez|wszystko w porządku|dziękuję za szybk\\w+|allt (?:ser bra ut|i ordning)|tack för (?:det )?snabba|alt er i orden|tak for den hurtige',
];

export const PRIVACY_VOCABULARY = new RegExp(
  [
    ...GENERIC_PRIVACY_TERMS,
    ...OWN_DATA_TERMS,
    ...WORLD_PRIVACY_TERMS,
    ...MORE_OWN_DATA_TERMS,
    ...ASIA_OWN_DATA_TERMS,
    ...AFRICA_EURASIA_OWN_DATA_TERMS,
  ].join('|'),
);
/** Words about the writer's own data: the part of the vocabulary no ordinary topic outweighs. */
export const OWN_DATA_VOCABULARY = new RegExp(
  [
    ...OWN_DATA_TERMS,
    ...WORLD_PRIVACY_TERMS,
    ...MORE_OWN_DATA_TERMS,
    ...ASIA_OWN_DATA_TERMS,
    ...AFRICA_EURASIA_OWN_DATA_TERMS,
  ].join('|'),
);
export const RIGHTS_WORDS = new RegExp(
  [
    ...RIGHTS_STEMS,
    ...WORLD_RIGHTS_STEMS,
    ...MORE_RIGHTS_STEMS,
    ...ASIA_RIGHTS_STEMS,
    ...AFRICA_EURASIA_RIGHTS_STEMS,
  ].join('|'),
);
export const NON_REQUEST_TOPIC = new RegExp(
  `\\b(?:${[...NON_REQUEST_TERMS, ...WORLD_TOPIC_WORDS, ...BASIC_TOPIC_WORDS, ...FULL_TOPIC_WORDS].join('|')})\\b|${[...WORLD_TOPIC_STEMS, ...BASIC_TOPIC_STEMS].join('|')}`,
);
