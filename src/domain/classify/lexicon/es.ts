/** Spanish cues (RGPD and LOPDGDD wording; CCPA requests from Spanish-speaking Californians). */
import type { Lexicon } from './types.js';

export const es: Lexicon = {
  language: 'es',
  cues: {
    access: [
      [2, 'derecho de acceso|solicitud de acceso|acceso a (?:mis|sus) datos'],
      [1, 'copia de (?:mis|todos mis|sus|los|todos los) datos', 'absorbable'],
      [1, '(?:qué|cuáles) datos\\b~{0,50}\\b(?:tienen|tratan|guardan|conservan|almacenan)|saber qué datos'],
      [0.5, 'terceros|finalidad'],
      // Situational: what you still keep about me, everything linked to my address.
      [
        1,
        'qué (?:guardan|tienen|conservan|saben)\\b~{0,15}\\b(?:todavía |aún )?(?:de|sobre) mí|(?:enseñar|mostrar|ver)\\w*\\b~{0,20}\\btodo lo que\\b~{0,20}\\b(?:vinculado|asociado|relacionado)',
      ],
    ],
    rectification: [
      [2, 'rectifica\\w*'],
      [
        1,
        '(?:corrij|correg|corrección|actualic|actualizar|modifiquen|cambien|cambiar)\\w*\\b~{0,40}\\b(?:nombre|apellido|dirección|correo|datos|facturación|email)',
      ],
      [1, '(?:dirección|nombre|apellido)\\b~{0,30}\\b(?:incorrect|erróne|antigua|equivocad|mal escrito)'],
    ],
    erasure: [
      [2, 'derecho (?:al olvido|de supresión|de cancelación)|supresión de'],
      [1.5, '(?:elimin|borr|supr|cancel|cierr|cerrar)\\w*\\b~{0,40}\\b(?:cuenta|datos|información|perfil)'],
    ],
    restriction: [
      [2, 'limitación del tratamiento|limit\\w*\\b~{0,30}\\btratamiento'],
      // Situational phrasing (the right described by the situation, not named).
      [
        1,
        '(?:no|tampoco) (?:usen|utilicen|traten) (?:mis datos|mi información)\\b~{0,30}\\b(?:hasta|mientras)',
      ],
    ],
    objection: [
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
    ],
    opt_out_sale: [
      [
        2,
        'no (?:vendan|venda|vender)|ni compartan|publicidad (?:dirigida|personalizada)|venta (?:o|y) (?:el )?intercambio',
      ],
    ],
  },
  negation: 'no|nunca|ni|tampoco',
  erasureVerbs: 'elimin\\w*|borr\\w*|supr\\w*',
  keepAccount: '(?:mantener|conservar) (?:mi|la) cuenta',
  hypothetical: 'si algún día|si en el futuro',
  earlier: 'ya (?:pedí|solicité|he pedido|he solicitado)',
};
