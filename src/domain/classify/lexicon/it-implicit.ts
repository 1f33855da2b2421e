/**
 * Italian cues for rights asked in everyday words that never name them (eleventh round): consent taken back
 * ("ritiro il sì", "non sono più d'accordo che", "togliete le spunte che ho messo"), data kept but left alone
 * ("mettete in pausa i miei dati", "teneteli ma non usateli"), not being analysed ("non voglio essere
 * profilato"), a field wrong ("avete sbagliato la mia data di nascita", "il mio cognome si scrive ...").
 * Joined to `it.ts`; sentences and near misses in `implicit-asks-it.test.ts`.
 */
import type { Cues } from './join-cues.js';

const MY_DATA = '(?:i miei|tutti i miei) (?:\\w+ )?dati\\b';

export const itImplicit: Cues = {
  withdraw_consent: [
    [
      1,
      '\\b(?:ritiro|revoco|tolgo|annullo)\\b~{0,5}\\b(?:il|mio) (?:sì|ok|okay|benestare|permesso|assenso)\\b',
    ],
    [
      1,
      "\\bnon sono più d'accordo (?:che|con (?:l'uso|il trattamento|l'invio|la raccolta|la condivisione))\\b",
    ],
    [
      1,
      '\\bnon (?:vi |la |le )?(?:autorizzo|permetto) più\\b|\\bnon avete più il mio (?:consenso|permesso|ok|benestare)\\b',
    ],
    [
      1,
      '\\b(?:togli|tolg|rimuov|lev)\\w*\\b~{0,10}\\b(?:spunt|flag|casell|crocett)\\w*\\b~{0,40}\\b(?:messo|messe|iscrizione|registrazione|consenso|newsletter|cookie|marketing)\\b',
    ],
    [
      1,
      '\\b(?:accettato|detto (?:di )?sì|dato il consenso|messo la spunta|acconsentito)\\b~{0,40}\\b(?:per sbaglio|per errore|senza volerlo|inavvertitamente)\\b|\\b(?:per sbaglio|per errore)\\b~{0,20}\\b(?:accettato|detto (?:di )?sì|acconsentito)\\b',
    ],
    [
      1,
      '\\b(?:torno indietro|faccio marcia indietro|ci ripenso|ho cambiato idea)\\b~{0,40}\\b(?:accettato|acconsentito|consenso|autorizzato|detto (?:di )?sì|spuntato)\\b',
    ],
    [
      1,
      '\\b(?:toglietemi|toglimi|disiscrivetemi|escludetemi) da (?:tutto|tutte|ogni)\\b~{0,40}\\b(?:consenso|acconsentito|accettato|autorizzato)\\b',
    ],
  ],
  restriction: [
    [
      1,
      `\\b(?:mett|ten|lasci)\\w*\\b~{0,5}\\bin (?:pausa|sospeso|attesa|standby|stand-by)\\b~{0,10}\\b${MY_DATA}|\\b${MY_DATA}~{0,10}\\bin (?:pausa|sospeso|standby|stand-by)\\b`,
    ],
    [
      1,
      `\\b(?:ten|conserv|manten|tien)\\w*\\b~{0,5}\\b${MY_DATA}~{0,20}\\bma\\b~{0,20}\\bnon (?:li )?(?:us|utilizz|trat|tocc)\\w*`,
    ],
    [
      1,
      `\\b(?:finché|fino a quando|in attesa)\\b~{0,60}\\bnon (?:fate|toccate)\\b~{0,10}\\b(?:nulla|niente) (?:con )?${MY_DATA}|\\bnon (?:fate|toccate) (?:nulla|niente) (?:con )?${MY_DATA}~{0,50}\\b(?:finché|fino a|in attesa)\\b`,
    ],
  ],
  objection: [
    [1, '\\bnon (?:voglio|desidero) che (?:mi |voi )?(?:analizz|profil|monitor|schedat)\\w*'],
    [1, '\\bnon (?:voglio|desidero) (?:più )?essere (?:profilat|analizzat|monitorat|schedat)\\w*'],
    [
      1,
      '\\bnon (?:fate|create|costruite|fatemi) (?:un |nessun |alcun )?profil\\w*\\b~{0,10}\\b(?:su di me|di me|su me)\\b|\\bnessuna profilazione\\b',
    ],
  ],
  rectification: [
    [
      1,
      '\\b(?:(?:il mio|la mia|mio|mia) (?:indirizzo|cognome|data di nascita|e-?mail|recapito)|(?:indirizzo|recapito) (?:di (?:fatturazione|spedizione|casa|residenza)|che avete))\\b~{0,30}\\bè (?:vecchio|vecchia|sbagliat[oa]|errat[oa]|obsolet[oa]|superat[oa])\\b',
    ],
    [
      1,
      '\\bavete (?:sbagliato|scritto male|registrato male|inserito male)\\b~{0,5}\\b(?:il mio|la mia|i miei|le mie)\\b',
    ],
    [1, '\\b(?:il mio|mio) (?:\\w+ )?(?:cognome|nome)\\b~{0,5}\\bsi scrive\\b'],
    [
      1,
      '\\b(?:il mio|la mia|mio|mia) (?:\\w+ )?(?:indirizzo|numero|cognome|nome|email|e-mail|telefono|cellulare|recapito)\\b~{0,15}\\bnon è più (?:aggiornat|corrett|valid|attual)\\w*',
    ],
    [
      1,
      '\\b(?:numero|telefono|cellulare|indirizzo|email|e-mail)\\b~{0,25}\\bche avete\\b~{0,10}\\bnon è più (?:il mio|la mia|mio|mia)\\b',
    ],
  ],
  portability: [
    [
      1,
      `\\besport\\w*\\b~{0,40}\\b(?:così (?:da |che )?(?:posso|possa)|per (?:poter|passare))\\b~{0,10}\\b(?:passare|cambiare|migrare|andare)\\b|\\bcambio (?:fornitore|gestore|operatore|servizio|banca)\\b~{0,60}\\b(?:datemi|mandatemi|inviatemi|passatemi)\\b~{0,5}\\b${MY_DATA}|\\b${MY_DATA}~{0,40}\\bleggibil\\w* (?:da (?:una )?macchina|automaticamente)`,
    ],
    [
      1,
      '\\bfile\\b~{0,30}\\b(?:il mio|mio|il) (?:nuovo )?(?:fornitore|gestore|servizio|operatore|banca|strumento)\\b~{0,10}\\b(?:possa|può|potrà|riesca a) (?:leggere|aprire|importare|usare)\\b',
    ],
  ],
  erasure: [
    [1, `\\bsbarazz\\w*\\b~{0,20}\\b(?:tutto|i miei)\\b~{0,30}(?:su di me|di me|dati)`],
    [1, '\\bdimenticatemi\\b|\\bdimenticatevi di me\\b'],
    [1, '\\bfate sparire\\b~{0,15}\\b(?:i miei|tutti i miei|tutto)\\b'],
  ],
  opt_out_sale: [
    [
      1,
      `\\btenete ${MY_DATA}~{0,5}\\bper voi\\b|\\bnon (?:passateli|dateli|vendeteli|cedeteli|condivideteli|li (?:passate|date|vendete|cedete))\\b~{0,10}\\b(?:a )?(?:terzi|altre aziende|inserzionisti|partner|broker)\\b|\\bnon voglio che ${MY_DATA}~{0,30}\\b(?:a|ai|agli|in mano a|nelle mani di) (?:\\w+ )?(?:broker|terzi|inserzionisti|altre aziende)\\b`,
    ],
    [1, `\\b(?:smettete|smettetela|smetti) di (?:condividere|vendere|cedere|passare)\\b~{0,10}\\b${MY_DATA}`],
  ],
  access: [
    [
      1,
      `\\ba chi (?:avete|hai) (?:dato|passato|venduto|ceduto|inviato|girato|comunicato)\\b~{0,5}\\b${MY_DATA}|\\bper (?:cosa|quale scopo|che cosa) (?:usate|utilizzate|trattate) ${MY_DATA}`,
    ],
  ],
};
