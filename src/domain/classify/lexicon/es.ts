/** Spanish cues (RGPD and LOPDGDD wording; CCPA requests from Spanish-speaking Californians). */
import { joinCues } from './join-cues.js';
import { esImplicit } from './es-implicit.js';
import { saleWording } from './sale-wording.js';
import { restrictionPending } from './restriction-pending.js';
import { esPlain } from './plain-romance.js';
import type { Lexicon } from './types.js';

export const es: Lexicon = {
  language: 'es',
  cues: joinCues(
    {
      access: [
        [
          1,
          'qué (?:más |otros )?datos (?:míos|de mí|sobre mí)|(?:qué|cuáles) (?:otros )?datos\\b~{0,10}\\b(?:tienen|guardan|conservan) (?:de|sobre) mí',
        ],
        [2, 'derecho de acceso|solicitud de acceso|acceso a (?:mis|sus) datos'],
        [1, 'copia de (?:mis|todos mis|sus|los|todos los) datos', 'absorbable'],
        [1, '(?:qué|cuáles) datos\\b~{0,50}\\b(?:tienen|tratan|guardan|conservan|almacenan)|saber qué datos'],
        [0.5, 'terceros|finalidad'],
        // Situational: what you still keep about me, everything linked to my address. Typed without its accent,
        // "que" after a noun opens a relative clause ("los datos de facturación que tienen de mí son falsos").
        [
          1,
          '(?<!(?:s|ción|ón) )qué (?:guardan|tienen|conservan|saben)\\b~{0,15}\\b(?:todavía |aún )?(?:de|sobre) mí|(?:enseñar|mostrar|ver)\\w*\\b~{0,20}\\btodo lo que\\b~{0,20}\\b(?:vinculado|asociado|relacionado)',
        ],
        // An agent or a letter: "solicitar el acceso a la totalidad de los datos personales de mi representado".
        [
          2,
          '(?:solicit\\w*|pid\\w*|ejerc\\w*|requier\\w*) (?:el )?(?:derecho de )?acceso a\\b~{0,40}\\b(?:datos|información)',
        ],
        // What you have on me, who received it, where it came from (Art. 15(1)(c) and (g)).
        [
          1,
          '(?:qué|cuáles) (?:datos|información)\\b~{0,40}\\b(?:de|sobre) mí\\b|(?:qué|cuáles|a qué) (?:empresas|terceros|socios)\\b~{0,40}\\b(?:compart|vend|cedi|transmit|envi)\\w*\\b~{0,20}\\b(?:mis|mi)\\b|de dónde (?:sacaron|obtuvieron|tienen) (?:mi|mis)\\b',
        ],
      ],
      rectification: [
        [
          1,
          '(?:sigue|sigo|siguen|todavía|aún)\\b~{0,10}\\b(?:registrad|apareciendo|figurando|guardad)\\w* como\\b',
        ],
        [2, 'rectifica\\w*'],
        [
          1,
          '(?:corrij|correg|corrección|actualic|actualizar|modifiquen|cambien|cambiar)\\w*\\b(?! (?:sus|tus) (?:datos|información))~{0,40}\\b(?:nombre|apellido|dirección|correo|datos|facturación|email)',
        ],
        [1, '(?:dirección|nombre|apellido)\\b~{0,30}\\b(?:incorrect|erróne|antigua|equivocad|mal escrito)'],
        // "Mi fecha de nacimiento está mal": the record is wrong (Art. 16); "actualice sus datos" is phishing.
        [
          1,
          '(?:nombre|apellido|dirección|fecha de nacimiento|teléfono|correo)\\b~{0,40}\\b(?:está|es|aparece|figura|sale)\\b~{0,20}\\b(?:mal|incorrect|equivocad|errón|desactualizad)\\w*',
        ],
      ],
      erasure: [
        // The data named, then erased by a pronoun: "tienen mi dirección; bórrenla".
        [
          1,
          '(?:mi|mis) (?:dirección|datos|correo|número|información|teléfono)\\b[^\\n]{0,100}\\b(?:b[oó]rr|elim[ií]n|supr[ií]m)(?:en|e|a|ad|ar)(?:la|lo|las|los)\\b',
        ],
        // A reminder: "mis datos todavía no han sido borrados".
        [
          2,
          '(?:todavía|aún) no (?:se )?(?:han|ha) (?:sido )?(?:borrad|eliminad|suprimid)\\w*|siguen? sin (?:borrar|eliminar|suprimir)',
        ],
        [2, 'derecho (?:al olvido|de supresión|de cancelación)|supresión de'],
        [1.5, '(?:elimin|borr|supr|cancel|cierr|cerrar)\\w*\\b~{0,40}\\b(?:cuenta|datos|información|perfil)'],
        // "Quiero saber qué datos tienen y que después los eliminen todos"; "borren el viejo por completo".
        [
          1,
          'que (?:después |luego |además |también )?(?:los|las|lo|la) (?:eliminen|borren|supriman|destruyan)\\b|(?:b[oó]rr|elimin|supr)\\w*\\b~{0,25}\\b(?:por completo|del todo|definitivamente)',
        ],
        // "Bórrenme de todo", "que me eliminen de sus sistemas", "su posterior supresión".
        [
          1,
          '(?:b[oó]rr|elimin|quit|sac)\\w*me de (?:todo|sus (?:sistemas|bases|archivos|ficheros|registros))|me (?:borren|eliminen|quiten|saquen) de (?:todo|sus (?:sistemas|bases|archivos|ficheros|registros))|(?:su|la) (?:posterior )?supresión\\b',
        ],
      ],
      restriction: [
        // "Bloqueen mis datos", "usen mis datos solo para la facturación" (Art. 18(1)).
        [
          1.5,
          '(?:bloqueen|bloquear|congelen|congelar|suspendan|suspender)\\b~{0,30}\\b(?:mis datos|el tratamiento|todo (?:uso|tratamiento)|cualquier (?:uso|tratamiento))',
        ],
        [1, '(?:usen|utilicen|traten) mis datos (?:solo|solamente|únicamente) para\\b'],
        [2, 'limitación del tratamiento|limit\\w*\\b~{0,30}\\btratamiento'],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          '(?:no|tampoco) (?:usen|utilicen|traten) (?:mis datos|mi información)\\b~{0,30}\\b(?:hasta|mientras)',
        ],
      ],
      objection: [
        [
          1,
          'no me (?:manden|envíen|mandes|envíes|escriban) (?:más )?(?:correos|mails|e-?mails|mensajes|promociones|publicidad|ofertas)',
          'absorbable',
        ],
        // "Que dejen de llamarme para venderme cosas", "no me llamen más".
        [1, 'dejen de (?:llamar|contactar|molestar)\\w*|no me (?:llamen|contacten) más', 'absorbable'],
        [
          1,
          '(?:no (?:usen|utilicen)|dejen de (?:usar|utilizar))\\b~{0,30}\\bmis (?:\\w+ )?(?:datos|registros|contenidos)\\b~{0,20}\\bpara\\b~{0,20}\\b(?:desarrollo|mejora|análisis|estadísticas|investigación|publicidad|marketing)',
        ],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          'no quiero que mis (?:datos|contenidos)\\b~{0,30}\\b(?:acaben|se usen|se utilicen|sirvan)\\b~{0,40}\\b(?:estudios|estadísticas|análisis|marketing|publicidad|perfiles|entrenamiento)',
        ],
        [2, 'me opongo|oposición al tratamiento|derecho de oposición'],
        [
          1,
          'no (?:quiero )?recibir|dejar de recibir|darme de baja|eliminarme de (?:su|la|sus) lista|dejen de enviar',
          'absorbable',
        ],
        // "Dejen de mandarme ofertas", "no quiero ni un correo más", "sáquenme de la lista".
        [
          1,
          'dejen de (?:mandar|enviar|escribir)\\w*|ni un (?:correo|email|mensaje|mail) más|(?:sáquenme|quítenme|bórrenme|elimínenme) de (?:la|sus|todas las|esa|esta) lista',
          'absorbable',
        ],
        // "No usen mis datos para entrenar su IA" (Art. 21(1)).
        [
          1,
          '(?:no (?:usen|utilicen)|dejen de (?:usar|utilizar))\\b~{0,40}\\b(?:ia|inteligencia artificial|entrenar|entrenamiento|modelos?)\\b',
        ],
      ],
      portability: [
        // Situational phrasing (the right described by the situation, not named).
        [1, 'archivo que (?:pueda|podamos) (?:importar|cargar)'],
        [2, 'portabilidad'],
        [1.5, 'formato estructurado|lectura mecánica|legible por máquina'],
        [0.5, 'otr[oa] (?:servicio|proveedor|plataforma|empresa)'],
        [1, 'exporta\\w*\\b~{0,30}\\b(?:datos|cuenta)'],
      ],
      withdraw_consent: [
        [2, '(?:retir|revoc)\\w*\\b~{0,30}\\bconsentimiento'],
        // Situational phrasing (the right described by the situation, not named).
        [1, '(?:retiro|revoco|anulo) (?:esa|esta|mi|la) (?:autorización|permiso|opt-in|aceptación)'],
        // Situational phrasing (the right described by the situation, not named).
        [2, 'consentimiento\\b~{0,50}\\blo (?:retiro|revoco)\\b'],
        [2, 'consentimiento\\b~{0,60}\\b(?:revocarlo|retirarlo)\\b'],
      ],
      opt_out_sale: [
        [
          2,
          'no (?:vendan|venda|vender)|ni compartan|publicidad (?:dirigida|personalizada)|venta (?:o|y) (?:el )?intercambio',
        ],
      ],
    },
    esPlain,
    esImplicit,
    saleWording.es,
    restrictionPending.es,
  ),
  // Not "ni" alone: in short mail every lexicon runs, and Swedish "ni" (you) would negate "kan ni radera".
  // "No quiero que borren mi cuenta ni necesito una copia": "ni" before a verb of wanting continues the
  // "no" (a bare "ni" is Swedish "you" in "kan ni radera").
  negation: 'no|nunca|tampoco|ni siquiera|ni (?:necesito|quiero|pido|deseo|solicito|me interesa|hace falta)',
  negationExceptions: '\\s*(?:\\S+ ){0,2}?(?:recibido|recibí|obtenido)',
  erasureVerbs: 'elimin\\w*|borr\\w*|supr\\w*',
  keepAccount: '(?:mantener|conservar) (?:mi|la) cuenta|(?:sigo usando|necesito) (?:mi|la) cuenta',
  // A policy question, not an ask: a hypothetical, a how-to question about doing it oneself, a question
  // about requests in general (how many, their handling; a press or research enquiry).
  hypothetical:
    '\\b(?:podré|podría|puedo)\\b~{0,40}\\b(?:más adelante|más tarde)\\b|\\bcómo (?:cambio|modifico|borro|elimino|corrijo|exporto)\\b|cuántas~{0,40}solicitudes|\\bpara (?:un|mi) (?:artículo|reportaje|tesis|estudio)\\b|\\b(?:gestión|número|volumen) de (?:las )?solicitudes\\b|\\bencuesta (?:anónima|sobre)\\b|si algún día|si en el futuro|hipotéticamente|si (?:yo )?(?:les )?(?:pidiera|solicitara)|\\bcómo (?:puedo|hago para|se puede)\\b~{0,45}\\b(?:cambiar|modificar|borrar|eliminar|exportar)\\b|\\biba a (?:pedir|solicitar|escribir)\\w*\\b[^.?!\\n]{0,80}\\bpero\\b|\\b(?:en principio|al principio|originalmente) (?:quería|iba)\\b[^.?!\\n]{0,80}\\bpero\\b',
  earlier: 'ya (?:pedí|solicité|he pedido|he solicitado)',
};
