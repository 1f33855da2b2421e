// Sentences written for this test, not taken from any set.
import { describeImplicitAsks } from './implicit-asks.test-support.js';

describeImplicitAsks(
  'it',
  {
    withdraw_consent: [
      'Ritiro il sì che avevo dato per la newsletter.',
      "Non sono più d'accordo che usiate i miei dati per la pubblicità.",
      "Togliete tutte le spunte che ho messo all'iscrizione.",
      'Ho accettato i cookie per sbaglio, annullate per favore.',
      'Non vi autorizzo più a usare i miei dati.',
      'Torno indietro su quello che ho accettato alla registrazione.',
    ],
    restriction: [
      'Congelate i miei dati finché non avete verificato il mio reclamo.',
      'Mettete in pausa i miei dati mentre controllate.',
      'Tenete i miei dati ma non usateli per ora.',
      'Non cancellate niente per adesso, ma smettete di usare i miei dati finché non si chiarisce.',
      "Bloccate i miei dati finché non verificate l'indirizzo.",
      'Finché non avete esaminato il mio reclamo, non fate nulla con i miei dati.',
    ],
    objection: [
      'Non voglio che analizziate le mie abitudini.',
      'Smettete di usare i miei dati per la ricerca.',
      'Non voglio essere profilato.',
      'Non fate un profilo su di me.',
      'Non voglio che i miei dati servano per addestrare la vostra IA.',
      'Non voglio essere analizzato né schedato.',
    ],
    rectification: [
      'Avete sbagliato la mia data di nascita, è il 3 marzo 1985.',
      'Il mio cognome si scrive con due t.',
      'Il mio indirizzo non è più aggiornato, ora abito in via Roma 5.',
      'Il mio nome è scritto male sul profilo.',
      'Il numero di telefono che avete non è più il mio.',
      'Aggiornate la mia email con questa nuova.',
      "L'indirizzo di spedizione che avete è vecchio, ora abito a Bari.",
    ],
    portability: [
      'Mandatemi i miei dati in un file che il mio nuovo fornitore possa leggere.',
      'Trasferite i miei dati direttamente al mio nuovo gestore.',
      'Esportate tutto quello che ho da voi così posso passare a un concorrente.',
      'Vorrei i miei dati in un formato leggibile da una macchina.',
      'Cambio fornitore, datemi i miei dati da portare via.',
    ],
    access: [
      'Cosa sapete di me?',
      'Da dove avete preso il mio indirizzo?',
      'A chi avete dato i miei dati?',
      'Fatemi vedere cosa avete su di me.',
      'Per cosa usate i miei dati?',
    ],
    erasure: [
      'Dimenticatemi.',
      'Fate sparire tutti i miei dati.',
      'Sbarazzatevi di tutto quello che avete su di me.',
      'Toglietemi del tutto dai vostri sistemi.',
      'Chiudete il mio account e buttate via tutti i miei dati.',
    ],
    opt_out_sale: [
      'Non vendete i miei dati.',
      'Smettete di condividere i miei dati con gli inserzionisti.',
      'Tenete i miei dati per voi, non passateli a terzi.',
      'Non voglio che i miei dati finiscano ai data broker.',
    ],
  },
  [
    'Potrò ritirare il consenso più avanti?',
    "Come cambio l'indirizzo se è sbagliato?",
    'Congelate il progetto finché il cliente non approva.',
    "L'importo della fattura è sbagliato.",
    "L'indirizzo del server di prova è vecchio?",
    'Analizzate le abitudini dei clienti?',
    'Potete esportare le fatture in CSV?',
    'Buttate via le fatture doppie, per favore.',
  ],
  [['Revoco il consenso ai cookie di analisi, non voglio essere tracciato.', 'objection']],
);
