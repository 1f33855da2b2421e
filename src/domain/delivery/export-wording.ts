/**
 * What the requester reads about the data file: in the outcome letter, that it is attached (or in an
 * encrypted archive whose password follows), and the second email with that password. One typed row per
 * letter language, so a missing sentence does not compile; the translations await a native speaker's
 * review like the letters' own (docs/letters.md).
 */
import type { LetterLanguage } from '../outbound/letters/languages.js';

interface ExportWording {
  /** The files travel as attachments of this letter. */
  readonly attached: (files: string) => string;
  /** The files travel in the archive `name`, encrypted; the password comes in a second email. */
  readonly archived: (name: string) => string;
  /** The second email: the password of the archive sent with the letter for `reference`. */
  readonly password: (reference: string, name: string, password: string) => string;
}

export const EXPORT_WORDING: Readonly<Record<LetterLanguage, ExportWording>> = {
  en: {
    attached: (files) => `The copy of your data is attached to this email: ${files}.`,
    archived: (name) =>
      `The copy of your data is attached to this email in the archive ${name}, encrypted with AES-256. We send you its password in a separate email.`,
    password: (reference, name, password) =>
      `The password to open the archive ${name}, sent with our answer to your request ${reference}, is: ${password}`,
  },
  de: {
    attached: (files) => `Die Kopie Ihrer Daten ist dieser E-Mail beigefügt: ${files}.`,
    archived: (name) =>
      `Die Kopie Ihrer Daten ist dieser E-Mail im Archiv ${name} beigefügt, mit AES-256 verschlüsselt. Das Passwort senden wir Ihnen in einer separaten E-Mail.`,
    password: (reference, name, password) =>
      `Das Passwort für das Archiv ${name}, das wir mit unserer Antwort auf Ihre Anfrage ${reference} gesendet haben, lautet: ${password}`,
  },
  fr: {
    attached: (files) => `La copie de vos données est jointe à ce courriel : ${files}.`,
    archived: (name) =>
      `La copie de vos données est jointe à ce courriel dans l’archive ${name}, chiffrée en AES-256. Nous vous envoyons son mot de passe dans un courriel séparé.`,
    password: (reference, name, password) =>
      `Le mot de passe de l’archive ${name}, envoyée avec notre réponse à votre demande ${reference}, est : ${password}`,
  },
  es: {
    attached: (files) => `La copia de sus datos va adjunta a este correo: ${files}.`,
    archived: (name) =>
      `La copia de sus datos va adjunta a este correo en el archivo ${name}, cifrado con AES-256. Le enviamos la contraseña en un correo aparte.`,
    password: (reference, name, password) =>
      `La contraseña del archivo ${name}, enviado con nuestra respuesta a su solicitud ${reference}, es: ${password}`,
  },
  it: {
    attached: (files) => `La copia dei Suoi dati è allegata a questa email: ${files}.`,
    archived: (name) =>
      `La copia dei Suoi dati è allegata a questa email nell’archivio ${name}, cifrato con AES-256. Le inviamo la password in un’email separata.`,
    password: (reference, name, password) =>
      `La password dell’archivio ${name}, inviato con la nostra risposta alla Sua richiesta ${reference}, è: ${password}`,
  },
  nl: {
    attached: (files) => `De kopie van uw gegevens is bij deze e-mail gevoegd: ${files}.`,
    archived: (name) =>
      `De kopie van uw gegevens is bij deze e-mail gevoegd in het archief ${name}, versleuteld met AES-256. Het wachtwoord sturen wij u in een aparte e-mail.`,
    password: (reference, name, password) =>
      `Het wachtwoord van het archief ${name}, verstuurd met ons antwoord op uw verzoek ${reference}, is: ${password}`,
  },
  pt: {
    attached: (files) => `A cópia dos seus dados segue em anexo a este e-mail: ${files}.`,
    archived: (name) =>
      `A cópia dos seus dados segue em anexo a este e-mail no arquivo ${name}, cifrado com AES-256. Enviamos-lhe a palavra-passe num e-mail separado.`,
    password: (reference, name, password) =>
      `A palavra-passe do arquivo ${name}, enviado com a nossa resposta ao seu pedido ${reference}, é: ${password}`,
  },
  'pt-BR': {
    attached: (files) => `A cópia dos seus dados está anexada a este e-mail: ${files}.`,
    archived: (name) =>
      `A cópia dos seus dados está anexada a este e-mail no arquivo ${name}, criptografado com AES-256. Enviamos a senha em um e-mail separado.`,
    password: (reference, name, password) =>
      `A senha do arquivo ${name}, enviado com a nossa resposta à sua solicitação ${reference}, é: ${password}`,
  },
  pl: {
    attached: (files) => `Kopia Państwa danych jest załączona do tej wiadomości: ${files}.`,
    archived: (name) =>
      `Kopia Państwa danych jest załączona do tej wiadomości w archiwum ${name}, zaszyfrowanym AES-256. Hasło wyślemy w osobnej wiadomości.`,
    password: (reference, name, password) =>
      `Hasło do archiwum ${name}, wysłanego z naszą odpowiedzią na Państwa wniosek ${reference}, to: ${password}`,
  },
  sv: {
    attached: (files) => `Kopian av era uppgifter finns bifogad i detta mejl: ${files}.`,
    archived: (name) =>
      `Kopian av era uppgifter finns bifogad i detta mejl i arkivet ${name}, krypterat med AES-256. Lösenordet skickar vi i ett separat mejl.`,
    password: (reference, name, password) =>
      `Lösenordet till arkivet ${name}, som skickades med vårt svar på er begäran ${reference}, är: ${password}`,
  },
  da: {
    attached: (files) => `Kopien af dine oplysninger er vedhæftet denne e-mail: ${files}.`,
    archived: (name) =>
      `Kopien af dine oplysninger er vedhæftet denne e-mail i arkivet ${name}, krypteret med AES-256. Adgangskoden sender vi i en separat e-mail.`,
    password: (reference, name, password) =>
      `Adgangskoden til arkivet ${name}, der blev sendt med vores svar på din anmodning ${reference}, er: ${password}`,
  },
};

/**
 * Stands in the stored second email where the password goes: the outbox keeps the letter without it,
 * and the sender puts the password in only as the email leaves (then forgets it).
 */
export const PASSWORD_PLACEHOLDER = '⟦archive-password⟧';
