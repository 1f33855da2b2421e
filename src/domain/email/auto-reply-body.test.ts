import { describe, expect, it } from 'vitest';
import { autoReplyBodyRule } from './auto-reply-body.js';
import { detectAutomaticMail } from './automatic.js';
import { textEmail } from '../classify/text-email.test-support.js';

// Notices as responders write them, one or more per language: a return date, no access to mail, a
// colleague to contact. Not one of them says so in a header or in its subject.
const ABSENCES: readonly (readonly [string, string])[] = [
  ['en', 'I am out of the office until 12 January with no access to email.'],
  [
    'en',
    'Hello,\n\nThank you for your email. I am currently on annual leave and will return on Monday 5 May.\nFor urgent matters please contact my colleague at jane@acme.example.\n\nKind regards,\nJane Doe\nHead of Marketing\n+44 20 7946 0958',
  ],
  [
    'de',
    'Ich bin bis zum 12. Januar nicht im Büro und habe keinen Zugriff auf meine E-Mails.\nIn dringenden Fällen wenden Sie sich bitte an meine Kollegin.',
  ],
  [
    'de',
    'Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 3. August im Urlaub.\n\nMit freundlichen Grüßen\nKlaus Becker',
  ],
  [
    'fr',
    "Bonjour,\nJe suis absente du bureau jusqu'au 15 août. Pour toute urgence, merci de contacter mon collègue au 01 23 45 67 89.\nCordialement,\nMarie Dupont",
  ],
  [
    'es',
    'Estoy fuera de la oficina hasta el 3 de septiembre. Para asuntos urgentes, contacte con maria@empresa.example.',
  ],
  ['it', 'Sono in ferie fino al 20 agosto. Per urgenze contattare la collega a ufficio@azienda.example.'],
  [
    'nl',
    'Ik ben met vakantie tot en met 20 juli en heb beperkt toegang tot mijn e-mail. Voor dringende zaken kunt u contact opnemen met collega@bedrijf.example.',
  ],
  ['pt', 'Estou de férias até 10 de março, sem acesso ao e-mail. Em caso urgente, contacte a minha colega.'],
  ['sv', 'Jag är på semester till 4 augusti. Vid brådskande ärenden, kontakta växeln på 08-123 456 78.'],
  ['da', 'Jeg er på ferie til og med 28. juli. I hastende sager kontakt venligst min kollega.'],
  ['no', 'Jeg har ferie til 1. august. Ved hastesaker, ta kontakt med sentralbordet på 22 33 44 55.'],
  ['fi', 'Olen lomalla 15.7. asti. Kiireellisissä asioissa ota yhteyttä kollegaani.'],
  [
    'et',
    'Olen puhkusel kuni 10. augustini. Kiiretel juhtudel võtke palun ühendust kolleegiga info@firma.example.',
  ],
  ['lv', 'Esmu atvaļinājumā līdz 12. augustam. Steidzamos jautājumos rakstiet uz info@uznemums.example.'],
  ['lt', 'Esu atostogose iki rugpjūčio 12 d. Skubiais klausimais rašykite info@imone.example.'],
  [
    'pl',
    'Dziękuję za wiadomość. Jestem na urlopie do 10 sierpnia. W pilnych sprawach proszę o kontakt z biurem.',
  ],
  ['cs', 'Jsem na dovolené do 14. srpna. V naléhavých případech kontaktujte kolegu na 602 123 456.'],
  ['sk', 'Som na dovolenke do 14. augusta. V urgentných prípadoch kontaktujte kolegu na info@firma.example.'],
  ['hu', 'Szabadságon vagyok augusztus 20-ig. Sürgős ügyben kérem, írjon az info@ceg.example címre.'],
  ['ro', 'Sunt în concediu până pe 20 august. Pentru situații urgente, contactați-mă la 0722 123 456.'],
  ['hr', 'Na godišnjem odmoru sam do 20. kolovoza. Za hitne slučajeve obratite se na info@tvrtka.example.'],
  ['sl', 'Do 20. avgusta sem na dopustu. V nujnih primerih pišite na info@podjetje.example.'],
  ['ru', 'Спасибо за ваше письмо. Я в отпуске до 5 мая и отвечу после возвращения.'],
  ['uk', 'Я у відпустці до 20 серпня. З термінових питань звертайтеся до колеги: info@firma.example.'],
  ['bg', 'Ще бъда в отпуск до 20 август. За спешни въпроси пишете на info@firma.example.'],
  [
    'el',
    'Είμαι εκτός γραφείου έως τις 20 Αυγούστου. Για επείγοντα θέματα επικοινωνήστε με το info@etaireia.example.',
  ],
  ['tr', '20 Ağustos tarihine kadar izindeyim. Acil durumlarda info@sirket.example adresine yazabilirsiniz.'],
  ['he', 'אני בחופשה עד 20 באוגוסט. בעניינים דחופים ניתן לפנות אל info@company.example.'],
  ['ar', 'أنا في إجازة حتى 20 أغسطس. للأمور العاجلة يرجى التواصل مع info@company.example.'],
  ['hi', 'मैं 20 अगस्त तक छुट्टी पर हूँ। तत्काल मामलों के लिए info@company.example पर लिखें।'],
  ['id', 'Saya sedang cuti sampai 20 Agustus. Untuk hal mendesak, hubungi info@perusahaan.example.'],
  ['vi', 'Tôi đang nghỉ phép đến ngày 20 tháng 8. Việc khẩn xin liên hệ info@congty.example.'],
  ['zh', '感谢您的来信。我目前正在休假，将于5月5日回来。紧急事宜请联系 li@example.cn。'],
  ['ja', '8月20日まで休暇をいただいております。至急のご用件は info@kaisha.example までご連絡ください。'],
  ['ko', '8월 20일까지 휴가입니다. 긴급한 용무는 info@company.example 로 연락 주세요.'],
  ['th', 'ผมลาพักร้อนถึงวันที่ 20 สิงหาคม กรณีด่วนกรุณาติดต่อ info@company.example'],
];

