/**
 * The sentence a rejection letter gives the requester for each rejection reason, in every template
 * language. GDPR Art. 12(4) and CCPA §7022(f) require the reasons for not acting; the staff's own note
 * stays internal and is never sent.
 */
import type { RejectionReason } from '../tickets/vocabulary.js';
import { TEMPLATE_LANGUAGES } from './template-data.js';

type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

const GROUNDS: { readonly [R in RejectionReason]: { readonly [L in TemplateLanguage]: string } } = {
  identity_not_verified: {
    en: 'We could not confirm your identity. We may act on a request only once we are sure it comes from the person the data is about.',
    de: 'Wir konnten Ihre Identität nicht bestätigen. Wir dürfen einer Anfrage erst nachkommen, wenn sicher ist, dass sie von der betroffenen Person stammt.',
    fr: "Nous n'avons pas pu confirmer votre identité. Nous ne pouvons donner suite à une demande que si nous sommes certains qu'elle émane de la personne concernée.",
    es: 'No hemos podido confirmar su identidad. Solo podemos atender una solicitud cuando tenemos la certeza de que procede de la persona interesada.',
  },
  manifestly_unfounded: {
    en: 'The request is manifestly unfounded.',
    de: 'Die Anfrage ist offenkundig unbegründet.',
    fr: 'La demande est manifestement infondée.',
    es: 'La solicitud es manifiestamente infundada.',
  },
  excessive: {
    en: 'The request is excessive, in particular because it repeats earlier requests.',
    de: 'Die Anfrage ist exzessiv, insbesondere weil sie frühere Anfragen wiederholt.',
    fr: 'La demande est excessive, notamment parce qu’elle répète des demandes antérieures.',
    es: 'La solicitud es excesiva, en particular porque repite solicitudes anteriores.',
  },
  legal_exemption: {
    en: 'A legal exemption applies to your request, so we are not required to act on it.',
    de: 'Für Ihre Anfrage gilt eine gesetzliche Ausnahme; wir sind daher nicht verpflichtet, ihr nachzukommen.',
    fr: "Une exception prévue par la loi s'applique à votre demande ; nous ne sommes donc pas tenus d'y donner suite.",
    es: 'A su solicitud se aplica una excepción legal, por lo que no estamos obligados a atenderla.',
  },
  duplicate: {
    en: 'This request repeats one you have already sent us, which we are handling or have answered.',
    de: 'Diese Anfrage wiederholt eine Anfrage, die Sie uns bereits gesendet haben und die wir bearbeiten oder beantwortet haben.',
    fr: 'Cette demande reprend une demande que vous nous avez déjà adressée et que nous traitons ou à laquelle nous avons répondu.',
    es: 'Esta solicitud repite otra que ya nos envió y que estamos tramitando o ya hemos respondido.',
  },
  not_a_request: {
    en: 'Your message does not ask to exercise a data-protection right. If you meant to, reply and tell us what you would like us to do.',
    de: 'Ihre Nachricht enthält keine Anfrage zu Ihren Datenschutzrechten. Falls Sie eine stellen möchten, antworten Sie bitte und teilen Sie uns mit, was wir tun sollen.',
    fr: "Votre message ne demande pas l'exercice d'un droit relatif à la protection des données. Si telle était votre intention, répondez-nous en précisant ce que vous souhaitez.",
    es: 'Su mensaje no solicita el ejercicio de un derecho de protección de datos. Si era su intención, responda indicándonos qué desea que hagamos.',
  },
  outside_jurisdiction: {
    en: 'The data-protection laws that give this right do not apply to your request.',
    de: 'Die Datenschutzgesetze, die dieses Recht gewähren, gelten für Ihre Anfrage nicht.',
    fr: 'Les lois sur la protection des données qui accordent ce droit ne s’appliquent pas à votre demande.',
    es: 'Las leyes de protección de datos que otorgan este derecho no se aplican a su solicitud.',
  },
};

const isTemplateLanguage = (language: string): language is TemplateLanguage =>
  (TEMPLATE_LANGUAGES as readonly string[]).includes(language);

/** The reason as the letter states it, in `language` (English when there is no template for it). */
export function rejectionGround(reason: RejectionReason, language: string): string {
  return GROUNDS[reason][isTemplateLanguage(language) ? language : 'en'];
}
