/**
 * Mail that names a right without the writer asking for it, in the ten full languages (and Czech, for a
 * phishing report): a business relaying its own customers' requests and asking how to handle them, a
 * report of a suspicious email, the reply that thanks for a finished ticket, and a mailing's own
 * unsubscribe footer. Read by `not-the-writers-ask.ts`. Matched against lower-cased text.
 */

import { gated } from './literal-gate.js';

// Word edges for letters beyond ASCII, which `\\b` does not see.
const B = '(?<![\\w\\u00c0-\\u024f])';
const E = '(?![\\w\\u00c0-\\u024f])';

// A business's own customers or users who ask it for something: "one of our end users has asked us",
// "verlangen unsere Endkunden", "plusieurs de nos clients nous demandent". A single "client" is left out
// in every language: a lawyer writes "our client requests access", which is a request made for someone.
const RELAY = [
  '\\b(?:our|one of our|some of our|several of our|many of our|a few of our) (?:end[- ]?)?(?:users|customers|clients|subscribers|members|end users)\\b[^.?!\\n]{0,60}?\\b(?:ask|asks|asked|asking|request|requests|requested|want|wants|wanted|demand\\w*|wrote|writes|write)\\b',
  "\\b(?:our|one of our) (?:end[- ]?)?(?:user|customer)(?:'s)?\\b[^.?!\\n]{0,60}?\\b(?:asks|asked|requested|wants|wanted|wrote|writes)\\b",
  '\\b(?:unsere|einer unserer|eine unserer|manche unserer|viele unserer) (?:end)?(?:kunden|kundinnen|nutzer\\w*|benutzer\\w*|anwender\\w*|abonnent\\w*)\\b[^.?!\\n]{0,60}?\\b(?:verlang\\w*|bitt\\w*|möcht\\w*|woll\\w*|will|forder\\w*|frag\\w*|beantrag\\w*|schr(?:ei|ie)b\\w*)',
  '\\b(?:verlangen|bitten|fordern|fragen|beantragen|wollen)\\b[^.?!\\n]{0,20}\\bunsere (?:end)?(?:kunden|kundinnen|nutzer|benutzer|anwender)',
  "\\b(?:nos|un de nos|une de nos|certains de nos|plusieurs de nos|l'un de nos) (?:utilisat(?:eurs?|rices?)|clients?|abonnés?|membres?)(?: finaux)?\\b[^.?!\\n]{0,60}?\\b(?:demand\\w*|souhait\\w*|veul\\w*|exig\\w*)",
  '\\b(?:nuestros|uno de nuestros|una de nuestras|algunos de nuestros|varios de nuestros) (?:usuarios?|clientes?|suscriptores?)(?: finales)?\\b[^.?!\\n]{0,60}?\\b(?:pid\\w*|solicit\\w*|quier\\w*|exig\\w*)',
  '\\b(?:i nostri|un nostro|uno dei nostri|alcuni dei nostri|molti dei nostri) (?:utent[ei]|client[ei]|iscritt[oi])(?: final[ei])?\\b[^.?!\\n]{0,60}?\\b(?:chied\\w*|richied\\w*|vogliono|vuole|domand\\w*)',
  '\\b(?:onze|een van onze|sommige van onze|veel van onze) (?:eind)?(?:gebruikers|klanten|abonnees)\\b[^.?!\\n]{0,60}?\\b(?:vra\\w*|verzoek\\w*|will\\w*|wil|eis\\w*)|\\been (?:klant|gebruiker) van ons\\b[^.?!\\n]{0,30}?\\b(?:vraagt|wil|verzoekt)',
  '\\b(?:os nossos|as nossas|nossos|nossas|um dos nossos|uma das nossas|alguns dos nossos|vários dos nossos) (?:usuários?|utilizadores?|clientes?|assinantes?)(?: finais)?\\b[^.?!\\n]{0,60}?\\b(?:ped\\w*|solicit\\w*|quer\\w*|exig\\w*)',
  `\\b(?:nasi|jeden z naszych|jedna z naszych|niektórzy z naszych|wielu naszych) (?:klien\\w*|użytkowni\\w*|subskrybent\\w*)\\b[^.?!\\n]{0,60}?${B}(?:pros|żąd|chc|wnios)`,
  `\\b(?:våra|en av våra|flera av våra|vissa av våra) (?:kunder|användare|slutanvändare|prenumeranter)\\b[^.?!\\n]{0,60}?\\b(?:ber|begär\\w*|vill|kräv\\w*|frågar)${E}`,
  `\\b(?:vores|en af vores|flere af vores|nogle af vores) (?:kunder|brugere|slutbrugere|abonnenter)\\b[^.?!\\n]{0,60}?\\b(?:beder|anmod\\w*|vil|kræv\\w*|spørger)${E}`,
].join('|');

