// Everyday mail in English, German, French, Spanish and Italian (train only), written fresh for this purpose.
import { type EverydaySet } from '../../everyday.js';
import { everyday } from './set.js';

export const WEST: Readonly<Record<string, EverydaySet>> = {
  en: everyday(
    [
      [
        'What have you got on me? Just want to know what your company actually keeps under my name.',
        "so what do u guys know about me exactly?? send me whatever's on file pls",
        'I have been a customer since {year} and I realised I have no idea what information you collected about me over the years. Could you show me everything, including call notes and anything you got from partners?',
        'Hi, I am not so good in English. I want to see all informations you are having about me in {product}, please send it to me.',
        "My account was opened by my ex and I'm not sure what's in it. Can you tell me what details are stored about me and where they came from?",
      ],
      [
        'My surname is misspelt everywhere in your system, it should be {last}. Can you sort that out?',
        'moved house last month, the address you have for me is old. pls update it',
        'Your letters keep coming addressed to {wrong}. That is not my name, it is {last}. Fix it please.',
        'My date of birth on the profile is wrong (you have me ten years older than I am!). Please put the right one in.',
        'Quick one while I have you: besides the invoice question below, my email on file is an old work address I no longer read; please change it to {newEmail}.',
      ],
      [
        "I'd rather you kept nothing on me. Close whatever account I have and bin the rest.",
        'I want out. Get rid of my account and everything you have on me, I am done with {product}.',
        'pls wipe me from ur system, dont need the account anymore',
        'After the way my last complaint was handled I do not want to be your customer any more, and I do not want any trace of me left in your database either.',
        'Me and my wife stopped using the app. Please remove my profile, my history and all my info, we will not come back.',
      ],
      [
        'Until we have sorted out the mess with {order}, please leave my details alone: keep them, but do not use them for anything.',
        "I'm talking to a lawyer about the charge on {order}. Don't delete anything about me, but don't do anything with it either until this is settled.",
        'hold off on using my info for now pls, I think some of it is wrong and I need to check first',
        'Please freeze my account data as it is. I do not want it erased, and I do not want it processed while my dispute is open.',
      ],
      [
        'Quit messaging me. No more emails, no more texts, nothing promotional.',
        'Take me off every mailing list you have. I get three of your offers a day.',
        'I do not want my listening history used to build a picture of me for recommendations or ads. Stop that please.',
        '> "Last chance: 30% off {product} Premium!"\n\nThis is the fifth of these this week. Stop sending them to me.',
        'stop using my stuff to train your AI and stop profiling me, thx',
      ],
      [
        "I'm switching to another service. Can you send me my data in a file I can import there, like a spreadsheet or JSON?",
        'Could you hand over my playlists, uploads and history in a format another app can read? Moving on from {product}.',
        'pls send all my stuff as csv, leaving for a competitor',
        'Instead of sending the file to me, could you pass my account data straight to {provider}? They are my new provider and have agreed to receive it.',
      ],
      [
        'When I signed up I ticked the box letting you use my uploads to train your AI. I take that back.',
        'I changed my mind about the tracking I agreed to on your website. Please treat my yes as a no from now on.',
        'ages ago i said ok to ur newsletter + sharing with partners, i dont agree to that anymore',
        'I agreed to take part in your customer research panel in {year}. I no longer wish to, so please stop relying on my agreement for it.',
      ],
      [
        "Don't pass my details on to advertisers or data brokers. I don't want my info ending up with other companies.",
        'Keep my data in-house please: no selling it, no sharing it for targeted ads.',
        'i live in california. dont sell or share my info, ok?',
        'I keep getting ads for things I only ever looked at in {product}. Whatever deal you have with ad companies, leave me out of it and stop handing my information over.',
      ],
    ],
    [
      ['Login link never arrives', 'Hi,\n\nthe magic login link for {product} never reaches my inbox (checked spam). Please do not delete or reset anything on the account, I just need a way to sign in.\n\nThanks,\n{name}'],
      ['Exporting a project to PDF', 'Hello,\n\nhow do I export one of our projects to PDF for a client? And once that is done, how do I delete the draft copy? Nothing else should change.\n\nCheers,\n{name}'],
      ['Quick question before signing up', 'Hi there,\n\nbefore I sign up: do you sell customer data to anyone, and do you use uploaded files to train AI models? How long do you keep things after someone cancels?\n\nThanks,\n{name}'],
      ['Automate your GDPR and CCPA requests', 'Hi team,\n\ndeletion requests, access requests, opt-outs of sale: our platform handles every GDPR and CCPA request end to end, with deadlines tracked for you. Worth a 20-minute call next week?\n\nBest,\n{name}\nAccount Executive'],
      ['Thanks!', 'Hi,\n\njust wanted to say thanks for sorting out the invoice so quickly. All good now, no need to do anything else on my account.\n\n{name}'],
      ['Application: backend developer', 'Hello,\n\nI would like to apply for the backend developer role posted on your careers page. My CV is attached. I am happy to share references on request.\n\nKind regards,\n{name}'],
      ['Security and privacy questionnaire for renewal', 'Hello,\n\nahead of our contract renewal our procurement team asks you to complete the attached security and privacy questionnaire: data retention, access controls, how you handle deletion and access requests from end users.\n\nRegards,\n{name}'],
      ['Change of card', 'Hi,\n\nmy card expires this month. How do I replace it without cancelling the plan? I want to keep the account and all my files exactly as they are.\n\nThanks,\n{name}'],
    ],
  ),
  de: everyday(
    [
      [
        'Was haben Sie eigentlich alles über mich? Ich würde das gern mal sehen.',
        'hey, was wisst ihr so über mich? schickt mir mal alles was ihr gespeichert habt',
        'Ich bin seit {year} Kunde und habe keine Ahnung, was sich bei Ihnen über mich angesammelt hat – Gesprächsnotizen, Käufe, Daten von Partnern. Zeigen Sie es mir bitte.',
      ],
      [
        'Mein Nachname ist bei Ihnen falsch geschrieben, richtig ist {last}. Können Sie das ändern?',
        'bin umgezogen, die adresse bei euch stimmt nicht mehr. bitte aktualisieren',
        'Bei Ihnen steht ein falsches Geburtsdatum in meinem Profil. Bitte tragen Sie das richtige ein.',
      ],
      [
        'Mir wäre am liebsten, Sie hätten gar nichts mehr von mir. Konto weg, Daten weg.',
        'Ich will raus. Bitte alles über mich entfernen, ich nutze {product} nicht mehr.',
        'macht bitte mein konto und alles was dazugehört weg, brauch das nicht mehr',
      ],
      [
        'Solange der Ärger mit {order} nicht geklärt ist, lassen Sie meine Daten bitte ruhen: aufbewahren ja, benutzen nein.',
        'Mein Anwalt prüft die Abbuchung zu {order}. Löschen Sie nichts, aber machen Sie bis zur Klärung auch nichts mit meinen Daten.',
        'bitte meine daten erstmal nicht verwenden, ich glaube da ist einiges falsch und will das erst prüfen',
      ],
      [
        'Hören Sie auf, mir zu schreiben. Keine Mails, keine SMS, keine Angebote mehr.',
        'Nehmen Sie mich bitte von allen Verteilern. Ich bekomme jeden Tag Werbung von Ihnen.',
        'hört auf, meine sachen für euer ki-training und für profile über mich zu benutzen',
      ],
      [
        'Ich wechsle zu einem anderen Anbieter. Können Sie mir meine Daten als Datei schicken, die ich dort importieren kann?',
        'bitte alle meine sachen als csv schicken, ich geh zur konkurrenz',
        'Könnten Sie meine Kontodaten direkt an {provider} übermitteln? Das ist mein neuer Anbieter.',
      ],
      [
        'Bei der Anmeldung habe ich das Häkchen gesetzt, dass Sie meine Uploads für Ihre KI nutzen dürfen. Das nehme ich zurück.',
        'Ich habe es mir anders überlegt mit dem Tracking, dem ich auf Ihrer Website zugestimmt habe. Mein Ja gilt ab jetzt nicht mehr.',
        'hab mal ja zum newsletter und zur weitergabe an partner gesagt, bin damit nicht mehr einverstanden',
      ],
      [
        'Geben Sie meine Daten bitte nicht an Werbefirmen oder Datenhändler weiter.',
        'Meine Daten bleiben bitte bei Ihnen: kein Verkauf, keine Weitergabe für personalisierte Werbung.',
        'Ich sehe ständig Werbung für Dinge, die ich nur bei {product} angeschaut habe. Lassen Sie mich aus solchen Deals mit Werbefirmen raus.',
      ],
    ],
    [
      ['Login-Link kommt nicht an', 'Hallo,\n\nder Anmeldelink für {product} kommt bei mir nicht an (Spam geprüft). Bitte nichts am Konto löschen oder zurücksetzen, ich brauche nur einen Weg, mich anzumelden.\n\nDanke\n{name}'],
      ['Projekt als PDF exportieren', 'Hallo,\n\nwie exportiere ich ein Projekt als PDF für einen Kunden? Und wie lösche ich danach den Entwurf? Sonst soll sich nichts ändern.\n\nGruß\n{name}'],
      ['Frage vor der Anmeldung', 'Hallo,\n\nbevor ich mich anmelde: Verkaufen Sie Kundendaten, und nutzen Sie hochgeladene Dateien zum Trainieren von KI? Wie lange bewahren Sie Daten nach einer Kündigung auf?\n\nDanke\n{name}'],
      ['DSGVO-Anfragen automatisieren', 'Hallo zusammen,\n\nLöschanträge, Auskunftsersuchen, Widersprüche: Unsere Plattform erledigt jede DSGVO-Anfrage von Anfang bis Ende und überwacht die Fristen. Hätten Sie nächste Woche 20 Minuten?\n\nBeste Grüße\n{name}\nVertrieb'],
      ['Danke!', 'Hallo,\n\nvielen Dank, dass die Rechnung so schnell korrigiert wurde. Alles erledigt, an meinem Konto muss nichts weiter gemacht werden.\n\n{name}'],
      ['Bewerbung als Backend-Entwickler', 'Guten Tag,\n\nhiermit bewerbe ich mich auf die ausgeschriebene Stelle als Backend-Entwickler. Mein Lebenslauf liegt bei. Referenzen nenne ich gern auf Anfrage.\n\nMit freundlichen Grüßen\n{name}'],
      ['Fragebogen zu Sicherheit und Datenschutz', 'Guten Tag,\n\nvor der Vertragsverlängerung bittet unser Einkauf Sie, den beigefügten Fragebogen zu Sicherheit und Datenschutz auszufüllen: Aufbewahrung, Zugriffskontrollen, Umgang mit Lösch- und Auskunftsanfragen von Endnutzern.\n\nMit freundlichen Grüßen\n{name}'],
      ['Neue Kreditkarte', 'Hallo,\n\nmeine Karte läuft diesen Monat ab. Wie tausche ich sie aus, ohne den Tarif zu kündigen? Konto und Dateien sollen genau so bleiben.\n\nDanke\n{name}'],
    ],
  ),
  fr: everyday(
    [
      [
        "Qu'est-ce que vous avez sur moi, au juste ? J'aimerais bien voir ce que vous gardez à mon nom.",
        'salut, vous savez quoi sur moi exactement ? envoyez-moi tout ce que vous avez svp',
        "Je suis client depuis {year} et je ne sais pas du tout ce que vous avez accumulé sur moi : notes d'appels, achats, infos venant de partenaires. Montrez-moi tout, s'il vous plaît.",
      ],
      [
        "Mon nom de famille est mal écrit chez vous, c'est {last}. Vous pouvez corriger ?",
        "j'ai déménagé, l'adresse que vous avez n'est plus la bonne. merci de la mettre à jour",
        'La date de naissance sur mon profil est fausse. Merci de mettre la bonne.',
      ],
      [
        'Je préférerais que vous ne gardiez plus rien sur moi. Fermez le compte et effacez le reste.',
        "Je veux partir. Débarrassez-vous de mon compte et de tout ce que vous avez sur moi, j'en ai fini avec {product}.",
        "virez mon compte et tout ce qui va avec svp, j'en ai plus besoin",
      ],
      [
        "Tant que l'histoire de {order} n'est pas réglée, laissez mes données tranquilles : gardez-les, mais ne vous en servez pas.",
        "Mon avocat examine le prélèvement {order}. N'effacez rien, mais n'utilisez rien non plus jusqu'à ce que ce soit réglé.",
        "merci de ne plus utiliser mes infos pour l'instant, je pense que certaines sont fausses et je veux vérifier",
      ],
      [
        "Arrêtez de m'écrire. Plus de mails, plus de SMS, plus de promos.",
        'Retirez-moi de toutes vos listes de diffusion. Je reçois vos offres tous les jours.',
        "arrêtez d'utiliser mes trucs pour entraîner votre IA et pour faire un profil de moi",
      ],
      [
        "Je passe chez un autre service. Vous pouvez m'envoyer mes données dans un fichier que je peux y importer ?",
        'envoyez-moi toutes mes affaires en csv svp, je pars chez un concurrent',
        'Pourriez-vous transmettre directement les données de mon compte à {provider} ? C\'est mon nouveau prestataire.',
      ],
      [
        "À l'inscription j'ai coché la case qui vous autorise à utiliser mes fichiers pour entraîner votre IA. Je reviens là-dessus.",
        "J'ai changé d'avis pour le suivi que j'avais accepté sur votre site. Mon oui ne vaut plus à partir d'aujourd'hui.",
        "j'avais dit oui à la newsletter et au partage avec vos partenaires, je ne suis plus d'accord",
      ],
      [
        'Ne transmettez pas mes coordonnées aux annonceurs ni aux courtiers en données.',
        'Gardez mes données chez vous : pas de vente, pas de partage pour de la pub ciblée.',
        "Je vois sans arrêt des pubs pour des choses que je n'ai regardées que sur {product}. Quel que soit votre accord avec les régies, laissez-moi en dehors.",
      ],
    ],
    [
      ['Le lien de connexion n\'arrive pas', "Bonjour,\n\nle lien de connexion de {product} n'arrive jamais (spams vérifiés). Surtout ne supprimez ni ne réinitialisez rien sur le compte, j'ai juste besoin de pouvoir me connecter.\n\nMerci,\n{name}"],
      ['Exporter un projet en PDF', 'Bonjour,\n\ncomment exporter un projet en PDF pour un client ? Et ensuite, comment supprimer le brouillon ? Rien d\'autre ne doit changer.\n\nMerci,\n{name}'],
      ['Question avant inscription', 'Bonjour,\n\navant de m\'inscrire : vendez-vous des données clients, et utilisez-vous les fichiers envoyés pour entraîner de l\'IA ? Combien de temps gardez-vous les données après une résiliation ?\n\nMerci,\n{name}'],
      ['Automatisez vos demandes RGPD', "Bonjour,\n\ndemandes d'effacement, demandes d'accès, oppositions : notre plateforme traite chaque demande RGPD de bout en bout et suit les délais pour vous. Un échange de 20 minutes la semaine prochaine ?\n\nCordialement,\n{name}\nCommercial"],
      ['Merci !', "Bonjour,\n\nmerci d'avoir corrigé la facture si vite. Tout est en ordre, rien d'autre à faire sur mon compte.\n\n{name}"],
      ['Candidature développeur backend', 'Bonjour,\n\nje souhaite postuler au poste de développeur backend publié sur votre site. Vous trouverez mon CV en pièce jointe. Je peux fournir des références sur demande.\n\nCordialement,\n{name}'],
      ['Questionnaire sécurité et confidentialité', "Bonjour,\n\navant le renouvellement du contrat, notre service achats vous demande de remplir le questionnaire sécurité et confidentialité ci-joint : conservation, contrôle des accès, traitement des demandes d'effacement et d'accès des utilisateurs.\n\nCordialement,\n{name}"],
      ['Changement de carte', 'Bonjour,\n\nma carte expire ce mois-ci. Comment la remplacer sans résilier l\'abonnement ? Je veux garder le compte et tous mes fichiers tels quels.\n\nMerci,\n{name}'],
    ],
  ),
  es: everyday(
    [
      [
        '¿Qué tienen exactamente sobre mí? Me gustaría ver lo que guardan a mi nombre.',
        'hola q saben de mi?? mandadme todo lo q tengais guardado porfa',
        'Soy cliente desde {year} y no tengo ni idea de lo que han ido guardando de mí: notas de llamadas, compras, datos de socios. Enséñenme todo, por favor.',
      ],
      [
        'Mi apellido está mal escrito en su sistema, es {last}. ¿Pueden arreglarlo?',
        'me he mudado, la direccion q teneis ya no es la buena. actualizadla porfa',
        'La fecha de nacimiento de mi perfil está mal. Pongan la correcta, por favor.',
      ],
      [
        'Preferiría que no guardaran nada mío. Cierren la cuenta y borren lo demás.',
        'Me quiero ir. Quiten mi cuenta y todo lo que tengan sobre mí, ya no uso {product}.',
        'borrad mi cuenta y todo lo q va con ella, ya no la necesito',
      ],
      [
        'Mientras no se aclare lo de {order}, dejen mis datos quietos: guárdenlos, pero no los usen para nada.',
        'Mi abogado está revisando el cargo de {order}. No borren nada, pero tampoco hagan nada con mis datos hasta que se resuelva.',
        'no useis mis datos de momento, creo q hay cosas mal y quiero revisarlo antes',
      ],
      [
        'Dejen de escribirme. Ni correos, ni SMS, ni promociones.',
        'Sáquenme de todas sus listas de correo. Recibo ofertas suyas cada día.',
        'dejad de usar mis cosas para entrenar vuestra IA y para hacerme perfiles',
      ],
      [
        'Me cambio a otro servicio. ¿Me pueden enviar mis datos en un archivo que pueda importar allí?',
        'mandadme todas mis cosas en csv porfa, me voy a la competencia',
        '¿Podrían pasar los datos de mi cuenta directamente a {provider}? Es mi nuevo proveedor.',
      ],
      [
        'Al registrarme marqué la casilla para que usaran mis archivos para entrenar su IA. Me echo atrás.',
        'He cambiado de opinión sobre el seguimiento que acepté en su web. Mi sí ya no vale desde hoy.',
        'dije q si al boletín y a compartir con socios, ya no estoy de acuerdo',
      ],
      [
        'No pasen mis datos a anunciantes ni a brókers de datos.',
        'Mis datos, que se queden con ustedes: nada de venderlos ni de compartirlos para publicidad dirigida.',
        'Veo anuncios de cosas que solo miré en {product}. Sea cual sea su acuerdo con empresas de publicidad, déjenme fuera.',
      ],
    ],
    [
      ['No me llega el enlace de acceso', 'Hola:\n\nel enlace para entrar en {product} no me llega (he mirado en spam). Por favor, no borren ni restablezcan nada de la cuenta, solo necesito poder entrar.\n\nGracias,\n{name}'],
      ['Exportar un proyecto a PDF', 'Hola:\n\n¿cómo exporto un proyecto a PDF para un cliente? Y después, ¿cómo borro el borrador? No debe cambiar nada más.\n\nGracias,\n{name}'],
      ['Pregunta antes de registrarme', 'Hola:\n\nantes de registrarme: ¿venden datos de clientes y usan los archivos subidos para entrenar IA? ¿Cuánto tiempo guardan los datos tras una baja?\n\nGracias,\n{name}'],
      ['Automatice sus solicitudes RGPD', 'Hola:\n\nsolicitudes de supresión, de acceso, oposiciones: nuestra plataforma gestiona cada solicitud RGPD de principio a fin y controla los plazos. ¿Hablamos 20 minutos la semana que viene?\n\nSaludos,\n{name}\nComercial'],
      ['¡Gracias!', 'Hola:\n\ngracias por corregir la factura tan rápido. Todo en orden, no hace falta hacer nada más en mi cuenta.\n\n{name}'],
      ['Candidatura: desarrollador backend', 'Buenos días:\n\nme gustaría optar al puesto de desarrollador backend publicado en su web. Adjunto mi CV. Puedo facilitar referencias si las necesitan.\n\nUn saludo,\n{name}'],
      ['Cuestionario de seguridad y privacidad', 'Buenos días:\n\nantes de renovar el contrato, nuestro departamento de compras les pide rellenar el cuestionario adjunto de seguridad y privacidad: conservación, control de accesos, gestión de solicitudes de supresión y acceso de usuarios finales.\n\nSaludos,\n{name}'],
      ['Cambio de tarjeta', 'Hola:\n\nmi tarjeta caduca este mes. ¿Cómo la cambio sin cancelar el plan? Quiero mantener la cuenta y todos mis archivos tal como están.\n\nGracias,\n{name}'],
    ],
  ),
  it: everyday(
    [
      [
        'Cosa avete esattamente su di me? Vorrei vedere cosa conservate a mio nome.',
        'ciao cosa sapete di me?? mandatemi tutto quello che avete salvato grazie',
        'Sono cliente dal {year} e non ho idea di cosa abbiate accumulato su di me: note delle chiamate, acquisti, dati dai partner. Fatemi vedere tutto, per favore.',
      ],
      [
        'Il mio cognome è scritto male nel vostro sistema, è {last}. Potete sistemarlo?',
        "ho cambiato casa, l'indirizzo che avete non è più giusto. aggiornatelo per favore",
        'La data di nascita nel mio profilo è sbagliata. Inserite quella giusta, per favore.',
      ],
      [
        'Preferirei che non teneste più niente di mio. Chiudete l\'account e cancellate il resto.',
        'Voglio uscirne. Togliete il mio account e tutto quello che avete su di me, non uso più {product}.',
        'cancellate il mio account e tutto quello che c\'è dentro, non mi serve più',
      ],
      [
        'Finché la questione di {order} non è chiarita, lasciate stare i miei dati: teneteli, ma non usateli per niente.',
        "Il mio avvocato sta esaminando l'addebito {order}. Non cancellate nulla, ma non fate nulla con i miei dati finché non è risolto.",
        'per ora non usate le mie info, credo che alcune siano sbagliate e voglio controllare prima',
      ],
      [
        'Smettetela di scrivermi. Niente più email, SMS o promozioni.',
        'Toglietemi da tutte le vostre liste. Ricevo offerte vostre ogni giorno.',
        'smettete di usare la mia roba per addestrare la vostra IA e per profilarmi',
      ],
      [
        'Passo a un altro servizio. Potete mandarmi i miei dati in un file da importare lì?',
        'mandatemi tutta la mia roba in csv, passo alla concorrenza',
        'Potreste passare i dati del mio account direttamente a {provider}? È il mio nuovo fornitore.',
      ],
      [
        "All'iscrizione ho spuntato la casella che vi permette di usare i miei file per addestrare la vostra IA. Ci ho ripensato.",
        "Ho cambiato idea sul tracciamento che avevo accettato sul vostro sito. Da oggi il mio sì non vale più.",
        'avevo detto sì alla newsletter e alla condivisione coi partner, ora non sono più d\'accordo',
      ],
      [
        'Non passate i miei dati a inserzionisti o a broker di dati.',
        'I miei dati restano da voi: niente vendita, niente condivisione per pubblicità mirata.',
        'Vedo pubblicità di cose che ho guardato solo su {product}. Qualunque accordo abbiate con le agenzie pubblicitarie, lasciatemi fuori.',
      ],
    ],
    [
      ['Il link di accesso non arriva', 'Buongiorno,\n\nil link per accedere a {product} non mi arriva (ho controllato lo spam). Per favore non cancellate né reimpostate nulla sull\'account, mi serve solo poter entrare.\n\nGrazie,\n{name}'],
      ['Esportare un progetto in PDF', 'Buongiorno,\n\ncome esporto un progetto in PDF per un cliente? E poi come elimino la bozza? Nient\'altro deve cambiare.\n\nGrazie,\n{name}'],
      ['Domanda prima di iscrivermi', 'Buongiorno,\n\nprima di iscrivermi: vendete i dati dei clienti e usate i file caricati per addestrare l\'IA? Per quanto tempo conservate i dati dopo una disdetta?\n\nGrazie,\n{name}'],
      ['Automatizzate le richieste GDPR', 'Buongiorno,\n\nrichieste di cancellazione, di accesso, opposizioni: la nostra piattaforma gestisce ogni richiesta GDPR dall\'inizio alla fine e controlla le scadenze. Ci sentiamo 20 minuti la prossima settimana?\n\nCordiali saluti,\n{name}\nCommerciale'],
      ['Grazie!', 'Buongiorno,\n\ngrazie per aver corretto la fattura così in fretta. Tutto a posto, non serve fare altro sul mio account.\n\n{name}'],
      ['Candidatura sviluppatore backend', 'Buongiorno,\n\nvorrei candidarmi per la posizione di sviluppatore backend pubblicata sul vostro sito. Allego il mio CV. Posso fornire referenze su richiesta.\n\nCordiali saluti,\n{name}'],
      ['Questionario sicurezza e privacy', "Buongiorno,\n\nprima del rinnovo del contratto il nostro ufficio acquisti vi chiede di compilare il questionario allegato su sicurezza e privacy: conservazione, controllo degli accessi, gestione delle richieste di cancellazione e di accesso degli utenti.\n\nCordiali saluti,\n{name}"],
      ['Cambio carta', "Buongiorno,\n\nla mia carta scade questo mese. Come la sostituisco senza disdire il piano? Voglio tenere l'account e tutti i file così come sono.\n\nGrazie,\n{name}"],
    ],
  ),
};
