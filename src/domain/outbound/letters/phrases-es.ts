/** Spanish letters (usted). */
import type { Phrases } from './phrases.js';

export const es: Phrases = {
  gdpr: 'RGPD',
  period: (n, unit) =>
    ({
      business_days: n === 1 ? 'un día hábil' : `${n} días hábiles`,
      days: n === 1 ? 'un día' : `${n} días`,
      months: n === 1 ? 'un mes' : `${n} meses`,
      years: n === 1 ? 'un año' : `${n} años`,
    })[unit],
  greeting: (name) => (name ? `Estimado/a ${name}:` : 'Estimado/a señor/a:'),
  closing: 'Atentamente,',
  signature: (organisation) => `Equipo de privacidad de ${organisation}`,
  policy: (url) => `Política de privacidad: ${url}`,
  right: {
    access: 'el acceso a sus datos',
    rectification: 'la rectificación de datos inexactos',
    erasure: 'la supresión de sus datos',
    restriction: 'la limitación del tratamiento',
    objection: 'la oposición al tratamiento',
    portability: 'la portabilidad de sus datos',
    withdraw_consent: 'la retirada de su consentimiento',
    opt_out_sale: 'la exclusión de la venta o cesión de sus datos',
  },
  ground: {
    identity_not_verified:
      'No hemos podido confirmar su identidad. Solo podemos atender una solicitud cuando tenemos la certeza de que procede de la persona interesada.',
    manifestly_unfounded: 'La solicitud es manifiestamente infundada.',
    excessive: 'La solicitud es excesiva, en particular porque repite solicitudes anteriores.',
    legal_exemption:
      'A su solicitud se aplica una excepción legal, por lo que no estamos obligados a atenderla.',
    duplicate: 'Esta solicitud repite otra que ya nos envió y que estamos tramitando o ya hemos respondido.',
    not_a_request:
      'Su mensaje no solicita el ejercicio de un derecho de protección de datos. Si era su intención, responda indicándonos qué desea que hagamos.',
    outside_jurisdiction:
      'Las leyes de protección de datos que otorgan este derecho no se aplican a su solicitud.',
  },
  subject: {
    acknowledgement: 'Hemos recibido su solicitud',
    verification_request: 'Confirme su identidad, por favor',
    verification_success: 'Su identidad ha sido confirmada',
    clarification_request: 'Necesitamos más información',
    extension_notice: 'Necesitamos más tiempo para su solicitud',
    outcome_fulfilled: 'Su solicitud ha sido atendida',
    outcome_partial: 'Su solicitud ha sido atendida en parte',
    outcome_rejected: 'Sobre su solicitud',
    appeal_received: 'Hemos recibido su apelación',
    appeal_decision: 'La decisión sobre su apelación',
    staff_message: 'Sobre su solicitud',
  },
  received: (reference, date) =>
    `Recibimos su solicitud sobre sus datos personales el ${date}. Su referencia es ${reference}; le rogamos que la mantenga en el asunto cuando nos escriba sobre ella.`,
  answerBy: (date) => `Le responderemos a más tardar el ${date}.`,
  timeLimit: (period, extension, cite) =>
    extension
      ? `La ley nos concede ${period} desde la recepción para responder, plazo que podemos prorrogar ${extension.by} (${extension.total} en total) si es necesario; en tal caso se lo comunicaríamos indicando los motivos (${cite}).`
      : `La ley nos concede ${period} desde la recepción para responder (${cite}).`,
  timeLimitAppliesTo: (rights) => `Este plazo rige para ${rights}.`,
  noFixedTimeLimit: (rest, cite) =>
    `Para ${rest ? 'el resto de su solicitud' : 'su solicitud'}, la ley no fija un número de días${cite ? ` (${cite})` : ''}; le responderemos lo antes posible.`,
  receiptConfirmed: (period, cite) =>
    `La ley nos exige confirmar la recepción de su solicitud en un plazo de ${period} (${cite}); este correo es esa confirmación.`,
  optOutTimeLimit: (period, cite) =>
    `La ley nos exige atender una solicitud de exclusión de la venta o el intercambio de sus datos lo antes posible, y a más tardar ${period} después de recibirla (${cite}).`,
  mayVerifyIdentity:
    'Es posible que primero le pidamos que confirme su identidad, para no entregar nunca sus datos a otra persona.',
  identityStartsClock: (cite) =>
    `En ese caso, el plazo se cuenta desde el día en que recibamos su confirmación (${cite}).`,
  noVerificationForOptOut: (cite) => `No necesita acreditar su identidad para esta solicitud (${cite}).`,
  confirmIdentity: (reference) =>
    `Para proteger sus datos necesitamos confirmar que la solicitud ${reference} procede de usted. Responda a este correo desde la dirección con la que nos escribió e incluya este código:`,
  codeValidUntil: (date) => `El código es válido hasta el ${date}.`,
  notYou: 'Si usted no ha realizado esta solicitud, puede ignorar este correo.',
  identityConfirmed: (reference) =>
    `Gracias: hemos confirmado su identidad para la solicitud ${reference}. Ya estamos tramitando su solicitud y le comunicaremos el resultado.`,
  needInformation: (reference) => `Para tramitar su solicitud ${reference} necesitamos más información:`,
  pleaseReply: 'Le rogamos que responda a este correo.',
  clockStopped: (cite) =>
    `Hasta que recibamos su respuesta, el plazo del que disponemos para responder no corre (${cite}).`,
  needMoreTime: (reference, cite) =>
    `Necesitamos más tiempo para responder a su solicitud ${reference}, tal como permite la ley (${cite}).`,
  theReason: 'El motivo:',
  newDeadline: (date) => `Le responderemos a más tardar el ${date}.`,
  noSaleByPolicy: (reference) =>
    `Hemos registrado su solicitud ${reference} de exclusión de la venta de su información personal. Como indica nuestra política de privacidad, no vendemos información personal.`,
  completed: (reference) => `Hemos atendido su solicitud ${reference}.`,
  completedInPart: (reference) => `Hemos atendido su solicitud ${reference} en parte.`,
  questions: 'Si tiene alguna pregunta, responda a este correo.',
  labelled: (label, text) => `${label}: ${text}`,
  actionSeparator: '; ',
  systemsIntro: 'Lo que hemos hecho en cada uno de nuestros sistemas:',
  untranslatedFacts: (language) =>
    `Algunos de los datos siguientes se citan tal como constan en nuestros registros, en ${language}.`,
  taskAction: {
    search: 'búsqueda de sus datos',
    export: 'copia de sus datos',
    delete: 'supresión de sus datos',
    correct: 'rectificación de sus datos',
    restrict: 'limitación del tratamiento de sus datos',
  },
  nothingHeld: 'no contenía datos suyos',
  keptIntro: 'Hemos suprimido sus datos, salvo los siguientes, que debemos conservar:',
  keptFor: (period) => `conservación durante ${period}`,
  keptForUpTo: (period) => `conservación durante un máximo de ${period}`,
  whileAccountOpen: 'conservación mientras su cuenta esté abierta',
  whileAccountOpenAndAfter:
    'conservación mientras su cuenta esté abierta y durante un plazo razonable después de su cierre',
  asLongAsNeeded: 'conservación solo durante el tiempo que exija esa finalidad',
  legalObligation: (cite) => `para cumplir una obligación legal (${cite})`,
  legalClaims: (cite) => `para la formulación, el ejercicio o la defensa de reclamaciones (${cite})`,
  recipientsTold: (cite) =>
    `Lo hemos comunicado a los destinatarios de sus datos; si lo solicita, le indicaremos quiénes son (${cite}).`,
  keptOnlyForThat: (cite) => `Solo utilizamos los datos conservados para esa finalidad (${cite}).`,
  cannotAct: (reference) => `No podemos atender su solicitud ${reference}. El motivo:`,
  accessIntro: (cite) => `Junto con sus datos le facilitamos la siguiente información (${cite}).`,
  purposes: 'Para qué tratamos sus datos:',
  categories: 'Las categorías de datos que tenemos:',
  recipients: 'Quién recibe sus datos:',
  transfers: (cite) => `Transferencias de sus datos a otros países y sus garantías (${cite}):`,
  retention: 'Cuánto tiempo los conservamos:',
  source: 'De dónde proceden sus datos:',
  otherRights: 'También tiene derecho a solicitarnos:',
  euComplaint: (authority, cite) =>
    `Tiene derecho a presentar una reclamación ante una autoridad de control${
      authority
        ? `, en nuestro caso ${authority.name} (${authority.url})`
        : ', en particular en el Estado miembro donde reside o trabaja o donde se produjo la supuesta infracción'
    }, y a ejercer acciones judiciales (${cite}).`,
  ukComplaint: (ico, cite) =>
    `Tiene derecho a presentar una reclamación ante la ${ico.name} (${ico.url}) y a hacer valer sus derechos ante los tribunales (${cite}).`,
  ukControllerComplaint: (address, period, cite) =>
    `Si no está conforme con el tratamiento que hemos dado a sus datos personales, puede presentarnos primero una reclamación en ${address}; la ley nos concede ${period} para acusar recibo de la reclamación, y le comunicaremos su resultado sin dilación indebida (${cite}).`,
  ccpaKnowDenied: (cite) =>
    `Cuando denegamos en parte una solicitud de información, le facilitamos el resto de la información solicitada (${cite}).`,
  ccpaKnowUnverified: (cite, listed) =>
    `Como no hemos podido verificar su identidad, no le comunicamos ninguno de sus datos personales (${cite}). Nuestra política de privacidad describe cómo tratamos los datos personales${listed ? '; en resumen:' : '.'}`,
  ccpaDeleteDenied: (cite) =>
    `Cuando denegamos en parte una solicitud de supresión, suprimimos la información personal no cubierta por la excepción y no utilizamos la que conservamos para ningún otro fin (${cite}).`,
  ccpaCorrectDenied: (cite) =>
    `Si sigue considerando inexacta la información, puede enviarnos cualquier documento que respalde su solicitud; lo examinaremos y lo tendremos en cuenta (${cite}).`,
  ccpaDeletionRecord: (cite) =>
    `Conservamos un registro de su solicitud de supresión y de nuestra respuesta, tal como exige la ley (${cite}).`,
  ccpaComplaint: (agency, attorneyGeneral) =>
    `Puede presentar una queja ante la ${agency.name} (${agency.url}) o ante el ${attorneyGeneral.name} (${attorneyGeneral.url}).`,
  appealHow: (period, extension, cite) =>
    `Puede apelar esta decisión: responda a este correo indicando que apela, con los motivos que desee exponer. Responderemos a su apelación por escrito en un plazo de ${period} desde su recepción${extension ? `, plazo que podemos prorrogar ${extension} si es necesario, indicándole los motivos` : ''} (${cite}).`,
  lgpdComplaint: (anpd, cite) =>
    `Tiene derecho a dirigirse a la ${anpd.name} (${anpd.url}) en relación con sus datos y a defender sus derechos ante los tribunales (${cite}).`,
  pipedaComplaint: (commissioner, cite) =>
    `Tiene derecho a presentar una queja ante la ${commissioner.name} (${commissioner.url}) y, tras su informe, a acudir al Tribunal Federal (${cite}).`,
  pipedaExtensionComplaint: (commissioner, cite) =>
    `Tiene derecho a presentar una queja por esta prórroga ante la ${commissioner.name} (${commissioner.url}) (${cite}).`,
  quebecComplaint: (commission, cite) =>
    `Puede pedir a la ${commission.name} (${commission.url}) que examine este desacuerdo en un plazo de 30 días desde esta carta. Si lo desea, podemos ayudarle a entender esta decisión (${cite}).`,
  quebecInquiry: (commission, cite) =>
    `Puede presentar una queja ante la ${commission.name} (${commission.url}) (${cite}).`,
  appealReceived: (reference) => `Hemos recibido su apelación sobre la solicitud ${reference}.`,
  appealAnswerBy: (date, extension, cite) =>
    `Revisaremos nuestra decisión y le responderemos por escrito a más tardar el ${date}${extension ? `, salvo que debamos prorrogar este plazo hasta ${extension}, lo que le comunicaríamos antes indicando los motivos` : ''} (${cite}).`,
  appealDenied: (reference) =>
    `Hemos examinado su apelación sobre la solicitud ${reference}. Mantenemos nuestra decisión inicial. El motivo:`,
  appealGranted: (reference) =>
    `Hemos examinado su apelación sobre la solicitud ${reference} y revocado nuestra decisión inicial: atenderemos su solicitud. El motivo:`,
  attorneyGeneral: (contact, cite) =>
    `Si no está de acuerdo con esta decisión, puede presentar una queja ante la autoridad competente, ${contact.name}: ${contact.url} (${cite}).`,
};
