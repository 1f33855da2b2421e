// Three more plain wordings per right in English, German, French, Spanish and Italian (train only).
import { type Paraphrases } from '../../types.js';

export const WEST: Readonly<Record<string, Paraphrases>> = {
  en: {
    access: [
      "I'd like to see all the information your company has stored about me. Please send it to me.",
      'Please provide me with a full copy of my personal data, including anything collected through the app.',
      'What records do you keep on me? I am making a subject access request and would like a copy.',
    ],
    rectification: [
      'Your records list my surname as "{wrong}" but it is "{last}". Please amend my details.',
      'Some of the information you hold about me is incorrect: the phone number on file is not mine. Please correct it.',
      'Could you fix the spelling of my last name in your system? It is "{last}", not "{wrong}".',
    ],
    erasure: [
      'I want my personal information removed from your systems and my account closed for good.',
      'Please erase all the data you have stored about me and confirm once it has been deleted.',
      'Kindly remove my profile and every record connected to it from your database.',
    ],
    restriction: [
      'Please put the processing of my personal data on hold until the billing error on {order} has been checked.',
      'While you verify whether my account details are accurate, please limit the use of my data to storage only.',
      'I ask that you mark my data as restricted and stop processing it while the disputed charge on {order} is reviewed.',
    ],
    objection: [
      "Take me off your marketing lists, please. I don't want promotional emails any more.",
      'I object to you using my personal data for direct marketing and for building a profile of me.',
      'Please stop processing my data for personalised recommendations and advertising. I object to it.',
    ],
    portability: [
      'Please send me all the data I have given you in a downloadable, machine-readable file.',
      "I'd like a data export of my account: contacts, projects and settings, as CSV if possible.",
      'Can I get my personal data back in a portable format such as JSON? I am exercising my right to data portability.',
    ],
    withdraw_consent: [
      'I no longer consent to you processing my data for marketing. Please treat my consent as withdrawn.',
      'Please cancel the consent I gave for personalised emails and tracking cookies.',
      'From today I withdraw my agreement to receive offers by email and SMS.',
    ],
    opt_out_sale: [
      'Please opt me out of any sale of my personal data.',
      "Don't share my data with third parties for money or for advertising. Please record my opt-out.",
      'I do not want my personal information sold to other companies. Please stop any such sale.',
    ],
  },
  de: {
    access: [
      'Ich möchte sehen, welche Informationen Ihr Unternehmen über mich gespeichert hat. Bitte schicken Sie sie mir.',
      'Bitte stellen Sie mir eine vollständige Kopie meiner personenbezogenen Daten zur Verfügung, auch der über die App erfassten.',
      'Welche Daten führen Sie über mich? Ich stelle hiermit einen Auskunftsantrag und bitte um eine Kopie.',
    ],
    rectification: [
      'In Ihren Unterlagen steht mein Nachname als „{wrong}“, richtig ist „{last}“. Bitte ändern Sie das.',
      'Einige Angaben, die Sie über mich gespeichert haben, sind falsch: Die hinterlegte Telefonnummer gehört nicht mir. Bitte korrigieren Sie das.',
      'Könnten Sie die Schreibweise meines Nachnamens in Ihrem System berichtigen? Er lautet „{last}“, nicht „{wrong}“.',
    ],
    erasure: [
      'Ich möchte, dass meine persönlichen Daten aus Ihren Systemen entfernt und mein Konto endgültig geschlossen wird.',
      'Bitte löschen Sie alle Daten, die Sie über mich gespeichert haben, und bestätigen Sie mir die Löschung.',
      'Bitte entfernen Sie mein Profil und alle damit verbundenen Datensätze aus Ihrer Datenbank.',
    ],
    restriction: [
      'Bitte setzen Sie die Verarbeitung meiner Daten aus, bis der Abrechnungsfehler bei {order} geprüft ist.',
      'Solange Sie prüfen, ob meine Kontodaten richtig sind, beschränken Sie die Nutzung meiner Daten bitte auf die Speicherung.',
      'Ich bitte darum, meine Daten als eingeschränkt zu markieren und nicht weiter zu verarbeiten, während die strittige Abbuchung zu {order} geklärt wird.',
    ],
    objection: [
      'Bitte nehmen Sie mich aus Ihren Marketing-Verteilern. Ich möchte keine Werbemails mehr.',
      'Ich widerspreche der Nutzung meiner personenbezogenen Daten für Direktwerbung und für die Erstellung eines Profils über mich.',
      'Bitte verarbeiten Sie meine Daten nicht mehr für personalisierte Empfehlungen und Werbung. Dem widerspreche ich.',
    ],
    portability: [
      'Bitte senden Sie mir alle Daten, die ich Ihnen gegeben habe, als herunterladbare, maschinenlesbare Datei.',
      'Ich hätte gern einen Datenexport meines Kontos: Kontakte, Projekte und Einstellungen, wenn möglich als CSV.',
      'Kann ich meine Daten in einem übertragbaren Format wie JSON bekommen? Ich mache mein Recht auf Datenübertragbarkeit geltend.',
    ],
    withdraw_consent: [
      'Ich bin nicht mehr damit einverstanden, dass Sie meine Daten für Marketing verarbeiten. Meine Einwilligung ist hiermit widerrufen.',
      'Bitte streichen Sie meine Einwilligung in personalisierte E-Mails und Tracking-Cookies.',
      'Ab heute widerrufe ich mein Einverständnis, Angebote per E-Mail und SMS zu erhalten.',
    ],
    opt_out_sale: [
      'Bitte nehmen Sie mich von jedem Verkauf meiner persönlichen Daten aus.',
      'Geben Sie meine Daten nicht gegen Geld oder für Werbung an Dritte weiter. Bitte vermerken Sie meinen Opt-out.',
      'Ich will nicht, dass meine persönlichen Informationen an andere Firmen verkauft werden. Bitte unterlassen Sie jeden solchen Verkauf.',
    ],
  },
  fr: {
    access: [
      "J'aimerais voir toutes les informations que votre entreprise conserve sur moi. Merci de me les envoyer.",
      "Merci de me fournir une copie complète de mes données personnelles, y compris celles collectées par l'application.",
      "Quelles informations détenez-vous sur moi ? Je fais une demande d'accès et souhaite en recevoir une copie.",
    ],
    rectification: [
      'Vos fichiers indiquent mon nom comme « {wrong} », mais c\'est « {last} ». Merci de modifier mes informations.',
      "Certaines informations que vous avez sur moi sont inexactes : le numéro de téléphone enregistré n'est pas le mien. Merci de le corriger.",
      "Pourriez-vous rectifier l'orthographe de mon nom de famille dans votre système ? C'est « {last} » et non « {wrong} ».",
    ],
    erasure: [
      'Je veux que mes informations personnelles soient retirées de vos systèmes et mon compte fermé définitivement.',
      "Merci d'effacer toutes les données que vous avez enregistrées sur moi et de me confirmer leur suppression.",
      'Veuillez retirer mon profil et tous les enregistrements qui y sont liés de votre base de données.',
    ],
    restriction: [
      "Merci de suspendre le traitement de mes données personnelles jusqu'à la vérification de l'erreur de facturation sur {order}.",
      "Pendant que vous vérifiez l'exactitude de mes informations de compte, merci de limiter l'usage de mes données à leur seule conservation.",
      'Je vous demande de marquer mes données comme limitées et de ne plus les traiter pendant l\'examen du prélèvement contesté sur {order}.',
    ],
    objection: [
      'Retirez-moi de vos listes marketing, s\'il vous plaît. Je ne veux plus de courriels promotionnels.',
      "Je m'oppose à l'utilisation de mes données personnelles pour la prospection commerciale et pour établir un profil de moi.",
      'Merci de ne plus traiter mes données pour des recommandations personnalisées et de la publicité. Je m\'y oppose.',
    ],
    portability: [
      "Merci de m'envoyer toutes les données que je vous ai fournies dans un fichier téléchargeable et lisible par machine.",
      "Je voudrais un export des données de mon compte : contacts, projets et paramètres, en CSV si possible.",
      'Puis-je récupérer mes données dans un format portable comme JSON ? J\'exerce mon droit à la portabilité.',
    ],
    withdraw_consent: [
      "Je ne consens plus au traitement de mes données à des fins marketing. Considérez mon consentement comme retiré.",
      "Merci d'annuler le consentement que j'ai donné pour les e-mails personnalisés et les cookies de suivi.",
      "À partir d'aujourd'hui, je retire mon accord pour recevoir des offres par e-mail et SMS.",
    ],
    opt_out_sale: [
      'Merci de m\'exclure de toute vente de mes données personnelles.',
      'Ne communiquez pas mes données à des tiers contre rémunération ou pour de la publicité. Merci d\'enregistrer mon refus.',
      'Je ne veux pas que mes informations personnelles soient vendues à d\'autres sociétés. Cessez toute vente de ce type.',
    ],
  },
  es: {
    access: [
      'Me gustaría ver toda la información que su empresa tiene guardada sobre mí. Por favor, envíenmela.',
      'Les pido una copia completa de mis datos personales, incluidos los recogidos a través de la aplicación.',
      '¿Qué registros tienen sobre mí? Presento una solicitud de acceso y quisiera recibir una copia.',
    ],
    rectification: [
      'En sus registros mi apellido figura como "{wrong}", pero es "{last}". Por favor, modifiquen mis datos.',
      'Parte de la información que tienen sobre mí es incorrecta: el número de teléfono registrado no es mío. Corríjanlo, por favor.',
      '¿Podrían corregir cómo está escrito mi apellido en su sistema? Es "{last}", no "{wrong}".',
    ],
    erasure: [
      'Quiero que mi información personal se elimine de sus sistemas y que mi cuenta se cierre definitivamente.',
      'Por favor, borren todos los datos que tengan almacenados sobre mí y confírmenme que se han suprimido.',
      'Les ruego que eliminen mi perfil y todos los registros vinculados a él de su base de datos.',
    ],
    restriction: [
      'Por favor, suspendan el tratamiento de mis datos personales hasta que se revise el error de facturación de {order}.',
      'Mientras comprueban si los datos de mi cuenta son exactos, limiten el uso de mis datos a su mera conservación.',
      'Solicito que marquen mis datos como limitados y dejen de tratarlos mientras se revisa el cargo discutido en {order}.',
    ],
    objection: [
      'Sáquenme de sus listas de marketing, por favor. No quiero recibir más correos promocionales.',
      'Me opongo a que usen mis datos personales para mercadotecnia directa y para elaborar un perfil sobre mí.',
      'Dejen de tratar mis datos para recomendaciones personalizadas y publicidad, por favor. Me opongo a ello.',
    ],
    portability: [
      'Envíenme todos los datos que les he facilitado en un archivo descargable y legible por máquina.',
      'Quisiera una exportación de los datos de mi cuenta: contactos, proyectos y ajustes, en CSV si es posible.',
      '¿Puedo recibir mis datos en un formato portable como JSON? Ejerzo mi derecho a la portabilidad.',
    ],
    withdraw_consent: [
      'Ya no consiento que traten mis datos con fines de marketing. Den por retirado mi consentimiento.',
      'Por favor, anulen el consentimiento que di para correos personalizados y cookies de seguimiento.',
      'Desde hoy retiro mi autorización para recibir ofertas por correo electrónico y SMS.',
    ],
    opt_out_sale: [
      'Por favor, exclúyanme de cualquier venta de mis datos personales.',
      'No compartan mis datos con terceros a cambio de dinero ni para publicidad. Registren mi exclusión, por favor.',
      'No quiero que mi información personal se venda a otras empresas. Detengan cualquier venta de ese tipo.',
    ],
  },
  it: {
    access: [
      'Vorrei vedere tutte le informazioni che la vostra azienda conserva su di me. Per favore inviatemele.',
      "Vi chiedo una copia completa dei miei dati personali, compresi quelli raccolti tramite l'app.",
      'Quali dati avete su di me? Presento una richiesta di accesso e vorrei riceverne una copia.',
    ],
    rectification: [
      'Nei vostri archivi il mio cognome risulta "{wrong}", ma è "{last}". Vi prego di modificare i miei dati.',
      'Alcune informazioni che avete su di me sono sbagliate: il numero di telefono registrato non è il mio. Correggetelo, per favore.',
      'Potreste correggere la grafia del mio cognome nel vostro sistema? È "{last}", non "{wrong}".',
    ],
    erasure: [
      'Voglio che le mie informazioni personali vengano rimosse dai vostri sistemi e che il mio account venga chiuso definitivamente.',
      'Vi prego di cancellare tutti i dati che avete memorizzato su di me e di confermarmi la cancellazione.',
      'Rimuovete il mio profilo e tutti i record collegati dal vostro database, per cortesia.',
    ],
    restriction: [
      "Vi chiedo di sospendere il trattamento dei miei dati personali finché l'errore di fatturazione su {order} non sarà verificato.",
      "Mentre verificate l'esattezza dei dati del mio account, limitate l'uso dei miei dati alla sola conservazione.",
      'Chiedo di contrassegnare i miei dati come limitati e di non trattarli oltre durante la verifica dell\'addebito contestato su {order}.',
    ],
    objection: [
      'Toglietemi dalle vostre liste di marketing, per favore. Non voglio più email promozionali.',
      'Mi oppongo all\'uso dei miei dati personali per il marketing diretto e per costruire un mio profilo.',
      'Smettete di trattare i miei dati per raccomandazioni personalizzate e pubblicità. Mi oppongo.',
    ],
    portability: [
      'Inviatemi tutti i dati che vi ho fornito in un file scaricabile e leggibile da una macchina.',
      "Vorrei un'esportazione dei dati del mio account: contatti, progetti e impostazioni, in CSV se possibile.",
      'Posso riavere i miei dati in un formato portabile come JSON? Esercito il mio diritto alla portabilità.',
    ],
    withdraw_consent: [
      'Non acconsento più al trattamento dei miei dati per il marketing. Considerate revocato il mio consenso.',
      'Vi prego di annullare il consenso che ho dato per email personalizzate e cookie di tracciamento.',
      'Da oggi ritiro il mio assenso a ricevere offerte via email e SMS.',
    ],
    opt_out_sale: [
      'Escludetemi da qualsiasi vendita dei miei dati personali, per favore.',
      'Non condividete i miei dati con terzi in cambio di denaro o per pubblicità. Registrate il mio opt-out.',
      'Non voglio che le mie informazioni personali siano vendute ad altre aziende. Interrompete ogni vendita di questo tipo.',
    ],
  },
};
