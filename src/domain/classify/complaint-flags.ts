/**
 * Complaints and regulators, read from the wording (labelling guide: `complaint` threatens or mentions a
 * complaint to an authority; `regulator` is mail from a supervisory authority). The sender's domain is never
 * read: it can be forged, so a `regulator` flag is the mail's claim, for staff to check by the authority's
 * published contact before answering.
 */

// Supervisory authorities by name or kind, in the ten full languages and a few more.
const AUTHORITY = [
  '\\bico\\b',
  'information commissioner',
  'data protection (?:authority|commission(?:er)?|office|inspectorate|regulator)',
  '(?:supervisory|privacy|data protection) (?:authority|regulator)',
  '\\bthe regulator\\b',
  '\\b(?:dpc|edpb|aepd|cnil|cnpd|anpd|uodo|imy|naih|bfdi|cppa)\\b',
  '\\b(?:the )?attorney general',
  'privacy protection agency',
  'aufsichtsbehörde',
  'datenschutzbehörde',
  'datenschutzbeauftragten? des landes',
  'landesbeauftragte',
  'autorité de (?:contrôle|protection)',
  'agencia española de protección de datos',
  'autoridad de (?:control|protección de datos)',
  '\\bgarante\\b',
  'autorità di controllo',
  'autoriteit persoonsgegevens',
  '\\btoezichthouder',
  'autoridade (?:de controlo|nacional de proteção de dados)',
  'prezesa? urzędu ochrony danych',
  'organu? nadzorcz',
  'integritetsskyddsmyndigheten',
  'tillsynsmyndighet',
  'datatilsynet',
  'tilsynsmyndighed',
  'privacy commissioner',
  'anspdcp',
  'informacijsk\\w* pooblaščen',
  'úrad\\w* na ochranu osobných údajov',
  'úřad\\w* pro ochranu osobních údajů',
  'andmekaitse inspektsioon',
  'duomenų apsaugos inspekcij',
  'datu valsts inspekcij',
  'kişisel verileri koruma',
  'data protection board',
  'préposé fédéral',
  '\\bkvkk\\b',
  'koruma kurul',
  'landesdatenschutzbeauftragt',
  '個人情報保護委員会',
  'комисия(?:та)? за защита на личните данни',
  'αρχή προστασίας δεδομένων',
  'tietosuojavaltuutet',
  'kummissarju',
  'agencij\\w* za zaštitu osobnih podataka',
  'уповноважен',
  'hatóság',
  'adatvédelmi',
  'רשות להגנת הפרטיות',
  'حماية البيانات',
  'надзорн',
  'роскомнадзор',
  '网信',
  '监管部门',
  '개인정보보호위원회',
].join('|');

// Words of complaining, reporting or turning to someone.
const COMPLAIN = [
  'complain',
  '\\btake (?:this|it|the matter)(?: further)? to\\b',
  '\\breport(?:ing)? (?:you|this|it|the matter|your company)\\b',
  '\\b(?:refer|escalat)\\w*',
  '\\b(?:contact|go to|write to|notify|alert)\\b',
  '\\bwenden\\b',
  '\\beinschalten\\b',
  '\\bsaisi\\w*',
  '\\bplainte',
  'reclama(?:ción|ção|re)',
  '\\bdenuncia',
  '\\bacudir',
  '\\breclamo\\b',
  'segnala',
  '\\bqueixa',
  '\\bklacht',
  'skarg',
  'klagomål',
  '\\banmäl',
  '\\bklage\\b',
  '\\bgo(?:ing)? (?:straight )?to\\b',
  '\\bnext stop\\b',
  '\\bapproach\\b',
  "m'adresser",
  'beschwer',
  '\\bwende\\b',
  'denunc',
  'poskarž',
  'жалб',
  'תלונה',
  'شكوى',
  'προσφ',
  'ilment',
  'valitu',
  'şik[aâ]yet',
  '相談',
  '申し立て',
  '申し出',
  '\\bklager\\b',
  'plângere',
  'prit[ou]žb',
  'sťažnosť|stížnost',
  'kaebus',
  'skund',
  'sūdzīb',
  'panasz',
  'жалоб',
  'обращусь',
  'поскарж',
  'скарг',
  '投诉',
  '신고',
].join('|');

