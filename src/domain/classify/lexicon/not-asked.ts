/**
 * Mail whose rights words are not the writer's own ask, in the ten full languages: a lure that threatens
 * deletion or a fine unless "consent" or payment details are confirmed at a link within hours (phishing),
 * a vendor pitching a tool that handles other people's access and deletion requests, a recruiter or an
 * applicant who gives consent. The safety net reads these as positive evidence of no request even though a
 * rights word appears (GDPR Art. 12(3) starts the clock on a request, and none of these asks for anything
 * about the writer's own data); any cue or any own-data word still keeps such mail in triage.
 * Matched against lower-cased text, only after a link or a rights word was found, so few emails pay for it.
 */

import { gated } from './literal-gate.js';

// "Within 24 hours", "in den nächsten 48 Stunden", "nas próximas 12 horas".
const DEADLINE =
  '(?:within|in the next|in|before) (?:\\d+|twenty-four|forty-eight) (?:hours|hrs)\\b|\\b(?:12|24|48|72) ?(?:horas|stunden|std\\.?|heures|ore|uur|godzin|timmar|timer|saat|часов|часа|годин|ساعة|ชั่วโมง|小时|小時|時間以内|시간)';

// What the lure threatens: suspension, deletion, a fine.
const THREAT =
  'suspend\\w*|deleted|delete[sd]? (?:your|all)|terminated|blocked|fine[sd]?\\b|sanction|penalt\\w*|gesperrt|gelöscht|bußgeld|suspendu\\w*|supprimé\\w*|amende|suspendid\\w*|eliminad\\w*|multa|sanción|sospes\\w*|eliminat\\w*|sanzion\\w*|geblokkeerd|verwijderd|boete|suspens\\w*|excluíd\\w*|exclusão|zawieszon\\w*|zablokowan\\w*|usunięt\\w*|usunięci\\w*|avoid (?:the )?(?:\\w+ )?deletion|kar[ay]\\b|spärra\\w*|raderas|böter|spærre\\w*|slettes|bøde';

// The same threats in scripts whose words a `\\b` does not bound: Turkish, Russian, Arabic, Thai, Chinese.
const THREAT_OTHER_SCRIPTS =
  'silinecek|askıya alın|удален|удалён|заблокирован|видалено|заблоковано|حذف|إيقاف|تعليق|ถูกลบ|ระงับ|删除|刪除|冻结|凍結|停用|削除されます|停止されます|삭제됩니다|정지됩니다';

/** A link, a deadline in hours and a threat: the shape of a phishing lure, whatever its pretext. */
export const LURE = gated(
  new RegExp(
    `(?:${DEADLINE})[^]{0,300}(?:\\b(?:${THREAT})|${THREAT_OTHER_SCRIPTS})|(?:\\b(?:${THREAT})|${THREAT_OTHER_SCRIPTS})[^]{0,300}(?:${DEADLINE})`,
  ),
);

/** Links as `matchableText` writes them, and defanged ones ("hxxp://") as phishing reports quote them. */
export function hasLink(text: string): boolean {
  return text.includes('[link]') || text.includes('hxxp');
}

// The sender's own product, named as a seller does.
const OUR_PRODUCT =
  'our (?:platform|software|tool|solution|product)|we (?:help|automate)|notre (?:plateforme|logiciel|outil|solution)|unsere (?:plattform|software|lösung)|nuestra (?:plataforma|herramienta|solución)|la nostra (?:piattaforma|soluzione)|ons platform|onze (?:software|oplossing)|nossa (?:plataforma|ferramenta|solução)|nasz[ea] (?:oprogramowanie|platforma|narzędzie)|vår (?:plattform|tjänst|lösning)|vores (?:platform|løsning)';
// And what the seller asks for: a meeting, a demo, a trial.
const MEETING =
  'demo|pilot|trial|\\d+[- ]?minut\\w*|(?:quick|short) call|book a call|rendez-vous|termin|llamada|chiamata|gesprek|reunião|spotkani\\w*|prezent\\w*|möte|møde|vorstellen|présenter|presentar|presentare|presenteren|apresentar|candidates?|profiles';

/** A pitch in the seller's voice: our product, and a call, demo or trial asked for. */
export const PITCH = gated(
  new RegExp(
    `\\b(?:${OUR_PRODUCT})\\b[^]*\\b(?:${MEETING})|\\b(?:${MEETING})\\b[^]*\\b(?:${OUR_PRODUCT})\\b`,
  ),
);

/** Consent given, not withdrawn: a job application's "I consent to you keeping my CV on file". */
export const CONSENT_GIVEN = gated(
  new RegExp(
    '\\bi (?:hereby )?(?:consent|agree) to (?:you |your )?(?:keeping|storing|processing|holding|retaining)|\\b(?:has|have) (?:all )?consented\\b|ich willige ein|j.accepte que vous conserviez|doy mi consentimiento|acconsento al|ik geef toestemming|dou o meu consentimento|jag samtycker till|jeg samtykker til',
  ),
);

