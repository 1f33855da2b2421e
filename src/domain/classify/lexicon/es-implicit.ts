/**
 * Spanish cues for rights asked in everyday words that never name them (eleventh round): consent taken back
 * ("retiro el sí que di", "ya no estoy de acuerdo con que", "desmarquen lo que marqué"), data kept but left
 * alone ("dejen mis datos en pausa", "guárdenlos pero no los usen"), not being analysed ("no quiero que me
 * perfilen"), a field wrong ("tienen mal mi fecha de nacimiento", "mi apellido se escribe con z").
 * Joined to `es.ts`; sentences and near misses in `implicit-asks-es.test.ts`.
 */
import type { Cues } from './join-cues.js';

const MY_DATA = '(?:mis|todos mis|mi|toda mi) (?:\\w+ )?(?:datos|información|info)\\b';
const PURPOSE = '(?:entrenar|investigación|investigar|analizar|perfil|estadísticas|mejorar)\\w*';

export const esImplicit: Cues = {
  withdraw_consent: [
    [1, '\\b(?:retiro|quito|anulo|retracto)\\b~{0,5}\\b(?:el|mi) (?:sí|ok|okey|visto bueno|permiso)\\b'],
    [1, '\\bya no estoy de acuerdo (?:con|en) (?:que|el uso|el tratamiento|el envío|recibir|compartir)\\b'],
    [
      1,
      '\\bya no (?:les |os |le )?(?:doy (?:mi )?(?:permiso|autorización|consentimiento)|autorizo|permito)\\b|\\bno (?:les |os )?(?:doy|autorizo|permito) (?:más|ya)\\b',
    ],
    [
      1,
      '\\bdesmar(?:quen|car|ca|co|cad|quéis)\\w*\\b~{0,40}\\b(?:marqué|consentimiento|permiso|boletín|newsletter|cookies?|publicidad|acepté)',
    ],
    [
      1,
      '\\b(?:dije que sí|acepté|consentí|marqué|di (?:el|mi) (?:sí|ok|consentimiento))\\b~{0,40}\\b(?:por error|sin querer|por equivocación|por accidente)\\b|\\b(?:por error|sin querer)\\b~{0,20}\\b(?:dije que sí|acepté|consentí|marqué)\\b',
    ],
    [
      1,
      '\\b(?:me echo atrás|me retracto|doy marcha atrás|vuelvo atrás|cambié de (?:opinión|idea)|he cambiado de (?:opinión|idea))\\b~{0,40}\\b(?:acepté|consentí|marqué|autoricé|dije que sí|consentimiento|permiso)',
    ],
  ],
  restriction: [
    [
      1,
      `\\b(?:dej|pon|pong|manten|mantén|guard)\\w*\\b~{0,5}\\b${MY_DATA}~{0,10}\\ben (?:pausa|espera|suspenso|reserva)\\b`,
    ],
    [
      1,
      `\\b(?:guard|conserv|manten|mantén)\\w*\\b~{0,10}\\b${MY_DATA}~{0,20}\\b(?:pero|aunque)\\b~{0,25}\\bno (?:los |la |las )?(?:us|utilic|trat|toqu)\\w*`,
    ],
    [
      1,
      '\\bno (?:borren|eliminen|supriman|borréis|eliminéis)\\b~{0,20}\\b(?:pero|sino)\\b~{0,30}\\b(?:dejen de|dejad de|no) (?:los |las )?(?:us|utiliz|utilic|trat)\\w*',
    ],
    [
      1,
      `\\b(?:hasta que|mientras)\\b~{0,60}\\bno (?:hagan|toquen|hagáis|toquéis)\\b~{0,10}\\b(?:nada )?(?:con )?${MY_DATA}|\\bno (?:hagan|hagáis) nada con ${MY_DATA}~{0,50}\\b(?:hasta|mientras)\\b`,
    ],
  ],
  objection: [
    [
      1,
      '\\bno (?:quiero|deseo|acepto) que (?:me )?(?:analic|perfil|vigil|monitor)\\w*|\\bno (?:quiero|deseo) que\\b~{0,30}\\b(?:profiling|perfilado|perfilamiento)\\b',
    ],
    [
      1,
      '\\bno (?:hagan|hagáis|creen|elaboren|armen) (?:un |ningún )?perfil\\b~{0,10}\\b(?:de|sobre) mí\\b|\\bno (?:quiero|deseo) (?:ser|que me) (?:perfilad|analizad|vigilad)\\w*',
    ],
    [
      1,
      `\\bno (?:quiero|deseo) que (?:usen|utilicen|empleen|uséis)\\b~{0,5}\\b${MY_DATA}~{0,20}\\bpara\\b~{0,20}\\b${PURPOSE}`,
    ],
  ],
  rectification: [
    [
      1,
      '\\bmis? (?:\\w+ ){0,3}(?:número|teléfono|celular|móvil|dirección|domicilio|correo|apellido|nombre|razón social)\\b~{0,40}\\b(?:cambió|cambiaron|ha cambiado|han cambiado)\\b',
    ],
    [
      1,
      '\\b(?:tienen|tenéis) (?:mal|equivocad[oa]|incorrect[oa]) (?:mi|mis)\\b|\\b(?:tienen|tenéis) (?:mi|mis) (?:\\w+ ){1,3}(?:mal|equivocad[oa]s?|incorrect[oa]s?)\\b',
    ],
    [1, '\\bmi (?:\\w+ )?(?:apellido|nombre)\\b~{0,5}\\bse escribe\\b'],
    [
      1,
      '\\b(?:teléfono|número|correo|email|e-mail|dirección|domicilio)\\b~{0,20}\\b(?:tienen|tenéis|figura|aparece)\\b~{0,15}\\bya no es (?:el |la )?mí[oa]\\b',
    ],
  ],
  portability: [
    [
      1,
      `\\bexport\\w*\\b~{0,40}\\bpara (?:que pueda|poder)\\b~{0,10}\\b(?:cambiar|pasar|irme|migrar)\\w*|\\bme (?:cambio|paso|voy) (?:de|a (?:otro|otra|la competencia))\\b~{0,60}\\b(?:denme|dadme|mándenme|envíenme|pasadme)\\b~{0,5}\\b${MY_DATA}`,
    ],
    [
      1,
      '\\barchivo\\b~{0,30}\\b(?:(?:pueda|puedan|pueden|sepa) (?:leer|abrir|importar|usar|cargar)\\b~{0,10}\\b(?:mi|el|nuestro) (?:nuevo |nueva )?|(?:mi|el|nuestro) (?:nuevo |nueva )?(?:proveedor|servicio|banco|compañía|empresa|herramienta|plataforma)\\b~{0,10}\\b(?:pueda|puedan|pueden|sepa) (?:leer|abrir|importar|usar|cargar))',
    ],
    [
      1,
      `\\b(?:pas|transfier|transfer|envi|mand)\\w*\\b~{0,5}\\b${MY_DATA}~{0,25}\\ba (?:mi|la|nuestra|nuestro) (?:nuev[oa])\\b`,
    ],
  ],
  erasure: [
    [
      1,
      `\\bdesh[aá]g\\w*\\b~{0,20}\\b(?:todo lo que|mis)\\b~{0,30}(?:sobre mí|de mí|datos)|\\bsáquenme\\b~{0,20}\\bde (?:sus|vuestros|todos sus) (?:sistemas|bases|archivos|registros)\\b`,
    ],
    [1, '\\bolv[ií](?:denme|dadme|dame|deme)\\b'],
    [1, '\\b(?:hagan|haced|haz) desaparecer\\b~{0,15}\\b(?:mis|todos mis|toda mi|todo lo)\\b'],
  ],
  opt_out_sale: [
    [
      1,
      `\\bquédense ${MY_DATA}~{0,5}\\bpara (?:ustedes|vosotros)\\b|\\bno (?:los|las|${MY_DATA}) (?:pasen|den|vendan|cedan|compartan|paséis) (?:a|con) (?:terceros|otras empresas|anunciantes|socios|brokers)\\b|\\bno quiero que ${MY_DATA}~{0,30}\\b(?:en manos de|con|a) (?:brokers|terceros|anunciantes|otras empresas|corredores)\\b`,
    ],
    [
      1,
      `\\b(?:dejen|dejad|deje) de (?:compartir|vender|ceder|pasar)\\b~{0,10}\\b${MY_DATA}~{0,30}\\b(?:anunciantes|terceros|socios|partners|publicitarios|brokers)\\b`,
    ],
  ],
  access: [
    [
      1,
      `\\ba quién(?:es)? (?:le |les )?(?:han|habéis) (?:dado|pasado|vendido|cedido|enviado|compartido)\\b~{0,10}\\b${MY_DATA}|\\bpara qué (?:usan|utilizan|usáis|utilizáis|tratan|quieren) ${MY_DATA}`,
    ],
  ],
};
