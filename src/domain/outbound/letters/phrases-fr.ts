/** French letters (vouvoiement). Also the language of Québec tickets. */
import type { Phrases } from './phrases.js';

/** The Office of the Privacy Commissioner's complaint page in French (the English one is the law's row's). */
const OPC_FR = 'https://www.priv.gc.ca/fr/signaler-un-probleme/';

/** "de" elided before a vowel: "d’Importly", "de MediaConvert.io". */
const de = (name: string) => (/^[aeiouyàâæéèêëîïôœùûü]/iu.test(name) ? `d’${name}` : `de ${name}`);

export const fr: Phrases = {
  gdpr: 'RGPD',
  articles: 'Art.',
  // The official French forms of Canada's statutes: the LPRPDE (L.C. 2000, ch. 5) and the RLRQ, whose
  // divisions are articles ("art. 8(4)", "annexe 1, art. 4.9"). The UK's Data Protection Act 2018 has no
  // French form: its sections are written as articles too ("DPA 2018, art. 164A").
  localCitation: (cite) =>
    /^(PIPEDA|CQLR)\b/.test(cite)
      ? cite
          .replace(/^PIPEDA\b/, 'LPRPDE')
          .replace(/^CQLR\b/, 'RLRQ')
          .replace(/\bSch\. 1, cl\. /g, 'annexe 1, art. ')
          .replace(/\bss?\. (?=\d)/g, 'art. ')
      : cite.replace(/\bDPA 2018 ss?\. (?=\d)/g, 'DPA 2018, art. '),
  period: (n, unit) =>
    ({
      business_days: n === 1 ? 'un jour ouvrable' : `${n} jours ouvrables`,
      days: n === 1 ? 'un jour' : `${n} jours`,
      months: n === 1 ? 'un mois' : `${n} mois`,
      years: n === 1 ? 'un an' : `${n} ans`,
    })[unit],
  greeting: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
  closing: 'Cordialement,',
  signature: (organisation) => `L’équipe protection des données ${de(organisation)}`,
  policy: (url) => `Politique de confidentialité : ${url}`,
  right: {
    access: 'l’accès à vos données',
    rectification: 'la rectification des données inexactes',
    erasure: 'l’effacement de vos données',
    restriction: 'la limitation du traitement',
    objection: 'l’opposition au traitement',
    portability: 'la portabilité de vos données',
    withdraw_consent: 'le retrait de votre consentement',
    opt_out_sale: 'le refus de la vente ou du partage de vos données',
  },
  ground: {
    identity_not_verified:
      'Nous n’avons pas pu confirmer votre identité. Nous ne pouvons donner suite à une demande que si nous sommes certains qu’elle émane de la personne concernée.',
    manifestly_unfounded: 'La demande est manifestement infondée.',
    excessive: 'La demande est excessive, notamment parce qu’elle répète des demandes antérieures.',
    legal_exemption:
      'Une exception prévue par la loi s’applique à votre demande ; nous ne sommes donc pas tenus d’y donner suite.',
    duplicate:
      'Cette demande reprend une demande que vous nous avez déjà adressée et que nous traitons ou à laquelle nous avons répondu.',
    not_a_request:
      'Votre message ne demande pas l’exercice d’un droit relatif à la protection des données. Si telle était votre intention, répondez-nous en précisant ce que vous souhaitez.',
    outside_jurisdiction:
      'Les lois sur la protection des données qui accordent ce droit ne s’appliquent pas à votre demande.',
  },
  subject: {
    acknowledgement: 'Nous avons bien reçu votre demande',
    verification_request: 'Merci de confirmer votre identité',
    verification_success: 'Votre identité est confirmée',
    clarification_request: 'Nous avons besoin de précisions',
    extension_notice: 'Nous avons besoin de plus de temps pour votre demande',
    outcome_fulfilled: 'Votre demande a été traitée',
    outcome_partial: 'Votre demande a été traitée en partie',
    outcome_rejected: 'Au sujet de votre demande',
    appeal_received: 'Nous avons bien reçu votre appel',
    appeal_decision: 'La décision sur votre appel',
    staff_message: 'Au sujet de votre demande',
  },
  received: (reference, date) =>
    `Nous avons reçu votre demande relative à vos données personnelles le ${date}. Sa référence est ${reference} ; merci de la conserver dans l’objet de vos messages à ce sujet.`,
  answerBy: (date) => `Nous vous répondrons au plus tard le ${date}.`,
  timeLimit: (period, extension, cite) =>
    extension
      ? `La loi nous accorde ${period} à compter de la réception pour répondre, délai que nous pouvons prolonger de ${extension.by} (soit ${extension.total} au total) si nécessaire ; nous vous en informerions en indiquant les motifs (${cite}).`
      : `La loi nous accorde ${period} à compter de la réception pour répondre (${cite}).`,
  timeLimitAppliesTo: (rights) => `Ce délai vaut pour ${rights}.`,
  noFixedTimeLimit: (rest, cite) =>
    `Pour ${rest ? 'le reste de votre demande' : 'votre demande'}, la loi ne fixe pas de nombre de jours${cite ? ` (${cite})` : ''} ; nous vous répondrons dès que possible.`,
  receiptConfirmed: (period, cite) =>
    `La loi nous impose de confirmer la réception de votre demande dans un délai de ${period} (${cite}) ; le présent message en est la confirmation.`,
  optOutTimeLimit: (period, cite) =>
    `La loi nous impose de donner suite à une demande d’opposition à la vente ou au partage de vos données dès que possible, et au plus tard ${period} après sa réception (${cite}).`,
  mayVerifyIdentity:
    'Nous pourrons d’abord vous demander de confirmer votre identité, afin que vos données ne soient jamais communiquées à quelqu’un d’autre.',
  identityStartsClock: (cite) =>
    `Dans ce cas, le délai court à compter du jour où nous recevons votre confirmation (${cite}).`,
  noVerificationForOptOut: (cite) => `Vous n’avez pas à prouver votre identité pour cette demande (${cite}).`,
  confirmIdentity: (reference) =>
    `Pour protéger vos données, nous devons confirmer que la demande ${reference} vient bien de vous. Répondez à ce message depuis l’adresse avec laquelle vous nous avez écrit, en indiquant ce code :`,
  codeValidUntil: (date) => `Le code est valable jusqu’au ${date}.`,
  notYou: 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.',
  identityConfirmed: (reference) =>
    `Merci : nous avons confirmé votre identité pour la demande ${reference}. Nous traitons maintenant votre demande et vous écrirons pour vous en communiquer le résultat.`,
  needInformation: (reference) =>
    `Pour traiter votre demande ${reference}, nous avons besoin des précisions suivantes :`,
  pleaseReply: 'Merci de répondre à ce message.',
  clockStopped: (cite) =>
    `Jusqu’à réception de votre réponse, le délai dont nous disposons pour répondre ne court pas (${cite}).`,
  needMoreTime: (reference, cite) =>
    `Nous avons besoin de plus de temps pour répondre à votre demande ${reference}, comme la loi le permet (${cite}).`,
  theReason: 'Le motif :',
  newDeadline: (date) => `Nous vous répondrons au plus tard le ${date}.`,
  noSaleByPolicy: (reference) =>
    `Nous avons enregistré votre demande ${reference} de refus de la vente de vos données personnelles. Comme l’indique notre politique de confidentialité, nous ne vendons pas de données personnelles.`,
  completed: (reference) => `Nous avons traité votre demande ${reference}.`,
  completedInPart: (reference) => `Nous avons traité votre demande ${reference} en partie.`,
  questions: 'Pour toute question, répondez à ce message.',
  labelled: (label, text) => `${label} : ${text}`,
  actionSeparator: ' ; ',
  systemsIntro: 'Ce que nous avons fait dans chacun de nos systèmes :',
  untranslatedFacts: (language) =>
    `Certaines des informations ci-dessous sont citées telles qu’elles figurent dans nos registres, en ${language}.`,
  taskAction: {
    search: 'recherche de vos données',
    export: 'copie de vos données',
    delete: 'effacement de vos données',
    correct: 'rectification de vos données',
    restrict: 'limitation du traitement de vos données',
  },
  nothingHeld: 'ne contenait aucune donnée vous concernant',
  keptIntro: 'Nous avons effacé vos données, à l’exception des suivantes, que nous devons conserver :',
  keptFor: (period) => `conservation pendant ${period}`,
  keptForUpTo: (period) => `conservation pendant au plus ${period}`,
  whileAccountOpen: 'conservation tant que votre compte est ouvert',
  whileAccountOpenAndAfter:
    'conservation tant que votre compte est ouvert, puis pendant une durée raisonnable après sa suppression',
  asLongAsNeeded: 'conservation uniquement le temps nécessaire à cette finalité',
  legalObligation: (cite) => `pour respecter une obligation légale (${cite})`,
  legalClaims: (cite) => `pour la constatation, l’exercice ou la défense de droits en justice (${cite})`,
  recipientsTold: (cite) =>
    `Nous en avons informé les destinataires de vos données ; sur demande, nous vous indiquerons qui ils sont (${cite}).`,
  keptOnlyForThat: (cite) => `Nous n’utilisons les données conservées qu’à cette fin (${cite}).`,
  cannotAct: (reference) => `Nous ne pouvons pas donner suite à votre demande ${reference}. Le motif :`,
  accessIntro: (cite) => `Avec vos données, nous vous communiquons les informations suivantes (${cite}).`,
  purposes: 'Les finalités du traitement de vos données :',
  categories: 'Les catégories de données que nous détenons :',
  recipients: 'Les destinataires de vos données :',
  transfers: (cite) => `Les transferts de vos données vers d’autres pays et leurs garanties (${cite}) :`,
  retention: 'Leur durée de conservation :',
  source: 'L’origine de vos données :',
  otherRights: 'Vous avez également le droit de nous demander :',
  euComplaint: (authority, cite) =>
    `Vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle${
      authority
        ? `, pour nous ${authority.name} (${authority.url})`
        : ', notamment dans l’État membre où vous résidez ou travaillez ou où la violation alléguée a eu lieu'
    }, et de former un recours juridictionnel (${cite}).`,
  ukComplaint: (ico, cite) =>
    `Vous avez le droit d’introduire une réclamation auprès de l’${ico.name} (${ico.url}) et de faire valoir vos droits en justice (${cite}).`,
  ukControllerComplaint: (address, period, cite) =>
    `Si vous n’êtes pas satisfait de la manière dont nous avons traité vos données personnelles, vous pouvez d’abord nous adresser une réclamation à ${address} ; la loi nous donne ${period} pour en accuser réception, et nous vous informons de son issue sans retard injustifié (${cite}).`,
  ccpaKnowDenied: (cite) =>
    `Lorsque nous refusons en partie une demande d’information, nous vous communiquons le reste des informations demandées (${cite}).`,
  ccpaKnowUnverified: (cite, listed) =>
    `Comme nous n’avons pas pu vérifier votre identité, nous ne communiquons aucune de vos données personnelles (${cite}). Notre politique de confidentialité décrit nos pratiques en matière de données personnelles${listed ? ' ; en résumé :' : '.'}`,
  ccpaDeleteDenied: (cite) =>
    `Lorsque nous refusons en partie une demande de suppression, nous supprimons les informations personnelles que l’exception ne couvre pas et n’utilisons celles que nous conservons à aucune autre fin (${cite}).`,
  ccpaCorrectDenied: (cite) =>
    `Si vous estimez toujours ces informations inexactes, vous pouvez nous adresser tout document à l’appui de votre demande ; nous l’examinerons et en tiendrons compte (${cite}).`,
  ccpaDeletionRecord: (cite) =>
    `Nous conservons une trace de votre demande de suppression et de notre réponse, comme la loi l’exige (${cite}).`,
  ccpaComplaint: (agency, attorneyGeneral) =>
    `Vous pouvez déposer une plainte auprès de la ${agency.name} (${agency.url}) ou de l’${attorneyGeneral.name} (${attorneyGeneral.url}).`,
  appealHow: (period, extension, cite) =>
    `Vous pouvez faire appel de cette décision : répondez à ce message en indiquant que vous faites appel, avec les motifs que vous souhaitez donner. Nous répondrons par écrit à votre appel dans un délai de ${period} à compter de sa réception${extension ? `, délai que nous pouvons prolonger de ${extension} si nécessaire, en vous en indiquant les motifs` : ''} (${cite}).`,
  lgpdComplaint: (anpd, cite) =>
    `Vous avez le droit de saisir l’${anpd.name} (${anpd.url}) au sujet de vos données et de faire valoir vos droits en justice (${cite}).`,
  // The Commissioner's name and complaint page in French, whatever the law's row gives in English.
  pipedaComplaint: (_commissioner, cite) =>
    `Vous avez le droit de porter plainte auprès du Commissariat à la protection de la vie privée du Canada (${OPC_FR}) et, après son rapport, de vous adresser à la Cour fédérale (${cite}).`,
  pipedaExtensionComplaint: (_commissioner, cite) =>
    `Vous avez le droit de porter plainte au sujet de cette prolongation auprès du Commissariat à la protection de la vie privée du Canada (${OPC_FR}) (${cite}).`,
  quebecComplaint: (commission, cite) =>
    `Vous pouvez demander à la ${commission.name} (${commission.url}) d’examiner ce désaccord dans les 30 jours suivant la présente lettre. Nous pouvons vous aider à comprendre cette décision si vous le souhaitez (${cite}).`,
  quebecInquiry: (commission, cite) =>
    `Vous pouvez porter plainte auprès de la ${commission.name} (${commission.url}) (${cite}).`,
  appealReceived: (reference) => `Nous avons bien reçu votre appel concernant la demande ${reference}.`,
  appealAnswerBy: (date, extension, cite) =>
    `Nous réexaminerons notre décision et vous répondrons par écrit au plus tard le ${date}${extension ? `, sauf si nous devons prolonger ce délai de ${extension} au plus, ce que nous vous indiquerions auparavant avec les motifs` : ''} (${cite}).`,
  appealDenied: (reference) =>
    `Nous avons examiné votre appel concernant la demande ${reference}. Notre décision initiale est maintenue. Le motif :`,
  appealGranted: (reference) =>
    `Nous avons examiné votre appel concernant la demande ${reference} et annulé notre décision initiale : nous allons donner suite à votre demande. Le motif :`,
  attorneyGeneral: (contact, cite) =>
    `Si vous êtes en désaccord avec cette décision, vous pouvez déposer une plainte auprès de l’autorité compétente, ${contact.name} : ${contact.url} (${cite}).`,
};
