/**
 * Portuguese cues (European and Brazilian) for rights asked in everyday words that never name them (eleventh
 * round): consent taken back ("retiro o sim que dei", "não concordo mais que", "desmarquem o que marquei"),
 * data kept but left alone ("deixem meus dados em pausa", "guardem-nos mas não os usem"), not being analysed
 * ("não quero ser perfilado"), a field wrong ("meu sobrenome se escreve com z"). Joined to `pt.ts`;
 * sentences and near misses in `implicit-asks-pt.test.ts`.
 */
import type { Cues } from './join-cues.js';

const MY_DATA = '(?:os |as )?(?:meus|minhas|todos os meus) (?:\\w+ )?(?:dados|informações)\\b';
const PURPOSE = '(?:trein|pesquisa|investigação|análise|analis|perfil|estatística|melhor)\\w*';

export const ptImplicit: Cues = {
  withdraw_consent: [
    [1, '\\b(?:retiro|tiro|cancelo|anulo)\\b~{0,5}\\b(?:o|meu|o meu) (?:sim|ok|aceite|consentimento)\\b'],
    [
      1,
      '\\b(?:não concordo mais|já não concordo) (?:que|com (?:o uso|o tratamento|o envio|a recolha|a coleta|o compartilhamento|a partilha))\\b',
    ],
    [
      1,
      '\\bjá não (?:vos |lhes )?(?:autorizo|permito)\\b|\\bnão (?:vos |lhes )?(?:autorizo|permito) mais\\b|\\bnão (?:têm|tem) mais (?:a )?minha (?:autorização|permissão)\\b',
    ],
    [1, '\\bdesmarq\\w*\\b~{0,40}\\b(?:marquei|consentimento|newsletter|cookies?|aceitei|autorizei)\\b'],
    [
      1,
      '\\b(?:aceitei|disse que sim|consenti|marquei|autorizei)\\b~{0,40}\\b(?:por engano|sem querer|por erro|por acidente)\\b|\\b(?:por engano|sem querer)\\b~{0,20}\\b(?:aceitei|disse que sim|consenti|marquei)\\b',
    ],
    [
      1,
      '\\b(?:volto atrás|voltei atrás|mudei de ideia|mudei de opinião)\\b~{0,40}\\b(?:aceitei|consenti|autorizei|marquei|consentimento|autorização)\\b',
    ],
  ],
  restriction: [
    [
      1,
      `\\b(?:deix|coloqu|pon|ponh|mantenh|guard)\\w*\\b~{0,5}\\b${MY_DATA}~{0,10}\\bem (?:pausa|espera|suspenso|stand-?by)\\b`,
    ],
    [
      1,
      `\\b(?:guard|conserv|mantenh|mant)\\w*\\b~{0,5}\\b${MY_DATA}~{0,20}\\bmas\\b~{0,25}\\bnão (?:os |as )?(?:us|utiliz|trat|mex|toqu)\\w*`,
    ],
    [
      1,
      '\\bnão (?:apaguem|excluam|eliminem|apaguem)\\b~{0,20}\\bmas\\b~{0,30}\\b(?:parem de|deixem de|não) (?:os |as )?(?:us|utiliz|trat)\\w*',
    ],
    [
      1,
      `\\b(?:até|enquanto)\\b~{0,60}\\bnão (?:façam|mexam|toquem)\\b~{0,10}\\b(?:nada )?(?:com |em |nos )?${MY_DATA}|\\bnão (?:façam|mexam) (?:nada )?(?:com |em |nos )?${MY_DATA}~{0,50}\\b(?:até|enquanto)\\b`,
    ],
  ],
  objection: [
    [1, '\\bnão (?:quero|desejo|aceito) que (?:me |vocês )?(?:analis|perfil|monitor|vigi)\\w*'],
    [1, '\\bnão (?:quero|desejo) (?:mais )?ser (?:perfilad|analisad|monitorad|vigiad)\\w*'],
    [
      1,
      '\\bnão (?:façam|criem|montem|tracem) (?:um |nenhum )?perfil\\b~{0,10}\\b(?:de mim|sobre mim|meu)\\b|\\bnada de perfilamento\\b',
    ],
    [
      1,
      `\\bnão (?:quero|desejo) que\\b~{0,10}\\b${MY_DATA}~{0,20}\\b(?:usad|utilizad|tratad)\\w*\\b~{0,10}\\b(?:para|em|na|no)\\b~{0,20}\\b${PURPOSE}|\\bnão (?:quero|desejo) que (?:usem|utilizem)\\b~{0,5}\\b${MY_DATA}~{0,10}\\bpara\\b~{0,15}\\b${PURPOSE}`,
    ],
  ],
  rectification: [
    [1, '\\b(?:meu|o meu) (?:\\w+ )?(?:sobrenome|apelido|nome)\\b~{0,5}\\b(?:se escreve|escreve-se)\\b'],
    [
      1,
      '\\b(?:telefone|número|telemóvel|celular|e-?mail|endereço|morada)\\b~{0,25}\\b(?:têm|consta)\\b~{0,10}\\b(?:não é mais|já não é) (?:o |a )?(?:meu|minha)\\b',
    ],
  ],
  portability: [
    [1, `\\bexport\\w*\\b~{0,40}\\bpara (?:eu )?poder\\b~{0,10}\\b(?:mudar|passar|migrar|trocar)\\b`],
    [
      1,
      '\\b(?:arquivo|ficheiro)\\b~{0,30}\\b(?:o meu|meu|o|a minha|minha) (?:nov[oa] )?(?:fornecedor|prestador|operadora|serviço|banco|ferramenta|plataforma)\\b~{0,15}\\b(?:consiga|possa|pode|consegue) (?:ler|abrir|importar|usar)\\b',
    ],
  ],
  access: [
    [
      1,
      `\\ba quem (?:deram|passaram|venderam|cederam|enviaram|vocês deram)\\b~{0,5}\\b${MY_DATA}|\\bpara que (?:usam|utilizam|tratam|vocês usam) ${MY_DATA}`,
    ],
    [
      1,
      '\\b(?<!tudo )(?<!tudo aquilo )o que (?:vocês |voces )?(?:sabem|guardam|armazenam|têm) (?:sobre|de) mim\\b',
    ],
    [
      1,
      '\\b(?:onde|de onde|como) (?:vocês )?(?:conseguiram|obtiveram|arranjaram|pegaram|tiraram)\\b~{0,5}\\b(?:o |a )?(?:meu|minha|meus) (?:\\w+ )?(?:endereço|email|e-mail|número|telefone|contacto|contato|dados|morada)\\b',
    ],
  ],
  erasure: [
    [
      1,
      `\\blivrem-se\\b~{0,20}\\b(?:tudo|os meus|meus)\\b~{0,30}(?:sobre mim|de mim|dados)|\\b(?:tirem-me|removam-me|me tirem|me removam)\\b~{0,20}\\bd(?:os|as) (?:vossos|seus|vossas|suas) (?:sistemas|bases|arquivos|ficheiros|registos|registros)\\b|\\b(?:joguem|deitem) fora\\b~{0,10}\\b${MY_DATA}`,
    ],
    [1, '\\besqueçam-me\\b|\\besqueçam (?:de )?mim\\b|\\bme esqueçam\\b'],
    [1, '\\bfaçam desaparecer\\b~{0,15}\\b(?:os meus|todos os meus|meus|tudo)\\b'],
  ],
  opt_out_sale: [
    [
      1,
      `\\bnão (?:os|as|me) (?:passem|deem|vendam|cedam|partilhem|compartilhem|repassem) (?:a|para|com) (?:terceiros|outras empresas|anunciantes|parceiros)\\b|\\bnão quero que ${MY_DATA}~{0,30}\\b(?:nas mãos de|com|em) (?:corretores|terceiros|anunciantes|brokers|outras empresas)\\b`,
    ],
    [
      1,
      `\\b(?:parem|deixem) de (?:partilhar|compartilhar|vender|ceder|repassar|passar)\\b~{0,10}\\b${MY_DATA}`,
    ],
    [
      1,
      `\\bnão (?:autorizo|permito|aceito|quero) que (?:\\w+ )?(?:partilhem|compartilhem|vendam|cedam|repassem)\\b~{0,30}\\b${MY_DATA}`,
    ],
  ],
};
