/** Portuguese cues (RGPD in Portugal and LGPD in Brazil: acesso, retificação, eliminação, portabilidade). */
import { joinCues } from './join-cues.js';
import { ptImplicit } from './pt-implicit.js';
import { saleWording } from './sale-wording.js';
import { restrictionPending } from './restriction-pending.js';
import { ptPlain } from './plain-romance.js';
import type { Lexicon } from './types.js';

export const pt: Lexicon = {
  language: 'pt',
  cues: joinCues(
    {
      access: [
        [
          1,
          'com quem\\b~{0,20}\\b(?:compartilh|partilh|divulg|vend)\\w*\\b~{0,15}\\b(?:meus|os meus|minhas|as minhas)|empresas que receberam (?:as )?(?:minhas|meus)|cópia do que (?:vocês )?(?:têm|tem|guardam) sobre mim',
        ],
        // LGPD Art. 20 §1: the criteria of an automated decision.
        [
          1,
          'critérios (?:e (?:os )?procedimentos )?(?:usados|utilizados|aplicados)|informações sobre os critérios',
        ],
        [2, 'direito de acesso|(?:pedido|solicito|solicitar|pedir) (?:o )?acesso|acesso aos (?:meus )?dados'],
        [1, 'cópia dos (?:meus )?dados', 'absorbable'],
        [1, 'quais (?:os )?dados\\b~{0,40}\\b(?:têm|tratam|guardam|mantêm|possuem)'],
        [0.5, 'finalidades|destinatários'],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          'o que (?:vocês |vós )?ainda (?:guardam|têm|mantêm|possuem) (?:sobre|de) mim|(?:mostrar|ver)\\w*\\b~{0,20}\\btudo\\b~{0,30}\\b(?:ligado|associado|vinculado)',
        ],
        // LGPD Art. 18 I (confirmation that data is processed) and VII (with whom it was shared); Art. 15(1)(g).
        [2, 'confirmação da existência (?:de|do) tratamento'],
        [
          1,
          '(?:que|quais) (?:os )?dados(?: pessoais)?\\b~{0,40}\\b(?:têm|tem|tratam|guardam|mantêm|possuem|armazenam|coletaram|recolheram)\\b~{0,20}\\b(?:sobre|de) mim|(?:com )?(?:quais|que) (?:empresas|terceiros|entidades|parceiros)\\b~{0,40}\\b(?:compartilh|partilh|vend|transmit|envi|ced)\\w*\\b~{0,20}\\b(?:meus|os meus|minhas?)\\b|de onde (?:vocês )?(?:obtiveram|tiraram|conseguiram) (?:o )?(?:meu|minha|meus)',
        ],
        [1, 'cópia (?:de todos os|integral dos|completa dos) (?:meus )?dados', 'absorbable'],
      ],
      rectification: [
        [2, 'retifica\\w*|rectifica\\w*'],
        [
          1,
          '(?:corrig|atualiz|alter|modific)\\w*\\b~{0,40}\\b(?:nome|morada|endereço|e-mail|email|dados|nif|cadastro|registo|ficha|perfil)',
        ],
        // Not "fatura com NIF errado": an invoice to reissue is billing.
        [
          1,
          '(?:morada|endereço|nome|(?<!fatura com )nif|cpf|data de nascimento|telefone)\\b~{0,30}\\b(?:desatualizad|errad|incorret)',
        ],
        [
          1,
          'correção (?:do|da|dos|das) (?:meu|minha|meus|minhas)\\b|(?:corrij|corrig)\\w*\\b~{0,20}\\b(?:cpf|data de nascimento|telefone|apelido|sobrenome)',
        ],
      ],
      erasure: [
        // The data named, then erased by a pronoun: "têm o meu e-mail; apaguem-no".
        [
          1,
          '(?:meu|minha|meus|minhas) (?:endereço|dados|e-?mail|número|informações|telefone)\\b[^\\n]{0,100}\\b(?:apag|elimin|exclu|remov)\\w*-(?:na|no|nas|nos|a|o|as|os)\\b',
        ],
        // "Podem eliminar, não quero que fiquem com eles."
        [
          1,
          'não quero que (?:vocês )?(?:fiquem|continuem) com (?:eles|elas|os meus dados|meus dados|as minhas informações|nada)',
        ],
        [
          0.5,
          '(?:podem|pode) (?:eliminar|apagar|excluir|deletar)(?:-los|-las)?\\b(?! (?:o|a|os|as) (?:projeto|arquivo|ficheiro|fatura|job|trabalho))',
        ],
        [2, 'direito (?:ao esquecimento|à eliminação|ao apagamento)'],
        [1.5, '(?:elimin|exclu|apag|encerr|delet)\\w*\\b~{0,40}\\b(?:conta|dados|informações|perfil)'],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          '(?:limpem|apaguem|eliminem|removam|apagar|limpar) tudo\\b~{0,30}\\b(?:sobre mim|de mim|que (?:vocês )?têm)',
        ],
        // "Gostava de saber que dados guardam e depois que os eliminem todos".
        [
          1,
          'que (?:depois |em seguida |também )?(?:os|as|o|a) (?:eliminem|apaguem|excluam|removam|deletem)\\b',
        ],
        [
          1,
          '(?:fazer|façam) (?:tudo )?desaparecer (?:tudo|os meus dados|a minha conta)|(?:fazer|façam) tudo desaparecer|não (?:guardem|mantenham|fiquem com) nada (?:sobre|de) mim',
        ],
        // "Tirem-me dos vossos sistemas", "me apaguem de tudo".
        [
          1,
          '(?:tirem|removam|apaguem|excluam|eliminem)(?:-me| me)\\b~{0,20}\\b(?:sistemas?|base de dados|bases|registos|registros|cadastros?|tudo)|me (?:tirem|removam|apaguem|excluam|eliminem) (?:de|dos|da|das) (?:tudo|vossos|seus|sistemas?|base|registos|registros|cadastros?)',
        ],
      ],
      restriction: [
        // "Suspendam qualquer tratamento", "usem os meus dados só para a faturação" (Art. 18(1)).
        [
          1.5,
          '(?:suspend|congel)\\w*\\b~{0,30}\\b(?:(?:o|todo|qualquer) (?:tratamento|uso)|(?:os )?meus dados)',
        ],
        [1, '(?:usem|utilizem|tratem) (?:os )?meus dados (?:apenas|somente|só) para\\b'],
        [2, 'limitação do tratamento|restrição do tratamento|limit\\w*\\b~{0,30}\\btratamento'],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          'não (?:usem|utilizem|tratem|usar)\\b~{0,20}\\b(?:os )?(?:meus )?dados\\b~{0,40}\\b(?:até|enquanto)',
        ],
        [
          1,
          '(?:deixem|mantenham|guardem)\\b~{0,30}\\b(?:os )?(?:meus )?dados\\b~{0,30}\\b(?:intactos|como estão|sem uso|congelados|inalterados)',
        ],
        // LGPD Art. 18 IV speaks of "bloqueio" of unnecessary data.
        [1.5, 'bloqueio (?:dos|de) (?:meus )?dados|bloque(?:ar|iem) (?:os )?(?:meus )?dados'],
      ],
      objection: [
        // LGPD Art. 20: review of an automated decision by a person.
        [
          1,
          'revis(?:ão|ar|em)\\b~{0,30}\\bdecis(?:ão|ões)\\b~{0,40}\\b(?:automatizad|automátic|por uma pessoa|humana)',
        ],
        [
          1,
          '(?:parem|deixem) de (?:me )?(?:ligar|telefonar|contactar|contatar)|não me liguem mais',
          'absorbable',
        ],
        [
          1,
          '(?:não (?:usem|utilizem)|parem de (?:usar|utilizar)|deixem de (?:usar|utilizar))\\b~{0,30}\\b(?:os )?meus (?:\\w+ )?(?:dados|registros|registos|conteúdos)\\b~{0,20}\\bpara\\b~{0,20}\\b(?:desenvolvimento|melhoria|análise|estatística|pesquisa|publicidade|marketing)',
        ],
        [2, 'oponho-me|me oponho|oposição ao tratamento|direito de oposição'],
        [
          1,
          'não (?:quero )?receber mais|descadastr\\w*|cancelar a (?:minha )?inscrição|remover(?:-me)? da lista',
          'absorbable',
        ],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          'não quero (?:que )?(?:os )?meus dados\\b~{0,50}\\b(?:estudos|pesquisas?|estatísticas|análises|marketing|publicidade|perfis|treino|modelos)',
        ],
        [0.5, 'parem (?:com isso|de usar)', 'absorbable'],
        // "Parem de mandar email de promoção", "deixem de me enviar", "me tira da lista", "quero sair das listas".
        [
          1,
          '(?:deixem|deixe|deixa|parem|pare|para) de (?:me )?(?:mandar|enviar|escrever)|não quero mais receber|(?:tir|remov)\\w*(?:-me)? da(?:s)? (?:vossa |sua )?lista|sair da(?:s)? (?:vossas? |suas? )?listas?',
          'absorbable',
        ],
        // "Não usem os meus dados para treinar IA" (Art. 21(1)).
        [
          1,
          '(?:não (?:usem|utilizem)|parem de (?:usar|utilizar)|deixem de (?:usar|utilizar))\\b~{0,40}\\b(?:ia|inteligência artificial|trein\\w*|modelos?)\\b',
        ],
      ],
      portability: [
        [2, 'portabilidade'],
        [1.5, 'formato estruturado|leitura automática|legível por máquina'],
        [0.5, 'outr[oa] (?:serviço|fornecedor|plataforma|empresa)'],
        [
          1,
          '(?:levar|transferir|transmitir|migrar)\\w*\\b~{0,40}\\b(?:dados|conta)|(?:dados|conta)\\b~{0,40}\\b(?:levar|transferir|transmitir|migrar)',
        ],
        [1, 'export\\w*\\b~{0,30}\\b(?:dados|conta)'],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          '(?:ficheiro|arquivo|formato|exporta\\w*)\\b~{0,30}\\b(?:possa|dê para|consiga) importar|importar lá',
        ],
        [1, '(?:envi|transmit|transfir|mand)\\w*\\b~{0,40}\\bdiretamente (?:a|ao|à|para)\\b(?! mim\\b)'],
        [0.5, 'outra ferramenta'],
      ],
      withdraw_consent: [
        [2, '(?:retir|revog)\\w*\\b~{0,30}\\bconsentimento'],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          '(?:revogo|retiro|cancelo|desmarco|desmarcando|retirando|revogando)\\b~{0,15}\\b(?:essa|esta|a minha|minha|a)\\s?(?:adesão|autorização|permissão|opção|opt-in)',
        ],
        [2, 'consentimento\\b~{0,50}\\b(?:retiro-o|revogo-o|fica (?:ele )?revogado|o retiro|o revogo)'],
        [2, 'consentimento\\b~{0,60}\\b(?:revogá-lo|retirá-lo)'],
      ],
      opt_out_sale: [
        [2, 'não (?:vendam|vender|compartilhem|partilhem)|publicidade (?:direcionada|dirigida|segmentada)'],
      ],
    },
    ptPlain,
    ptImplicit,
    saleWording.pt,
    restrictionPending.pt,
  ),
  negation: 'não|nao|nunca|nem',
  negationExceptions: '\\s*(?:\\S+ ){0,2}?(?:recebi|recebemos|recebido|obtive|obtivemos)',
  erasureVerbs: 'elimin\\w*|exclu\\w*|apag\\w*',
  keepAccount:
    '(?:manter|ficar com) (?:a )?(?:minha )?conta|a conta pode ficar|(?:ainda )?(?:uso|preciso d)a (?:minha )?conta',
  // A policy question, not an ask: a hypothetical, a how-to question about doing it oneself, a question
  // about requests in general (how many, their handling; a press or research enquiry).
  hypothetical:
    '\\b(?:posso|poderei|poderia)\\b~{0,40}\\b(?:mais tarde|mais adiante)\\b|\\bcomo (?:altero|mudo|corrijo|apago|excluo|exporto)\\b|quant[ao]s~{0,40}(?:solicitações|requisições|pedidos)|\\bpara (?:uma|um) (?:matéria|reportagem|artigo)\\b|\\b(?:gestão|número|volume) (?:de|das|dos) (?:solicitações|requisições|pedidos)\\b|se um dia|caso um dia|se algum dia|no futuro|hipoteticamente|se eu (?:vos |lhes )?(?:pedisse|solicitasse)|\\bcomo (?:posso|faço para|faço pra)\\b~{0,45}\\b(?:alterar|mudar|apagar|excluir|exportar)\\b|\\b(?:eu )?ia (?:pedir|solicitar|escrever)\\b[^.?!\\n]{0,80}\\bmas\\b',
  earlier: 'já (?:pedi|solicitei)',
};