// What a scam asks the reader to hand over at its link: a password, login or bank details. No process for a
// data subject's request asks the organisation for these.
const CREDENTIALS = [
  '(?:enter|confirm|verify|provide|update|submit|re-?enter|type)\\w* (?:your |the )?(?:password|passcode|login(?: details| credentials)?|credentials|bank(?:ing)? (?:details|credentials|information)|card (?:details|number)|pin code)',
  '(?:saisi|entr|confirm|indiqu|renseign)\\w* (?:vos|votre) (?:identifiants|mot de passe|coordonnées bancaires|code secret)|identifiants bancaires',
  '(?:geben sie|bestätigen sie|verifizieren sie) (?:hier )?ihr(?:e|en)? (?:passwort|kennwort|zugangsdaten|bankdaten|kreditkartendaten)|ihr(?:e|en)? (?:passwort|kennwort|zugangsdaten|bankdaten) (?:ein|eingeben|bestätigen)',
  '(?:introduzca|ingrese|confirme|verifique|indique) (?:su|sus) (?:contraseña|credenciales|datos bancarios|datos de (?:la )?tarjeta)',
  '(?:inserisca|inserire|confermi|confermare|verifichi) (?:la sua |le sue |i suoi )?(?:password|credenziali|dati bancari|dati della carta)',
  '(?:voer|bevestig|vul) (?:hier )?(?:uw|je) (?:wachtwoord|inloggegevens|bankgegevens)',
  '(?:insira|informe|confirme|digite) (?:a sua |sua |seus |os seus )?(?:senha|palavra-passe|credenciais|dados bancários|dados do cartão)',
  '(?:inserir|informar|confirmar|digitar) (?:o cpf|(?:a sua |sua |seus |os seus |os )?(?:senha|dados do cartão|dados bancários))',
  '(?:podaj|wpisz|potwierdź|wprowadź)\\w* (?:swoje )?(?:hasło|dane logowania|dane karty|dane bankowe)',
  '(?:ange|bekräfta|fyll i) (?:ditt |dina )?(?:lösenord|inloggningsuppgifter|bankuppgifter|kortuppgifter)',
  '(?:angiv|bekræft|indtast) (?:din |dine )?(?:adgangskode|loginoplysninger|bankoplysninger|kortoplysninger)',
  '(?:подтвердите|введите|укажите) (?:ваш |свой )?(?:пароль|логин|данные карты)|(?:підтвердіть|введіть|вкажіть) (?:ваш |свій )?(?:пароль|логін|дані картки)',
  'กรอก(?:รหัสผ่าน|เลขบัตร)|(?:şifrenizi|kart bilgilerinizi) (?:girin|doğrulayın)|(?:أدخل|أكد) (?:كلمة المرور|بيانات البطاقة)',
  '비밀번호(?:를)? ?(?:입력|확인)|카드 ?번호(?:를)? ?입력|パスワード(?:を)?(?:ご)?(?:入力|確認)|(?:输入|輸入)(?:您的)?(?:密码|密碼)',
].join('|');

// A fee demanded for a request: the data subject's rights are free of charge (GDPR Art. 12(5)).
const FEE =
  '(?:pay|transfer) (?:the |a |our )?(?:processing|handling|administration|administrative|verification|release) fee';

// A lure's "confirm your identity" or "verify your account", which a lure adds to hours to act and a threat.
const VERIFY =
  '(?:confirm|verify) your (?:identity|account|consent)|(?:renew|reconfirm|re-confirm|update) your (?:consent|personal (?:data|details|information))|(?:erneuern|aktualisieren) sie ihre (?:einwilligung|daten)|(?:renouvel|mett)\\w* (?:à jour )?(?:votre consentement|vos données)|(?:renueve|actualice) (?:su consentimiento|sus datos)|(?:rinnovi|aggiorni) (?:il suo consenso|i suoi dati)|(?:vernieuw|werk) (?:uw|je) (?:toestemming|gegevens)|atualiz\\w* (?:os )?seus dados|(?:renove|reconfirme) (?:o )?seu consentimento|(?:odnów|zaktualizuj) (?:swoją zgodę|swoje dane)|подтвердите (?:ваше |своё |свое )?согласие|обновите (?:ваши |свои )?данные|підтвердіть (?:вашу |свою )?згоду|재동의|再同意|重新同意|obnovit souhlas|(?:confirm|vérifi)\\w* votre (?:identité|compte|consentement)|bestätigen sie ihre (?:identität|einwilligung)|(?:confirme|verifique) su (?:identidad|cuenta|consentimiento)|(?:confermi|verifichi) (?:la sua identità|il suo account)|bevestig (?:uw|je) (?:identiteit|account)|(?:confirme|verifique) (?:a sua |sua )?(?:identidade|conta)|potwierdź (?:swoją )?tożsamość|zweryfikuj (?:swoje )?konto|hesabınızı doğrulayın|bilgilerinizi doğrulayın|kimliğinizi doğrulayın|подтвердите (?:ваш |свой )?(?:аккаунт|учетную запись|личность)|التحقق من حسابك|تحقق من حسابك|ยืนยัน(?:บัญชี|ตัวตน)|(?:验证|驗證)(?:您的)?(?:账户|帳戶|账号|帳號|身份)';

