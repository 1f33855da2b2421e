// Polish: RODO citations, UODO. First-person text is feminine, so the names are women's names.
import { compactPack } from './compact.js';
import { gdprArticles } from './gdpr.js';

export const pl = compactPack({
  id: 'pl',
  locale: 'pl-PL',
  country: 'Poland',
  tz: '+0100',
  legacyCharset: 'iso-8859-2',
  names: [
    'Anna Kowalska',
    'Katarzyna Nowak',
    'Magdalena Wiśniewska',
    'Agnieszka Wójcik',
    'Joanna Kamińska',
    'Ewa Lewandowska',
  ],
  law: 'RODO',
  authority: 'Prezesa UODO',
  articles: gdprArticles((n) => `art. ${n} RODO`, 'art. 7 ust. 3 RODO', 'sekcji 1798.120 CCPA'),
  style: {
    hi: 'Dzień dobry,',
    dear: 'Szanowni Państwo,',
    thanks: 'Dziękuję,',
    regards: 'Z poważaniem,',
    mobile: 'Wysłane z iPhone’a',
    formalIntro: 'Niniejszym korzystam z praw przysługujących mi na podstawie {law}.',
    deadline: 'Proszę o odpowiedź w terminie miesiąca (art. 12 ust. 3 RODO) i pisemne potwierdzenie.',
    withdrawAny: 'W zakresie, w jakim przetwarzanie opiera się na mojej zgodzie, niniejszym ją wycofuję.',
    angry: 'Piszę już trzeci raz i nadal nie dostałam żadnej odpowiedzi. To niedopuszczalne.',
    complaint: 'Jeśli nie otrzymam odpowiedzi w ciągu miesiąca, złożę skargę do {authority}.',
    context: 'Korzystam z {product} od {year} roku, głównie zawodowo.',
    agent:
      'Reprezentuję {client}; podpisane pełnomocnictwo załączam. W imieniu mojej klientki przekazuję jej żądanie jej własnymi słowami:',
    reply: 'Uzupełniając moją poprzednią wiadomość:',
    ack: 'Otrzymaliśmy Pani wniosek dotyczący danych osobowych, numer {ref}. Odpowiemy w terminie ustawowym.',
    done: 'Wniosek {ref} został zrealizowany: konto i powiązane dane osobowe zostały usunięte.',
    wrote: '{date} {product} Privacy <{org}> napisał(a):',
  },
  subjects: [
    'Wniosek o dostęp do danych',
    'Sprostowanie danych',
    'Usunięcie konta',
    'Ograniczenie przetwarzania',
    'Maile reklamowe',
    'Eksport moich danych',
    'Wycofanie zgody',
    'Nie sprzedawajcie moich danych',
    'Moje konto',
    'Pytanie o moje dane',
  ],
  asks: [
    [
      'Jakie dane osobowe na mój temat przechowujecie? Proszę o ich kopię.',
      'Na podstawie {art} żądam potwierdzenia, czy przetwarzacie moje dane osobowe, a jeśli tak, ich kopii wraz z celami, odbiorcami, okresem przechowywania i źródłem.',
      'Od dwóch lat nie korzystam z {product} i zastanawiam się, co jeszcze o mnie macie. Możecie pokazać wszystko, co jest powiązane z {email}?',
      'Proszę napisać, jakie rodzaje informacji o mnie zebraliście, skąd one pochodzą, do czego ich używacie i komu je przekazaliście.',
    ],
    [
      'Moje nazwisko jest zapisane jako „{wrong}” na koncie i fakturach. Poprawnie: „{last}”. Proszę o korektę.',
      'Na podstawie {art} żądam sprostowania nieprawidłowych danych: moje nazwisko zapisano jako „{wrong}”, a prawidłowo brzmi „{last}”.',
      'Przeprowadziłam się i mam nowy adres e-mail. Proszę zaktualizować moje dane, żeby wszystko trafiało teraz na {newEmail}.',
      'Mój profil u Was jest nieaktualny i niepełny: adres do faktur od lat nie jest mój, brakuje pełnego imienia i nazwiska. Proszę go uzupełnić.',
    ],
    [
      'Proszę usunąć moje konto i wszystkie moje dane osobowe.',
      'Na podstawie {art} żądam usunięcia wszystkich dotyczących mnie danych osobowych, w tym konta i kopii zapasowych, o ile nie musicie ich przechowywać z mocy prawa.',
      'Kończę z {product}. Zamknijcie moje konto i wyczyśćcie wszystko, co o mnie macie, nie wrócę.',
      'Wolałabym, żeby nic po mnie u Was nie zostało: ani konto, ani stare transkrypcje, ani logi z moim nazwiskiem. Niech to wszystko po prostu zniknie.',
    ],
    [
      'Proszę ograniczyć przetwarzanie moich danych, dopóki wyjaśniacie sporne obciążenia z faktury {order}.',
      'Na podstawie {art} żądam ograniczenia przetwarzania, ponieważ kwestionuję prawidłowość danych o użyciu przypisanych do mojego konta. Proszę je do tego czasu jedynie przechowywać.',
      'Nic nie usuwajcie, ale też nie używajcie moich danych, dopóki moja reklamacja faktury {order} nie zostanie rozpatrzona.',
      'Toczę spór sądowy z byłym wspólnikiem o to konto. Do czasu wyroku proszę zostawić moje dane dokładnie tak, jak są: nietknięte, niewykorzystywane i nieusunięte.',
    ],
    [
      'Proszę nie wysyłać mi więcej maili reklamowych. Chcę tylko komunikaty serwisowe.',
      'Na podstawie {art} wnoszę sprzeciw wobec przetwarzania moich danych do analiz i profilowania w oparciu o Wasz prawnie uzasadniony interes.',
      'Nie chcę, żeby moje dane o korzystaniu z usługi trafiały do Waszych badań produktu i statystyk. Proszę przestać.',
      'Proszę NIE zamykać mojego konta. Chcę tylko przestać dostawać newslettery i promocje, i proszę mnie uprzedzić, jeśli sprzeciw miałby oznaczać usunięcie konta.',
    ],
    [
      'Możecie wyeksportować moje dane do JSON albo CSV?',
      'Na podstawie {art} żądam wydania danych, które Wam przekazałam, w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego.',
      'Przechodzę na inne narzędzie i potrzebuję wszystkich projektów, historii zadań i ustawień w pliku, który tam zaimportuję.',
      'Proszę przesłać dane mojego konta bezpośrednio do {provider}, która od przyszłego miesiąca przejmuje tę pracę. Oczekują pliku JSON.',
    ],
    [
      'Wycofuję zgodę na newsletter i analityczne pliki cookie.',
      'Niniejszym wycofuję ze skutkiem na przyszłość zgodę udzieloną na podstawie {art} na przetwarzanie moich danych do analiz produktu.',
      'Przy rejestracji zaznaczyłam, że możecie używać moich plików do ulepszania modeli. Odwołuję tę zgodę.',
      'Pozwoliłam Wam użyć mojego imienia i zdjęcia w historii klienta. Cofam to pozwolenie, proszę je zdjąć.',
    ],
    [
      'Nie sprzedawajcie i nie udostępniajcie moich danych osobowych.',
      'Na podstawie {art} żądam, abyście nie sprzedawali ani nie udostępniali moich danych osobowych, również do reklamy behawioralnej. Mieszkam w Kalifornii.',
      'Proszę wyłączyć mnie z reklam targetowanych i profilowania reklamowego.',
      'Czy sprzedajecie moje dane? Jeśli tak, przestańcie. Nie chcę, żeby moje dane i historia przeglądania trafiały do reklamodawców czy brokerów danych.',
    ],
  ],
  multi: [
    'Najpierw proszę o kopię wszystkich moich danych. Gdy ją dostanę, proszę usunąć konto i wszystkie moje dane.',
    'Żądam dostępu do moich danych osobowych, w tym celów i odbiorców. Wnoszę też sprzeciw wobec przetwarzania moich danych w celach marketingu bezpośredniego i profilowania.',
    'Proszę usunąć moje konto i dane osobowe. Do tego czasu sprzeciwiam się wykorzystywaniu moich danych do reklamy.',
  ],
  negatives: {
    billing: [
      'Podwójne obciążenie {order}',
      'Dzień dobry,\n\nza fakturę {order} ({amount}) pobrano płatność dwa razy. Proszę o zwrot nadpłaty.\n\n{name}',
    ],
    bug: [
      'Eksport kończy się błędem 500',
      'Dzień dobry,\n\nod rana każdy eksport pada po 30 sekundach z błędem 500. Zadanie {order}. Czy jest awaria?\n\n{name}',
    ],
    sales: [
      'Wnioski RODO obsłużone w minutę',
      'Dzień dobry,\n\nnasza platforma automatyzuje wnioski o dostęp, wnioski o usunięcie i rejestr zgód. Znajdą Państwo 15 minut na demo?\n\n{name}\nDział sprzedaży',
    ],
    dpa: [
      'Umowa powierzenia i podprocesorzy',
      'Dzień dobry,\n\nnasz dział prawny prosi o umowę powierzenia przetwarzania i aktualną listę podprocesorów z lokalizacjami serwerów.\n\n{name}',
    ],
    phishing: [
      'Pilne: potwierdź zgodę',
      'Drogi użytkowniku,\n\nTwoja skrzynka zostanie zablokowana, jeśli w ciągu 24 godzin nie potwierdzisz ustawień zgody. Aby zrezygnować z blokady, zaloguj się: http://secure-verify.example.net/zgoda\n\nZespół bezpieczeństwa',
    ],
    policy_question: [
      'Przechowywanie logów',
      'Dzień dobry,\n\njak długo przechowujecie logi zapytań i czy są w nich adresy IP?\n\n{name}',
    ],
    sale_question: [
      'Czy sprzedajecie dane?',
      'Dzień dobry,\n\nporównuję narzędzia dla klienta. Czy {product} sprzedaje lub udostępnia dane klientów reklamodawcom?\n\n{name}',
    ],
    out_of_office: [
      'Odpowiedź automatyczna: {product}',
      'Dziękuję za wiadomość. Do {date} jestem poza biurem i nie czytam poczty. W pilnych sprawach: biuro@example.com.\n\n{name}',
    ],
    vendor: [
      'Kwestionariusz bezpieczeństwa dostawcy',
      'Szanowni Państwo,\n\nprosimy o wypełnienie załączonego kwestionariusza bezpieczeństwa (szyfrowanie, kontrola dostępu, incydenty) do końca miesiąca.\n\n{name}\nZakupy',
    ],
  },
  weight: 4,
});
