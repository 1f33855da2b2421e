/**
 * The quoted part of a reply for `form-variants.ts`: a privacy desk's acknowledgement that names rights
 * (so that a quote read as the writer's words would decide), and the line or block above it that mail
 * clients write in the writer's language (Gmail's "On … wrote:", Outlook's "From: / Sent:").
 */

export const QUOTED_LETTER = [
  'Dear requester,',
  '',
  'We have received your message. If you asked for a copy of your personal data (access, Article 15 GDPR),',
  'for its erasure (Article 17), for its correction, or if you object to direct marketing or withdraw your',
  'consent, we will answer within one month. To verify your identity, reply with the code 448193.',
  '',
  'Kind regards,',
  'Privacy Team',
].join('\n');

const WHO = 'Privacy Team <privacy@example.org>';

// Gmail's reply line in each language, as its web client writes it.
const ON_WROTE: Readonly<Record<string, string>> = {
  en: `On Mon, 7 Dec 2026 at 10:02, ${WHO} wrote:`,
  de: `Am Mo., 7. Dez. 2026 um 10:02 Uhr schrieb ${WHO}:`,
  fr: `Le lun. 7 déc. 2026 à 10:02, ${WHO} a écrit :`,
  es: `El lun, 7 dic 2026 a las 10:02, Privacy Team (<privacy@example.org>) escribió:`,
  it: `Il giorno lun 7 dic 2026 alle ore 10:02 ${WHO} ha scritto:`,
  nl: `Op ma 7 dec 2026 om 10:02 schreef ${WHO}:`,
  pt: `Em seg., 7 de dez. de 2026 às 10:02, ${WHO} escreveu:`,
  pl: `pon., 7 gru 2026 o 10:02 ${WHO} napisał(a):`,
  sv: `Den mån 7 dec. 2026 kl 10:02 skrev ${WHO}:`,
  da: `Den man. 7. dec. 2026 kl. 10.02 skrev ${WHO}:`,
  no: `man. 7. des. 2026 kl. 10:02 skrev ${WHO}:`,
  fi: `ma 7.12.2026 klo 10.02 ${WHO} kirjoitti:`,
  cs: `po 7. 12. 2026 v 10:02 odesílatel ${WHO} napsal:`,
  sk: `po 7. 12. 2026 o 10:02 ${WHO} napísal(a):`,
  ro: `În lun., 7 dec. 2026 la 10:02, ${WHO} a scris:`,
  hu: `${WHO} ezt írta (időpont: 2026. dec. 7., H, 10:02):`,
  ru: `пн, 7 дек. 2026 г. в 10:02, ${WHO}:`,
  uk: `пн, 7 груд. 2026 р. о 10:02 ${WHO} пише:`,
  bg: `пн, 7.12.2026 г. в 10:02 ч. ${WHO} написа:`,
  el: `Στις Δευ 7 Δεκ 2026 στις 10:02, ο/η ${WHO} έγραψε:`,
  tr: `${WHO}, 7 Ara 2026 Pzt, 10:02 tarihinde şunu yazdı:`,
  ja: `2026年12月7日(月) 10:02 ${WHO}:`,
  zh: `${WHO} 于2026年12月7日周一 10:02写道：`,
  ko: `2026년 12월 7일 (월) 오전 10:02, ${WHO}님이 작성:`,
  ar: `في الاثنين، 7 ديسمبر 2026 في 10:02 ص، كتب ${WHO}:`,
  he: `בתאריך יום ב׳, 7 בדצמ׳ 2026 ב-10:02 מאת ${WHO}:`,
  vi: `Vào Th 2, 7 thg 12, 2026 vào lúc 10:02 ${WHO} đã viết:`,
  id: `Pada Sen, 7 Des 2026 pukul 10.02 ${WHO} menulis:`,
};

// Outlook's header block: From, Sent, To, Subject in each language.
const BLOCK: Readonly<Record<string, readonly [string, string, string, string]>> = {
  en: ['From', 'Sent', 'To', 'Subject'],
  de: ['Von', 'Gesendet', 'An', 'Betreff'],
  fr: ['De', 'Envoyé', 'À', 'Objet'],
  es: ['De', 'Enviado el', 'Para', 'Asunto'],
  it: ['Da', 'Inviato', 'A', 'Oggetto'],
  nl: ['Van', 'Verzonden', 'Aan', 'Onderwerp'],
  pt: ['De', 'Enviado', 'Para', 'Assunto'],
  pl: ['Od', 'Wysłano', 'Do', 'Temat'],
  sv: ['Från', 'Skickat', 'Till', 'Ämne'],
  da: ['Fra', 'Sendt', 'Til', 'Emne'],
  no: ['Fra', 'Sendt', 'Til', 'Emne'],
  fi: ['Lähettäjä', 'Lähetetty', 'Vastaanottaja', 'Aihe'],
  cs: ['Od', 'Odesláno', 'Komu', 'Předmět'],
  ro: ['De la', 'Trimis', 'Către', 'Subiect'],
  hu: ['Feladó', 'Elküldve', 'Címzett', 'Tárgy'],
  ru: ['От', 'Отправлено', 'Кому', 'Тема'],
  uk: ['Від', 'Надіслано', 'Кому', 'Тема'],
  el: ['Από', 'Στάλθηκε', 'Προς', 'Θέμα'],
  tr: ['Kimden', 'Gönderildi', 'Kime', 'Konu'],
  ja: ['差出人', '送信日時', '宛先', '件名'],
  zh: ['发件人', '发送时间', '收件人', '主题'],
  ko: ['보낸 사람', '보낸 날짜', '받는 사람', '제목'],
};

/** The line (Gmail) or block (Outlook) above the quoted letter, in `language` or else in English. */
export function replyHeaderIn(language: string, shape: 'line' | 'block' = 'line'): string {
  if (shape === 'line') return ON_WROTE[language] ?? ON_WROTE.en!;
  const [from, sent, to, subject] = BLOCK[language] ?? BLOCK.en!;
  return [
    `${from}: ${WHO}`,
    `${sent}: 7.12.2026 10:02`,
    `${to}: writer@example.com`,
    `${subject}: Re: your request`,
  ].join('\n');
}