// And what the business asks about it: the process, an endpoint, what to answer, how it works.
const PROCESS_QUESTION = [
  "\\bwhat(?:'s| is) (?:your|the) (?:process|procedure)\\b|\\bis there an? (?:api|endpoint|way|setting|button|form|page)\\b|\\bdo we (?:email|contact|have to|need to)\\b|\\bhow (?:do|should|can|would) we\\b|\\bwhat (?:should|do) we (?:do|tell|answer|reply)\\b|\\bhow does (?:it|this|that) (?:usually )?work\\b|\\bany plans (?:for|to)\\b|\\bfeature request\\b",
  '\\bgibt es (?:einen|eine|ein) (?:endpunkt|api|schnittstelle|weg|formular|prozess)|\\bwie (?:sollen|müssen|können) wir\\b|\\bwas (?:sollen|müssen) wir\\b|\\bmüssen wir\\b|\\bwie (?:läuft|funktioniert) (?:das|es)\\b',
  "\\bque (?:devons|dois)-(?:nous|je) (?:leur |lui )?répondre|\\bcomment (?:devons|pouvons)-nous\\b|\\by a-t-il (?:un|une) (?:api|endpoint|point d'accès|procédure|formulaire|page)|\\bquelle est (?:votre|la) (?:procédure|démarche)|\\bcomment (?:ça|cela) (?:marche|fonctionne)|\\bdevons-nous\\b",
  '\\bqué (?:debemos|tenemos que) (?:hacer|responder|contestar)|\\bcómo (?:debemos|podemos|tenemos que)\\b|\\b(?:hay|existe) (?:un|una|algún|alguna) (?:api|endpoint|proceso|procedimiento|formulario)|\\bcuál es (?:su|el) (?:proceso|procedimiento)|\\bcómo funciona\\b',
  "\\bdobbiamo\\b|\\bcome (?:dobbiamo|possiamo|funziona)\\b|\\bc'è (?:un|una) (?:api|endpoint|procedura|modulo)|\\bqual è (?:la vostra|la) procedura",
  '\\bhoe (?:moeten|kunnen) (?:wij|we)\\b|\\bhoe werkt (?:dat|het)\\b|\\bmoeten (?:wij|we)\\b|\\bis er (?:een )?(?:api|endpoint|procedure|formulier)|\\bwat (?:moeten|kunnen) (?:wij|we)\\b',
  '\\bcomo (?:devemos|podemos|funciona)\\b|\\bo que (?:devemos|temos que) (?:fazer|responder)|\\b(?:há|existe) (?:um|uma|algum) (?:api|endpoint|processo|procedimento|formulário)|\\bqual (?:é )?o (?:processo|procedimento)',
  '\\bjak (?:mamy|powinniśmy|możemy)\\b|\\bco (?:mamy|powinniśmy) (?:zrobić|odpowiedzieć)|\\bczy (?:jest|istnieje) (?:jakiś )?(?:endpoint|api|proces|procedura|formularz)|\\bjak to działa\\b',
  '\\bhur (?:ska|bör|kan) vi\\b|\\bvad ska vi\\b|\\bfinns det (?:ett|en) (?:api|endpoint|process|formulär)|\\bhur fungerar det\\b',
  '\\bhvordan (?:skal|bør|kan) vi\\b|\\bhvad skal vi\\b|\\ber der (?:et|en) (?:api|endpoint|proces|formular)|\\bhvordan fungerer det\\b',
].join('|');

export const RELAYED = gated(new RegExp(RELAY));
export const ASKS_ABOUT_PROCESS = gated(new RegExp(PROCESS_QUESTION));

