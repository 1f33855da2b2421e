// Sentences written for this test, not taken from any set.
import { describeImplicitAsks } from './implicit-asks.test-support.js';

describeImplicitAsks(
  'pl',
  {
    withdraw_consent: [
      'Już się nie zgadzam, żebyście używali moich danych do reklam.',
      'Odznaczcie wszystko, co zaznaczyłem przy rejestracji.',
      'Zaakceptowałem cookies przez pomyłkę, proszę to anulować.',
      'Nie pozwalam już na używanie moich danych.',
      'Cofam to, na co się zgodziłam przy rejestracji.',
      'Zmieniłem zdanie co do zgody na newsletter.',
    ],
    restriction: [
      'Zamroźcie moje dane, dopóki nie sprawdzicie mojej reklamacji.',
      'Wstrzymajcie korzystanie z moich danych do czasu wyjaśnienia sprawy.',
      'Przechowujcie moje dane, ale na razie ich nie używajcie.',
      'Na razie nic nie usuwajcie, ale przestańcie używać moich danych, dopóki to się nie wyjaśni.',
      'Zablokujcie moje dane do czasu sprawdzenia adresu.',
      'Dopóki nie rozpatrzycie skargi, nie róbcie nic z moimi danymi.',
    ],
    objection: [
      'Nie chcę, żebyście analizowali moje zwyczaje.',
      'Przestańcie używać moich danych do badań.',
      'Nie chcę być profilowany.',
      'Nie twórzcie mojego profilu.',
      'Nie chcę, żeby moje dane służyły do trenowania waszej AI.',
      'Nie chcę być analizowana ani monitorowana.',
    ],
    rectification: [
      'Macie złą datę urodzenia, to 3 marca 1985.',
      'Moje nazwisko pisze się przez ż.',
      'Mój adres jest nieaktualny, mieszkam teraz przy ul. Lipowej 5.',
      'Moje imię jest źle zapisane w profilu.',
      'Numer telefonu, który macie, jest już nieaktualny.',
      'Zmieńcie mój e-mail na nowy.',
      'W profilu mam literówkę w nazwisku, proszę poprawić na Kowalczyk.',
    ],
    portability: [
      'Wyślijcie mi moje dane w pliku, który odczyta mój nowy dostawca.',
      'Przenieście moje dane bezpośrednio do nowego operatora.',
      'Wyeksportujcie wszystko, co u was mam, żebym mógł przejść do konkurencji.',
      'Chcę moje dane w formacie do odczytu maszynowego.',
      'Zmieniam dostawcę, dajcie mi moje dane, żebym je zabrał.',
    ],
    access: [
      'Co o mnie wiecie?',
      'Skąd macie mój adres?',
      'Komu daliście moje dane?',
      'Pokażcie mi, co o mnie macie.',
      'Do czego używacie moich danych?',
    ],
    erasure: [
      'Zapomnijcie o mnie.',
      'Niech wszystkie moje dane znikną.',
      'Pozbądźcie się wszystkiego, co o mnie macie.',
      'Wykreślcie mnie całkowicie z waszych systemów.',
      'Zamknijcie moje konto i wyrzućcie wszystkie moje dane.',
    ],
    opt_out_sale: [
      'Nie sprzedawajcie moich danych.',
      'Przestańcie udostępniać moje dane reklamodawcom.',
      'Zatrzymajcie moje dane dla siebie, nie przekazujcie ich dalej.',
      'Nie chcę, żeby moje dane trafiły do brokerów danych.',
    ],
  },
  [
    'Czy mogę później wycofać zgodę?',
    'Jak zmienić adres, jeśli jest błędny?',
    'Zamroźcie projekt, dopóki klient nie zatwierdzi.',
    'Kwota na fakturze jest błędna.',
    'Proszę poprawić na fakturze kwotę za marzec.',
    'Czy analizujecie zwyczaje klientów?',
    'Czy możecie wyeksportować faktury do CSV?',
    'Pozbądźcie się zdublowanych faktur, proszę.',
  ],
  [['Zamknijcie konto i usuńcie wszystko, co o mnie macie.', 'access']],
);
