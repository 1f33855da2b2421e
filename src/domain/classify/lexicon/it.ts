/** Italian cues (GDPR and Codice privacy wording: accesso, rettifica, cancellazione, opposizione, revoca). */
import type { Lexicon } from './types.js';

export const it: Lexicon = {
  language: 'it',
  cues: {
    access: [
      [2, 'diritto di accesso|accesso ai (?:miei )?dati'],
      [1, 'copia (?:dei|di tutti i) (?:miei )?dati', 'absorbable'],
      [1, 'quali dati\\b~{0,40}\\b(?:trattate|conservate|avete)'],
    ],
    rectification: [
      [2, 'rettific\\w*'],
      [1, '(?:correg|corretto|aggiorn|modific)\\w*\\b~{0,40}\\b(?:nome|cognome|indirizzo|email|e-mail|dati)'],
    ],
    erasure: [
      [2, "diritto all'oblio|diritto alla cancellazione"],
      [1.5, '(?:cancell|elimin|chiud)\\w*\\b~{0,40}\\b(?:account|dati|profilo|informazioni)'],
    ],
    restriction: [[2, 'limitazione del trattamento|limit\\w*\\b~{0,30}\\btrattamento']],
    objection: [
      [2, 'mi oppongo|opposizione al trattamento|diritto di opposizione'],
      [
        1,
        'non (?:voglio )?ricevere più|non ricevere più|non inviar\\w* più|disiscriv\\w*|rimuover\\w* dalla (?:lista|mailing|newsletter)',
        'absorbable',
      ],
      [0.5, 'marketing diretto|interesse legittimo|profilazione'],
    ],
    portability: [
      [2, 'portabilità'],
      [1.5, 'formato strutturato|leggibile da (?:macchina|dispositivo)'],
      [0.5, 'altro (?:servizio|fornitore)|altra piattaforma'],
      [1, 'esport\\w*\\b~{0,30}\\bdati'],
    ],
    withdraw_consent: [[2, '(?:revoc|ritir)\\w*\\b~{0,30}\\bconsenso']],
    opt_out_sale: [[2, 'non (?:vendere|vendete|condividere)|pubblicità mirata|vendita (?:o|e) condivisione']],
  },
  negation: 'non|né|mai',
  erasureVerbs: 'cancell\\w*|elimin\\w*',
  keepAccount: '(?:mantenere|tenere) (?:il mio )?account',
  hypothetical: 'se un giorno|se in futuro',
  earlier: 'già (?:chiesto|richiesto)',
};