// A complaint made to the controller in so many words ("please treat this as a formal complaint").
const FORMAL = [
  'formal complaint',
  'förmliche beschwerde',
  'réclamation formelle',
  'plainte formelle',
  'reclamación formal',
  'reclamo formale',
  'formele klacht',
  'reclamação formal',
  'formaln\\w* skarg',
  'formellt klagomål',
  'formel klage',
].join('|');

// The writer speaks for themself: a pronoun, or a first-person verb form that carries none.
const PRONOUNS = [
  "i|i'm|i'll|i'd|me|my|we|we'll",
  "je|j'|nous",
  'ich|wir|mich',
  'yo|me|mi|io',
  'ik|wij|we',
  'eu|vou',
  'client|mandant\\w*|cliente|klient|il|elle|he|she',
  'ja|jag|vi|jeg|já|bom|podám|es|ma|mina|aš|ben|voi|se|jien',
  'я|θα',
  'ще|teen|ću|en|depun|bulunacağım|bulunulacaktır|поскаржуся|złożę|zgłoszę|zawiadomię|teszek|fordulok|подам|обращусь|pateiksiu|iesniegšu|esitan|edeceğim',
].join('|');
const FIRST_PERSON = new RegExp(
  `(?<!\\p{L})(?:${PRONOUNS})(?!\\p{L})|\\p{L}(?:ré|rò|rei)(?!\\p{L})|我|본인|제가|겠|मैं|ます|אגיש|سأ`,
  'iu',
);

// An authority writing: its own voice, its units, the complaint it forwards.
const REGULATOR = new RegExp(
  [
    '\\b(?:the|this|our) (?:authority|office|commissioner|commission|inspectorate) (?:has|have|is conducting|asks)\\b',
    'supervisory authority for data protection',
    '\\b(?:complaints|enforcement|registrations|consumer privacy) unit\\b',
    '\\bcase ?officer\\b',
    'casework team',
    'intake and early resolution',
    '\\binform (?:the|this) (?:authority|office)\\b',
    '\\bthe complainant\\b',
    'bei uns ist eine beschwerde',
    'uns liegt eine beschwerde',
    'beschwerdeverfahren',
    'referat beschwerden',
    '(?:notre|cette) autorité a été saisie',
    'service des plaintes',
    'esta autoridad ha recibido',
    'traslado de (?:la )?reclamación',
    'unidad de reclamaciones',
    'questa autorità ha ricevuto',
    '\\bcodesta società\\b',
    'heeft een klacht ontvangen',
    'esta autoridade recebeu',
    'wpłynęła skarga',
    'har tagit emot ett klagomål',
    'har modtaget en klage',
    'hatóságunkhoz panasz',
    'η αρχή έλαβε',
  ].join('|'),
  'i',
);

// The complaint an authority forwards, unless it says the letter concerns none.
const FORWARDED =
  /received (?:a|the enclosed) complaint|eine beschwerde|plainte de|reclamación de|reclamo dall|klacht (?:ontvangen )?van|recebeu uma (?:queixa|reclamação)|skarga|klagomål från|klage fra|panasz érkezett|καταγγελία/i;
const NO_COMPLAINT = /\bnot (?:an investigation into|concern) (?:any|an) individual complaint/i;

const MENTION = new RegExp(
  `(?:${COMPLAIN})[^.!?]{0,80}(?:${AUTHORITY})|(?:${AUTHORITY})[^.!?]{0,80}(?:${COMPLAIN})|${FORMAL}`,
  'i',
);

/** Whether an authority writes, by its wording (a claim: the sender is not checked). */
export function fromRegulator(text: string): boolean {
  return REGULATOR.test(text);
}

/** Whether the writer threatens or mentions a complaint to an authority, or an authority forwards one. */
export function mentionsComplaint(text: string, regulator: boolean): boolean {
  if (regulator) return FORWARDED.test(text) && !NO_COMPLAINT.test(text);
  // Sentences of hard-wrapped mail: split at full stops and blank lines, wrapped lines joined.
  return text
    .split(/[.!?。！？]+|\n\s*\n/)
    .map((sentence) => sentence.replace(/\s+/g, ' '))
    .some((sentence) => MENTION.test(sentence) && FIRST_PERSON.test(sentence));
}
