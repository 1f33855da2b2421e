/**
 * Galician rights vocabulary: the GDPR and Spain's LOPDGDD in the words Galician speakers write to a service.
 * eld reads Galician as Portuguese or Spanish, whose full lexicons find about half of its asks; it is
 * recognised by its spelling (`spelling-language.ts`: one of "miña", "grazas", "unha" … decides) and read with the Portuguese
 * and Spanish lexicons beside this list (`classify-email.ts`), which holds what those two spell otherwise
 * ("corrixan", "opóñome", "non vendan", "deixen de enviarme").
 */
import { basicLexicon } from './build.js';

const GL_DATA = '(?:datos|información)';

export const gl = basicLexicon({
  language: 'gl',
  latin: true,
  data: 'datos|información|conta|perfil',
  consent: 'consentimento|autorización',
  names: {
    access: `dereito de acceso|copia d(?:os|a miña) ${GL_DATA}|acceso aos (?:meus )?${GL_DATA}`,
    rectification:
      'dereito de rectificación|(?:corrix|rectifiqu|actualic)\\w* (?:os |o |a )?(?:meus |meu |miña )?(?:datos|nome|enderezo)',
    erasure: `dereito (?:ao|de) (?:esquecemento|supresión)|(?<!non )(?:borr|elimin|suprim)\\w* (?:a miña conta|(?:todos )?os meus ${GL_DATA})`,
    restriction: 'limitación do tratamento|limiten o tratamento',
    objection: 'opóñome|dereito de oposición',
    portability: 'portabilidade',
    withdraw_consent: '(?:retiro|revogo|retirar|revogar)~{0,20}consentimento',
    opt_out_sale: 'non (?:os )?vendan|non (?:os )?compartan',
  },
  verbs: {
    access: 'envíenme|mándenme',
    rectification: 'corrixan|corríxano|corríxanos|corrixir|rectifiquen|actualicen',
    erasure: 'bórrena|bórreos|elimínena|elimínenos|suprímanos',
    restriction: 'restrinxan|restrinxir',
    objection: 'opóñome|oposición',
    portability: 'transfiran|transferir',
    withdraw_consent: 'retiro|revogo',
    opt_out_sale: 'vendan|vendelos',
  },
  extra: {
    access: [[1, `que ${GL_DATA} (?:persoais )?(?:gardan|teñen|conservan)~{0,30}(?:sobre min|de min)`]],
    rectification: [[1, '(?:nome|enderezo|teléfono)~{0,30}(?:mal escrito|está mal|incorrecto)']],
    objection: [
      [
        1,
        '(?:deixen de|non me)~{0,20}(?:enviar|mandar)\\w*~{0,30}(?:publicidade|promocións|boletíns|mercadotecnia)',
        'absorbable',
      ],
    ],
    portability: [[1, '(?:levar|transferir|pasar) os meus datos~{0,30}(?:outro|outra)']],
  },
  keepAccount: 'non (?:borren|eliminen|pechen) a miña conta',
  // "Venden vostedes os datos dos clientes?" asks about the practice.
  hypothetical:
    'venden (?:vostedes )?(?:os )?datos|comparten (?:vostedes )?(?:os )?datos|se borro~{0,40}que pasa',
});
