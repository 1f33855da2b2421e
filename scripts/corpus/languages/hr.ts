// Croatian: Opća uredba o zaštiti podataka ("člankom 17. GDPR-a"), AZOP. Feminine first person.
import { compactPack } from './compact.js';
import { gdprArticles } from './gdpr.js';

export const hr = compactPack({
  id: 'hr', locale: 'hr-HR', country: 'Croatia', tz: '+0100', legacyCharset: 'iso-8859-2',
  names: ['Ana Horvat', 'Ivana Kovačević', 'Maja Babić', 'Petra Marić', 'Marija Jurić', 'Lucija Novak'],
  law: 'Općoj uredbi o zaštiti podataka (GDPR)', authority: 'Agenciji za zaštitu osobnih podataka',
  articles: gdprArticles((n) => `člankom ${n}. GDPR-a`, 'člankom 7. stavkom 3. GDPR-a', 'odjeljkom 1798.120 CCPA-e'),
  style: {
    hi: 'Pozdrav,', dear: 'Poštovani,', thanks: 'Hvala,', regards: 'S poštovanjem,', mobile: 'Poslano s mog iPhonea',
    formalIntro: 'Ovim putem ostvarujem svoja prava prema {law}.', deadline: 'Molim odgovor u roku od mjesec dana, u skladu s člankom 12. stavkom 3. GDPR-a.',
    withdrawAny: 'U mjeri u kojoj se bilo kakva obrada temelji na mojoj privoli, ovime je povlačim.',
    angry: 'Pišem vam već treći put i još mi nitko nije odgovorio. To je neprihvatljivo.',
    complaint: 'Ako u roku od mjesec dana ne dobijem odgovor, podnijet ću pritužbu {authority}.',
  },
  subjects: ['Zahtjev za pristup osobnim podacima', 'Ispravak mojih podataka', 'Brisanje računa', 'Ograničenje obrade', 'Reklamni e-mailovi', 'Izvoz mojih podataka', 'Povlačenje privole', 'Ne prodajite moje podatke', 'Moj račun', 'Pitanje o mojim podacima'],
  asks: [
    ['Koje osobne podatke imate o meni? Molim pošaljite mi kopiju.', 'U skladu s {art} tražim potvrdu obrađujete li moje osobne podatke i, ako da, njihovu kopiju sa svrhama, primateljima, razdobljem pohrane i izvorom.', 'Već dvije godine ne koristim {product} i zanima me što još čuvate o meni. Možete li mi pokazati sve što je povezano s {email}?', 'Recite mi koje ste vrste informacija o meni prikupili, odakle potječu, za što ih koristite i kome ste ih dali.'],
    ['Moje prezime u računu i na računima za plaćanje piše „{wrong}”. Ispravno je „{last}”. Molim ispravite.', 'U skladu s {art} tražim ispravak netočnih podataka: moje prezime je upisano kao „{wrong}”, a ispravno je „{last}”.', 'Preselila sam se i imam novu e-mail adresu. Molim ažurirajte moje podatke da sve ubuduće ide na {newEmail}.', 'Moj profil kod vas je zastario i nepotpun: adresa za račune godinama nije moja, a nedostaje puno ime. Molim ažurirajte ga.'],
    ['Molim izbrišite moj račun i sve osobne podatke koje imate o meni.', 'U skladu s {art} tražim brisanje svih osobnih podataka koji se odnose na mene, uključujući račun i sigurnosne kopije, osim onih koje morate čuvati po zakonu.', 'Završila sam s {product}. Zatvorite mi račun i obrišite sve što imate o meni, neću se vratiti.', 'Najradije bih da kod vas ne ostane ništa o meni: ni račun, ni stari transkripti, ni zapisi s mojim imenom. Jednostavno neka sve nestane.'],
    ['Molim ograničite obradu mojih podataka dok provjeravate sporne naplate s računa {order}.', 'U skladu s {art} tražim ograničenje obrade jer osporavam točnost podataka o korištenju na mom računu. Do razjašnjenja ih samo pohranite.', 'Ništa ne brišite, ali ni ne koristite moje podatke ni za što dok se ne riješi moja reklamacija računa {order}.', 'U sudskom sam sporu s bivšim poslovnim partnerom oko ovog računa. Do presude ostavite moje podatke točno kakvi jesu: netaknute, nekorištene i neobrisane.'],
    ['Molim prestanite mi slati reklamne e-mailove. Želim samo obavijesti o usluzi.', 'U skladu s {art} prigovaram obradi mojih podataka za analitiku i izradu profila na temelju vašeg legitimnog interesa.', 'Ne želim da moji podaci o korištenju završe u vašim istraživanjima proizvoda ili statistikama. Prestanite s tim.', 'NEMOJTE zatvoriti moj račun. Samo više ne želim newslettere i promocije, i javite mi unaprijed ako bi prigovor doveo do brisanja računa.'],
    ['Možete li mi poslati izvoz mojih podataka u JSON-u ili CSV-u?', 'U skladu s {art} tražim podatke koje sam vam dala u strukturiranom, uobičajeno upotrebljavanom i strojno čitljivom formatu.', 'Prelazim na drugi alat i trebam sve projekte, povijest zadataka i postavke u datoteci koju mogu tamo uvesti.', 'Molim prenesite podatke mog računa izravno tvrtki {provider}, koja od idućeg mjeseca preuzima ovaj posao. Očekuju JSON datoteku.'],
    ['Povlačim privolu za newsletter i analitičke kolačiće.', 'Ovime povlačim privolu danu u skladu s {art} za obradu mojih podataka za analitiku proizvoda.', 'Pri registraciji sam označila da smijete koristiti moj učitani sadržaj za poboljšanje modela. Tu dozvolu povlačim.', 'Dopustila sam vam da koristite moje ime i fotografiju u priči o korisnicima. To dopuštenje povlačim, molim uklonite ih.'],
    ['Nemojte prodavati ni dijeliti moje osobne informacije.', 'U skladu s {art} tražim da ne prodajete i ne dijelite moje osobne informacije, ni za bihevioralno oglašavanje. Živim u Kaliforniji.', 'Molim isključite me iz ciljanog oglašavanja i svakog oglašivačkog profiliranja.', 'Prodajete li moje podatke? Ako da, prestanite. Ne želim da moji podaci ili moje pregledavanje završe kod oglašivača ili trgovaca podacima.'],
  ],
  multi: [
    'Prvo mi pošaljite kopiju svih podataka koje imate o meni. Kad je dobijem, izbrišite moj račun i sve moje podatke.',
    'Tražim pristup svojim osobnim podacima, uključujući svrhe i primatelje. Također prigovaram svakoj obradi mojih podataka za izravni marketing i izradu profila.',
    'Izbrišite moj račun i osobne podatke. Do tada prigovaram svakoj upotrebi mojih podataka za oglašavanje.',
  ],
  negatives: {
    billing: ['Dvostruka naplata {order}', 'Pozdrav,\n\nRačun {order} ({amount}) naplaćen mi je dvaput. Možete li vratiti višak?\n\n{name}'],
    bug: ['Izvoz pada s greškom 500', 'Pozdrav,\n\nOd jutros svaki izvoz pada s greškom 500. Zadatak {order}. Imate li smetnju?\n\n{name}'],
    phishing: ['Hitno: potvrdite svoju privolu', 'Poštovani korisniče,\n\nVaš pretinac bit će blokiran ako u 24 sata ne potvrdite postavke privole. Za odjavu od blokade prijavite se ovdje: http://secure-verify.example.net/privola\n\nSigurnosni tim'],
    sale_question: ['Prodajete li podatke?', 'Pozdrav,\n\nUspoređujem alate za klijenta. Prodaje li ili dijeli {product} podatke korisnika s oglašivačima?\n\n{name}'],
    policy_question: ['Čuvanje zapisa', 'Pozdrav,\n\nKoliko dugo čuvate zapise zahtjeva i sadrže li IP adrese?\n\n{name}'],
    out_of_office: ['Automatski odgovor: {product}', 'Hvala na poruci. Do {date} nisam u uredu i ne čitam e-poštu. Za hitne stvari: ured@example.com.\n\n{name}'],
  },
});
