/**
 * Support and billing mail about the product's own things: "how do I delete a project?", "export our
 * invoices as CSV", "change the billing contact", "I'm locked out, help me recover my account". Such mail
 * uses the verbs of the rights (delete, export, change) on objects that are not the writer's personal data,
 * so it is the positive evidence of an ordinary topic that `not_a_request` needs (GDPR Art. 12(3): only a
 * request starts the month; anything unsure still goes to a person).
 *
 * An action on a product object ("delete the old project", "das Projekt löschen") is masked out of the text
 * the cues read, but only where the mail has no personal-data word at all: "delete the project and my
 * personal data" keeps every cue. A determiner is required before the object and "my" is not one, so
 * "delete my files" stays a possible erasure. Matched against lower-cased text.
 */

import { gated } from './literal-gate.js';

// Objects of a workspace product, its billing and its team: never the writer's own person.
const EN_OBJECTS =
  'projects?|jobs?|files?|folders?|reports?|dashboards?|workspaces?|invoices?|receipts?|uploads?|tasks?|boards?|documents?|templates?|integrations?|api keys?|webhooks?|team members?|members?|colleagues?|seats?|users?|cards?|credit cards?|payment methods?|plans?|billing contacts?|company (?:name|address)|vat (?:number|id)|channels?|pages?|drafts?|exports?|backups?|renders?|playlists?|tags?|labels?|widgets?|charts?|spreadsheets?|tickets?|orders?|licen[cs]es?|domains?|logos?|comments?|notes?|attachments?|rows?|columns?|filters?|views?|workflows?|automations?|forms?|surveys?|campaigns?|presets?|conversions?|batch(?:es)?|builds?|deployments?|environments?|sandbox(?:es)?|api tokens?|tokens?|contacts?|contact lists?|mailing lists?|lists?|segments?|audiences?|imports?';
const EN_DETERMINER =
  '(?:a|an|the|this|that|these|those|one|our|some|old|single|specific|several|multiple|all (?:the|our|of the|of our)|(?:a )?few)';
const EN_VERBS =
  'delet\\w*|remov\\w*|export\\w*|download\\w*|chang\\w*|updat\\w*|edit\\w*|renam\\w*|restor\\w*|recover\\w*|archiv\\w*|mov(?:e|ing)|transfer\\w*|merg\\w*|duplicat\\w*|cancel\\w*|downgrad\\w*|upgrad\\w*|add(?:ing)?|invit\\w*|reassign\\w*';

// Up to two words between determiner and object ("a single failed job"), none of them about the person.
const EN_MODIFIER = '(?:(?!data|info|account|profile|details|history|records|personal)[\\w-]+ ){0,2}?';

// de, fr, es, it, nl, pt, pl, sv, da: the verb and a product object in one short clause, in either order.
const OTHER_OBJECTS = [
  'projekt\\w*|job\\w*|datei\\w*|ordner\\w*|bericht\\w*|rechnung\\w*|aufgabe\\w*|dokument\\w*|vorlage\\w*|arbeitsbereich\\w*|teammitglied\\w*|kreditkarte\\w*|tarif\\w*|preset\\w*|konfiguration\\w*|api-schlüssel\\w*',
  'projet\\w*|tâches?|fichiers?|contacts?|carnets? de contacts|listes?|dossiers?|rapports?|factures?|documents?|modèles?|espace de travail|membres?|carte bancaire|forfait|préréglages?|configuration',
  'proyectos?|tareas?|trabajos?|archivos?|ficheros?|carpetas?|informes?|facturas?|documentos?|plantillas?|miembros?|tarjeta|plan\\b|preajustes?|configuración',
  'progett\\w*|attività|lavor[oi]|file|cartell\\w*|report|fattur\\w*|document[oi]|modell[oi]|membr[oi]|carta di credito|piano\\b',
  'project\\w*|taak|taken|bestand\\w*|map(?:pen)?|rapport\\w*|factu(?:u|r)\\w*|documenten|sjablo\\w*|teamlid\\w*|creditcard|abonnement\\b',
  'projetos?|projectos?|tarefas?|trabalhos?|arquivos?|ficheiros?|pastas?|relatórios?|faturas?|facturas?|documentos?|modelos?|membros?|cartão',
  'projekt\\w*|zadani\\w*|zadań|plik\\w*|folder\\w*|raport\\w*|faktur\\w*|dokument\\w*|szablon\\w*|członk\\w*|kart\\w* płatnicz\\w*',
  'projekt\\w*|jobb\\w*|fil(?:en|er|erna)?|mapp\\w*|rapport\\w*|faktur\\w*|dokument\\w*|mall(?:en|ar)?|kort\\w*|opgave\\w*|uppgift\\w*|mappe\\w*|kontaktlist\\w*|list(?:e|er|en|erne|a|an|or|orna)',
].join('|');
const OTHER_VERBS = [
  'lösch\\w*|entfern\\w*|exportier\\w*|herunterlad\\w*|wiederherstell\\w*|verschieb\\w*|archivier\\w*',
  'supprim\\w*|export\\w*|télécharg\\w*|restaur\\w*|déplac\\w*|archiver|renomm\\w*',
  'borr\\w*|elimin\\w*|export\\w*|descarg\\w*|restaur\\w*|mover|archivar',
  'cancell\\w*|elimin\\w*|esport\\w*|scaric\\w*|ripristin\\w*|spost\\w*|archiviare',
  'verwijder\\w*|exporte\\w*|download\\w*|herstel\\w*|verplaats\\w*|archiveer\\w*',
  'apag\\w*|exclu\\w*|export\\w*|baix\\w*|restaur\\w*|mover|arquivar',
  'usun\\w*|eksport\\w*|pobra\\w*|pobier\\w*|przywr\\w*|przenie\\w*',
  'radera\\w*|ta bort|exportera\\w*|ladda ner|återställ\\w*|flytta\\w*|slet\\w*|eksporter\\w*|gendan\\w*',
].join('|');

