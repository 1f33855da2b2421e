/**
 * The sentences of the two letters about an identity check nobody answered (issue 15, item 4): the
 * reminder, and the notice that the request was closed unverified. One typed entry per letter
 * language, so a missing sentence does not compile. Citations arrive as arguments (null: the law
 * names no provision for it, and the sentence goes without one).
 */
import type { LetterLanguage } from './languages.js';

export interface IdentityWaitPhrases {
  readonly subjectReminder: string;
  readonly subjectClosed: string;
  readonly stillWaiting: (reference: string, cite: string | null) => string;
  readonly replyWithCode: string;
  readonly closesOn: (date: string) => string;
  readonly closedUnverified: (reference: string, cite: string | null) => string;
  readonly askAgain: (address: string) => string;
}

const inBrackets = (cite: string | null) => (cite ? ` (${cite})` : '');

export const IDENTITY_WAIT_PHRASES: { readonly [L in LetterLanguage]: IdentityWaitPhrases } = {
  en: {
    subjectReminder: 'Reminder: please confirm your identity',
    subjectClosed: 'Your request was closed: identity not confirmed',
    stillWaiting: (ref, cite) =>
      `We are still waiting for you to confirm your identity for request ${ref}. We can act on the request only once you have done so${inBrackets(cite)}.`,
    replyWithCode:
      'Please reply to our earlier email with the code it contains. If the code has expired or you cannot find that email, reply to this one and we will send you a new code.',
    closesOn: (date) => `If we do not hear from you by ${date}, we will close the request.`,
    closedUnverified: (ref, cite) =>
      `We have closed request ${ref} without acting on it, because your identity could not be confirmed: our request to confirm it was not answered${inBrackets(cite)}.`,
    askAgain: (address) =>
      `You may make the request again at any time by writing to ${address}. We will then ask you again to confirm your identity.`,
  },
  de: {
    subjectReminder: 'Erinnerung: Bitte bestätigen Sie Ihre Identität',
    subjectClosed: 'Ihre Anfrage wurde geschlossen: Identität nicht bestätigt',
    stillWaiting: (ref, cite) =>
      `Wir warten noch auf die Bestätigung Ihrer Identität für die Anfrage ${ref}. Erst danach können wir die Anfrage bearbeiten${inBrackets(cite)}.`,
    replyWithCode:
      'Bitte antworten Sie auf unsere frühere E-Mail und nennen Sie den Code, den sie enthält. Ist der Code abgelaufen oder finden Sie die E-Mail nicht mehr, antworten Sie auf diese Nachricht; wir senden Ihnen dann einen neuen Code.',
    closesOn: (date) => `Wenn wir bis zum ${date} nichts von Ihnen hören, schließen wir die Anfrage.`,
    closedUnverified: (ref, cite) =>
      `Wir haben die Anfrage ${ref} geschlossen, ohne sie zu bearbeiten, weil Ihre Identität nicht bestätigt werden konnte: Unsere Bitte um Bestätigung blieb unbeantwortet${inBrackets(cite)}.`,
    askAgain: (address) =>
      `Sie können die Anfrage jederzeit erneut stellen, indem Sie an ${address} schreiben. Wir bitten Sie dann erneut, Ihre Identität zu bestätigen.`,
  },
  fr: {
    subjectReminder: 'Rappel : merci de confirmer votre identité',
    subjectClosed: 'Votre demande a été clôturée : identité non confirmée',
    stillWaiting: (ref, cite) =>
      `Nous attendons toujours la confirmation de votre identité pour la demande ${ref}. Nous ne pourrons y donner suite qu’une fois votre identité confirmée${inBrackets(cite)}.`,
    replyWithCode:
      'Merci de répondre à notre précédent message en indiquant le code qu’il contient. Si le code a expiré ou si vous ne retrouvez pas ce message, répondez à celui-ci et nous vous enverrons un nouveau code.',
    closesOn: (date) => `Sans réponse de votre part au plus tard le ${date}, nous clôturerons la demande.`,
    closedUnverified: (ref, cite) =>
      `Nous avons clôturé la demande ${ref} sans y donner suite, car votre identité n’a pas pu être confirmée : notre demande de confirmation est restée sans réponse${inBrackets(cite)}.`,
    askAgain: (address) =>
      `Vous pouvez présenter à nouveau la demande à tout moment en écrivant à ${address}. Nous vous demanderons alors de nouveau de confirmer votre identité.`,
  },
  es: {
    subjectReminder: 'Recordatorio: confirme su identidad',
    subjectClosed: 'Su solicitud se ha cerrado: identidad no confirmada',
    stillWaiting: (ref, cite) =>
      `Seguimos esperando que confirme su identidad para la solicitud ${ref}. Solo podremos tramitarla una vez que lo haya hecho${inBrackets(cite)}.`,
    replyWithCode:
      'Responda a nuestro correo anterior indicando el código que contiene. Si el código ha caducado o no encuentra ese correo, responda a este y le enviaremos un código nuevo.',
    closesOn: (date) => `Si no tenemos noticias suyas a más tardar el ${date}, cerraremos la solicitud.`,
    closedUnverified: (ref, cite) =>
      `Hemos cerrado la solicitud ${ref} sin tramitarla, porque no se pudo confirmar su identidad: nuestra petición de confirmación no obtuvo respuesta${inBrackets(cite)}.`,
    askAgain: (address) =>
      `Puede volver a presentar la solicitud en cualquier momento escribiendo a ${address}. Entonces le pediremos de nuevo que confirme su identidad.`,
  },
  it: {
    subjectReminder: 'Promemoria: confermi la Sua identità',
    subjectClosed: 'La Sua richiesta è stata chiusa: identità non confermata',
    stillWaiting: (ref, cite) =>
      `Attendiamo ancora la conferma della Sua identità per la richiesta ${ref}. Potremo darle seguito solo dopo tale conferma${inBrackets(cite)}.`,
    replyWithCode:
      'La preghiamo di rispondere alla nostra e-mail precedente indicando il codice che contiene. Se il codice è scaduto o non trova quell’e-mail, risponda a questa e Le invieremo un nuovo codice.',
    closesOn: (date) => `Se non riceveremo Sue notizie entro il ${date}, chiuderemo la richiesta.`,
    closedUnverified: (ref, cite) =>
      `Abbiamo chiuso la richiesta ${ref} senza darle seguito, perché non è stato possibile confermare la Sua identità: la nostra richiesta di conferma è rimasta senza risposta${inBrackets(cite)}.`,
    askAgain: (address) =>
      `Può presentare di nuovo la richiesta in qualsiasi momento scrivendo a ${address}. Le chiederemo allora nuovamente di confermare la Sua identità.`,
  },
  nl: {
    subjectReminder: 'Herinnering: bevestig uw identiteit',
    subjectClosed: 'Uw verzoek is gesloten: identiteit niet bevestigd',
    stillWaiting: (ref, cite) =>
      `Wij wachten nog op de bevestiging van uw identiteit voor verzoek ${ref}. Pas daarna kunnen wij het verzoek behandelen${inBrackets(cite)}.`,
    replyWithCode:
      'Beantwoord alstublieft onze eerdere e-mail en vermeld de code die erin staat. Is de code verlopen of kunt u die e-mail niet vinden, beantwoord dan deze e-mail; wij sturen u dan een nieuwe code.',
    closesOn: (date) => `Als wij uiterlijk op ${date} niets van u horen, sluiten wij het verzoek.`,
    closedUnverified: (ref, cite) =>
      `Wij hebben verzoek ${ref} gesloten zonder het te behandelen, omdat uw identiteit niet kon worden bevestigd: ons verzoek om bevestiging bleef onbeantwoord${inBrackets(cite)}.`,
    askAgain: (address) =>
      `U kunt het verzoek op elk moment opnieuw indienen door te schrijven naar ${address}. Wij vragen u dan opnieuw uw identiteit te bevestigen.`,
  },
  pt: {
    subjectReminder: 'Lembrete: confirme a sua identidade',
    subjectClosed: 'O seu pedido foi encerrado: identidade não confirmada',
    stillWaiting: (ref, cite) =>
      `Continuamos a aguardar a confirmação da sua identidade para o pedido ${ref}. Só poderemos dar seguimento ao pedido depois dessa confirmação${inBrackets(cite)}.`,
    replyWithCode:
      'Responda ao nosso e-mail anterior e indique o código que contém. Se o código tiver expirado ou não encontrar esse e-mail, responda a este e enviar-lhe-emos um novo código.',
    closesOn: (date) => `Se não tivermos notícias suas até ${date}, encerraremos o pedido.`,
    closedUnverified: (ref, cite) =>
      `Encerrámos o pedido ${ref} sem lhe dar seguimento, porque não foi possível confirmar a sua identidade: o nosso pedido de confirmação ficou sem resposta${inBrackets(cite)}.`,
    askAgain: (address) =>
      `Pode apresentar novamente o pedido a qualquer momento, escrevendo para ${address}. Nessa altura, voltaremos a pedir-lhe que confirme a sua identidade.`,
  },
  'pt-BR': {
    subjectReminder: 'Lembrete: confirme a sua identidade',
    subjectClosed: 'A sua solicitação foi encerrada: identidade não confirmada',
    stillWaiting: (ref, cite) =>
      `Ainda aguardamos a confirmação da sua identidade para a solicitação ${ref}. Só poderemos atender à solicitação depois dessa confirmação${inBrackets(cite)}.`,
    replyWithCode:
      'Responda ao nosso e-mail anterior e informe o código que ele contém. Se o código expirou ou você não encontra esse e-mail, responda a este e enviaremos um novo código.',
    closesOn: (date) => `Se não tivermos retorno seu até ${date}, encerraremos a solicitação.`,
    closedUnverified: (ref, cite) =>
      `Encerramos a solicitação ${ref} sem atendê-la, porque não foi possível confirmar a sua identidade: o nosso pedido de confirmação ficou sem resposta${inBrackets(cite)}.`,
    askAgain: (address) =>
      `Você pode fazer a solicitação novamente a qualquer momento, escrevendo para ${address}. Nesse caso, pediremos de novo que confirme a sua identidade.`,
  },
  pl: {
    subjectReminder: 'Przypomnienie: prosimy o potwierdzenie tożsamości',
    subjectClosed: 'Państwa wniosek został zamknięty: tożsamość niepotwierdzona',
    stillWaiting: (ref, cite) =>
      `Nadal czekamy na potwierdzenie Państwa tożsamości dla wniosku ${ref}. Możemy rozpatrzyć wniosek dopiero po tym potwierdzeniu${inBrackets(cite)}.`,
    replyWithCode:
      'Prosimy odpowiedzieć na naszą wcześniejszą wiadomość i podać zawarty w niej kod. Jeżeli kod wygasł lub nie mogą Państwo znaleźć tej wiadomości, prosimy odpowiedzieć na tę, a wyślemy nowy kod.',
    closesOn: (date) => `Jeżeli nie otrzymamy od Państwa odpowiedzi do dnia ${date}, zamkniemy wniosek.`,
    closedUnverified: (ref, cite) =>
      `Zamknęliśmy wniosek ${ref} bez jego rozpatrzenia, ponieważ nie udało się potwierdzić Państwa tożsamości: nasza prośba o potwierdzenie pozostała bez odpowiedzi${inBrackets(cite)}.`,
    askAgain: (address) =>
      `Mogą Państwo w każdej chwili złożyć wniosek ponownie, pisząc na adres ${address}. Poprosimy wtedy ponownie o potwierdzenie tożsamości.`,
  },
  sv: {
    subjectReminder: 'Påminnelse: bekräfta er identitet',
    subjectClosed: 'Er begäran har avslutats: identiteten har inte bekräftats',
    stillWaiting: (ref, cite) =>
      `Vi väntar fortfarande på att ni bekräftar er identitet för begäran ${ref}. Vi kan hantera begäran först när ni har gjort det${inBrackets(cite)}.`,
    replyWithCode:
      'Svara på vårt tidigare mejl och ange koden som det innehåller. Om koden har gått ut eller ni inte hittar mejlet, svara på detta så skickar vi en ny kod.',
    closesOn: (date) => `Om vi inte hör av er senast den ${date} avslutar vi begäran.`,
    closedUnverified: (ref, cite) =>
      `Vi har avslutat begäran ${ref} utan att hantera den, eftersom er identitet inte kunde bekräftas: vår begäran om bekräftelse besvarades inte${inBrackets(cite)}.`,
    askAgain: (address) =>
      `Ni kan när som helst göra begäran igen genom att skriva till ${address}. Vi ber er då på nytt att bekräfta er identitet.`,
  },
  da: {
    subjectReminder: 'Påmindelse: bekræft venligst din identitet',
    subjectClosed: 'Din anmodning er lukket: identiteten er ikke bekræftet',
    stillWaiting: (ref, cite) =>
      `Vi venter stadig på, at du bekræfter din identitet for anmodning ${ref}. Vi kan først behandle anmodningen, når du har gjort det${inBrackets(cite)}.`,
    replyWithCode:
      'Svar venligst på vores tidligere e-mail, og angiv den kode, den indeholder. Hvis koden er udløbet, eller du ikke kan finde e-mailen, så svar på denne, og vi sender dig en ny kode.',
    closesOn: (date) => `Hvis vi ikke hører fra dig senest den ${date}, lukker vi anmodningen.`,
    closedUnverified: (ref, cite) =>
      `Vi har lukket anmodning ${ref} uden at behandle den, fordi din identitet ikke kunne bekræftes: Vores anmodning om bekræftelse blev ikke besvaret${inBrackets(cite)}.`,
    askAgain: (address) =>
      `Du kan til enhver tid fremsætte anmodningen igen ved at skrive til ${address}. Vi beder dig så igen om at bekræfte din identitet.`,
  },
};
