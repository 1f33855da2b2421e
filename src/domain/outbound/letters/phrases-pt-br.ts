/** Brazilian Portuguese letters, in the LGPD's own terms (titular, eliminação, correção). */
import type { Phrases } from './phrases.js';

export const ptBR: Phrases = {
  gdpr: 'RGPD',
  period: (n, unit) =>
    ({
      business_days: n === 1 ? 'um dia útil' : `${n} dias úteis`,
      days: n === 1 ? 'um dia' : `${n} dias`,
      months: n === 1 ? 'um mês' : `${n} meses`,
      years: n === 1 ? 'um ano' : `${n} anos`,
    })[unit],
  greeting: (name) => (name ? `Prezado(a) ${name},` : 'Prezado(a) titular,'),
  closing: 'Atenciosamente,',
  signature: (organisation) => `Equipe de privacidade da ${organisation}`,
  policy: (url) => `Política de privacidade: ${url}`,
  right: {
    access: 'o acesso aos seus dados',
    rectification: 'a correção de dados incompletos, inexatos ou desatualizados',
    erasure: 'a eliminação dos seus dados',
    restriction: 'o bloqueio do tratamento',
    objection: 'a oposição ao tratamento',
    portability: 'a portabilidade dos seus dados',
    withdraw_consent: 'a revogação do seu consentimento',
    opt_out_sale: 'a oposição à venda ou ao compartilhamento dos seus dados',
  },
  ground: {
    identity_not_verified:
      'Não conseguimos confirmar a sua identidade. Só podemos atender a uma solicitação quando temos certeza de que ela vem do titular dos dados.',
    manifestly_unfounded: 'A solicitação é manifestamente infundada.',
    excessive: 'A solicitação é excessiva, em especial por repetir solicitações anteriores.',
    legal_exemption:
      'Uma exceção legal se aplica à sua solicitação; por isso, não somos obrigados a atendê-la.',
    duplicate:
      'Esta solicitação repete outra que você já nos enviou e que estamos tratando ou já respondemos.',
    not_a_request:
      'A sua mensagem não solicita o exercício de um direito de proteção de dados. Se essa era a sua intenção, responda dizendo o que deseja que façamos.',
    outside_jurisdiction:
      'As leis de proteção de dados que garantem este direito não se aplicam à sua solicitação.',
  },
  subject: {
    acknowledgement: 'Recebemos a sua solicitação',
    verification_request: 'Confirme a sua identidade, por favor',
    verification_success: 'A sua identidade foi confirmada',
    clarification_request: 'Precisamos de mais informações',
    extension_notice: 'Precisamos de mais tempo para a sua solicitação',
    outcome_fulfilled: 'A sua solicitação foi atendida',
    outcome_partial: 'A sua solicitação foi atendida em parte',
    outcome_rejected: 'Sobre a sua solicitação',
    appeal_received: 'Recebemos o seu recurso',
    appeal_decision: 'A decisão sobre o seu recurso',
    staff_message: 'Sobre a sua solicitação',
  },
  received: (reference, date) =>
    `Recebemos a sua solicitação sobre dados pessoais em ${date}. O número de referência é ${reference}; mantenha-o no assunto quando nos escrever sobre ela.`,
  answerBy: (date) => `Responderemos até ${date}, no máximo.`,
  timeLimit: (period, extension, cite) =>
    extension
      ? `A lei nos concede ${period} a partir do recebimento para responder, prazo que podemos prorrogar por ${extension.by} (${extension.total} no total) se necessário; nesse caso, informaremos você, com os motivos (${cite}).`
      : `A lei nos concede ${period} a partir do recebimento para responder (${cite}).`,
  timeLimitAppliesTo: (rights) => `Esse prazo vale para ${rights}.`,
  noFixedTimeLimit: (rest, cite) =>
    `Para ${rest ? 'o restante da sua solicitação' : 'a sua solicitação'}, a lei não fixa um número de dias${cite ? ` (${cite})` : ''}; responderemos o quanto antes.`,
  receiptConfirmed: (period, cite) =>
    `A lei exige que confirmemos o recebimento da sua solicitação em até ${period} (${cite}); este e-mail é essa confirmação.`,
  optOutTimeLimit: (period, cite) =>
    `A lei exige que atendamos um pedido de exclusão da venda ou do compartilhamento dos seus dados o quanto antes, em até ${period} após o recebimento (${cite}).`,
  mayVerifyIdentity:
    'Poderemos primeiro pedir que você confirme a sua identidade, para que os seus dados nunca sejam entregues a outra pessoa.',
  identityStartsClock: (cite) =>
    `Nesse caso, o prazo passa a contar do dia em que recebermos a sua confirmação (${cite}).`,
  noVerificationForOptOut: (cite) =>
    `Você não precisa comprovar a sua identidade para esta solicitação (${cite}).`,
  confirmIdentity: (reference) =>
    `Para proteger os seus dados, precisamos confirmar que a solicitação ${reference} foi feita por você. Responda a este e-mail a partir do endereço que você usou para nos escrever e informe este código:`,
  codeValidUntil: (date) => `O código é válido até ${date}.`,
  notYou: 'Se você não fez esta solicitação, pode ignorar este e-mail.',
  identityConfirmed: (reference) =>
    `Obrigado: confirmamos a sua identidade para a solicitação ${reference}. Estamos tratando a sua solicitação e informaremos você do resultado.`,
  needInformation: (reference) =>
    `Para tratar a sua solicitação ${reference}, precisamos de mais informações:`,
  pleaseReply: 'Por favor, responda a este e-mail.',
  clockStopped: (cite) =>
    `Até recebermos a sua resposta, o nosso prazo para responder fica suspenso (${cite}).`,
  needMoreTime: (reference, cite) =>
    `Precisamos de mais tempo para responder à sua solicitação ${reference}, como a lei permite (${cite}).`,
  theReason: 'O motivo:',
  newDeadline: (date) => `Responderemos até ${date}, no máximo.`,
  noSaleByPolicy: (reference) =>
    `Registramos sua solicitação ${reference} de oposição à venda dos seus dados pessoais. Como informa nossa política de privacidade, não vendemos dados pessoais.`,
  completed: (reference) => `Atendemos à sua solicitação ${reference}.`,
  completedInPart: (reference) => `Atendemos à sua solicitação ${reference} em parte.`,
  questions: 'Se tiver alguma dúvida, responda a este e-mail.',
  labelled: (label, text) => `${label}: ${text}`,
  actionSeparator: '; ',
  systemsIntro: 'O que fizemos em cada um dos nossos sistemas:',
  untranslatedFacts: (language) =>
    `Alguns dos dados abaixo são citados tal como constam dos nossos registros, em ${language}.`,
  taskAction: {
    search: 'busca dos seus dados',
    export: 'cópia dos seus dados',
    delete: 'eliminação dos seus dados',
    correct: 'correção dos seus dados',
    restrict: 'restrição do tratamento dos seus dados',
  },
  nothingHeld: 'não continha dados seus',
  keptIntro: 'Eliminamos os seus dados, exceto os seguintes, que precisamos conservar:',
  keptFor: (period) => `conservação por ${period}`,
  keptForUpTo: (period) => `conservação por até ${period}`,
  whileAccountOpen: 'conservação enquanto a sua conta estiver ativa',
  whileAccountOpenAndAfter:
    'conservação enquanto a sua conta estiver ativa e por um período razoável após o seu encerramento',
  asLongAsNeeded: 'conservação apenas pelo tempo que essa finalidade exigir',
  legalObligation: (cite) => `para cumprimento de obrigação legal ou regulatória (${cite})`,
  legalClaims: (cite) =>
    `para o exercício regular de direitos em processo judicial, administrativo ou arbitral (${cite})`,
  recipientsTold: (cite) =>
    `Comunicamos isso aos destinatários dos seus dados; se você pedir, informaremos quem são eles (${cite}).`,
  keptOnlyForThat: (cite) => `Usamos os dados conservados somente para essa finalidade (${cite}).`,
  cannotAct: (reference) => `Não podemos atender à sua solicitação ${reference}. O motivo:`,
  accessIntro: (cite) => `Junto com os seus dados, fornecemos as seguintes informações (${cite}).`,
  purposes: 'Para que tratamos os seus dados:',
  categories: 'As categorias de dados que mantemos:',
  recipients: 'Com quem compartilhamos os seus dados:',
  transfers: (cite) => `Transferências dos seus dados para outros países e respectivas garantias (${cite}):`,
  retention: 'Por quanto tempo os conservamos:',
  source: 'A origem dos seus dados:',
  otherRights: 'Você também tem o direito de nos pedir:',
  euComplaint: (authority, cite) =>
    `Você tem o direito de apresentar reclamação a uma autoridade de controle${
      authority
        ? `, no nosso caso ${authority.name} (${authority.url})`
        : ', em especial no Estado-Membro em que reside ou trabalha ou em que ocorreu a suposta infração'
    }, e de buscar a via judicial (${cite}).`,
  ukComplaint: (ico, cite) =>
    `Você tem o direito de apresentar reclamação ao ${ico.name} (${ico.url}) e de fazer valer os seus direitos na Justiça (${cite}).`,
  ukControllerComplaint: (address, period, cite) =>
    `Se não estiver satisfeito com a forma como tratamos os seus dados pessoais, você pode primeiro nos apresentar uma reclamação em ${address}; a lei nos concede ${period} para confirmar o recebimento da reclamação, e informaremos o resultado sem demora indevida (${cite}).`,
  ccpaKnowDenied: (cite) =>
    `Quando negamos em parte uma solicitação de informação, fornecemos as demais informações pedidas (${cite}).`,
  ccpaKnowUnverified: (cite, listed) =>
    `Como não conseguimos verificar a sua identidade, não fornecemos nenhum dos seus dados pessoais (${cite}). Nossa política de privacidade descreve como tratamos dados pessoais${listed ? '; em resumo:' : '.'}`,
  ccpaDeleteDenied: (cite) =>
    `Quando negamos em parte uma solicitação de exclusão, excluímos as informações pessoais não cobertas pela exceção e não usamos as que conservamos para nenhuma outra finalidade (${cite}).`,
  ccpaCorrectDenied: (cite) =>
    `Se ainda considerar as informações inexatas, você pode nos enviar documentos que fundamentem a sua solicitação; vamos examiná-los e levá-los em conta (${cite}).`,
  ccpaDeletionRecord: (cite) =>
    `Mantemos um registro da sua solicitação de exclusão e da nossa resposta, como a lei exige (${cite}).`,
  ccpaComplaint: (agency, attorneyGeneral) =>
    `Você pode apresentar uma reclamação à ${agency.name} (${agency.url}) ou ao ${attorneyGeneral.name} (${attorneyGeneral.url}).`,
  appealHow: (period, extension, cite) =>
    `Você pode recorrer desta decisão: responda a este e-mail dizendo que recorre, com os motivos que quiser apresentar. Responderemos ao seu recurso por escrito em até ${period} após o recebimento${extension ? `, prazo que podemos prorrogar por ${extension} se necessário, informando você dos motivos` : ''} (${cite}).`,
  lgpdComplaint: (anpd, cite) =>
    `Você tem o direito de peticionar em relação aos seus dados perante a ${anpd.name} (${anpd.url}) e de defender os seus direitos em juízo (${cite}).`,
  pipedaComplaint: (commissioner, cite) =>
    `Você tem o direito de apresentar reclamação ao ${commissioner.name} (${commissioner.url}) e, após o relatório dele, de recorrer ao Tribunal Federal (${cite}).`,
  pipedaExtensionComplaint: (commissioner, cite) =>
    `Você tem o direito de apresentar reclamação sobre esta prorrogação ao ${commissioner.name} (${commissioner.url}) (${cite}).`,
  quebecComplaint: (commission, cite) =>
    `Você pode pedir à ${commission.name} (${commission.url}) que examine esta divergência em até 30 dias a partir desta carta. Se quiser, podemos ajudar você a entender esta decisão (${cite}).`,
  quebecInquiry: (commission, cite) =>
    `Você pode apresentar uma reclamação à ${commission.name} (${commission.url}) (${cite}).`,
  appealReceived: (reference) => `Recebemos o seu recurso sobre a solicitação ${reference}.`,
  appealAnswerBy: (date, extension, cite) =>
    `Vamos reexaminar a nossa decisão e responderemos por escrito até ${date}, no máximo${extension ? `, salvo se precisarmos prorrogar esse prazo por até ${extension}, o que informaremos antes, com os motivos` : ''} (${cite}).`,
  appealDenied: (reference) =>
    `Analisamos o seu recurso sobre a solicitação ${reference}. A nossa decisão original está mantida. O motivo:`,
  appealGranted: (reference) =>
    `Analisamos o seu recurso sobre a solicitação ${reference} e revogamos a nossa decisão original: vamos atender à sua solicitação. O motivo:`,
  attorneyGeneral: (contact, cite) =>
    `Se não concordar com esta decisão, você pode apresentar uma reclamação ao ${contact.name}: ${contact.url} (${cite}).`,
};