// The words between verb and object: none of them the writer's own ("mein", "mes", "my") or about the
// person's data or account, so "supprimer mon compte et mes fichiers" is never masked.
const OWN_OR_PERSONAL =
  'my|mine|all|mein\\w*|alle\\w*|mon|ma|mes|tou(?:s|tes)|mis?|tod[oa]s|mi[oae]|miei|tutt[ie]|mijn|meus?|minhas?|m[oó]j\\w*|moich|min|mitt|mina|mine|dat\\w*|donn\\w*|gegevens|dane|danych|uppgift\\w*|oplysning\\w*|kont\\w*|compte|cuenta|conta|account|profil\\w*|perfil';
const GAP = `(?:(?!\\b(?:${OWN_OR_PERSONAL})\\b)[^.?!,;:\\n]){0,30}?`;
// An object right after a possessive is the writer's own ("mis proyectos", "meine Dateien").
const NOT_OWN =
  '(?<!\\b(?:my|our own|mis|mes|meine[nm]?|mijn|mie|miei|meus|minhas|moje|moich|mina|mine|mitt|min) )';

const SUPPORT_ACTION_SOURCE = [
  `\\b(?:${EN_VERBS}) ${EN_DETERMINER} ${EN_MODIFIER}(?:${EN_OBJECTS})\\b`,
  `\\b(?:${OTHER_VERBS})\\b${GAP}\\b${NOT_OWN}(?:${OTHER_OBJECTS})(?![\\w-])`,
  `\\b${NOT_OWN}(?:${OTHER_OBJECTS})\\b${GAP}\\b(?:${OTHER_VERBS})(?![\\w-])`,
].join('|');

/** An action on a product object, for masking; global so that every one is replaced. */
const SUPPORT_ACTION = gated(new RegExp(SUPPORT_ACTION_SOURCE, 'g'));

/** Signing in, passwords and two-factor codes: support about getting in, not a request about data. */
export const ACCESS_TROUBLE = new RegExp(
  [
    "(?:can't|cannot|can not|unable to|not able to) (?:log|sign) ?in|locked out|password reset|reset (?:my|the|our) password|forgot (?:my |the )?password|two-factor|2fa|verification code|regain access|get back into|recover (?:my|the|our) account|login (?:problem|issue|error)|account (?:got |is |was |has been )?(?:locked|blocked|suspended|disabled)|unlock",
    // ru, uk, id, ms, vi, th, ur: cannot sign in, password reset, verification code.
    'не могу (?:войти|зайти)|сброс\\w* пароля|не можу (?:увійти|зайти)|скидання пароля|tidak bisa (?:masuk|login)|kode verifikasi|tidak dapat log ?masuk|không đăng nhập được|mật khẩu|เข้าสู่ระบบไม่ได้|รหัสผ่าน|لاگ ان نہیں|پاس ورڈ',
    'passwort|kennwort|anmeld\\w* (?:nicht|fehl)|mot de passe|connexion impossible|contraseña|iniciar sesión|password dimenticat|accedere al mio account|wachtwoord|inloggen lukt niet|palavra-passe|senha|hasło|nie mogę się zalogować|lösenord|logga in|adgangskode|log(?:ge)? ind',
  ].join('|'),
);

// "Delete the files I uploaded and then my account": the writer's own account closed in the same sentence
// makes the product objects part of an erasure, so nothing is masked.
const CLOSING =
  'delet|remov|clos|cancel|eras|supprim|ferm|lösch|kündig|borr|elimin|cancell|chiud|verwijder|opzeg|apag|exclu|encerr|usun|zamkn|radera|avsluta|slet|luk';
const OWN_ACCOUNT =
  'my account|mon compte|mein\\w* (?:konto|account)|mi cuenta|(?:il )?mio account|mijn account|(?:a )?minha conta|moje konto|mitt konto|min konto';