/** The writer asks whether a mail they received came from the organisation: a phishing report. */
export const PHISHING_REPORT = gated(
  new RegExp(
    [
      '\\b(?:is|was) (?:this|that|it) (?:e-?mail |message |mail |text |sms |link )?(?:really |actually |genuinely )?(?:from you|from your (?:team|company)|legit(?:imate)?|genuine|a scam|phishing)\\b|\\bdid you (?:really |actually )?send (?:this|that|me this|me that)\\b',
      '\\b(?:ist|war|stammt|kommt) (?:das|diese (?:e-?mail|nachricht|mail)|die (?:e-?mail|nachricht|mail))\\b[^.?!\\n]{0,20}\\bvon ihnen\\b|\\bist das (?:echt|phishing|betrug)\\b',
      "\\b(?:ce (?:mail|message|courriel|sms)|c'est|cela|est-ce)\\b[^.?!\\n]{0,25}\\b(?:de vous|de votre part|envoyé par vous|une arnaque|du phishing|de l'hameçonnage)\\b|\\best-ce bien vous\\b",
      '\\b(?:es|este (?:correo|mensaje|email)|esto)\\b[^.?!\\n]{0,20}\\b(?:de ustedes|suyo|vuestro|una estafa|phishing)\\b|\\blo (?:enviaron|han enviado) ustedes\\b',
      `${B}(?:è|questa (?:mail|email|e-mail)|questo messaggio)\\b[^.?!\\n]{0,20}\\b(?:vostr[ao]|da voi|da parte vostra|una truffa|phishing)\\b|\\bl'avete (?:mandata|inviata) voi\\b`,
      '\\b(?:is|komt) (?:dit|deze (?:mail|e-mail)|dat)\\b[^.?!\\n]{0,15}\\b(?:van jullie|van u|phishing|oplichting|nep)\\b',
      `${B}(?:é|este (?:e-?mail|email)|isso|isto)\\b[^.?!\\n]{0,20}\\b(?:de vocês|golpe|phishing|fraude)\\b|\\bforam vocês que (?:enviaram|mandaram)\\b`,
      '\\bczy to (?:naprawdę |na pewno )?od was\\b|\\bczy (?:ten |ta )?(?:mail|e-mail|wiadomość)\\w* (?:jest |naprawdę )?od was\\b|\\bje to od vás\\b|\\bje to podvod\\b',
      `${B}(?:är|kommer) (?:det|detta|mejlet|mailet)\\b[^.?!\\n]{0,15}\\b(?:från er|nätfiske|bluff)\\b|\\b(?:er|kommer) (?:det|denne mail|mailen)\\b[^.?!\\n]{0,15}\\b(?:fra jer|phishing|svindel)\\b`,
    ].join('|'),
  ),
);

// The subject of our own reply on a finished ticket, answered with thanks: "[RD-6012] erasure completed".
const DONE =
  'completed?|done|closed|fulfilled|carried out|processed|umgesetzt|erledigt|abgeschlossen|durchgeführt|effectuée?s?|terminée?s?|traitée?s?|completad[ao]|realizad[ao]|tramitad[ao]|completat[ao]|evas[ao]|eseguit[ao]|afgerond|uitgevoerd|voltooid|concluíd[ao]|zakończon\\w*|zrealizowan\\w*|genomförd|utförd|gennemført|udført';
const TICKET = '^(?:(?:re|aw|antw|sv|vs|odp|res|r|rif|fw|fwd|wg|tr)\\s?:\\s*)*\\[[a-z]{1,8}-\\d+\\]';
/** A subject that opens with our ticket reference, after any "Re:". */
export const TICKET_SUBJECT = new RegExp(TICKET);
export const DONE_TICKET_SUBJECT = gated(
  new RegExp(`${TICKET}[^\\n]*(?:\\b(?:${DONE})${E}|完了|완료|已完成|已處理|已处理)`),
);
export const THANKS = gated(
  new RegExp(
    '\\b(?:thanks?|thank you|cheers|danke|vielen dank|merci|gracias|grazie|bedankt|dank je|dank u|obrigad[oa]|dziękuj\\w*|tack|tak)\\b|감사|고맙|확인했습니다|ありがとう|谢谢|謝謝|спасибо|дякую',
  ),
);

