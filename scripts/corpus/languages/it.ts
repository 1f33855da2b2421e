// Italian: GDPR citations, Garante as authority.
import { type Pack } from '../types.js';
import { gdprArticles } from './gdpr.js';

export const it: Pack = {
  id: 'it',
  language: 'it',
  locale: 'it-IT',
  country: 'Italy',
  tz: '+0100',
  legacyCharset: 'iso-8859-1',
  names: [
    'Giulia Rossi',
    'Marco Bianchi',
    'Francesca Esposito',
    'Luca Romano',
    'Chiara Ricci',
    'Davide Colombo',
    'Sara Greco',
    'Andrea Bruno',
  ],
  law: 'Regolamento generale sulla protezione dei dati (GDPR)',
  authority: 'Garante per la protezione dei dati personali',
  articles: gdprArticles(
    (n) => `art. ${n} del GDPR`,
    'art. 7, par. 3, del GDPR',
    'sezione 1798.120 del CCPA',
  ),
  style: {
    hi: 'Buongiorno,',
    dear: 'Spettabile società,',
    thanks: 'Grazie,',
    regards: 'Distinti saluti,',
    mobile: 'Inviato da iPhone',
    context: 'Uso {product} dal {year}, soprattutto per lavoro.',
    angry: 'È la terza volta che vi scrivo e nessuno mi ha ancora risposto. È inaccettabile.',
    complaint: 'Se non ricevo risposta entro un mese presenterò reclamo al {authority}.',
    agent:
      'Scrivo in qualità di rappresentante di {client}, di cui allego la delega firmata. Vi inoltro la richiesta del mio assistito con le sue parole:',
    parent:
      'Vi scrivo per conto di mio figlio di 14 anni, che ha aperto un account {product} con questo indirizzo. Mi ha chiesto di inviarvi quanto segue:',
    formalIntro: 'Con la presente esercito i diritti previsti dal {law}.',
    deadline:
      "Vi chiedo di rispondere entro il termine di un mese previsto dall'art. 12 del GDPR e di confermarmi per iscritto quanto fatto.",
    group: "Questa lettera segue il modello dell'associazione dei consumatori {group}; i dati sono i miei.",
    reply: 'Ad integrazione del mio messaggio precedente:',
    buriedBefore:
      "Ho alcune cose sul mio account. Dalla settimana scorsa la dashboard mi disconnette ogni pochi minuti e il pulsante di esportazione nella pagina dei job non funziona su Firefox.\n\nInoltre l'IVA sulla fattura {order} è sbagliata, potete verificare?",
    buriedAfter:
      "Tornando alle disconnessioni: è iniziato dopo l'aggiornamento del {date}, se può servire ai tecnici.",
    withdrawAny: 'Nella misura in cui un trattamento si basi sul mio consenso, con la presente lo revoco.',
    ack: 'Abbiamo ricevuto la sua richiesta in materia di privacy con il riferimento {ref}. Risponderemo entro i termini di legge.',
    done: 'La sua richiesta {ref} è stata evasa: il suo account e i dati personali collegati sono stati cancellati.',
    wrote: 'Il giorno {date} {product} Privacy <{org}> ha scritto:',
  },
  subjects: {
    access: 'Richiesta di accesso ai dati',
    rectification: 'Correzione dei miei dati',
    erasure: 'Cancellazione del mio account',
    restriction: 'Limitazione del trattamento',
    objection: 'Email promozionali',
    portability: 'Esportazione dei miei dati',
    withdraw_consent: 'Revoca del consenso',
    opt_out_sale: 'Non vendete i miei dati',
    generic: ['Il mio account', 'Domanda sui miei dati', 'Richiesta', 'Account {product}'],
  },
  asks: {
    access: {
      a: 'Quali dati personali avete su di me? Vi prego di mandarmene una copia.',
      b: "Ai sensi dell'{art} chiedo conferma che sia in corso un trattamento dei miei dati e, in tal caso, copia degli stessi con finalità, destinatari, periodo di conservazione e origine.",
      c: 'Non uso {product} da due anni e mi chiedo cosa conservate ancora di me. Potete mostrarmi tutto ciò che è collegato a {email}?',
      d: 'Indicatemi quali tipi di informazioni avete raccolto su di me, da dove provengono, a cosa vi servono e a chi le avete comunicate.',
    },
    rectification: {
      a: 'Il mio cognome è scritto "{wrong}" nell\'account e nelle fatture. Quello giusto è "{last}". Correggetelo, per favore.',
      b: 'Ai sensi dell\'{art} chiedo la rettifica di un dato inesatto: il mio cognome risulta "{wrong}", mentre è "{last}".',
      c: "Ho traslocato e cambiato indirizzo email. Aggiornate i miei dati in modo che d'ora in poi tutto arrivi a {newEmail}.",
      d: "Il profilo che avete su di me è vecchio e incompleto: l'indirizzo di fatturazione non è più il mio da anni e manca il nome completo. Aggiornatelo, per favore.",
    },
    erasure: {
      a: 'Vi chiedo di cancellare il mio account e tutti i dati personali che avete su di me.',
      b: "Ai sensi dell'{art} chiedo la cancellazione di tutti i dati che mi riguardano, compresi l'account e i backup, salvo obblighi di conservazione di legge.",
      c: 'Con {product} ho chiuso. Chiudete il mio account e togliete tutto quello che avete su di me, non tornerò.',
      d: 'Preferirei che da voi non restasse proprio niente di me: niente account, niente vecchie trascrizioni, niente log col mio nome. Fate sparire tutto.',
    },
    restriction: {
      a: 'Vi chiedo di limitare il trattamento dei miei dati mentre verificate gli addebiti contestati della fattura {order}.',
      b: "Ai sensi dell'{art} chiedo la limitazione del trattamento, poiché contesto l'esattezza dei dati di utilizzo associati al mio account. Conservateli soltanto fino al chiarimento.",
      c: 'Non cancellate nulla, ma non usate nemmeno i miei dati finché il mio reclamo sulla fattura {order} non è risolto.',
      d: 'Ho una causa in corso con un ex socio per questo account. Fino alla decisione tenete i miei dati esattamente come sono: intatti, inutilizzati e non cancellati.',
    },
    objection: {
      a: 'Smettete di mandarmi email promozionali, per favore. Voglio solo le comunicazioni di servizio.',
      b: "Ai sensi dell'{art} mi oppongo al trattamento dei miei dati per analisi e profilazione basato sul vostro legittimo interesse.",
      c: 'Non voglio che i miei dati di utilizzo finiscano nelle vostre ricerche di prodotto o statistiche. Smettete di usarli così.',
      d: "NON chiudete il mio account. Voglio solo non ricevere più newsletter e promozioni, e avvisatemi prima se l'opposizione dovesse comportare la cancellazione dell'account.",
    },
    portability: {
      a: "Potete mandarmi un'esportazione dei miei dati in JSON o CSV?",
      b: "Ai sensi dell'{art} chiedo di ricevere i dati che vi ho fornito in un formato strutturato, di uso comune e leggibile da dispositivo automatico.",
      c: 'Passo a un altro strumento e mi servono tutti i progetti, lo storico dei job e le impostazioni in un file da importare lì. Uno zip di CSV sarebbe perfetto.',
      d: 'Trasmettete i dati del mio account direttamente a {provider}, che dal mese prossimo seguirà questo lavoro. Il loro team si aspetta un file JSON.',
    },
    withdraw_consent: {
      a: 'Revoco il consenso alla newsletter e ai cookie analitici.',
      b: "Con la presente revoco, per il futuro, il consenso prestato ai sensi dell'{art} al trattamento dei miei dati per analisi di prodotto.",
      c: "All'iscrizione ho spuntato la casella che vi permette di usare i contenuti che carico per migliorare i vostri modelli. Ritiro quell'adesione.",
      d: 'Vi avevo dato il permesso di usare nome e foto in una storia cliente. Non ve lo do più: toglieteli, per favore.',
    },
    opt_out_sale: {
      a: 'Non vendete e non condividete le mie informazioni personali.',
      b: 'Ai sensi della {art} vi chiedo di non vendere né condividere le mie informazioni personali, anche per pubblicità comportamentale. Risiedo in California.',
      c: 'Escludetemi dalla pubblicità mirata e da qualsiasi profilazione pubblicitaria.',
      d: 'Vendete i miei dati? Se sì, smettete. Non voglio che le mie informazioni o la mia navigazione finiscano a inserzionisti o data broker.',
    },
  },
  multi: {
    copyThenDelete:
      "Prima mandatemi una copia di tutti i dati che avete su di me. Quando l'avrò ricevuta, cancellate il mio account e tutti i miei dati.",
    accessObject:
      "Chiedo l'accesso ai miei dati personali, comprese finalità e destinatari. Mi oppongo inoltre a qualsiasi trattamento dei miei dati per marketing diretto e profilazione.",
    deleteObject:
      'Cancellate il mio account e i miei dati personali. Nel frattempo mi oppongo a ogni uso dei miei dati a fini pubblicitari.',
  },
  negatives: {
    billing: {
      subject: 'Doppio addebito {order}',
      body: "Buongiorno,\n\nmi avete addebitato due volte la fattura {order} ({amount}). Potete rimborsare il doppione? Allego l'estratto conto.\n\nGrazie,\n{name}",
    },
    bug: {
      subject: 'Esportazione in errore 500',
      body: 'Buongiorno,\n\nda stamattina ogni esportazione fallisce dopo 30 secondi con "500 Internal Server Error". Job {order}. C\'è un disservizio?\n\nSaluti,\n{name}',
    },
    sales: {
      subject: 'Richieste GDPR gestite in pochi minuti',
      body: 'Ciao team {product},\n\nla nostra piattaforma automatizza richieste di accesso, richieste di cancellazione e registro dei consensi. Avete 15 minuti la prossima settimana per una demo?\n\nCordiali saluti,\n{name}\nUfficio commerciale',
    },
    vendor: {
      subject: 'Questionario di sicurezza fornitori',
      body: 'Spettabile società,\n\nper qualificarvi come fornitore vi chiediamo di compilare il questionario di sicurezza allegato (cifratura, controllo accessi, gestione incidenti, penetration test) entro fine mese.\n\nDistinti saluti,\n{name}\nUfficio acquisti',
    },
    dpa: {
      subject: 'Accordo di nomina a responsabile e sub-responsabili',
      body: "Buongiorno,\n\nil nostro ufficio legale ha bisogno del vostro DPA e dell'elenco aggiornato dei sub-responsabili con le sedi dei server. Avvisate i clienti prima di aggiungerne uno?\n\nGrazie,\n{name}\nUfficio legale",
    },
    phishing: {
      subject: 'Urgente: conferma il tuo consenso',
      body: 'Gentile utente,\n\nper le nuove norme sulla privacy la tua casella verrà sospesa se non confermi le impostazioni del consenso entro 24 ore. Per opporti alla sospensione accedi qui: http://secure-verify.example.net/consenso\n\nTeam sicurezza',
    },
    policy_question: {
      subject: 'Conservazione dei log',
      body: 'Buongiorno,\n\nuna domanda prima di adottare {product}: per quanto tempo conservate i log delle richieste, e contengono indirizzi IP?\n\nGrazie,\n{name}',
    },
    sale_question: {
      subject: 'Vendete dati dei clienti?',
      body: "Buongiorno,\n\nsto confrontando strumenti per un cliente. {product} vende o condivide dati dei clienti con inserzionisti? Nell'informativa non l'ho trovato.\n\nSaluti,\n{name}",
    },
    howto_delete_file: {
      subject: 'Eliminare un vecchio job',
      body: "Ciao, come elimino un singolo job fallito dalla lista? L'account lo tengo, è solo per fare ordine.\n\n{name}",
    },
    out_of_office: {
      subject: 'Risposta automatica: {product}',
      body: 'Grazie per il messaggio. Sono fuori ufficio fino al {date} e non leggo la posta. Per urgenze scrivete a segreteria@example.com.\n\n{name}',
    },
    newsletter: {
      subject: 'Le novità CloudNimbus del mese',
      body: "Le novità CloudNimbus\n\nSono disponibili due nuove regioni di archiviazione e dal mese prossimo il traffico in uscita costa meno.\n\nRicevi questa email perché questo indirizzo è registrato su un account CloudNimbus. Annulla l'iscrizione o gestisci le preferenze: https://news.example.com/u/{order}",
    },
    thanks: {
      subject: 'R: [{ref}] La sua richiesta è stata evasa',
      body: 'Grazie per la rapidità. Potete chiudere la pratica.\n\n{first}',
    },
  },
  weight: 4,
};
