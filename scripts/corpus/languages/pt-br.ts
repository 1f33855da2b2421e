// Brazilian Portuguese (first person is feminine, so the names are women's): LGPD (Lei 13.709/2018). Art. 18 lists all the data subject's rights, so "art. 18"
// here is NOT restriction; each inciso names the right. ANPD is the authority.
import { compactPack } from './compact.js';

export const ptBR = compactPack({
  id: 'pt-BR',
  language: 'pt',
  locale: 'pt-BR',
  country: 'Brazil',
  tz: '-0300',
  names: [
    'Camila Ribeiro',
    'Larissa Oliveira',
    'Fernanda Costa',
    'Patrícia Souza',
    'Juliana Almeida',
    'Beatriz Lima',
  ],
  law: 'Lei Geral de Proteção de Dados (LGPD)',
  authority: 'ANPD',
  articles: {
    access: 'art. 18, incisos I e II, da LGPD',
    rectification: 'art. 18, inciso III, da LGPD',
    erasure: 'art. 18, inciso VI, da LGPD',
    restriction: 'art. 18, inciso IV, da LGPD',
    objection: 'art. 18, § 2º, da LGPD',
    portability: 'art. 18, inciso V, da LGPD',
    withdraw_consent: 'art. 18, inciso IX, e art. 8º, § 5º, da LGPD',
    opt_out_sale: 'art. 18 da LGPD',
  },
  style: {
    hi: 'Oi, tudo bem?',
    dear: 'Prezados,',
    thanks: 'Valeu,',
    regards: 'Atenciosamente,',
    mobile: 'Enviado do meu celular',
    formalIntro: 'Venho, com base no art. 18 da {law}, exercer meus direitos como titular dos dados.',
    deadline: 'Peço resposta no prazo de 15 dias previsto no art. 19 da LGPD.',
    withdrawAny: 'Caso algum tratamento se baseie no meu consentimento, fica ele revogado a partir de agora.',
    angry: 'Já é a terceira vez que escrevo e ninguém responde. Isso é um absurdo.',
    complaint: 'Se não houver resposta em 15 dias, vou registrar reclamação na {authority} e no Procon.',
    context: 'Sou usuária do {product} desde {year}, principalmente para trabalho.',
    agent:
      'Represento {client}, conforme procuração assinada em anexo. Encaminho o pedido nas palavras do titular:',
    group: 'Esta carta segue o modelo do instituto de defesa do consumidor {group}; os dados são meus.',
    reply: 'Complementando minha mensagem anterior:',
    buriedBefore:
      'Tenho umas questões sobre minha conta. Desde a semana passada o painel me desloga a cada poucos minutos e o botão de exportar não funciona no Firefox.\n\nAlém disso, a nota fiscal {order} saiu com o valor errado, podem verificar?',
    buriedAfter: 'Voltando ao problema do login: começou depois da atualização de {date}.',
    ack: 'Recebemos sua solicitação de titular com o protocolo {ref}. Responderemos no prazo legal.',
    done: 'Sua solicitação {ref} foi concluída: sua conta e os dados pessoais vinculados foram eliminados.',
    wrote: 'Em {date}, {product} Privacidade <{org}> escreveu:',
  },
  subjects: [
    'Solicitação de acesso aos meus dados',
    'Correção dos meus dados',
    'Excluir minha conta',
    'Bloqueio dos meus dados',
    'E-mails de propaganda',
    'Portabilidade dos meus dados',
    'Revogação do consentimento',
    'Não vendam meus dados',
    'Minha conta',
    'Dúvida sobre meus dados',
  ],
  asks: [
    [
      'Quais dados pessoais vocês têm sobre mim? Podem me mandar uma cópia?',
      'Nos termos do {art}, solicito a confirmação da existência de tratamento e o acesso aos meus dados pessoais, com a indicação das finalidades, das entidades com as quais foram compartilhados e da origem dos dados.',
      'Faz dois anos que não uso o {product} e fiquei curiosa pra saber o que vocês ainda guardam de mim. Dá pra me mostrar tudo que está ligado a {email}?',
      'Informem quais categorias de dados pessoais vocês coletaram sobre mim, de quais fontes, para quê, e com quais empresas foram compartilhados.',
    ],
    [
      'Meu sobrenome está escrito "{wrong}" na conta e nas notas fiscais. O certo é "{last}". Podem corrigir?',
      'Com base no {art}, solicito a correção de dados inexatos: meu sobrenome consta como "{wrong}", e o correto é "{last}".',
      'Mudei de endereço e de e-mail. Atualizem meu cadastro para que tudo vá para {newEmail} daqui pra frente.',
      'Meu cadastro com vocês está desatualizado e incompleto: o endereço de cobrança não é meu há anos e falta meu nome completo. Por favor, atualizem.',
    ],
    [
      'Queria que vocês apagassem minha conta e todos os meus dados.',
      'Com fundamento no {art}, solicito a eliminação de todos os meus dados pessoais, inclusive a conta e os backups, ressalvadas as hipóteses legais de conservação.',
      'Cansei do {product}. Encerrem minha conta e apaguem tudo que vocês têm sobre mim, não vou voltar.',
      'Preferia que não sobrasse nada meu com vocês: nem conta, nem transcrições antigas, nem logs com meu nome. É só fazer tudo sumir.',
    ],
    [
      'Peço o bloqueio dos meus dados enquanto vocês analisam as cobranças contestadas da nota {order}.',
      'Com base no {art}, solicito o bloqueio dos meus dados, pois contesto a exatidão dos registros de uso da minha conta. Mantenham-nos apenas armazenados até a conclusão.',
      'Não apaguem nada, mas também não usem meus dados pra nada até resolverem minha reclamação sobre a nota {order}.',
      'Estou em um processo judicial com um ex-sócio por causa desta conta. Até a decisão, deixem meus dados exatamente como estão: intocados, sem uso e sem exclusão.',
    ],
    [
      'Parem de me mandar e-mails de propaganda, por favor. Só quero os avisos do serviço.',
      'Com base no {art}, oponho-me ao tratamento dos meus dados para análises e formação de perfil fundamentado no legítimo interesse de vocês.',
      'Não quero meus dados de uso nas pesquisas de produto nem nas estatísticas de vocês. Parem de usar para isso.',
      'NÃO encerrem minha conta. Só não quero mais newsletter nem promoções, e me avisem antes se a oposição for levar à exclusão da conta.',
    ],
    [
      'Vocês conseguem exportar meus dados em JSON ou CSV?',
      'Com base no {art}, solicito a portabilidade dos meus dados em formato estruturado e interoperável.',
      'Vou mudar para outra ferramenta e preciso de todos os projetos, histórico e configurações num arquivo que dê para importar lá.',
      'Transfiram os dados da minha conta diretamente para a {provider}, que assume esse trabalho no mês que vem. Eles esperam um arquivo JSON.',
    ],
    [
      'Revogo meu consentimento para a newsletter e para os cookies de análise.',
      'Nos termos do {art}, revogo o consentimento dado para o tratamento dos meus dados em análises de produto.',
      'No cadastro marquei a opção que deixa vocês usarem meus arquivos para melhorar os modelos. Estou desmarcando essa autorização.',
      'Autorizei vocês a usarem meu nome e minha foto num depoimento de cliente. Não autorizo mais: tirem do ar, por favor.',
    ],
    [
      'Não vendam nem compartilhem minhas informações pessoais.',
      'Com base no {art} e na CCPA (moro na Califórnia), determino que não vendam nem compartilhem minhas informações pessoais, inclusive para publicidade comportamental.',
      'Me tirem da publicidade direcionada e de qualquer perfil para anúncios.',
      'Vocês vendem meus dados? Se vendem, parem. Não quero minhas informações nem minha navegação indo para anunciantes ou corretores de dados.',
    ],
  ],
  multi: [
    'Primeiro me mandem uma cópia de todos os dados que vocês têm sobre mim. Depois, apaguem minha conta e todos os meus dados.',
    'Solicito acesso aos meus dados pessoais, com as finalidades e os compartilhamentos. Também me oponho a qualquer tratamento dos meus dados para marketing direto e perfilamento.',
    'Eliminem minha conta e meus dados pessoais. Até lá, oponho-me a qualquer uso dos meus dados para publicidade.',
  ],
  negatives: {
    billing: [
      'Cobrança duplicada {order}',
      'Oi,\n\nA fatura {order} ({amount}) foi cobrada duas vezes no cartão. Podem estornar?\n\n{name}',
    ],
    bug: [
      'Exportação dando erro 500',
      'Oi,\n\nDesde hoje cedo toda exportação dá erro 500 depois de 30 segundos. Job {order}. Tem alguma instabilidade?\n\n{name}',
    ],
    sales: [
      'Atenda pedidos LGPD em minutos',
      'Olá,\n\nNossa plataforma automatiza pedidos de acesso, exclusão e gestão de consentimento. Topam uma demo de 15 minutos?\n\n{name}\nComercial',
    ],
    vendor: [
      'Questionário de segurança de fornecedor',
      'Prezados,\n\nPara o cadastro de fornecedor, pedimos que preencham o questionário de segurança em anexo até o fim do mês.\n\n{name}\nCompras',
    ],
    dpa: [
      'Contrato de operador e suboperadores',
      'Olá,\n\nNosso jurídico precisa do contrato de tratamento de dados e da lista de suboperadores com a localização dos servidores.\n\n{name}',
    ],
    phishing: [
      'Urgente: confirme seu consentimento',
      'Prezado usuário,\n\nSua caixa postal será bloqueada se você não confirmar suas preferências de consentimento em 24 horas. Para cancelar o bloqueio, acesse: http://secure-verify.example.net/consentimento\n\nEquipe de segurança',
    ],
    policy_question: [
      'Retenção de logs',
      'Oi,\n\nPor quanto tempo vocês guardam os logs de requisições, e eles têm IP?\n\n{name}',
    ],
    sale_question: [
      'Vocês vendem dados?',
      'Oi,\n\nEstou comparando ferramentas para um cliente. O {product} vende ou compartilha dados de clientes com anunciantes?\n\n{name}',
    ],
    howto_delete_file: [
      'Apagar um job antigo',
      'Como apago só um job com erro da lista? Quero manter a conta.\n\n{name}',
    ],
    out_of_office: [
      'Resposta automática: {product}',
      'Obrigado pela mensagem. Estou fora do escritório até {date}. Assuntos urgentes: contato@example.com.\n\n{name}',
    ],
    thanks: [
      'RE: [{ref}] Sua solicitação foi concluída',
      'Obrigada pela rapidez. Podem encerrar o chamado.\n\n{first}',
    ],
  },
  weight: 4,
});