const ACKNOWLEDGEMENTS: readonly (readonly [string, string])[] = [
  [
    'en',
    'We have received your request. Your ticket number is 12345. We will respond within 2 business days.',
  ],
  ['en', 'This mailbox is not monitored. Please contact support@acme.example.'],
  ['de', 'Wir haben Ihre Anfrage erhalten. Ihre Ticketnummer lautet 4711. Wir melden uns in Kürze.'],
  ['fr', 'Nous avons bien reçu votre demande. Numéro de ticket : 8812. Nous vous répondrons rapidement.'],
  [
    'es',
    'Gracias por su mensaje. Hemos recibido su solicitud y le responderemos lo antes posible. Número de ticket: 48213.',
  ],
  [
    'nl',
    'Wij hebben uw bericht in goede orde ontvangen. Ticketnummer: 3321. U hoort zo spoedig mogelijk van ons.',
  ],
];

describe('autoReplyBodyRule', () => {
  it.each(ABSENCES)('reads a %s out-of-office notice as one: %j', (_, text) => {
    expect(autoReplyBodyRule(text)).toBe('absence');
  });

  it.each(ACKNOWLEDGEMENTS)('reads a %s ticket acknowledgement as one: %j', (_, text) => {
    expect(autoReplyBodyRule(text)).toBe('acknowledgement');
  });

  it('reads a notice above our quoted letter as a notice', () => {
    const text =
      'I am out of the office until 12 January. In urgent cases call my colleague on +44 20 7946 0958.\n\n' +
      'On Mon, 4 May 2026 at 09:00, Privacy Team <privacy@zmapi.example> wrote:\n' +
      '> Please confirm your identity: delete requests need a code.\n> Your code is 1234-5678.';
    expect(autoReplyBodyRule(text)).toBe('absence');
  });

  it.each([
    ['en', "I'm away until Monday, but please delete my account now."],
    ['en', 'I am out of the office until Monday. Please send me a copy of my data.'],
    ['en', 'I am on holiday until Monday. What data do you hold about me?'],
    ['en', 'I am out of the office until Monday. I want to know what you know about me.'],
    ['en', 'Please send me a copy of my data.\n\nJane Doe\nOut of office Fridays'],
    ['en', 'I was on holiday when you sent my details to a marketing firm. Why?'],
    ['de', 'Ich bin bis Montag im Urlaub, aber bitte löschen Sie mein Konto sofort.'],
    ['de', 'Ich bin nicht im Büro. Ich widerrufe meine Einwilligung zur Werbung.'],
    ['fr', "Je suis absente du bureau jusqu'au 15 août, mais supprimez mes données dès maintenant."],
    ['es', 'Estoy de vacaciones hasta el lunes. Dejen de mandarme correos publicitarios.'],
    ['nl', 'Ik ben met vakantie tot maandag, maar verwijder alstublieft mijn account.'],
    ['pl', 'Jestem na urlopie do poniedziałku. Proszę usunąć moje dane.'],
    ['ru', 'Я в отпуске до понедельника, но удалите мой аккаунт сейчас.'],
    ['zh', '我在休假，但请立即删除我的账户。'],
    ['en', 'I am out of the office until Monday. My code is 4821-0937.'],
    ['de', 'Ich bin im Urlaub bis zum 3. August.\n4821 0937'],
    ['it', 'Sono in ferie fino al 20 agosto, ma cancellate subito il mio account.'],
    ['pt', 'Estou de férias até segunda. Quero uma cópia dos meus dados.'],
    ['sv', 'Jag är på semester till måndag, men radera mitt konto nu.'],
    ['ja', '休暇中ですが、私のアカウントを削除してください。'],
    ['de', 'Bitte löschen Sie meine Daten.\n\nJürgen Weber\nFreitags nicht im Büro'],
    // Words of a person about a notice, not a notice.
    ['en', 'Your out of office reply keeps arriving every day.'],
    ['en', 'I have left the company and still get your newsletters, stop them.'],
  ])('does not read a %s request or complaint as a notice: %j', (_, text) => {
    expect(autoReplyBodyRule(text)).toBeNull();
  });

  it('does not read a notice above 100,000 characters of quoted mail', () => {
    const quoted = `On Mon, 4 May 2026, Privacy Team <privacy@zmapi.example> wrote:\n${'> a line of our letter\n'.repeat(5_000)}`;
    expect(autoReplyBodyRule(`I am out of the office until 12 January.\n\n${quoted}`)).toBeNull();
    expect(autoReplyBodyRule(`I am out of the office until 12 January.\n\n${quoted.slice(0, 2_000)}`)).toBe(
      'absence',
    );
  });

  it('does not read a long message as a notice, whatever it opens with', () => {
    const text = `I am out of the office until 12 January.\n\n${'I have a few things to say here. '.repeat(25)}`;
    expect(autoReplyBodyRule(text)).toBeNull();
  });
});

describe('detectAutomaticMail with a notice in the body', () => {
  const email = (subject: string, text: string) => textEmail(text, subject);
  const context = { ownAddresses: [], isOwnMessageId: () => false };

  it('names the rule, never the text', () => {
    const verdict = detectAutomaticMail(
      email('Re: your request', 'Ich bin bis zum 12. Januar nicht im Büro.'),
      context,
    );
    expect(verdict).toEqual({ kind: 'auto_reply', reason: 'out-of-office notice in the body' });
    const ticket = detectAutomaticMail(email('Re: Support', ACKNOWLEDGEMENTS[0]![1]), context);
    expect(ticket).toEqual({ kind: 'auto_reply', reason: 'automatic acknowledgement in the body' });
  });

  it("leaves a person's mail with a notice-like opening to the classifier", () => {
    expect(
      detectAutomaticMail(
        email('Re: your request', "I'm away until Monday, but please delete my account now."),
        context,
      ),
    ).toBeNull();
  });
});
