// Sentences written for this test, not taken from any set (European and Brazilian Portuguese).
import { describeImplicitAsks } from './implicit-asks.test-support.js';

describeImplicitAsks(
  'pt',
  {
    withdraw_consent: [
      'Retiro o sim que dei para a newsletter.',
      'Não concordo mais que usem meus dados para publicidade.',
      'Desmarquem tudo o que eu marquei no cadastro.',
      'Aceitei os cookies por engano, cancelem isso por favor.',
      'Já não vos autorizo a usar os meus dados.',
      'Volto atrás no que aceitei quando me registei.',
    ],
    restriction: [
      'Congelem os meus dados até analisarem a minha reclamação.',
      'Deixem meus dados em pausa enquanto verificam.',
      'Guardem os meus dados mas não os usem por agora.',
      'Não apaguem nada ainda, mas parem de usar meus dados até isso ser resolvido.',
      'Bloqueiem os meus dados até verificarem a morada.',
      'Até analisarem a minha queixa, não façam nada com os meus dados.',
    ],
    objection: [
      'Não quero que analisem os meus hábitos.',
      'Parem de usar meus dados para pesquisa.',
      'Não quero ser perfilado.',
      'Não façam um perfil de mim.',
      'Não quero que meus dados sejam usados para treinar a vossa IA.',
      'Não quero ser analisado nem monitorado.',
    ],
    rectification: [
      'Vocês têm a minha data de nascimento errada, é 3 de março de 1985.',
      'Meu sobrenome se escreve com z.',
      'A minha morada está desatualizada, agora moro na Rua das Flores 5.',
      'Meu nome está escrito errado na conta.',
      'O telefone que vocês têm não é mais o meu.',
      'Atualizem o meu email para este novo.',
    ],
    portability: [
      'Mandem meus dados num arquivo que o meu novo fornecedor consiga ler.',
      'Transfiram os meus dados diretamente para a minha nova operadora.',
      'Exportem tudo o que tenho convosco para eu poder mudar para a concorrência.',
      'Quero os meus dados num formato legível por máquina.',
      'Vou mudar de fornecedor, deem-me os meus dados para levar.',
    ],
    access: [
      'O que vocês sabem sobre mim?',
      'Onde conseguiram o meu endereço?',
      'A quem deram os meus dados?',
      'Mostrem-me o que têm sobre mim.',
      'Para que usam os meus dados?',
    ],
    erasure: [
      'Esqueçam-me.',
      'Façam desaparecer todos os meus dados.',
      'Livrem-se de tudo o que têm sobre mim.',
      'Tirem-me completamente dos vossos sistemas.',
      'Fechem a minha conta e joguem fora todos os meus dados.',
    ],
    opt_out_sale: [
      'Não vendam os meus dados.',
      'Parem de partilhar os meus dados com anunciantes.',
      'Guardem os meus dados para vocês, não os passem a terceiros.',
      'Não quero que os meus dados acabem nas mãos de corretores de dados.',
    ],
  },
  [
    'Posso retirar o consentimento mais tarde?',
    'Como altero a morada se estiver errada?',
    'Congelem o projeto até o cliente aprovar.',
    'O valor da fatura está errado.',
    'Vocês analisam os hábitos dos clientes?',
    'Podem exportar as faturas em CSV?',
    'Livrem-se das faturas duplicadas, por favor.',
  ],
  [
    ['Fechem a minha conta e apaguem tudo o que têm sobre mim.', 'access'],
    ['Retiro o consentimento para os cookies de análise, não quero ser rastreado.', 'objection'],
  ],
);