// A mailing's own way out, in its footer: "pour ne plus recevoir nos messages, répondez STOP".
export const SENDER_OPT_OUT = gated(
  new RegExp(
    [
      '\\b(?:to|if you (?:no longer )?(?:want|wish) to) (?:stop receiving|unsubscribe from|opt out of|no longer receive) (?:our|these|this|future)\\b[^.\\n]{0,60}\\b(?:reply|click|visit|use|write|send|respond)\\w*',
      `\\bpour (?:ne plus recevoir|vous désabonner|vous désinscrire) (?:nos|ces|cette|notre)\\b[^.\\n]{0,40}${B}(?:répond|cliqu|écriv|envoy|rendez)\\w*`,
      '\\b(?:wenn sie|um) (?:keine|unsere|diese)\\b[^.\\n]{0,40}\\b(?:mehr )?(?:zu )?(?:erhalten|empfangen|abbestellen)\\b[^.\\n]{0,30}\\b(?:antworten|klicken|schreiben|senden)',
      '\\bpara (?:no recibir más|darse de baja de|dejar de recibir) (?:nuestr|est)\\w*[^.\\n]{0,40}\\b(?:respond|haga clic|pulse|escrib)\\w*',
      '\\bper (?:non ricevere più|disiscriverti da|disiscriversi da) (?:le nostre|i nostri|queste|questi)\\b[^.\\n]{0,40}\\b(?:rispond|clicc|scriv)\\w*',
      '\\bom (?:geen|onze|deze)\\b[^.\\n]{0,40}\\bmeer te ontvangen\\b[^.\\n]{0,30}\\b(?:antwoord|klik|stuur)\\w*',
      '\\bpara (?:não receber mais|deixar de receber) (?:as nossas|os nossos|nossas|nossos|estas|estes)\\b[^.\\n]{0,40}\\b(?:respond|clique|escrev)\\w*',
      '\\baby (?:nie otrzymywać|zrezygnować z) (?:naszych|tych)\\b[^.\\n]{0,40}\\b(?:odpowiedz|kliknij|napisz)\\w*',
      '\\bför att (?:inte längre få|avsluta) (?:våra|dessa)\\b[^.\\n]{0,40}\\b(?:svara|klicka)\\w*|\\bfor (?:ikke (?:længere )?at modtage|at afmelde) (?:vores|disse)\\b[^.\\n]{0,40}\\b(?:svar|klik)\\w*',
    ].join('|'),
    'g',
  ),
);

/**
 * Mail that says it asks for nothing, or whose topic is a business's, not a person's: "this circular is
 * informational and requires no reply", "FYI", "just curious", an academic survey "not asking for any personal
 * data", a processing agreement, a sub-processor list, a service provider addendum, a vendor register, whether
 * the website honours Global Privacy Control. Read only where no cue counted and no word about the writer's
 * own data occurs, to keep the model's lone guess from naming a right (`classify-email.ts`).
 */
export const SAYS_NOTHING_ASKED = gated(
  new RegExp(
    [
      '\\b(?:requires|needs) no (?:reply|response|action)\\b|\\bno (?:reply|response|action) (?:is )?(?:needed|required|necessary)\\b|\\binformational\\b|\\bfor your information\\b|\\bfyi\\b|\\bjust (?:curious|wondering)\\b|\\bthought you (?:should|might|would) (?:know|find|like)\\b',
      `\\bkeine antwort (?:erforderlich|nötig|notwendig)|\\bzur (?:kenntnisnahme|information)\\b|\\bnur aus neugier\\b|\\baucune réponse n.est (?:nécessaire|requise|attendue)|\\bpour (?:information|info)\\b|\\bpar (?:simple )?curiosité\\b|\\bno requiere respuesta\\b|\\bpara su información\\b|\\bpor curiosidad\\b|\\bnon richiede (?:alcuna )?risposta\\b|\\bper curiosità\\b|\\bgeen (?:antwoord|reactie) (?:nodig|vereist)\\b|\\bter informatie\\b|\\buit nieuwsgierigheid\\b|${B}não (?:requer|exige) resposta\\b|\\bpor curiosidade\\b|\\bnie wymaga odpowiedzi\\b|\\bz ciekawości\\b|\\bkräver inget svar\\b|\\bav nyfikenhet\\b|\\bkræver intet svar\\b|\\baf nysgerrighed\\b|не изисква отговор|не требует ответа|не потребує відповіді`,
      '\\b(?:academic|research|university|anonymous) (?:study|survey|questionnaire|project)\\b|\\bnot asking (?:you )?for any personal data\\b|\\baucune donnée personnelle n.est demandée|\\b(?:enquête|questionnaire|umfrage|fragebogen|encuesta|cuestionario|sondaggio|questionario|enquête|vragenlijst|pesquisa|ankiet\\w*|enkät\\w*|spørgeskema\\w*)\\b',
      '\\bregister update\\b|\\blead establishment\\b|\\bservice provider (?:addendum|agreement)\\b|\\bdata processing (?:agreement|addendum)\\b|\\bdpa\\b|\\bsub-?processors?\\b|\\bvendor (?:register|assessment|questionnaire)\\b|\\bauftragsverarbeitungsvertrag\\b|\\bavv\\b|\\bunterauftragsverarbeiter\\b|\\bsous-traitants?\\b|\\bsubencargad\\w*|\\bsubresponsabil\\w*|\\bsub-?verwerker\\w*|\\bsuboperador\\w*|\\bpodmiot\\w* przetwarzając\\w*|\\bunderbiträd\\w*|\\bunderdatabehandler\\w*',
      '\\b(?:honou?r|respect|support)\\w* (?:the )?(?:global privacy control|gpc|do[- ]not[- ]track)\\b',
      // An automated notice, an offer, an affiliate pitch, a quota, a button: nobody's data is asked about.
      '\\bdo not reply to this (?:e-?mail|message)\\b|\\bthis offer expires\\b|\\blimited[- ]time offer\\b|\\bfor (?:only|just) [$€£] ?\\d|\\baffiliate program(?:me)?\\b|\\breferral program(?:me)?\\b|\\brate[- ]limit\\w*|\\b(?:delete|export|download|remove) (?:button|option|link|icon)\\b|\\b(?:copies|kopien|copie|copias|kopie) (?:of |aller |de |di |van |wszystkich )?(?:all |our |the |toutes les |todas las |tutte le |alle )?(?:invoices|rechnungen|factures|facturas|fatture|facturen|faturas|faktur)',
    ].join('|'),
  ),
);

