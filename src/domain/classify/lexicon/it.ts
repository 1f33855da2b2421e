/** Italian cues (GDPR and Codice privacy wording: accesso, rettifica, cancellazione, opposizione, revoca). */
import { joinCues } from './join-cues.js';
import { itImplicit } from './it-implicit.js';
import { saleWording } from './sale-wording.js';
import { restrictionPending } from './restriction-pending.js';
import { itPlain } from './plain-romance.js';
import type { Lexicon } from './types.js';

export const it: Lexicon = {
  language: 'it',
  cues: joinCues(
    {
      access: [
        [2, 'diritto di accesso|accesso ai (?:miei )?dati'],
        [1, 'copia (?:dei|di tutti i) (?:miei )?dati', 'absorbable'],
        [1, 'quali dati\\b~{0,40}\\b(?:trattate|conservate|avete)'],
        // "Sapere per quali finalità li usate e a chi li comunicate".
        [
          1,
          '(?:sapere|conoscere|dirmi)\\b~{0,10}\\b(?:per quali finalità|a chi (?:li|le|i miei dati|vengono) (?:comunicate|trasmettete|cedete|comunicati))',
        ],
        // Situational: "what do you still keep about me", "show me everything linked to my address".
        [
          1,
          '(?:cosa|quali (?:dati|informazioni))\\b~{0,40}\\b(?:conservate|avete|tenete|trattate|sapete)\\b~{0,20}\\b(?:ancora )?(?:di|su|riguardo a) me\\b',
        ],
        [
          1,
          '(?:mostrar|far(?:mi)? vedere|elencar)\\w*\\b~{0,30}\\btutto\\b~{0,40}\\b(?:collegat|associat|legat|riferit)\\w*',
        ],
        // To whom it went and where it came from (Art. 15(1)(c) and (g)).
        [
          1,
          '(?:a chi|con chi|quali (?:aziende|società|terzi|partner))\\b~{0,40}\\b(?:condivis|cedut|vendut|comunicat|trasmess|passat)\\w*\\b~{0,20}\\b(?:miei|mio|mia|mie)\\b|da dove (?:avete (?:preso|ottenuto)|arriva) (?:il mio|i miei|la mia)',
        ],
      ],
      rectification: [
        [1, '(?:ancora|tuttora) (?:registrat|indicat|salvat)\\w* come\\b'],
        [2, 'rettific\\w*'],
        [
          1,
          '(?:correg|corretto|aggiorn|modific)\\w*\\b~{0,40}\\b(?:nome|cognome|indirizzo|email|e-mail|dati)',
        ],
        // "La mia data di nascita è sbagliata": the record is wrong (Art. 16).
        [
          1,
          '(?:nome|cognome|indirizzo|data di nascita|telefono|email|e-mail)\\b~{0,40}\\b(?:è|sono|risulta|risultano|appare|compare)\\b~{0,20}\\b(?:sbagliat|errat|scritt\\w* male|non (?:è )?corrett|obsolet)\\w*',
        ],
      ],
      erasure: [
        // The data named, then erased by a pronoun: "avete il mio indirizzo; cancellatelo".
        [
          1,
          '(?:mio|mia|miei|mie) (?:indirizzo|dati|e-?mail|numero|informazioni|telefono)\\b[^\\n]{0,100}\\b(?:cancella|elimina|rimuov[ei])(?:te|r)?(?:la|lo|li|le)\\b',
        ],
        // A common typo: "potete cancelarmi l'account".
        [1, "cancela\\w*\\b~{0,20}\\b(?:l'account|account|profilo|dati)"],
        // A reminder: "i miei dati non sono ancora stati cancellati".
        [
          2,
          '(?:ancora|tuttora) non (?:sono|è) (?:stat\\w* )?(?:cancellat|eliminat)\\w*|non (?:sono|è) ancora stat\\w* (?:cancellat|eliminat)\\w*',
        ],
        [2, "diritto all'oblio|diritto alla cancellazione"],
        [1.5, '(?:cancell|elimin|chiud)\\w*\\b~{0,40}\\b(?:account|dati|profilo|informazioni)'],
        // Situational: "remove everything you have on me", "make it all disappear", "keep nothing about me".
        [
          1,
          '(?:togliete|rimuovete|cancellate|eliminate|ripulite|levate)\\b~{0,15}\\btutto\\b~{0,40}\\b(?:di me|su di me|avete|riguarda)',
        ],
        [
          1,
          '(?:far|fate) (?:sparire|scomparire) (?:tutto|i miei dati|ogni traccia)|non (?:tenete|conservate|voglio che (?:teniate|conserviate)) (?:più )?(?:nulla|niente)',
        ],
        // "Cancellatemi da tutto", "toglietemi dai vostri archivi".
        [
          1,
          '(?:cancellatemi|eliminatemi|toglietemi|rimuovetemi)\\b~{0,25}\\b(?:tutto|sistemi|archivi|database|banche dati|registri)',
        ],
      ],
      restriction: [
        // "Non usare i miei dati per nient'altro, teneteli fermi finché non vi scrivo" (Art. 18(1)).
        [
          1,
          "non (?:usare|utilizzare|usate|utilizzate) i miei dati per nient'altro|(?:teneteli|tenerli|lasciateli) fermi",
        ],
        // "Vi chiedo di sospendere ogni trattamento non necessario" (Art. 18(1)).
        [
          1.5,
          '(?:sospend|blocc|congel)\\w*\\b~{0,30}\\b(?:(?:ogni|qualsiasi|qualunque|il) (?:trattamento|utilizzo|uso)|i miei dati)',
        ],
        [1, '(?:usate|utilizzate|trattate) i miei dati (?:solo|soltanto|unicamente) per\\b'],
        [2, 'limitazione del trattamento|limit\\w*\\b~{0,30}\\btrattamento'],
        // Situational: keep it but leave it unused while something is settled (Art. 18(1)).
        [
          1,
          '(?:non (?:usate|utilizzate|trattate|toccate)|(?:smett|cess)\\w* di (?:usare|utilizzare|trattare))\\b~{0,20}\\b(?:i miei dati|le mie informazioni|i dati)\\b~{0,40}\\b(?:finché|fino a quando|fino alla|durante|in attesa)',
        ],
        // "Voglio solo che siano bloccati": kept, but blocked.
        [
          1,
          '(?:voglio|vorrei|chiedo)\\b~{0,25}\\bche (?:\\w+ ){0,3}(?:siano|vengano|restino|rimangano) (?:bloccat|congelat)\\w*',
        ],
        [
          1,
          '(?:lasciate|mantenete|tenete|conservate)\\b~{0,30}\\b(?:i miei dati|le mie informazioni|tutto)\\b~{0,30}\\b(?:intatt|così come|come (?:sono|stanno)|invariat|bloccat|congelat)\\w*',
        ],
      ],
      objection: [
        [1, 'smettete di (?:chiamar|telefonar)\\w*|non (?:mi )?(?:chiamate|telefonate) più', 'absorbable'],
        [
          1,
          '(?:smettete di (?:usare|utilizzare)|non (?:usate|utilizzate))\\b~{0,30}\\bi miei (?:\\w+ )?(?:dati|contenuti|log)\\b~{0,20}\\bper\\b~{0,20}\\b(?:sviluppo|miglioramento|analisi|statistiche|ricerca|pubblicità|marketing)',
        ],
        [2, 'mi oppongo|opposizione al trattamento|diritto di opposizione'],
        [
          1,
          'non (?:voglio )?ricevere più|non ricevere più|non inviar\\w* più|disiscriv\\w*|rimuover\\w* dalla (?:lista|mailing|newsletter)',
          'absorbable',
        ],
        [0.5, 'marketing diretto|interesse legittimo|profilazione'],
        // Situational: "I don't want my usage data ending up in your research", "stop using it that way".
        [
          1,
          'non voglio che i miei (?:\\w+ )?(?:dati|contenuti)\\b~{0,40}\\w*(?:ricerch|statistic|analis|profilazion|marketing|pubblicit|addestr|modell)\\w*',
        ],
        [1, 'smettete di (?:usarl|utilizzarl|trattarl)\\w*', 'absorbable'],
        // "Non voglio più ricevere", "smettetela di mandarmi offerte", "basta email promozionali".
        [
          1,
          'non voglio più ricevere|smett\\w* di (?:mandar|inviar|scriver|spedir)\\w*|basta (?:email|e-mail|mail|newsletter|pubblicità|promozioni|offerte)\\b|(?:toglietemi|rimuovetemi|cancellatemi) dalla (?:lista|mailing|newsletter)',
          'absorbable',
        ],
        // "Non usate i miei dati per addestrare la vostra IA" (Art. 21(1)).
        [
          1,
          '(?:non (?:usate|utilizzate)|smettete di (?:usare|utilizzare))\\b~{0,40}\\b(?:ia|intelligenza artificiale|addestra\\w*|modelli?)\\b',
        ],
      ],
      portability: [
        [2, 'portabilità'],
        [1.5, 'formato strutturato|leggibile da (?:macchina|dispositivo)'],
        [0.5, 'altro (?:servizio|fornitore)|altra piattaforma'],
        [1, 'esport\\w*\\b~{0,30}\\bdati'],
        // Situational: a file to import at another tool, or sent straight to another provider.
        [
          1,
          '(?:file|formato|archivio|esportazione)\\b~{0,25}\\b(?:da importare|che posso importare|importabil)\\w*',
        ],
        [
          1,
          '(?:invia|trasmett|trasferi|mand|inoltr)\\w*\\b~{0,40}\\bdirettamente (?:a|al|alla|ad|presso)\\b(?! me\\b)',
        ],
        [0.5, 'altro (?:strumento|tool|programma)'],
      ],
      withdraw_consent: [
        [2, '(?:revoc|ritir)\\w*\\b~{0,30}\\bconsenso'],
        // Situational: consent named by what was given ("ritiro quell'adesione"), or by a pronoun after it.
        [1, '(?:ritiro|revoco|annullo|tolgo)\\b~{0,15}\\b(?:adesione|autorizzazione|permesso|opt-in)'],
        [2, 'consenso\\b~{0,60}\\b(?:lo|la|li) (?:revoco|ritiro)\\b'],
        // "Qualora il trattamento si basi sul mio consenso, dichiaro di revocarlo".
        [2, 'consenso\\b~{0,60}\\b(?:revocarl|ritirarl)\\w*'],
      ],
      opt_out_sale: [
        [2, 'non (?:vendere|vendete|condividere)|pubblicità mirata|vendita (?:o|e) condivisione'],
      ],
    },
    itPlain,
    itImplicit,
    saleWording.it,
    restrictionPending.it,
  ),
  negation: 'non|né|mai',
  // Not obtained is no refusal ("lamenta di non aver ottenuto la cancellazione"), nor not yet done.
  negationExceptions:
    '\\s*(?:\\S+ ){0,2}?(?:ricevuto|ottenuto)|\\s*(?:(?:sono|è|siete|ho|hanno|abbiamo) )?(?:ancora|tuttora)',
  erasureVerbs: 'cancell\\w*|elimin\\w*',
  keepAccount:
    "(?:mantenere|tenere) (?:il mio )?account|(?:uso|utilizzo|mi serve) ancora (?:l'|il mio )?account",
  // A policy question, not an ask: a hypothetical, a how-to question about doing it oneself, a question
  // about requests in general (how many, their handling; a press or research enquiry).
  hypothetical:
    "\\b(?:potrò|potrei|posso)\\b~{0,40}\\b(?:più avanti|più tardi)\\b|\\bcome (?:cambio|modifico|correggo|cancello|elimino|esporto)\\b|quante~{0,40}(?:richieste|istanze)|\\bper un (?:articolo|servizio)\\b|\\b(?:gestione|numero) delle richieste\\b|\\b(?:tesi|questionario|sondaggio) (?:sulla|sul|anonimo)\\b|se un giorno|se in futuro|ipoteticamente|se (?:vi )?chiedessi|\\bcome (?:posso|faccio a|si può)\\b~{0,45}\\b(?:modificare|cambiare|cancellare|eliminare|esportare)\\b|\\b(?:volevo|pensavo di) (?:inizialmente|all'inizio|prima)\\b[^.?!\\n]{0,80}\\bma\\b|\\b(?:inizialmente|all'inizio) volevo\\b[^.?!\\n]{0,80}\\bma\\b",
  earlier: 'già (?:chiesto|richiesto)',
};
