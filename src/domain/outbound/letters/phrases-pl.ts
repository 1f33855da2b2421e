/** Polish letters, addressed formally as "Państwo" (gender-neutral). */
import type { Phrases } from './phrases.js';

/** Polish plural forms: 1 dzień, 2-4 dni / miesiące, 5+ dni / miesięcy (12-14 take the genitive). */
const form = (n: number, one: string, few: string, many: string) => {
  if (n === 1) return `${n} ${one}`;
  const tens = n % 100;
  const last = n % 10;
  return `${n} ${last >= 2 && last <= 4 && (tens < 12 || tens > 14) ? few : many}`;
};

export const pl: Phrases = {
  gdpr: 'RODO',
  articles: 'Art.',
  period: (n, unit) =>
    ({
      business_days: form(n, 'dzień roboczy', 'dni robocze', 'dni roboczych'),
      days: form(n, 'dzień', 'dni', 'dni'),
      months: form(n, 'miesiąc', 'miesiące', 'miesięcy'),
      years: form(n, 'rok', 'lata', 'lat'),
    })[unit],
  // A formal Polish salutation by name needs Pan/Pani, i.e. a gender we do not know: the plural form serves all.
  greeting: () => 'Szanowni Państwo,',
  closing: 'Z poważaniem',
  signature: (organisation) => `Zespół ds. ochrony danych ${organisation}`,
  policy: (url) => `Polityka prywatności: ${url}`,
  right: {
    access: 'dostępu do danych',
    rectification: 'sprostowania nieprawidłowych danych',
    erasure: 'usunięcia danych',
    restriction: 'ograniczenia przetwarzania',
    objection: 'sprzeciwu wobec przetwarzania',
    portability: 'przenoszenia danych',
    withdraw_consent: 'wycofania zgody',
    opt_out_sale: 'rezygnacji ze sprzedaży lub udostępniania danych',
  },
  ground: {
    identity_not_verified:
      'Nie udało się nam potwierdzić Państwa tożsamości. Możemy zrealizować wniosek dopiero wtedy, gdy mamy pewność, że pochodzi od osoby, której dane dotyczą.',
    manifestly_unfounded: 'Wniosek jest ewidentnie nieuzasadniony.',
    excessive: 'Wniosek jest nadmierny, w szczególności ze względu na powtarzanie wcześniejszych wniosków.',
    legal_exemption:
      'Do Państwa wniosku ma zastosowanie wyjątek przewidziany prawem, dlatego nie mamy obowiązku go zrealizować.',
    duplicate:
      'Ten wniosek powtarza wniosek, który już Państwo do nas wysłali i który rozpatrujemy lub na który już odpowiedzieliśmy.',
    not_a_request:
      'Państwa wiadomość nie zawiera żądania wykonania prawa dotyczącego ochrony danych. Jeśli było to Państwa zamiarem, prosimy o odpowiedź z informacją, czego Państwo od nas oczekują.',
    outside_jurisdiction:
      'Przepisy o ochronie danych, które przyznają to prawo, nie mają zastosowania do Państwa wniosku.',
  },
  subject: {
    acknowledgement: 'Otrzymaliśmy Państwa wniosek',
    verification_request: 'Prosimy o potwierdzenie tożsamości',
    verification_success: 'Państwa tożsamość została potwierdzona',
    clarification_request: 'Potrzebujemy dodatkowych informacji',
    extension_notice: 'Potrzebujemy więcej czasu na rozpatrzenie wniosku',
    outcome_fulfilled: 'Państwa wniosek został zrealizowany',
    outcome_partial: 'Państwa wniosek został zrealizowany częściowo',
    outcome_rejected: 'W sprawie Państwa wniosku',
    appeal_received: 'Otrzymaliśmy Państwa odwołanie',
    appeal_decision: 'Decyzja w sprawie Państwa odwołania',
    staff_message: 'W sprawie Państwa wniosku',
  },
  received: (reference, date) =>
    `Dnia ${date} otrzymaliśmy Państwa wniosek dotyczący danych osobowych. Jego numer to ${reference}; prosimy zachować go w temacie wiadomości, pisząc do nas w tej sprawie.`,
  answerBy: (date) => `Odpowiemy najpóźniej do dnia ${date}.`,
  timeLimit: (period, extension, cite) =>
    extension
      ? `Prawo daje nam na odpowiedź ${period} od otrzymania wniosku; w razie potrzeby możemy przedłużyć ten termin o ${extension.by} (łącznie ${extension.total}), o czym poinformujemy Państwa, podając przyczyny (${cite}).`
      : `Prawo daje nam na odpowiedź ${period} od otrzymania wniosku (${cite}).`,
  timeLimitAppliesTo: (rights) => `Termin ten dotyczy ${rights}.`,
  noFixedTimeLimit: (rest, cite) =>
    `W odniesieniu do ${rest ? 'pozostałej części wniosku' : 'Państwa wniosku'} prawo nie określa stałej liczby dni${cite ? ` (${cite})` : ''}; odpowiemy najszybciej, jak to możliwe.`,
  receiptConfirmed: (period, cite) =>
    `Prawo daje nam ${period} na potwierdzenie otrzymania wniosku (${cite}); niniejsza wiadomość jest tym potwierdzeniem.`,
  optOutTimeLimit: (period, cite) =>
    `Prawo nakazuje nam zrealizować żądanie rezygnacji ze sprzedaży lub udostępniania danych tak szybko, jak to praktycznie możliwe, najpóźniej w ciągu ${period} od jego otrzymania (${cite}).`,
  mayVerifyIdentity:
    'Możemy najpierw poprosić Państwa o potwierdzenie tożsamości, aby Państwa dane nigdy nie trafiły do innej osoby.',
  identityStartsClock: (cite) =>
    `W takim przypadku termin biegnie od dnia otrzymania przez nas Państwa potwierdzenia (${cite}).`,
  noVerificationForOptOut: (cite) =>
    `W przypadku tego wniosku nie muszą Państwo potwierdzać tożsamości (${cite}).`,
  confirmIdentity: (reference) =>
    `Aby chronić Państwa dane, musimy potwierdzić, że wniosek ${reference} pochodzi od Państwa. Prosimy odpowiedzieć na tę wiadomość z adresu, z którego Państwo do nas napisali, i podać ten kod:`,
  codeValidUntil: (date) => `Kod jest ważny do ${date}.`,
  notYou: 'Jeżeli nie składali Państwo tego wniosku, mogą Państwo zignorować tę wiadomość.',
  identityConfirmed: (reference) =>
    `Dziękujemy: potwierdziliśmy Państwa tożsamość dla wniosku ${reference}. Rozpatrujemy teraz wniosek i poinformujemy Państwa o wyniku.`,
  needInformation: (reference) =>
    `Aby rozpatrzyć Państwa wniosek ${reference}, potrzebujemy dodatkowych informacji:`,
  pleaseReply: 'Prosimy o odpowiedź na tę wiadomość.',
  clockStopped: (cite) =>
    `Do czasu otrzymania Państwa odpowiedzi nasz termin na odpowiedź nie biegnie (${cite}).`,
  needMoreTime: (reference, cite) =>
    `Potrzebujemy więcej czasu na odpowiedź na Państwa wniosek ${reference}, na co pozwala prawo (${cite}).`,
  theReason: 'Przyczyna:',
  newDeadline: (date) => `Odpowiemy najpóźniej do dnia ${date}.`,
  noSaleByPolicy: (reference) =>
    `Odnotowaliśmy Państwa wniosek ${reference} o rezygnację ze sprzedaży Państwa danych osobowych. Jak podaje nasza polityka prywatności, nie sprzedajemy danych osobowych.`,
  completed: (reference) => `Zrealizowaliśmy Państwa wniosek ${reference}.`,
  completedInPart: (reference) => `Zrealizowaliśmy częściowo Państwa wniosek ${reference}.`,
  questions: 'W razie pytań prosimy odpowiedzieć na tę wiadomość.',
  labelled: (label, text) => `${label}: ${text}`,
  actionSeparator: '; ',
  systemsIntro: 'Co zrobiliśmy w każdym z naszych systemów:',
  untranslatedFacts: (language) =>
    `Niektóre z poniższych informacji przytaczamy w brzmieniu z naszej dokumentacji (język: ${language}).`,
  taskAction: {
    search: 'wyszukanie Państwa danych',
    export: 'kopia Państwa danych',
    delete: 'usunięcie Państwa danych',
    correct: 'sprostowanie Państwa danych',
    restrict: 'ograniczenie przetwarzania Państwa danych',
  },
  nothingHeld: 'nie zawierał Państwa danych',
  keptIntro: 'Usunęliśmy Państwa dane, z wyjątkiem poniższych, które musimy przechowywać:',
  keptFor: (period) => `przechowywane przez ${period}`,
  keptForUpTo: (period) => `przechowywane maksymalnie przez ${period}`,
  whileAccountOpen: 'przechowywane, dopóki Państwa konto jest aktywne',
  whileAccountOpenAndAfter:
    'przechowywane, dopóki Państwa konto jest aktywne, oraz przez rozsądny okres po jego usunięciu',
  asLongAsNeeded: 'przechowywane tylko tak długo, jak wymaga tego ten cel',
  legalObligation: (cite) => `w celu wywiązania się z obowiązku prawnego (${cite})`,
  legalClaims: (cite) => `w celu ustalenia, dochodzenia lub obrony roszczeń (${cite})`,
  recipientsTold: (cite) =>
    `Poinformowaliśmy o tym odbiorców Państwa danych; na żądanie wskażemy, kim oni są (${cite}).`,
  keptOnlyForThat: (cite) => `Przechowywane dane wykorzystujemy wyłącznie w tym celu (${cite}).`,
  cannotAct: (reference) => `Nie możemy zrealizować Państwa wniosku ${reference}. Przyczyna:`,
  accessIntro: (cite) => `Wraz z Państwa danymi przekazujemy następujące informacje (${cite}).`,
  purposes: 'Cele przetwarzania Państwa danych:',
  categories: 'Kategorie danych, które posiadamy:',
  recipients: 'Odbiorcy Państwa danych:',
  transfers: (cite) => `Przekazywanie Państwa danych do innych państw i stosowane zabezpieczenia (${cite}):`,
  retention: 'Okres przechowywania:',
  source: 'Źródło Państwa danych:',
  otherRights: 'Mają Państwo również prawo żądać od nas:',
  euComplaint: (authority, cite) =>
    `Mają Państwo prawo wnieść skargę do organu nadzorczego${
      authority
        ? `, w naszym przypadku ${authority.name} (${authority.url})`
        : ', w szczególności w państwie członkowskim swojego zwykłego pobytu, miejsca pracy lub miejsca popełnienia domniemanego naruszenia'
    }, oraz do skutecznego środka ochrony prawnej przed sądem (${cite}).`,
  ukComplaint: (ico, cite) =>
    `Mają Państwo prawo wnieść skargę do ${ico.name} (${ico.url}) i dochodzić swoich praw przed sądem (${cite}).`,
  ukControllerComplaint: (address, period, cite) =>
    `Jeżeli nie są Państwo zadowoleni ze sposobu, w jaki przetwarzamy Państwa dane osobowe, mogą Państwo najpierw złożyć do nas skargę na adres ${address}; prawo daje nam ${period} na potwierdzenie otrzymania skargi, a o jej wyniku poinformujemy Państwa bez zbędnej zwłoki (${cite}).`,
  ccpaKnowDenied: (cite) =>
    `Jeżeli częściowo odmawiamy udzielenia informacji, przekazujemy pozostałe żądane informacje (${cite}).`,
  ccpaKnowUnverified: (cite, listed) =>
    `Ponieważ nie mogliśmy zweryfikować Państwa tożsamości, nie udostępniamy żadnych Państwa danych osobowych (${cite}). Nasza polityka prywatności opisuje, jak postępujemy z danymi osobowymi${listed ? '; w skrócie:' : '.'}`,
  ccpaDeleteDenied: (cite) =>
    `Jeżeli częściowo odmawiamy usunięcia, usuwamy dane osobowe nieobjęte wyjątkiem, a zachowanych nie wykorzystujemy w żadnym innym celu (${cite}).`,
  ccpaCorrectDenied: (cite) =>
    `Jeżeli nadal uważają Państwo te informacje za nieprawidłowe, mogą Państwo przesłać nam dokumenty na poparcie wniosku; rozpatrzymy je i weźmiemy pod uwagę (${cite}).`,
  ccpaDeletionRecord: (cite) =>
    `Przechowujemy zapis Państwa wniosku o usunięcie danych i naszej odpowiedzi, jak wymaga tego prawo (${cite}).`,
  ccpaComplaint: (agency, attorneyGeneral) =>
    `Mogą Państwo złożyć skargę do ${agency.name} (${agency.url}) lub do ${attorneyGeneral.name} (${attorneyGeneral.url}).`,
  appealHow: (period, extension, cite) =>
    `Mogą Państwo odwołać się od tej decyzji: wystarczy odpowiedzieć na tę wiadomość i napisać, że składają Państwo odwołanie, podając dowolne uzasadnienie. Odpowiemy na odwołanie na piśmie w ciągu ${period} od jego otrzymania${extension ? `; w razie potrzeby możemy przedłużyć ten termin o ${extension}, podając Państwu przyczyny` : ''} (${cite}).`,
  lgpdComplaint: (anpd, cite) =>
    `Mają Państwo prawo zwrócić się w sprawie swoich danych do ${anpd.name} (${anpd.url}) oraz dochodzić swoich praw przed sądem (${cite}).`,
  pipedaComplaint: (commissioner, cite) =>
    `Mają Państwo prawo złożyć skargę do ${commissioner.name} (${commissioner.url}), a po jego raporcie zwrócić się do Sądu Federalnego (${cite}).`,
  pipedaExtensionComplaint: (commissioner, cite) =>
    `Mają Państwo prawo złożyć skargę na to przedłużenie terminu do ${commissioner.name} (${commissioner.url}) (${cite}).`,
  quebecComplaint: (commission, cite) =>
    `Mogą Państwo zwrócić się do ${commission.name} (${commission.url}) o rozpatrzenie tego sporu w ciągu 30 dni od otrzymania tego pisma. Chętnie pomożemy Państwu zrozumieć tę decyzję (${cite}).`,
  quebecInquiry: (commission, cite) =>
    `Mogą Państwo złożyć skargę do ${commission.name} (${commission.url}) (${cite}).`,
  appealReceived: (reference) => `Otrzymaliśmy Państwa odwołanie dotyczące wniosku ${reference}.`,
  appealAnswerBy: (date, extension, cite) =>
    `Ponownie rozpatrzymy naszą decyzję i odpowiemy na piśmie najpóźniej do dnia ${date}${extension ? `, chyba że będziemy musieli przedłużyć ten termin maksymalnie o ${extension}; poinformujemy o tym Państwa wcześniej, podając przyczyny` : ''} (${cite}).`,
  appealDenied: (reference) =>
    `Rozpatrzyliśmy Państwa odwołanie dotyczące wniosku ${reference}. Nasza pierwotna decyzja zostaje utrzymana. Przyczyna:`,
  appealGranted: (reference) =>
    `Rozpatrzyliśmy Państwa odwołanie dotyczące wniosku ${reference} i uchyliliśmy naszą pierwotną decyzję: zrealizujemy teraz Państwa wniosek. Przyczyna:`,
  attorneyGeneral: (contact, cite) =>
    `Jeżeli nie zgadzają się Państwo z tą decyzją, mogą Państwo złożyć skargę do ${contact.name}: ${contact.url} (${cite}).`,
};