/**
 * Mail that names rights as its subject matter, for an outside purpose, and asks nothing of the writer's
 * own: a letter that "requires no reply", a survey or questionnaire about how requests are handled, a press
 * enquiry, a security researcher's report of exposed files. Its cues are set aside unless the writer's own
 * data is named (`not-the-writers-ask.ts`).
 */
export const ABOUT_RIGHTS_NOT_ASKING = gated(
  new RegExp(
    [
      '\\b(?:requires|needs) no (?:reply|response)\\b|\\bno (?:reply|response) (?:is )?(?:needed|required|necessary)\\b|\\bkeine antwort (?:erforderlich|nötig|notwendig)|\\baucune réponse n.est (?:nécessaire|requise|attendue)|\\bno requiere respuesta\\b|\\bnon richiede (?:alcuna )?risposta\\b|\\bgeen (?:antwoord|reactie) (?:nodig|vereist)\\b|\\bnie wymaga odpowiedzi\\b|\\bkräver inget svar\\b|\\bkræver intet svar\\b|не изисква отговор|не требует ответа|не потребує відповіді',
      `\\b(?:fill(?:ing)? (?:in|out)|complete|answer|respond to|take part in|participate in) (?:our|the|a|an|this) (?:short |brief |enclosed )?(?:survey|questionnaire)\\b|\\b(?:enclosed|anonymous) (?:survey|questionnaire)\\b|\\b(?:research|academic) study\\b|\\bsector (?:review|inquiry|enquiry)\\b|${B}répondre à (?:un|notre|ce) questionnaire\\b|\\benquête anonyme\\b|\\b(?:fragebogen (?:aus|zu beantworten)|an (?:unserer|einer) umfrage teil)|\\b(?:responder|contestar) (?:a )?(?:un|nuestro|este) cuestionario\\b|\\bencuesta anónima\\b|\\bcompilare (?:un|il|il nostro|questo) questionario\\b|\\bsondaggio anonimo\\b|\\bvragenlijst (?:in te vullen|invullen)\\b|\\bresponder (?:a )?(?:um|nosso|este) questionário\\b|\\bwypełni\\w* ankiet\\w*|\\bbesvara (?:en|vår) enkät\\b|\\budfylde (?:et|vores) spørgeskema\\b|填写.{0,8}问卷|填寫.{0,8}問卷`,
      '\\b(?:press|media) (?:inquiry|enquiry|request)\\b|\\bjournalist\\b|\\bjournaliste\\b|\\bperiodista\\b|\\bgiornalista\\b|记者|記者|採訪|采访|取材',
      '\\b(?:disclosure (?:program(?:me)?|policy)|bug bounty|security researcher|(?:publicly|world)[- ](?:listable|readable|accessible)|exposed (?:s3 )?(?:bucket|database|server|endpoint))\\b',
    ].join('|'),
  ),
);

