// Portuguese (Portugal): RGPD citations, CNPD.
import { compactPack } from './compact.js';
import { gdprArticles } from './gdpr.js';

export const pt = compactPack({
  id: 'pt',
  locale: 'pt-PT',
  country: 'Portugal',
  tz: '+0000',
  legacyCharset: 'iso-8859-1',
  names: ['Inês Carvalho', 'João Ferreira', 'Beatriz Sousa', 'Rui Martins', 'Mariana Lopes', 'Tiago Pereira'],
  law: 'Regulamento Geral sobre a Proteção de Dados (RGPD)',
  authority: 'CNPD',
  articles: gdprArticles(
    (n) => `artigo ${n}.º do RGPD`,
    'artigo 7.º, n.º 3, do RGPD',
    'secção 1798.120 do CCPA',
  ),
  style: {
    hi: 'Olá,',
    dear: 'Exmos. Senhores,',
    thanks: 'Cumprimentos,',
    regards: 'Com os melhores cumprimentos,',
    mobile: 'Enviado do meu telemóvel',
    formalIntro: 'Venho, por este meio, exercer os direitos que me confere o {law}.',
    deadline:
      'Agradeço resposta no prazo de um mês previsto no artigo 12.º do RGPD, com confirmação por escrito.',
    withdrawAny: 'Na medida em que algum tratamento se baseie no meu consentimento, retiro-o por este meio.',
    angry: 'É a terceira vez que escrevo e ninguém me respondeu. É inaceitável.',
    complaint: 'Se não tiver resposta no prazo de um mês, apresentarei queixa à {authority}.',
    context: 'Utilizo o {product} desde {year}, sobretudo por motivos profissionais.',
    reply: 'Em complemento à minha mensagem anterior:',
    ack: 'Recebemos o seu pedido sobre dados pessoais com a referência {ref}. Responderemos dentro do prazo legal.',
    wrote: 'Em {date}, {product} Privacidade <{org}> escreveu:',
  },
  subjects: [
    'Pedido de acesso aos dados',
    'Retificação dos meus dados',
    'Apagar a minha conta',
    'Limitação do tratamento',
    'E-mails publicitários',
    'Exportação dos meus dados',
    'Retirada do consentimento',
    'Não vendam os meus dados',
    'A minha conta',
    'Dúvida sobre os meus dados',
  ],
  asks: [
    [
      'Que dados pessoais têm sobre mim? Enviem-me uma cópia, por favor.',
      'Nos termos do {art}, solicito que me confirmem se tratam dados pessoais que me digam respeito e, em caso afirmativo, uma cópia, com as finalidades, os destinatários, o prazo de conservação e a origem.',
      'Há dois anos que não uso o {product} e gostava de saber o que ainda guardam sobre mim. Podem mostrar-me tudo o que está ligado a {email}?',
      'Indiquem-me que tipos de informação recolheram sobre mim, de onde vem, para que a usam e a quem a transmitiram.',
    ],
    [
      'O meu apelido aparece como «{wrong}» na conta e nas faturas. O correto é «{last}». Corrijam, por favor.',
      'Nos termos do {art}, solicito a retificação de um dado inexato: o meu apelido está registado como «{wrong}» e o correto é «{last}».',
      'Mudei de casa e de e-mail. Atualizem os meus dados para que tudo passe a ir para {newEmail}.',
      'O perfil que têm de mim está desatualizado e incompleto: a morada de faturação já não é minha há anos e falta o nome completo. Atualizem-no, por favor.',
    ],
    [
      'Por favor, apaguem a minha conta e todos os dados pessoais que têm sobre mim.',
      'Nos termos do {art}, solicito o apagamento de todos os meus dados pessoais, incluindo a conta e as cópias de segurança, salvo obrigação legal de conservação.',
      'Acabou para mim o {product}. Fechem a conta e limpem tudo o que têm sobre mim, não vou voltar.',
      'Preferia que não ficasse nada meu convosco: nem conta, nem transcrições antigas, nem registos com o meu nome. Façam simplesmente tudo desaparecer.',
    ],
    [
      'Limitem o tratamento dos meus dados enquanto analisam as cobranças contestadas da fatura {order}.',
      'Nos termos do {art}, solicito a limitação do tratamento, pois contesto a exatidão dos dados de utilização associados à minha conta. Limitem-se a conservá-los até ao esclarecimento.',
      'Não apaguem nada, mas também não usem os meus dados para nada até a minha reclamação sobre a fatura {order} estar resolvida.',
      'Estou em litígio com um antigo sócio por causa desta conta. Até haver decisão, mantenham os meus dados exatamente como estão: intactos, sem uso e sem apagar.',
    ],
    [
      'Deixem de me enviar e-mails publicitários, por favor. Só quero as mensagens do serviço.',
      'Nos termos do {art}, oponho-me ao tratamento dos meus dados para análise e definição de perfis com base no vosso interesse legítimo.',
      'Não quero que os meus dados de utilização entrem nos vossos estudos de produto ou estatísticas. Parem com isso.',
      'NÃO fechem a minha conta. Só não quero mais newsletters nem promoções, e avisem-me antes se a oposição implicar o apagamento da conta.',
    ],
    [
      'Podem enviar-me uma exportação dos meus dados em JSON ou CSV?',
      'Nos termos do {art}, solicito os dados que vos forneci num formato estruturado, de uso corrente e de leitura automática.',
      'Vou mudar para outra ferramenta e preciso de todos os projetos, do histórico e das definições num ficheiro que possa importar lá.',
      'Transmitam os dados da minha conta diretamente à {provider}, que fica com este trabalho no próximo mês. Estão à espera de um ficheiro JSON.',
    ],
    [
      'Retiro o meu consentimento para a newsletter e para os cookies analíticos.',
      'Retiro, com efeitos futuros, o consentimento dado nos termos do {art} para o tratamento dos meus dados para análise de produto.',
      'No registo marquei a opção que vos deixa usar os conteúdos que carrego para melhorar os vossos modelos. Revogo essa adesão.',
      'Autorizei-vos a usar o meu nome e a minha fotografia num caso de cliente. Já não autorizo: retirem-nos, por favor.',
    ],
    [
      'Não vendam nem partilhem as minhas informações pessoais.',
      'Nos termos da {art}, peço que não vendam nem partilhem as minhas informações pessoais, nem para publicidade comportamental. Resido na Califórnia.',
      'Excluam-me da publicidade direcionada e de qualquer perfil publicitário.',
      'Vendem os meus dados? Se sim, parem. Não quero que as minhas informações nem a minha navegação cheguem a anunciantes ou corretores de dados.',
    ],
  ],
  multi: [
    'Primeiro enviem-me uma cópia de todos os dados que têm sobre mim. Depois de a receber, apaguem a conta e todos os meus dados.',
    'Solicito acesso aos meus dados pessoais, incluindo finalidades e destinatários. Oponho-me ainda a qualquer tratamento dos meus dados para marketing direto e definição de perfis.',
    'Apaguem a minha conta e os meus dados pessoais. Até lá, oponho-me a qualquer uso dos meus dados para publicidade.',
  ],
  negatives: {
    billing: [
      'Cobrança em duplicado {order}',
      'Olá,\n\nA fatura {order} ({amount}) foi cobrada duas vezes. Podem devolver o valor em duplicado?\n\n{name}',
    ],
    bug: [
      'Exportação falha com erro 500',
      'Olá,\n\nDesde esta manhã todas as exportações falham com erro 500. Tarefa {order}. Há alguma avaria?\n\n{name}',
    ],
    dpa: [
      'Acordo de subcontratação',
      'Olá,\n\nO nosso departamento jurídico precisa do vosso acordo de tratamento de dados e da lista de subcontratantes com as respetivas localizações.\n\n{name}',
    ],
    phishing: [
      'Urgente: confirme o seu consentimento',
      'Caro utilizador,\n\nA sua caixa de correio será suspensa se não confirmar as definições de consentimento em 24 horas. Para recusar a suspensão, entre aqui: http://secure-verify.example.net/consentimento\n\nEquipa de segurança',
    ],
    policy_question: [
      'Conservação de registos',
      'Olá,\n\nDurante quanto tempo guardam os registos de pedidos e incluem endereços IP?\n\n{name}',
    ],
    sale_question: [
      'Vendem dados de clientes?',
      'Olá,\n\nEstou a comparar ferramentas para um cliente. O {product} vende ou partilha dados com anunciantes?\n\n{name}',
    ],
    out_of_office: [
      'Resposta automática: {product}',
      'Obrigado pela sua mensagem. Estou ausente até {date} e não leio o correio. Em caso de urgência: geral@example.com.\n\n{name}',
    ],
    sales: [
      'Pedidos RGPD tratados em minutos',
      'Olá,\n\nA nossa plataforma automatiza pedidos de acesso, de apagamento e registos de consentimento. Têm 15 minutos para uma demonstração?\n\n{name}',
    ],
  },
  weight: 2,
});
