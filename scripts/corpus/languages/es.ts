// Spanish (Spain): RGPD citations, AEPD as authority.
import { type Pack } from '../types.js';
import { gdprArticles } from './gdpr.js';

export const es: Pack = {
  id: 'es',
  language: 'es',
  locale: 'es-ES',
  country: 'Spain',
  tz: '+0100',
  legacyCharset: 'iso-8859-1',
  names: [
    'Lucía Moreno',
    'Javier Ortega',
    'Carmen Ruiz',
    'Pablo Navarro',
    'Marta Gil',
    'Sergio Domínguez',
    'Elena Castro',
    'Álvaro Serrano',
  ],
  law: 'Reglamento General de Protección de Datos (RGPD)',
  authority: 'Agencia Española de Protección de Datos',
  articles: gdprArticles(
    (n) => `el artículo ${n} del RGPD`,
    'el artículo 7.3 del RGPD',
    'la sección 1798.120 de la CCPA',
  ),
  style: {
    hi: 'Hola:',
    dear: 'Estimados señores:',
    thanks: 'Gracias,',
    regards: 'Atentamente,',
    mobile: 'Enviado desde mi móvil',
    context: 'Soy usuario de {product} desde {year}, sobre todo por trabajo.',
    angry: 'Es la tercera vez que les escribo y nadie me ha contestado. Me parece inaceptable.',
    complaint: 'Si no recibo respuesta en un mes, presentaré una reclamación ante la {authority}.',
    agent:
      'Represento a {client}, cuya autorización firmada adjunto. En nombre de mi representado les traslado su solicitud con sus propias palabras:',
    parent:
      'Les escribo por mi hijo de 14 años, que abrió una cuenta de {product} con esta dirección. Me ha pedido que les envíe esto:',
    formalIntro: 'Por medio del presente escrito ejerzo los derechos que me reconoce el {law}.',
    deadline:
      'Les ruego que respondan en el plazo de un mes del artículo 12 del RGPD y me confirmen por escrito lo realizado.',
    group:
      'Este escrito sigue el modelo de la organización de consumidores {group}; los datos que contiene son míos.',
    reply: 'Añado a mi mensaje anterior:',
    buriedBefore:
      'Tengo varias cosas sobre mi cuenta. Desde la semana pasada el panel me cierra la sesión cada pocos minutos y el botón de exportar de la página de trabajos no hace nada en Firefox. Ya borré la caché.\n\nAdemás, el IVA de la factura {order} está mal, ¿puede revisarlo facturación?',
    buriedAfter:
      'Volviendo a lo de la sesión: empezó después de la actualización del {date}, por si ayuda a sus técnicos.',
    withdrawAny:
      'En la medida en que algún tratamiento se base en mi consentimiento, lo retiro por la presente.',
    ack: 'Hemos recibido su solicitud sobre protección de datos con la referencia {ref}. Le responderemos dentro del plazo legal.',
    done: 'Su solicitud {ref} está resuelta: su cuenta y los datos personales asociados han sido eliminados.',
    wrote: 'El {date}, {product} Privacidad <{org}> escribió:',
  },
  subjects: {
    access: 'Ejercicio del derecho de acceso',
    rectification: 'Corrección de mis datos',
    erasure: 'Eliminar mi cuenta',
    restriction: 'Limitación del tratamiento',
    objection: 'Correos publicitarios',
    portability: 'Exportación de mis datos',
    withdraw_consent: 'Retirada del consentimiento',
    opt_out_sale: 'No vendan mis datos',
    generic: ['Mi cuenta', 'Consulta sobre mis datos', 'Solicitud', 'Cuenta de {product}'],
  },
  asks: {
    access: {
      a: '¿Qué datos personales tienen sobre mí? Por favor, envíenme una copia.',
      b: 'Conforme a {art}, solicito que me confirmen si tratan datos personales que me conciernen y, en tal caso, una copia de ellos junto con los fines, los destinatarios, el plazo de conservación y su origen.',
      c: 'Hace dos años que no uso {product} y me pregunto qué guardan todavía de mí. ¿Me pueden enseñar todo lo que está vinculado a {email}?',
      d: 'Indíquenme qué tipos de información han recopilado sobre mí, de dónde la obtuvieron, para qué la usan y a quién se la han comunicado.',
    },
    rectification: {
      a: 'Mi apellido aparece como «{wrong}» en mi cuenta y en las facturas. Es «{last}». Por favor, corríjanlo.',
      b: 'Conforme a {art}, solicito la rectificación de un dato inexacto: mi apellido figura como «{wrong}» y el correcto es «{last}».',
      c: 'Me he mudado y he cambiado de correo. Por favor, actualicen mis datos para que a partir de ahora todo llegue a {newEmail}.',
      d: 'El perfil que tienen de mí está desfasado e incompleto: la dirección de facturación no es la mía desde hace años y falta mi nombre completo. Pónganlo al día, por favor.',
    },
    erasure: {
      a: 'Por favor, eliminen mi cuenta y todos los datos personales que tengan sobre mí.',
      b: 'Al amparo de {art}, solicito la supresión de todos mis datos personales, incluida la cuenta y las copias de seguridad, salvo los que deban conservar por ley.',
      c: 'Ya no quiero saber nada de {product}. Cierren mi cuenta y borren todo lo que tengan de mí, no voy a volver.',
      d: 'Preferiría que no quedara nada mío en sus sistemas: ni cuenta, ni transcripciones antiguas, ni registros con mi nombre. Simplemente hagan que todo desaparezca.',
    },
    restriction: {
      a: 'Por favor, limiten el tratamiento de mis datos mientras revisan los cargos discutidos de la factura {order}.',
      b: 'Al amparo de {art}, solicito la limitación del tratamiento, ya que impugno la exactitud de los datos de uso asociados a mi cuenta. Les ruego que solo los conserven hasta que se aclare.',
      c: 'No borren nada, pero tampoco usen mis datos para nada hasta que se resuelva mi reclamación sobre la factura {order}.',
      d: 'Estoy en un pleito con un antiguo socio por esta cuenta. Hasta que haya sentencia, mantengan mis datos tal cual: intactos, sin usarlos y sin borrarlos.',
    },
    objection: {
      a: 'Por favor, dejen de enviarme correos publicitarios. Solo quiero los avisos del servicio.',
      b: 'Conforme a {art}, me opongo al tratamiento de mis datos con fines de análisis y elaboración de perfiles basado en su interés legítimo.',
      c: 'No quiero que mis datos de uso acaben en sus estudios de producto ni en sus estadísticas. Dejen de usarlos para eso.',
      d: 'NO cierren mi cuenta. Solo quiero dejar de recibir boletines y promociones, y avísenme antes si la oposición fuera a suponer que se borre mi cuenta.',
    },
    portability: {
      a: '¿Me pueden mandar una exportación de mis datos en JSON o CSV?',
      b: 'Conforme a {art}, solicito recibir los datos que les facilité en un formato estructurado, de uso común y lectura mecánica.',
      c: 'Me cambio a otra herramienta y necesito todos mis proyectos, el historial de trabajos y la configuración en un archivo que pueda importar allí. Un zip con CSV sería perfecto.',
      d: 'Transmitan los datos de mi cuenta directamente a {provider}, que se encargará de este trabajo a partir del mes que viene. Su equipo espera un archivo JSON.',
    },
    withdraw_consent: {
      a: 'Retiro mi consentimiento para el boletín y para las cookies analíticas.',
      b: 'Por la presente retiro, con efectos para el futuro, el consentimiento prestado conforme a {art} para el tratamiento de mis datos con fines de análisis de producto.',
      c: 'Al registrarme marqué la casilla que les permitía usar el contenido que subo para mejorar sus modelos. Revoco esa autorización.',
      d: 'Les di permiso para usar mi nombre y mi foto en un caso de éxito de clientes. Ya no lo doy: retírenlos, por favor.',
    },
    opt_out_sale: {
      a: 'No vendan ni compartan mi información personal.',
      b: 'En virtud de {art}, les indico que no vendan ni compartan mi información personal, tampoco para publicidad conductual. Resido en California.',
      c: 'Por favor, exclúyanme de la publicidad dirigida y de cualquier perfil publicitario.',
      d: '¿Venden mis datos? Si es así, dejen de hacerlo. No quiero que mi información ni mi navegación lleguen a anunciantes ni a brókeres de datos.',
    },
  },
  multi: {
    copyThenDelete:
      'Primero envíenme una copia de todos los datos que tengan sobre mí. Cuando la tenga, eliminen mi cuenta y todos mis datos.',
    accessObject:
      'Solicito acceso a mis datos personales, incluidos los fines y los destinatarios. Además, me opongo a todo tratamiento de mis datos con fines de mercadotecnia directa y elaboración de perfiles.',
    deleteObject:
      'Supriman mi cuenta y mis datos personales. Hasta entonces, me opongo a cualquier uso de mis datos con fines publicitarios.',
  },
  negatives: {
    billing: {
      subject: 'Cobro duplicado {order}',
      body: 'Hola:\n\nMe han cobrado dos veces la factura {order} ({amount}). ¿Pueden devolver el cargo duplicado? Adjunto el extracto.\n\nGracias,\n{name}',
    },
    bug: {
      subject: 'La exportación falla con error 500',
      body: 'Hola:\n\nDesde esta mañana todas las exportaciones fallan a los 30 segundos con «500 Internal Server Error». Trabajo {order}. ¿Hay alguna incidencia?\n\nSaludos,\n{name}',
    },
    sales: {
      subject: 'Gestione las solicitudes RGPD en minutos',
      body: 'Hola, equipo de {product}:\n\nNuestra plataforma automatiza las solicitudes de acceso, las de supresión y el registro del consentimiento. ¿Tendrían 15 minutos la semana que viene para una demo?\n\nUn saludo,\n{name}\nDepartamento comercial',
    },
    vendor: {
      subject: 'Cuestionario de seguridad para proveedores',
      body: 'Estimados señores:\n\nPara darles de alta como proveedor, les rogamos que completen el cuestionario de seguridad adjunto (cifrado, control de accesos, gestión de incidentes, pruebas de penetración) antes de fin de mes.\n\nAtentamente,\n{name}\nCompras',
    },
    dpa: {
      subject: 'Contrato de encargo y subencargados',
      body: 'Hola:\n\nNuestro departamento jurídico necesita su contrato de encargo del tratamiento y la lista actual de subencargados con su ubicación. ¿Avisan a los clientes antes de incorporar uno nuevo?\n\nGracias,\n{name}\nAsesoría jurídica',
    },
    phishing: {
      subject: 'Urgente: confirme su consentimiento',
      body: 'Estimado usuario:\n\nPor la nueva normativa de privacidad, su buzón será suspendido si no confirma sus preferencias de consentimiento en 24 horas. Para darse de baja de la suspensión, acceda aquí: http://secure-verify.example.net/consentimiento\n\nEquipo de seguridad',
    },
    policy_question: {
      subject: 'Conservación de registros',
      body: 'Hola:\n\nUna pregunta antes de implantar {product} en el equipo: ¿cuánto tiempo conservan los registros de peticiones y guardan en ellos direcciones IP?\n\nGracias,\n{name}',
    },
    sale_question: {
      subject: '¿Venden datos de clientes?',
      body: 'Hola:\n\nEstoy comparando herramientas para un cliente. ¿{product} vende o comparte datos de clientes con anunciantes? No lo encuentro en la política de privacidad.\n\nSaludos,\n{name}',
    },
    howto_delete_file: {
      subject: 'Borrar un trabajo antiguo',
      body: 'Hola, ¿cómo borro un solo trabajo fallido de la lista? Quiero mantener la cuenta, solo me estorba en el panel.\n\n{name}',
    },
    out_of_office: {
      subject: 'Respuesta automática: {product}',
      body: 'Gracias por su mensaje. Estoy fuera de la oficina hasta el {date} y no leo el correo. Para asuntos urgentes, escriban a oficina@example.com.\n\n{name}',
    },
    newsletter: {
      subject: 'Novedades de CloudNimbus este mes',
      body: 'Novedades de CloudNimbus\n\nYa están disponibles dos nuevas regiones de almacenamiento y el tráfico saliente baja de precio el mes que viene.\n\nRecibe este correo porque esta dirección está registrada en una cuenta de CloudNimbus. Darse de baja o gestionar preferencias: https://news.example.com/u/{order}',
    },
    thanks: {
      subject: 'RE: [{ref}] Su solicitud está resuelta',
      body: 'Gracias por resolverlo tan rápido. Pueden cerrar el caso.\n\n{first}',
    },
  },
  weight: 4,
};
