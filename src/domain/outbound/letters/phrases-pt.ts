/** European Portuguese letters (formal register, without the dated "V. Exa."). */
import type { Phrases } from './phrases.js';

export const pt: Phrases = {
  gdpr: 'RGPD',
  period: (n, unit) =>
    ({
      business_days: n === 1 ? 'um dia útil' : `${n} dias úteis`,
      days: n === 1 ? 'um dia' : `${n} dias`,
      months: n === 1 ? 'um mês' : `${n} meses`,
      years: n === 1 ? 'um ano' : `${n} anos`,
    })[unit],
  greeting: (name) => (name ? `Caro(a) ${name},` : 'Caro(a) titular dos dados,'),
  closing: 'Com os melhores cumprimentos,',
  signature: (organisation) => `A equipa de privacidade da ${organisation}`,
  policy: (url) => `Política de privacidade: ${url}`,
  right: {
    access: 'o acesso aos seus dados',
    rectification: 'a retificação de dados inexatos',
    erasure: 'o apagamento dos seus dados',
    restriction: 'a limitação do tratamento',
    objection: 'a oposição ao tratamento',
    portability: 'a portabilidade dos seus dados',
    withdraw_consent: 'a retirada do seu consentimento',
    opt_out_sale: 'a oposição à venda ou partilha dos seus dados',
  },
  ground: {
    identity_not_verified:
      'Não conseguimos confirmar a sua identidade. Só podemos dar seguimento a um pedido quando temos a certeza de que provém do titular dos dados.',
    manifestly_unfounded: 'O pedido é manifestamente infundado.',
    excessive: 'O pedido é excessivo, nomeadamente por repetir pedidos anteriores.',
    legal_exemption:
      'Ao seu pedido aplica-se uma exceção legal, pelo que não somos obrigados a dar-lhe seguimento.',
    duplicate: 'Este pedido repete outro que já nos enviou e que estamos a tratar ou a que já respondemos.',
    not_a_request:
      'A sua mensagem não pede o exercício de um direito em matéria de proteção de dados. Se era essa a sua intenção, responda indicando o que pretende que façamos.',
    outside_jurisdiction:
      'As leis de proteção de dados que conferem este direito não se aplicam ao seu pedido.',
  },
  subject: {
    acknowledgement: 'Recebemos o seu pedido',
    verification_request: 'Confirme a sua identidade, por favor',
    verification_success: 'A sua identidade foi confirmada',
    clarification_request: 'Precisamos de mais informações',
    extension_notice: 'Precisamos de mais tempo para o seu pedido',
    outcome_fulfilled: 'O seu pedido foi concluído',
    outcome_partial: 'O seu pedido foi concluído em parte',
    outcome_rejected: 'Sobre o seu pedido',
    appeal_received: 'Recebemos o seu recurso',
    appeal_decision: 'A decisão sobre o seu recurso',
    staff_message: 'Sobre o seu pedido',
  },
  received: (reference, date) =>
    `Recebemos o seu pedido relativo a dados pessoais em ${date}. A referência é ${reference}; mantenha-a no assunto quando nos escrever sobre ele.`,
  answerBy: (date) => `Responderemos até ${date}, o mais tardar.`,
  timeLimit: (period, extension, cite) =>
    extension
      ? `A lei concede-nos ${period} a contar da receção para responder, prazo que podemos prorrogar por ${extension.by} (${extension.total} no total) se necessário; nesse caso informá-lo-íamos, indicando os motivos (${cite}).`
      : `A lei concede-nos ${period} a contar da receção para responder (${cite}).`,
  timeLimitAppliesTo: (rights) => `Este prazo vale para ${rights}.`,
  noFixedTimeLimit: (rest, cite) =>
    `Para ${rest ? 'o resto do seu pedido' : 'o seu pedido'}, a lei não fixa um número de dias${cite ? ` (${cite})` : ''}; responderemos logo que possível.`,
  receiptConfirmed: (period, cite) =>
    `A lei exige que confirmemos a receção do seu pedido no prazo de ${period} (${cite}); este e-mail é essa confirmação.`,
  optOutTimeLimit: (period, cite) =>
    `A lei exige que demos seguimento a um pedido de oposição à venda ou partilha dos seus dados logo que possível, e o mais tardar ${period} após a receção (${cite}).`,
  mayVerifyIdentity:
    'Poderemos primeiro pedir-lhe que confirme a sua identidade, para que os seus dados nunca sejam entregues a outra pessoa.',
  identityStartsClock: (cite) =>
    `Nesse caso, o prazo conta a partir do dia em que recebermos a sua confirmação (${cite}).`,
  noVerificationForOptOut: (cite) => `Não precisa de comprovar a sua identidade para este pedido (${cite}).`,
  confirmIdentity: (reference) =>
    `Para proteger os seus dados, precisamos de confirmar que o pedido ${reference} foi feito por si. Responda a este e-mail a partir do endereço com que nos escreveu e indique este código:`,
  codeValidUntil: (date) => `O código é válido até ${date}.`,
  notYou: 'Se não fez este pedido, pode ignorar este e-mail.',
  identityConfirmed: (reference) =>
    `Obrigado: confirmámos a sua identidade para o pedido ${reference}. Estamos agora a tratar o seu pedido e comunicar-lhe-emos o resultado.`,
  needInformation: (reference) => `Para tratar o seu pedido ${reference} precisamos de mais informações:`,
  pleaseReply: 'Responda a este e-mail, por favor.',
  clockStopped: (cite) =>
    `Até recebermos a sua resposta, o prazo de que dispomos para responder não corre (${cite}).`,
  needMoreTime: (reference, cite) =>
    `Precisamos de mais tempo para responder ao seu pedido ${reference}, como a lei permite (${cite}).`,
  theReason: 'O motivo:',
  newDeadline: (date) => `Responderemos até ${date}, o mais tardar.`,
  noSaleByPolicy: (reference) =>
    `Registámos o seu pedido ${reference} de oposição à venda dos seus dados pessoais. Como indica a nossa política de privacidade, não vendemos dados pessoais.`,
  completed: (reference) => `Concluímos o seu pedido ${reference}.`,
  completedInPart: (reference) => `Concluímos o seu pedido ${reference} em parte.`,
  questions: 'Se tiver alguma questão, responda a este e-mail.',
  labelled: (label, text) => `${label}: ${text}`,
  actionSeparator: '; ',
  systemsIntro: 'O que fizemos em cada um dos nossos sistemas:',
  untranslatedFacts: (language) =>
    `Alguns dos dados abaixo são citados tal como constam dos nossos registos, em ${language}.`,
  taskAction: {
    search: 'pesquisa dos seus dados',
    export: 'cópia dos seus dados',
    delete: 'apagamento dos seus dados',
    correct: 'retificação dos seus dados',
    restrict: 'limitação do tratamento dos seus dados',
  },
  nothingHeld: 'não continha dados seus',
  keptIntro: 'Apagámos os seus dados, exceto os seguintes, que temos de conservar:',
  keptFor: (period) => `conservação durante ${period}`,
  keptForUpTo: (period) => `conservação durante, no máximo, ${period}`,
  whileAccountOpen: 'conservação enquanto a sua conta estiver ativa',
  whileAccountOpenAndAfter:
    'conservação enquanto a sua conta estiver ativa e durante um período razoável após o seu encerramento',
  asLongAsNeeded: 'conservação apenas durante o tempo que essa finalidade exigir',
  legalObligation: (cite) => `para cumprir uma obrigação legal (${cite})`,
  legalClaims: (cite) =>
    `para efeitos de declaração, exercício ou defesa de um direito num processo judicial (${cite})`,
  recipientsTold: (cite) =>
    `Comunicámo-lo aos destinatários dos seus dados; a seu pedido, indicar-lhe-emos quem são (${cite}).`,
  keptOnlyForThat: (cite) => `Utilizamos os dados conservados apenas para essa finalidade (${cite}).`,
  cannotAct: (reference) => `Não podemos dar seguimento ao seu pedido ${reference}. O motivo:`,
  accessIntro: (cite) => `Juntamente com os seus dados, damos-lhe as seguintes informações (${cite}).`,
  purposes: 'Para que tratamos os seus dados:',
  categories: 'As categorias de dados que detemos:',
  recipients: 'Quem recebe os seus dados:',
  transfers: (cite) => `Transferências dos seus dados para outros países e respetivas garantias (${cite}):`,
  retention: 'Durante quanto tempo os conservamos:',
  source: 'A origem dos seus dados:',
  otherRights: 'Tem também o direito de nos pedir:',
  euComplaint: (authority, cite) =>
    `Tem o direito de apresentar reclamação a uma autoridade de controlo${
      authority
        ? `, no nosso caso ${authority.name} (${authority.url})`
        : ', em especial no Estado-Membro da sua residência habitual, do seu local de trabalho ou do local onde foi alegadamente praticada a infração'
    }, e de intentar uma ação judicial (${cite}).`,
  ukComplaint: (ico, cite) =>
    `Tem o direito de apresentar reclamação ao ${ico.name} (${ico.url}) e de fazer valer os seus direitos em tribunal (${cite}).`,
  ukControllerComplaint: (address, period, cite) =>
    `Se não estiver satisfeito com a forma como tratámos os seus dados pessoais, pode primeiro apresentar-nos uma reclamação em ${address}; a lei concede-nos ${period} para acusar a receção da reclamação, e informá-lo-emos do resultado sem demora injustificada (${cite}).`,
  ccpaKnowDenied: (cite) =>
    `Quando recusamos em parte um pedido de informação, fornecemos-lhe as restantes informações pedidas (${cite}).`,
  ccpaKnowUnverified: (cite, listed) =>
    `Como não conseguimos verificar a sua identidade, não lhe comunicamos nenhum dos seus dados pessoais (${cite}). A nossa política de privacidade descreve a forma como tratamos dados pessoais${listed ? '; em resumo:' : '.'}`,
  ccpaDeleteDenied: (cite) =>
    `Quando recusamos em parte um pedido de eliminação, eliminamos as informações pessoais não abrangidas pela exceção e não utilizamos as que conservamos para nenhuma outra finalidade (${cite}).`,
  ccpaCorrectDenied: (cite) =>
    `Se continuar a considerar as informações inexatas, pode enviar-nos documentos que fundamentem o seu pedido; iremos analisá-los e tê-los em conta (${cite}).`,
  ccpaDeletionRecord: (cite) =>
    `Conservamos um registo do seu pedido de eliminação e da nossa resposta, como a lei exige (${cite}).`,
  ccpaComplaint: (agency, attorneyGeneral) =>
    `Pode apresentar queixa à ${agency.name} (${agency.url}) ou ao ${attorneyGeneral.name} (${attorneyGeneral.url}).`,
  appealHow: (period, extension, cite) =>
    `Pode recorrer desta decisão: responda a este e-mail indicando que recorre, com os motivos que pretenda apresentar. Responderemos ao seu recurso por escrito no prazo de ${period} a contar da sua receção${extension ? `, prazo que podemos prorrogar por ${extension} se necessário, indicando-lhe os motivos` : ''} (${cite}).`,
  lgpdComplaint: (anpd, cite) =>
    `Tem o direito de peticionar à ${anpd.name} (${anpd.url}) relativamente aos seus dados e de defender os seus direitos em juízo (${cite}).`,
  pipedaComplaint: (commissioner, cite) =>
    `Tem o direito de apresentar queixa ao ${commissioner.name} (${commissioner.url}) e, após o respetivo relatório, de recorrer ao Tribunal Federal (${cite}).`,
  pipedaExtensionComplaint: (commissioner, cite) =>
    `Tem o direito de apresentar queixa relativamente a esta prorrogação ao ${commissioner.name} (${commissioner.url}) (${cite}).`,
  quebecComplaint: (commission, cite) =>
    `Pode pedir à ${commission.name} (${commission.url}) que examine este desacordo no prazo de 30 dias a contar desta carta. Se desejar, podemos ajudá-lo a compreender esta decisão (${cite}).`,
  quebecInquiry: (commission, cite) =>
    `Pode apresentar queixa à ${commission.name} (${commission.url}) (${cite}).`,
  appealReceived: (reference) => `Recebemos o seu recurso relativo ao pedido ${reference}.`,
  appealAnswerBy: (date, extension, cite) =>
    `Reapreciaremos a nossa decisão e responder-lhe-emos por escrito até ${date}, o mais tardar${extension ? `, salvo se tivermos de prorrogar este prazo por até ${extension}, o que lhe comunicaremos antes, com os motivos` : ''} (${cite}).`,
  appealDenied: (reference) =>
    `Analisámos o seu recurso relativo ao pedido ${reference}. Mantemos a nossa decisão inicial. O motivo:`,
  appealGranted: (reference) =>
    `Analisámos o seu recurso relativo ao pedido ${reference} e revogámos a nossa decisão inicial: vamos agora dar seguimento ao seu pedido. O motivo:`,
  attorneyGeneral: (contact, cite) =>
    `Se não concordar com esta decisão, pode apresentar queixa ao ${contact.name}: ${contact.url} (${cite}).`,
};