const CREDENTIALS_OR_FEE = gated(new RegExp(`${CREDENTIALS}|${FEE}`));
const VERIFY_ASK = gated(new RegExp(VERIFY));
// A threat anywhere beside "verify your account" at a link, with or without hours to act: "your account
// will be suspended", "para evitar la eliminación de sus datos".
const THREAT_WORD = new RegExp(`\\b(?:${THREAT})|${THREAT_OTHER_SCRIPTS}`);

/**
 * A scam at a link: credentials or a fee asked for, or a threat beside a request to verify the reader's
 * identity or account.
 * Its rights words ("your access request", "Art. 17") are its pretext, not an ask of the writer's own:
 * `classify-email.ts` sets its cues aside unless the writer's own data is named.
 */
export function isScam(text: string): boolean {
  if (!hasLink(text)) return false;
  return CREDENTIALS_OR_FEE.test(text) || (VERIFY_ASK.test(text) && THREAT_WORD.test(text));
}

// The writer closes a finished ticket: "you can close the request", "request completed, thanks".
const CLOSING = [
  '(?:you can|you may|please|feel free to) close (?:the|this|my) (?:ticket|case|request)|(?:ticket|case|request) (?:can|may) (?:now )?be closed|request (?:is )?(?:completed|fulfilled|done), thank',
  '(?:potete|può|puoi|potreste) chiudere (?:la |il )?(?:richiesta|pratica|ticket|segnalazione)|richiesta (?:completata|evasa)',
  '(?:sie können|ihr könnt|du kannst) (?:den vorgang|das ticket|die anfrage) (?:jetzt )?schließen|(?:anfrage|vorgang) (?:ist )?erledigt',
  '(?:vous pouvez|pouvez-vous) (?:clore|clôturer|fermer) (?:la demande|le dossier|le ticket)|demande (?:traitée|terminée), merci',
  '(?:pueden|puede|podéis) cerrar (?:la solicitud|el caso|el ticket|la petición)|solicitud (?:completada|resuelta)',
  '(?:jullie kunnen|u kunt|je kunt) (?:het ticket|de aanvraag|het verzoek) (?:nu )?sluiten|verzoek (?:is )?afgehandeld',
  '(?:podem|pode|podeis) (?:fechar|encerrar) (?:o pedido|o chamado|o processo|a solicitação|o ticket)|pedido (?:concluído|resolvido)',
  '(?:możecie|można) (?:już )?zamknąć (?:zgłoszenie|sprawę|wniosek)|(?:ni kan|kan ni) stänga ärendet|(?:i kan|kan i) lukke sagen',
].join('|');

// How the service treats its customers' data, asked about in general: "do you sell customer data?".
const PRACTICE = [
  '\\bdo (?:you|u) (?:\\w+ )?(?:sell|share|pass on|disclose|rent)\\w* (?:or (?:sell|share)\\w* )?(?:any |the )?(?:customer|user|client|subscriber)s?.? (?:data|information|info|details)',
  '(?:venden|comparten|ceden) (?:o (?:venden|comparten|ceden) )?(?:los )?datos de (?:sus |los )?(?:clientes|usuarios)',
  '(?:vendem|compartilham|partilham|cedem) (?:ou (?:vendem|compartilham|partilham) )?(?:os )?dados (?:de|dos) (?:seus )?(?:clientes|usuários|utilizadores)',
  '(?:vendez|partagez|cédez)[- ]vous (?:les )?données (?:de vos|des) (?:clients|utilisateurs)',
  '(?:verkaufen|teilen|übermitteln) sie (?:die )?(?:kundendaten|nutzerdaten|daten (?:ihrer|der) (?:kunden|nutzer))',
  '(?:vendete|condividete|cedete) (?:i )?dati (?:dei )?(?:vostri )?(?:clienti|utenti)',
  '(?:verkopen|delen) (?:jullie|u) (?:de )?(?:klantgegevens|gegevens van (?:klanten|gebruikers))',
  '(?:sprzedajecie|udostępniacie|przekazujecie) (?:dane )?(?:klientów|użytkowników)',
  '(?:säljer|delar) ni (?:kund|användar)(?:data|uppgifter)|(?:sælger|deler) i (?:kunde|bruger)(?:data|oplysninger)',
].join('|');

/**
 * Mail that asks for nothing of the writer's own although the model may read a right in it: a finished
 * ticket closed ("potete chiudere la pratica"), or a question about how customers' data is treated. The
 * model's guess then keeps the mail in triage but names no right (`combine-model.ts`).
 */
export const NO_ASK = gated(new RegExp(`${CLOSING}|${PRACTICE}`));