const OWN_ACCOUNT_CLOSED = gated(
  new RegExp(
    `\\b(?:${CLOSING})\\w*[^.?!\\n]{0,60}\\b(?:${OWN_ACCOUNT})\\b|\\b(?:${OWN_ACCOUNT})\\b[^.?!\\n]{0,30}\\b(?:${CLOSING})`,
  ),
);

export const SUPPORT_MASK = '[item]';

/**
 * The text with each action on a product object replaced, or the text itself when there is none; only to
 * be applied to a mail with no personal-data word (see above).
 */
export function maskSupportActions(text: string): string {
  SUPPORT_ACTION.pattern.lastIndex = 0;
  if (!SUPPORT_ACTION.test(text) || OWN_ACCOUNT_CLOSED.test(text)) return text;
  return text.replace(SUPPORT_ACTION.pattern, SUPPORT_MASK);
}

// An invoice, a bill or a tax invoice, in the languages the sets and the basic lexicons read.
const INVOICE =
  'invoice|bill(?:ing)?\\b|rechnung|factur|fattur|factuur|fatura|faktur|lasku|számla|arve\\b|sąskait|rēķin|račun|fakture|請求書|领收|发票|發票|청구서|세금계산서|счет|счёт|рахун|чалан|चालान|बिल|hóa đơn|ใบแจ้งหนี้|ใบกำกับภาษี|فاتورة|חשבונית|فاکتور';
// The organisation's own details on it, never a person's: "our VAT number", "die Rechnungsanschrift der
// Kohl Medien GmbH", a tax number, a company name.
const COMPANY_DETAIL = [
  '\\b(?:our|unser\\w*|notre|nos|nuestr[oa]s?|nostr[oaie]|onze|ons|nosso|nossa|nasz\\w*|vår\\w*|vores)\\s+(?:\\S+\\s+)?(?:company|firm|business|vat|tax|firma|unternehmen\\w*|société|entreprise|empresa|azienda|società|bedrijf|organi[sz]ation|företag\\w*|virksomhed\\w*|spółk\\w*|nif|cif|p\\.? ?iva|partita iva|ust|btw|nip)(?![\\w\\u00c0-\\u024f])',
  'vat (?:number|no\\b|id)|tax (?:id|number)|\\bgst(?:in)?\\b|ust-?id\\w*|umsatzsteuer-?id\\w*|steuernummer|intracomunit\\w*|\\bnif [a-z]\\d{7}|\\bcif\\b|\\bcui\\b|cod(?:ul)? fiscal|partita iva|p\\.? ?iva\\b|btw-?nummer|\\bkvk\\b|\\bnip\\b|org\\.? ?nr|\\bcvr\\b|registrikood|adószám|vergi (?:dairesi|numaras|no\\b)',
  // A legal form alone ("Ltd", "GmbH") is left out: the organisation written to has one too.
  '株式会社|有限会社|şirket unvan\\w*|company (?:name|address)|firmenname|raison sociale|razón social|ragione sociale|bedrijfsnaam|nome da empresa|nazwa firmy|företagsnamn|firmanavn',
].join('|');
// A person's own detail on it keeps the correction a possible Art. 16 request: "my name on every invoice".
const OWN_DETAIL =
  '\\b(?:my|mein\\w*|mon|ma|mes|mi|mis|mio|mia|miei|mie|mijn|meu|minha|mój|moje|mojego|min|mitt|mina|mit|mine)\\s+(?:\\S+\\s+)?(?:name|surname|address|e-?mail|phone|nif|personal|nom|prénom|adresse|nombre|apellido|dirección|nome|cognome|indirizzo|naam|achternaam|adres|morada|endereço|nazwisko|imię|namn|efternamn|adress|navn|efternavn|nachname)|\\b(?:my|mein|mon|mi|il mio|mijn|o meu|moje|min) (?:right|recht|droit|derecho|diritto|direito|prawo|rätt|ret)\\b|\\b(?:on|in|of) my (?:account|profile)\\b|\\bmy (?:old|previous|former) (?:apartment|flat|house|home|street)|\\b(?:i|ich|je|yo|io|ik|eu|ja|jag|jeg) (?:moved|bin umgezogen|ai déménagé|me mudé|mi sono trasferit|ben verhuisd|mudei|przeprowadzi|har flyttat|er flyttet)';
const COMPANY_BILLING = gated(
  new RegExp(`(?:${INVOICE})[^]*(?:${COMPANY_DETAIL})|(?:${COMPANY_DETAIL})[^]*(?:${INVOICE})`),
);
const OWN_DETAIL_PATTERN = gated(new RegExp(OWN_DETAIL));

/**
 * A correction of the organisation's own details on an invoice (its VAT or tax number, company name or
 * billing address) and none of a person's: billing, not a correction of the writer's personal data (Art. 16).
 */
export function isCompanyBilling(text: string): boolean {
  return COMPANY_BILLING.test(text) && !OWN_DETAIL_PATTERN.test(text);
}
