// Sentences written for this test, not taken from any set.
import { describeImplicitAsks } from './implicit-asks.test-support.js';

describeImplicitAsks(
  'es',
  {
    withdraw_consent: [
      'Retiro el sí que di para el boletín.',
      'Ya no estoy de acuerdo con que usen mis datos para publicidad.',
      'Desmarquen todo lo que marqué al registrarme.',
      'Acepté las cookies por error, anulen eso por favor.',
      'Ya no les doy permiso para usar mis datos.',
      'Me echo atrás de lo que acepté al darme de alta.',
    ],
    restriction: [
      'Congelen mis datos hasta que revisen mi reclamación.',
      'Dejen mis datos en pausa mientras lo comprueban.',
      'Guarden mis datos pero no los usen por ahora.',
      'No borren nada todavía, pero dejen de usar mis datos hasta que se aclare.',
      'Bloqueen mis datos hasta que verifiquen la dirección.',
      'Hasta que revisen mi queja, no hagan nada con mis datos.',
    ],
    objection: [
      'No quiero que analicen mis hábitos.',
      'Dejen de usar mis datos para investigación.',
      'No quiero que me perfilen.',
      'No hagan un perfil de mí.',
      'No quiero que usen mis datos para entrenar su IA.',
      'No quiero que me analicen ni me perfilen.',
    ],
    rectification: [
      'Tienen mal mi fecha de nacimiento, es el 3 de marzo de 1985.',
      'Mi apellido se escribe con z, no con s.',
      'Mi dirección está desactualizada, ahora vivo en la calle Mayor 5.',
      'Mi nombre está mal escrito en la cuenta.',
      'El teléfono que tienen ya no es el mío.',
      'Cambien mi correo por este nuevo.',
      'Mi número de móvil cambió, el nuevo termina en 44.',
    ],
    portability: [
      'Mándenme mis datos en un archivo que pueda leer mi nuevo proveedor.',
      'Pasen mis datos directamente a mi nueva compañía.',
      'Exporten todo lo mío para que pueda cambiarme a la competencia.',
      'Quiero mis datos en un formato legible por máquina.',
      'Me cambio de proveedor, denme mis datos para llevármelos.',
    ],
    access: [
      '¿Qué saben de mí?',
      '¿De dónde sacaron mi dirección?',
      '¿A quién le han dado mis datos?',
      'Muéstrenme lo que tienen sobre mí.',
      '¿Para qué usan mis datos?',
    ],
    erasure: [
      'Olvídenme.',
      'Hagan desaparecer todos mis datos.',
      'Desháganse de todo lo que tengan sobre mí.',
      'Sáquenme por completo de sus sistemas.',
      'Cierren mi cuenta y tiren todos mis datos.',
    ],
    opt_out_sale: [
      'No vendan mis datos.',
      'Dejen de compartir mi información con anunciantes.',
      'Quédense mis datos para ustedes, no los pasen a terceros.',
      'No quiero que mis datos terminen en manos de brokers.',
    ],
  },
  [
    '¿Podré retirar mi consentimiento más adelante?',
    '¿Cómo cambio mi dirección si está mal?',
    'Congelen el proyecto hasta que el cliente apruebe.',
    'El importe de la factura está mal.',
    'El número de pedido cambió después de la actualización.',
    '¿Analizan los hábitos de sus clientes?',
    '¿Pueden exportar las facturas en CSV?',
    'Desháganse de las facturas duplicadas, por favor.',
  ],
  [['Vivo en Texas y no quiero que usen mis datos para publicidad dirigida.', 'objection']],
);
