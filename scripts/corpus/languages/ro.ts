// Romanian: RGPD citations, ANSPDCP.
import { compactPack } from './compact.js';
import { gdprArticles } from './gdpr.js';

export const ro = compactPack({
  id: 'ro', locale: 'ro-RO', country: 'Romania', tz: '+0200',
  names: ['Andreea Popescu', 'Mihai Ionescu', 'Ioana Dumitrescu', 'Radu Stan', 'Elena Marin', 'Cristian Gheorghe'],
  law: 'Regulamentul general privind protecția datelor (RGPD)', authority: 'ANSPDCP',
  articles: gdprArticles((n) => `art. ${n} din RGPD`, 'art. 7 alin. (3) din RGPD', 'secțiunea 1798.120 din CCPA'),
  style: {
    hi: 'Bună ziua,', dear: 'Stimate doamne și stimați domni,', thanks: 'Mulțumesc,', regards: 'Cu stimă,', mobile: 'Trimis de pe iPhone',
    formalIntro: 'Prin prezenta îmi exercit drepturile prevăzute de {law}.', deadline: 'Vă rog să răspundeți în termenul de o lună prevăzut de art. 12 alin. (3) din RGPD.',
    withdrawAny: 'În măsura în care vreo prelucrare se bazează pe consimțământul meu, îl retrag prin prezenta.',
    angry: 'Vă scriu a treia oară și încă nu mi-a răspuns nimeni. Este inacceptabil.',
    complaint: 'Dacă nu primesc răspuns într-o lună, voi depune plângere la {authority}.',
  },
  subjects: ['Cerere de acces la date', 'Rectificarea datelor mele', 'Ștergerea contului', 'Restricționarea prelucrării', 'E-mailuri publicitare', 'Exportul datelor mele', 'Retragerea consimțământului', 'Nu-mi vindeți datele', 'Contul meu', 'Întrebare despre datele mele'],
  asks: [
    ['Ce date personale aveți despre mine? Vă rog să-mi trimiteți o copie.', 'În temeiul {art}, vă solicit confirmarea că prelucrați date personale care mă privesc și, în caz afirmativ, o copie a acestora, împreună cu scopurile, destinatarii, perioada de stocare și sursa.', 'Nu mai folosesc {product} de doi ani și mă întreb ce mai păstrați despre mine. Îmi puteți arăta tot ce e legat de {email}?', 'Spuneți-mi ce tipuri de informații ați colectat despre mine, de unde provin, la ce le folosiți și cui le-ați transmis.'],
    ['Numele meu de familie apare „{wrong}” în cont și pe facturi. Corect este „{last}”. Vă rog să-l corectați.', 'În temeiul {art}, solicit rectificarea unor date inexacte: numele meu este înregistrat „{wrong}”, iar corect este „{last}”.', 'M-am mutat și am o adresă de e-mail nouă. Vă rog să-mi actualizați datele ca totul să vină de acum la {newEmail}.', 'Profilul pe care îl aveți despre mine e vechi și incomplet: adresa de facturare nu mai e a mea de ani de zile și lipsește numele complet. Vă rog să-l actualizați.'],
    ['Vă rog să-mi ștergeți contul și toate datele personale pe care le aveți despre mine.', 'În temeiul {art}, solicit ștergerea tuturor datelor personale care mă privesc, inclusiv contul și copiile de siguranță, cu excepția celor pe care trebuie să le păstrați prin lege.', 'Am terminat cu {product}. Închideți-mi contul și ștergeți tot ce aveți despre mine, nu mă mai întorc.', 'Aș prefera să nu mai rămână nimic despre mine la voi: niciun cont, nicio transcriere veche, niciun jurnal cu numele meu. Pur și simplu faceți să dispară totul.'],
    ['Vă rog să restricționați prelucrarea datelor mele cât timp verificați plățile contestate de pe factura {order}.', 'În temeiul {art}, solicit restricționarea prelucrării, deoarece contest exactitatea datelor de utilizare asociate contului meu. Până la clarificare, vă rog doar să le stocați.', 'Nu ștergeți nimic, dar nici nu-mi folosiți datele pentru nimic până nu se rezolvă reclamația mea privind factura {order}.', 'Sunt într-un litigiu cu un fost asociat pentru acest cont. Până la hotărâre, lăsați-mi datele exact cum sunt: neatinse, nefolosite și neșterse.'],
    ['Vă rog să nu-mi mai trimiteți e-mailuri publicitare. Vreau doar mesajele despre serviciu.', 'În temeiul {art}, mă opun prelucrării datelor mele în scopuri de analiză și creare de profiluri pe baza interesului dumneavoastră legitim.', 'Nu vreau ca datele mele de utilizare să ajungă în cercetările de produs sau în statisticile voastre. Opriți asta.', 'NU-mi închideți contul. Vreau doar să nu mai primesc buletine și promoții, iar dacă opoziția ar duce la ștergerea contului, anunțați-mă dinainte.'],
    ['Îmi puteți trimite un export al datelor mele în JSON sau CSV?', 'În temeiul {art}, solicit datele pe care vi le-am furnizat într-un format structurat, utilizat în mod curent și care poate fi citit automat.', 'Trec la alt instrument și am nevoie de toate proiectele, istoricul și setările într-un fișier pe care să-l import acolo.', 'Transmiteți datele contului meu direct către {provider}, care preia această activitate de luna viitoare. Așteaptă un fișier JSON.'],
    ['Îmi retrag consimțământul pentru newsletter și pentru cookie-urile de analiză.', 'Prin prezenta îmi retrag consimțământul dat în temeiul {art} pentru prelucrarea datelor mele în scopuri de analiză a produsului.', 'La înregistrare am bifat că puteți folosi conținutul pe care îl încarc pentru a vă îmbunătăți modelele. Revoc acea opțiune.', 'V-am permis să-mi folosiți numele și fotografia într-o poveste de client. Îmi retrag permisiunea, vă rog să le scoateți.'],
    ['Nu vindeți și nu partajați informațiile mele personale.', 'În temeiul {art}, vă cer să nu vindeți și să nu partajați informațiile mele personale, nici pentru publicitate comportamentală. Locuiesc în California.', 'Vă rog să mă excludeți din publicitatea țintită și din orice profilare publicitară.', 'Îmi vindeți datele? Dacă da, opriți-vă. Nu vreau ca informațiile sau navigarea mea să ajungă la agenți de publicitate sau la brokeri de date.'],
  ],
  multi: [
    'Mai întâi trimiteți-mi o copie a tuturor datelor pe care le aveți despre mine. După ce o primesc, ștergeți-mi contul și toate datele.',
    'Solicit acces la datele mele personale, inclusiv scopurile și destinatarii. De asemenea, mă opun oricărei prelucrări a datelor mele în scop de marketing direct și creare de profiluri.',
    'Ștergeți-mi contul și datele personale. Până atunci mă opun oricărei utilizări a datelor mele în scopuri publicitare.',
  ],
  negatives: {
    billing: ['Plată dublă {order}', 'Bună ziua,\n\nFactura {order} ({amount}) mi-a fost încasată de două ori. Puteți returna suma în plus?\n\n{name}'],
    bug: ['Exportul dă eroarea 500', 'Bună ziua,\n\nDe azi-dimineață fiecare export eșuează cu eroarea 500. Job {order}. Aveți o defecțiune?\n\n{name}'],
    phishing: ['Urgent: confirmați-vă consimțământul', 'Stimate utilizator,\n\nCăsuța dvs. va fi suspendată dacă nu confirmați setările de consimțământ în 24 de ore. Pentru a renunța la suspendare, autentificați-vă aici: http://secure-verify.example.net/consimtamant\n\nEchipa de securitate'],
    sale_question: ['Vindeți date?', 'Bună ziua,\n\nCompar instrumente pentru un client. {product} vinde sau partajează date ale clienților cu agenți de publicitate?\n\n{name}'],
    policy_question: ['Păstrarea jurnalelor', 'Bună ziua,\n\nCât timp păstrați jurnalele de cereri și conțin adrese IP?\n\n{name}'],
    out_of_office: ['Răspuns automat: {product}', 'Vă mulțumesc pentru mesaj. Sunt în concediu până la {date} și nu citesc e-mailurile. Pentru urgențe: birou@example.com.\n\n{name}'],
  },
});