// The writer says they only want to know how something works, before deciding anything: "just want to
// know how it works before I agree", "i'm not withdrawing anything right now", "só queria entender".
export const JUST_ASKING = gated(
  new RegExp(
    [
      '\\bjust (?:want(?:ed)?|trying) to (?:know|understand|check)\\b|\\bonly (?:want(?:ed)? to know|asking)\\b|\\bbefore (?:i )?(?:sign(?:ing)? up|subscrib\\w*|renew\\w*|decid\\w*|agree\\w*|buy\\w*)\\b|\\bnot (?:withdrawing|deleting|asking for) anything (?:right )?now\\b|\\bin case i (?:ever )?need (?:it|to)\\b',
      `\\bich (?:wollte|möchte) nur wissen\\b|${B}je (?:voulais|veux) (?:juste|seulement) (?:savoir|comprendre)|\\bavant de (?:m.inscrire|souscrire|renouveler|décider)\\b|\\bsolo (?:quería|quiero) (?:saber|entender)\\b|\\bantes de (?:contratar|suscribirme|renovar|decidir|assinar|renovar)\\b|\\bvolevo solo sapere\\b|\\bprima di (?:iscrivermi|abbonarmi|rinnovare|decidere)\\b|\\bik wil(?:de)? alleen weten\\b|${B}só (?:queria|quero) (?:saber|entender)\\b|\\bchciał(?:em|am) tylko wiedzieć\\b|\\bjag ville bara veta\\b|\\bjeg ville bare vide\\b`,
      // Only thinking it over: "can one object to your analytics, and if so how? I'm just thinking about it".
      `\\b(?:i'm|i am) (?:just|only|still) (?:thinking|considering|wondering)\\b|\\bich überlege (?:nur|noch)\\b|\\bje réfléchis (?:juste|seulement|encore)\\b|\\b(?:solo|sólo|todavía) estoy (?:pensando|considerándolo)\\b|\\bci sto (?:solo |ancora )?pensando\\b|\\bik denk er (?:alleen|nog) over na\\b|${B}(?:só|ainda) estou (?:pensando|a pensar)\\b|\\b(?:tylko|jeszcze) się zastanawiam\\b|\\bjag funderar (?:bara|fortfarande)\\b|\\bjeg (?:overvejer|tænker) (?:bare|stadig)\\b`,
    ].join('|'),
  ),
);

// A question that asks the organisation to act is an ask in a question's form: "can you delete my account?".
export const ASKS_TO_ACT = gated(
  new RegExp(
    `\\b(?:can|could|would|will) (?:you|u)\\b|\\bplease\\b|\\b(?:können|könnten|würden) sie\\b|\\bbitte\\b|\\b(?:pouvez|pourriez)-vous\\b|\\bs.il vous pla[iî]t\\b|\\b(?:pueden|podrían|podéis|puede|podría)\\b|\\bpor favor\\b|\\b(?:potete|potreste|può|potrebbe)\\b|\\bper favore\\b|\\b(?:kunnen|kunt) (?:jullie|u)\\b|\\balstublieft\\b|\\b(?:podem|poderiam|pode|poderia)\\b|\\b(?:możecie|możesz|mogliby)\\b|\\bproszę${E}|\\b(?:kan|kunde) ni\\b|\\b(?:kan|kunne) i\\b|\\bvenligst\\b|\\bsnälla\\b`,
  ),
);

/**
 * Whether the service sells or shares data, asked as a question ("vocês compartilham meus dados com
 * anunciantes?", "¿venden o comparten los datos de sus clientes?"). With `JUST_ASKING` ("só queria entender
 * antes de assinar"), a question about practice before deciding, even where it names the writer's data.
 */
export const SELL_OR_SHARE_QUESTION = gated(
  new RegExp(
    [
      '\\bdo (?:you|u) (?:\\w+ )?(?:sell|share|pass on|disclose)\\b[^.?!\\n]{0,60}\\?',
      '\\b(?:verkaufen|teilen|übermitteln|weitergeben) sie\\b[^.?!\\n]{0,60}\\?|\\b(?:vendez|partagez|cédez)[- ]vous\\b[^.?!\\n]{0,60}\\?',
      '\\b(?:venden|comparten|ceden|vendete|condividete|cedete|vendem|compartilham|partilham|cedem|verkopen|delen)\\b[^.?!\\n]{0,60}\\?',
      `${B}(?:sprzedajecie|udostępniacie|przekazujecie|säljer ni|delar ni|sælger i|deler i)\\b[^.?!\\n]{0,60}\\?`,
    ].join('|'),
  ),
);
