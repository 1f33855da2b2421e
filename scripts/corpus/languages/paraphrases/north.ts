// Three more plain wordings per right in Dutch, Polish, Portuguese (both), Swedish and Danish (train only).
// Polish and Brazilian Portuguese senders are women (see the packs), so first-person forms agree.
import { type Paraphrases } from '../../types.js';

export const NORTH: Readonly<Record<string, Paraphrases>> = {
  nl: {
    access: [
      'Ik wil graag zien welke informatie uw bedrijf over mij heeft opgeslagen. Stuur die mij alstublieft toe.',
      'Graag ontvang ik een volledige kopie van mijn persoonsgegevens, ook wat via de app is verzameld.',
      'Welke gegevens houdt u over mij bij? Ik doe hierbij een inzageverzoek en wil graag een kopie.',
    ],
    rectification: [
      'In uw administratie staat mijn achternaam als "{wrong}", maar het is "{last}". Wilt u mijn gegevens aanpassen?',
      'Een deel van de informatie die u over mij heeft klopt niet: het telefoonnummer is niet van mij. Graag verbeteren.',
      'Kunt u de spelling van mijn achternaam in uw systeem herstellen? Het is "{last}", niet "{wrong}".',
    ],
    erasure: [
      'Ik wil dat mijn persoonlijke gegevens uit uw systemen worden verwijderd en mijn account definitief wordt opgeheven.',
      'Wis alstublieft alle gegevens die u over mij heeft opgeslagen en bevestig mij dat ze verwijderd zijn.',
      'Graag mijn profiel en alle bijbehorende records uit uw database verwijderen.',
    ],
    restriction: [
      'Zet de verwerking van mijn persoonsgegevens alstublieft stil tot de factuurfout op {order} is onderzocht.',
      'Zolang u controleert of mijn accountgegevens juist zijn, beperk het gebruik van mijn gegevens dan tot opslag.',
      'Ik verzoek u mijn gegevens als beperkt te markeren en ze niet verder te verwerken zolang de betwiste afschrijving op {order} wordt bekeken.',
    ],
    objection: [
      'Haal mij alstublieft van uw marketinglijsten. Ik wil geen reclamemails meer.',
      'Ik maak bezwaar tegen het gebruik van mijn persoonsgegevens voor direct marketing en voor het opstellen van een profiel van mij.',
      'Stop alstublieft met het verwerken van mijn gegevens voor gepersonaliseerde aanbevelingen en advertenties. Ik maak daar bezwaar tegen.',
    ],
    portability: [
      'Stuur mij alle gegevens die ik u heb verstrekt in een downloadbaar, machineleesbaar bestand.',
      'Ik wil graag een export van mijn account: contacten, projecten en instellingen, als het kan in CSV.',
      'Kan ik mijn gegevens terugkrijgen in een overdraagbaar formaat zoals JSON? Ik beroep me op mijn recht op dataportabiliteit.',
    ],
    withdraw_consent: [
      'Ik geef geen toestemming meer voor het verwerken van mijn gegevens voor marketing. Beschouw mijn toestemming als ingetrokken.',
      'Trek alstublieft de toestemming in die ik gaf voor gepersonaliseerde e-mails en trackingcookies.',
      'Vanaf vandaag trek ik mijn akkoord in om aanbiedingen per e-mail en sms te ontvangen.',
    ],
    opt_out_sale: [
      'Sluit mij alstublieft uit van elke verkoop van mijn persoonsgegevens.',
      'Deel mijn gegevens niet met derden tegen betaling of voor reclame. Noteer alstublieft mijn opt-out.',
      'Ik wil niet dat mijn persoonlijke informatie aan andere bedrijven wordt verkocht. Stop met zulke verkoop.',
    ],
  },
  pl: {
    access: [
      'Chciałabym zobaczyć wszystkie informacje, które Państwa firma przechowuje na mój temat. Proszę mi je przesłać.',
      'Proszę o pełną kopię moich danych osobowych, także tych zebranych przez aplikację.',
      'Jakie dane na mój temat Państwo przechowują? Składam wniosek o dostęp i proszę o kopię.',
    ],
    rectification: [
      'W Państwa rejestrach moje nazwisko figuruje jako „{wrong}”, a poprawnie to „{last}”. Proszę o zmianę danych.',
      'Część informacji, które Państwo o mnie mają, jest błędna: zapisany numer telefonu nie jest mój. Proszę go poprawić.',
      'Czy mogą Państwo poprawić pisownię mojego nazwiska w systemie? To „{last}”, nie „{wrong}”.',
    ],
    erasure: [
      'Chcę, aby moje dane osobowe zostały usunięte z Państwa systemów, a moje konto zamknięte na stałe.',
      'Proszę wymazać wszystkie dane, które Państwo o mnie przechowują, i potwierdzić ich usunięcie.',
      'Proszę usunąć mój profil i wszystkie powiązane z nim rekordy z Państwa bazy danych.',
    ],
    restriction: [
      'Proszę wstrzymać przetwarzanie moich danych osobowych do czasu sprawdzenia błędu w rozliczeniu {order}.',
      'Dopóki Państwo sprawdzają, czy dane mojego konta są prawidłowe, proszę ograniczyć korzystanie z nich do samego przechowywania.',
      'Proszę oznaczyć moje dane jako ograniczone i nie przetwarzać ich dalej, dopóki sporna opłata z {order} jest wyjaśniana.',
    ],
    objection: [
      'Proszę wypisać mnie z list marketingowych. Nie chcę już otrzymywać e-maili promocyjnych.',
      'Sprzeciwiam się wykorzystywaniu moich danych osobowych do marketingu bezpośredniego i do tworzenia mojego profilu.',
      'Proszę przestać przetwarzać moje dane do spersonalizowanych rekomendacji i reklam. Wnoszę sprzeciw.',
    ],
    portability: [
      'Proszę przesłać mi wszystkie dane, które Państwu przekazałam, w pliku do pobrania w formacie nadającym się do odczytu maszynowego.',
      'Poproszę o eksport danych z mojego konta: kontakty, projekty i ustawienia, najlepiej w CSV.',
      'Czy mogę otrzymać swoje dane w przenośnym formacie, np. JSON? Korzystam z prawa do przenoszenia danych.',
    ],
    withdraw_consent: [
      'Nie zgadzam się już na przetwarzanie moich danych w celach marketingowych. Proszę uznać moją zgodę za wycofaną.',
      'Proszę anulować zgodę, którą wyraziłam na spersonalizowane e-maile i pliki cookie śledzące.',
      'Od dziś cofam zgodę na otrzymywanie ofert e-mailem i SMS-em.',
    ],
    opt_out_sale: [
      'Proszę wyłączyć mnie z wszelkiej sprzedaży moich danych osobowych.',
      'Nie udostępniajcie moich danych podmiotom trzecim za pieniądze ani w celach reklamowych. Proszę odnotować mój sprzeciw wobec sprzedaży.',
      'Nie chcę, aby moje dane osobowe były sprzedawane innym firmom. Proszę zaprzestać takiej sprzedaży.',
    ],
  },
  pt: {
    access: [
      'Gostaria de ver toda a informação que a vossa empresa guarda sobre mim. Por favor, enviem-ma.',
      'Peço uma cópia completa dos meus dados pessoais, incluindo os recolhidos através da aplicação.',
      'Que registos têm sobre mim? Faço um pedido de acesso e gostaria de receber uma cópia.',
    ],
    rectification: [
      'Nos vossos registos o meu apelido aparece como "{wrong}", mas é "{last}". Por favor, alterem os meus dados.',
      'Parte da informação que têm sobre mim está errada: o número de telefone registado não é meu. Corrijam-no, por favor.',
      'Podem corrigir a grafia do meu apelido no vosso sistema? É "{last}", não "{wrong}".',
    ],
    erasure: [
      'Quero que a minha informação pessoal seja removida dos vossos sistemas e a minha conta encerrada definitivamente.',
      'Por favor, apaguem todos os dados que têm guardados sobre mim e confirmem-me a eliminação.',
      'Peço que retirem o meu perfil e todos os registos ligados a ele da vossa base de dados.',
    ],
    restriction: [
      'Por favor, suspendam o tratamento dos meus dados pessoais até o erro de faturação em {order} ser verificado.',
      'Enquanto verificam se os dados da minha conta estão corretos, limitem a utilização dos meus dados à conservação.',
      'Peço que marquem os meus dados como limitados e deixem de os tratar enquanto a cobrança contestada em {order} é analisada.',
    ],
    objection: [
      'Retirem-me das vossas listas de marketing, por favor. Não quero mais emails promocionais.',
      'Oponho-me à utilização dos meus dados pessoais para marketing direto e para traçar um perfil sobre mim.',
      'Deixem de tratar os meus dados para recomendações personalizadas e publicidade. Oponho-me a isso.',
    ],
    portability: [
      'Enviem-me todos os dados que vos forneci num ficheiro descarregável e legível por máquina.',
      'Gostaria de uma exportação dos dados da minha conta: contactos, projetos e definições, em CSV se possível.',
      'Posso receber os meus dados num formato portável como JSON? Exerço o meu direito à portabilidade.',
    ],
    withdraw_consent: [
      'Já não consinto o tratamento dos meus dados para marketing. Considerem o meu consentimento retirado.',
      'Por favor, anulem o consentimento que dei para emails personalizados e cookies de rastreio.',
      'A partir de hoje retiro a minha autorização para receber ofertas por email e SMS.',
    ],
    opt_out_sale: [
      'Por favor, excluam-me de qualquer venda dos meus dados pessoais.',
      'Não partilhem os meus dados com terceiros a troco de dinheiro nem para publicidade. Registem a minha oposição.',
      'Não quero que a minha informação pessoal seja vendida a outras empresas. Parem qualquer venda desse tipo.',
    ],
  },
  'pt-BR': {
    access: [
      'Gostaria de ver todas as informações que a empresa de vocês guarda sobre mim. Por favor, me enviem.',
      'Peço uma cópia completa dos meus dados pessoais, inclusive os coletados pelo aplicativo.',
      'Quais registros vocês têm sobre mim? Estou fazendo um pedido de acesso e quero receber uma cópia.',
    ],
    rectification: [
      'No cadastro de vocês meu sobrenome aparece como "{wrong}", mas é "{last}". Por favor, atualizem meus dados.',
      'Parte das informações que vocês têm sobre mim está errada: o telefone cadastrado não é meu. Corrijam, por favor.',
      'Vocês podem corrigir a grafia do meu sobrenome no sistema? É "{last}", não "{wrong}".',
    ],
    erasure: [
      'Quero que minhas informações pessoais sejam removidas dos sistemas de vocês e minha conta encerrada de vez.',
      'Por favor, excluam todos os dados que vocês têm armazenados sobre mim e me confirmem a exclusão.',
      'Peço que tirem meu perfil e todos os registros ligados a ele do banco de dados de vocês.',
    ],
    restriction: [
      'Por favor, suspendam o tratamento dos meus dados pessoais até o erro de cobrança em {order} ser verificado.',
      'Enquanto vocês conferem se os dados da minha conta estão corretos, limitem o uso dos meus dados só ao armazenamento.',
      'Peço que marquem meus dados como bloqueados e parem de tratá-los enquanto a cobrança contestada em {order} é analisada.',
    ],
    objection: [
      'Me tirem das listas de marketing de vocês, por favor. Não quero mais e-mails promocionais.',
      'Eu me oponho ao uso dos meus dados pessoais para marketing direto e para montar um perfil sobre mim.',
      'Parem de tratar meus dados para recomendações personalizadas e publicidade. Eu me oponho a isso.',
    ],
    portability: [
      'Me enviem todos os dados que eu forneci a vocês em um arquivo para download, legível por máquina.',
      'Quero uma exportação dos dados da minha conta: contatos, projetos e configurações, em CSV se der.',
      'Posso receber meus dados em um formato portável como JSON? Estou exercendo meu direito à portabilidade.',
    ],
    withdraw_consent: [
      'Não consinto mais com o tratamento dos meus dados para marketing. Considerem meu consentimento revogado.',
      'Por favor, cancelem o consentimento que eu dei para e-mails personalizados e cookies de rastreamento.',
      'A partir de hoje retiro minha autorização para receber ofertas por e-mail e SMS.',
    ],
    opt_out_sale: [
      'Por favor, me excluam de qualquer venda dos meus dados pessoais.',
      'Não compartilhem meus dados com terceiros em troca de dinheiro nem para publicidade. Registrem minha recusa.',
      'Não quero que minhas informações pessoais sejam vendidas para outras empresas. Parem qualquer venda desse tipo.',
    ],
  },
  sv: {
    access: [
      'Jag vill gärna se all information som ert företag har sparat om mig. Skicka den till mig, tack.',
      'Jag ber om en fullständig kopia av mina personuppgifter, även det som samlats in via appen.',
      'Vilka uppgifter har ni om mig? Jag gör härmed en begäran om registerutdrag och vill ha en kopia.',
    ],
    rectification: [
      'I era register står mitt efternamn som "{wrong}", men det är "{last}". Ändra mina uppgifter, tack.',
      'En del av informationen ni har om mig är fel: telefonnumret ni har är inte mitt. Rätta det, tack.',
      'Kan ni rätta stavningen av mitt efternamn i ert system? Det är "{last}", inte "{wrong}".',
    ],
    erasure: [
      'Jag vill att mina personuppgifter tas bort ur era system och att mitt konto stängs för gott.',
      'Radera alla uppgifter ni har lagrat om mig och bekräfta när de är raderade.',
      'Ta bort min profil och alla poster som hör till den ur er databas, tack.',
    ],
    restriction: [
      'Pausa behandlingen av mina personuppgifter tills faktureringsfelet på {order} har kontrollerats.',
      'Medan ni kontrollerar om mina kontouppgifter stämmer, begränsa användningen av mina uppgifter till lagring.',
      'Jag ber er markera mina uppgifter som begränsade och inte behandla dem vidare medan den omtvistade debiteringen på {order} granskas.',
    ],
    objection: [
      'Ta bort mig från era marknadsföringslistor. Jag vill inte ha fler reklammejl.',
      'Jag invänder mot att ni använder mina personuppgifter för direktmarknadsföring och för att skapa en profil av mig.',
      'Sluta behandla mina uppgifter för personliga rekommendationer och annonser. Jag invänder mot det.',
    ],
    portability: [
      'Skicka mig alla uppgifter jag har lämnat till er i en nedladdningsbar, maskinläsbar fil.',
      'Jag vill ha en export av mitt konto: kontakter, projekt och inställningar, helst som CSV.',
      'Kan jag få tillbaka mina uppgifter i ett överförbart format som JSON? Jag använder min rätt till dataportabilitet.',
    ],
    withdraw_consent: [
      'Jag samtycker inte längre till att ni behandlar mina uppgifter för marknadsföring. Betrakta mitt samtycke som återkallat.',
      'Avbryt det samtycke jag gav till personliga mejl och spårningscookies.',
      'Från och med i dag drar jag tillbaka mitt medgivande till erbjudanden via mejl och sms.',
    ],
    opt_out_sale: [
      'Undanta mig från all försäljning av mina personuppgifter.',
      'Dela inte mina uppgifter med tredje part mot betalning eller för reklam. Notera att jag säger nej till försäljning.',
      'Jag vill inte att min personliga information säljs till andra företag. Sluta med all sådan försäljning.',
    ],
  },
  da: {
    access: [
      'Jeg vil gerne se alle de oplysninger, jeres virksomhed har gemt om mig. Send dem venligst til mig.',
      'Jeg beder om en fuld kopi af mine personoplysninger, også dem der er indsamlet via appen.',
      'Hvilke oplysninger har I om mig? Jeg anmoder hermed om indsigt og vil gerne have en kopi.',
    ],
    rectification: [
      'I jeres system står mit efternavn som "{wrong}", men det er "{last}". Ret venligst mine oplysninger.',
      'Noget af det, I har registreret om mig, er forkert: telefonnummeret er ikke mit. Ret det venligst.',
      'Kan I rette stavningen af mit efternavn i jeres system? Det er "{last}", ikke "{wrong}".',
    ],
    erasure: [
      'Jeg vil have mine personoplysninger fjernet fra jeres systemer og min konto lukket for altid.',
      'Slet venligst alle de oplysninger, I har gemt om mig, og bekræft når de er slettet.',
      'Fjern venligst min profil og alle tilknyttede poster fra jeres database.',
    ],
    restriction: [
      'Sæt venligst behandlingen af mine personoplysninger på pause, indtil faktureringsfejlen på {order} er undersøgt.',
      'Mens I kontrollerer, om mine kontooplysninger er korrekte, skal brugen af mine oplysninger begrænses til opbevaring.',
      'Jeg beder jer markere mine oplysninger som begrænsede og ikke behandle dem yderligere, mens den omstridte trækning på {order} undersøges.',
    ],
    objection: [
      'Tag mig af jeres markedsføringslister. Jeg vil ikke have flere reklamemails.',
      'Jeg gør indsigelse mod, at I bruger mine personoplysninger til direkte markedsføring og til at lave en profil af mig.',
      'Stop med at behandle mine oplysninger til personlige anbefalinger og annoncer. Det gør jeg indsigelse mod.',
    ],
    portability: [
      'Send mig alle de oplysninger, jeg har givet jer, i en fil der kan downloades og læses maskinelt.',
      'Jeg vil gerne have en eksport af min konto: kontakter, projekter og indstillinger, helst som CSV.',
      'Kan jeg få mine oplysninger i et overførbart format som JSON? Jeg gør brug af min ret til dataportabilitet.',
    ],
    withdraw_consent: [
      'Jeg giver ikke længere samtykke til, at I behandler mine oplysninger til markedsføring. Betragt mit samtykke som trukket tilbage.',
      'Annuller venligst det samtykke, jeg gav til personlige e-mails og sporingscookies.',
      'Fra i dag trækker jeg min accept af tilbud via e-mail og sms tilbage.',
    ],
    opt_out_sale: [
      'Undtag mig venligst fra ethvert salg af mine personoplysninger.',
      'Del ikke mine oplysninger med tredjeparter for penge eller til reklame. Notér venligst, at jeg fravælger salg.',
      'Jeg vil ikke have, at mine personlige oplysninger sælges til andre virksomheder. Stop ethvert sådant salg.',
    ],
  },
};
