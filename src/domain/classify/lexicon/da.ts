/** Danish cues (databeskyttelsesforordningen wording: indsigt, berigtigelse, sletning, begrænsning, indsigelse). */
import { joinCues } from './join-cues.js';
import { daImplicit } from './da-implicit.js';
import { saleWording } from './sale-wording.js';
import { restrictionPending } from './restriction-pending.js';
import { daPlain } from './plain-north.js';
import type { Lexicon } from './types.js';

export const da: Lexicon = {
  language: 'da',
  cues: joinCues(
    {
      access: [
        [2, 'indsigt(?:sanmodning|sret)?|ret til indsigt'],
        [1, 'kopi af (?:mine|de|alle)\\b~{0,30}\\boplysninger', 'absorbable'],
        [1, 'hvilke (?:person)?oplysninger\\b~{0,40}\\b(?:behandler|har|opbevarer)'],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          'hvad(?<!alt,? hvad) (?:i|de) (?:stadig|stadigvæk|fortsat) har\\b~{0,20}\\bom mig|hvad(?<!alt,? hvad) (?:i|de) har (?:liggende|gemt|registreret|opbevaret) om mig|vis\\w* mig alt\\b~{0,30}\\b(?:hænger sammen|knyttet|tilknyttet)',
        ],
        // What you know about me, to whom it went, where it came from (Art. 15(1)(c) and (g)).
        [
          1,
          'hvad(?<!alt,? hvad) (?:i|de) (?:ved|har) om mig|hvad(?<!alt,? hvad) (?:ved|har) (?:i|de)(?: \\w+)? om mig|(?:hvilke (?:firmaer|virksomheder|tredjeparter|parter)|hvem)\\b~{0,40}\\b(?:delt|solgt|videregivet|sendt|givet)\\b~{0,20}\\b(?:mine|min|mit)|hvor (?:i|de) (?:har fået|fik) (?:fat i )?(?:min|mine|mit)',
        ],
      ],
      rectification: [
        [2, 'berigtig\\w*|rettelse'],
        [
          1,
          '(?:ret|rette|opdater|ændr|korriger)\\w*\\b~{0,40}\\b(?:navn|efternavn|adresse|e-mail|oplysninger)',
        ],
        // Situational phrasing (the right described by the situation, not named).
        [1, 'opdatér\\b~{0,40}\\b(?:navn|adresse|e-mail|oplysninger|profil)'],
        // "Mit efternavn er stavet forkert", "min adresse er forkert i jeres system" (Art. 16).
        [
          1,
          '(?:navn|efternavn|adresse|fødselsdato|cpr-nummer|telefonnummer|e-mailadresse)\\b~{0,40}\\b(?:er|står)\\b~{0,20}\\b(?:forkert|stavet|fejl|forældet)|forkerte? (?:navn|efternavn|adresse|fødselsdato|telefonnummer|stavning)',
        ],
        [0.5, 'rette (?:det|den|dem)\\b'],
      ],
      erasure: [
        [2, 'ret til at blive glemt|sletning'],
        // Not the adverb "slet ikke" (not at all): "jeg bruger slet ikke min konto".
        [1.5, 'slet(?! (?:ikke|ingen|intet)\\b)\\w*\\b~{0,40}\\b(?:konto|oplysninger|data|profil)'],
        [
          1,
          'slet\\w*(?: venligst)? (?:mine|min|mit) (?:gamle |tidligere )?(?:adresser?|telefonnumre?|e-?mailadresser?)\\b',
        ],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          '(?:fjern|slet) alt\\b~{0,30}\\b(?:om mig|i har)|lad (?:alt|det hele|mine oplysninger)\\b~{0,15}\\bforsvinde|\\balt\\b~{0,40}\\bom mig (?:forsvinder|bliver (?:slettet|fjernet)|slettes|fjernes)',
        ],
        // "Slet mig fra jeres systemer" (not "slet mig fra nyhedsbrevet": that is the mailing list).
        [
          1,
          '(?:slet|fjern) mig\\b(?![^.?!\\n]{0,30}(?:nyhedsbrev|mailingliste|liste|mails|tilbud|reklame|sms))',
        ],
      ],
      restriction: [
        // "Spær mine oplysninger", "brug kun mine data til faktureringen" (Art. 18(1)).
        [
          1.5,
          '(?:spær|bloker|frys)\\w*\\b~{0,30}\\b(?:mine oplysninger|mine data|behandling\\w*|al brug|brugen)',
        ],
        [
          1,
          '(?:brug|behandl)\\w* (?:kun|udelukkende) (?:mine oplysninger|mine data) (?:til|for)\\b|(?:brug|behandl)\\w* (?:mine oplysninger|mine data) (?:kun|udelukkende) (?:til|for)\\b',
        ],
        [2, 'begrænsning af behandling|begræns\\w*\\b~{0,40}\\bbehandling'],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          'brug\\w* (?:heller )?ikke\\b~{0,30}\\b(?:mine oplysninger|mine data|mine persondata)\\b~{0,40}\\b(?:før|indtil|så længe|mens)',
        ],
        [
          1,
          '(?:lad|behold)\\b~{0,30}\\b(?:mine oplysninger|alt)\\b~{0,30}\\b(?:urørt|ubrugt|som (?:de|det) er|uændret)',
        ],
      ],
      objection: [
        [1, 'hold op med at ringe|ring ikke (?:til mig )?(?:mere|flere gange)', 'absorbable'],
        [
          1,
          '(?:hold op med at bruge|brug ikke)\\b~{0,20}\\b(?:mine|min) (?:\\w+ )?(?:oplysninger|data|logfiler)\\b~{0,20}\\b(?:til|for)\\b~{0,20}\\b(?:produktudvikling|udvikling|forbedring|analyse|statistik|forskning|markedsføring|reklame)',
        ],
        [2, 'indsigelse'],
        // "Så glem afmeldingen": the unsubscribe the writer takes back is no objection.
        [
          1,
          'afmeld(?<!glem afmeld)\\w*|frameld\\w*|stop (?:\\w+ )?med at sende|ikke længere (?:at )?modtage|fjern mig\\b~{0,30}\\b(?:liste|mailingliste|nyhedsbrev)',
          'absorbable',
        ],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          'vil ikke have,? at mine \\w*(?:data|oplysninger)\\b~{0,40}\\w*(?:undersøgelse|statistik|analyse|markedsføring|reklame|profilering|træning|modeller)',
        ],
        [0.5, 'hold op med (?:det|at bruge)', 'absorbable'],
        // "Jeg modsætter mig": objecting without the word "indsigelse" (Art. 21).
        [
          2,
          'modsætter (?:jeg )?mig\\b~{0,40}\\b(?:behandling|brug|profilering|markedsføring|direkte markedsføring|analyse)',
        ],
        [1, 'modsætter (?:jeg )?mig'],
        // "Jeg vil ikke have flere nyhedsbreve", "hold op med at sende", "ingen flere tilbud".
        [
          1,
          'vil (?:jeg )?ikke (?:have|modtage) (?:flere|mere)\\b~{0,10}\\b(?:nyhedsbreve?|e-?mails?|mails?|tilbud|reklamer?|markedsføring)|hold op med at (?:sende|maile|skrive)|ingen flere (?:nyhedsbreve|mails|tilbud|reklamer)',
          'absorbable',
        ],
        // "Brug ikke mine uploads til AI-træning" (Art. 21(1)).
        [1, '(?:brug|bruge) ikke\\b~{0,40}\\b(?:ai|kunstig intelligens|træning|træne|modeller)\\b'],
      ],
      portability: [
        [2, 'dataportabilitet'],
        [0.5, 'anden (?:tjeneste|udbyder|platform)'],
        // Norwegian "maskinlesbart" too: eld reads Norwegian written close to Danish as Danish.
        [1.5, 'maskinl(?:æ|e)sbar\\w*'],
        // Situational phrasing (the right described by the situation, not named).
        [1, '(?:fil|format|eksport)\\w*\\b~{0,30}\\b(?:kan|jeg kan) importere|importere der'],
        [1, '(?:send|overfør|flyt)\\w*\\b~{0,40}\\bdirekte til\\b(?! mig\\b)'],
        [0.5, 'andet værktøj'],
      ],
      withdraw_consent: [
        [2, '(?:trækker|tilbagekald\\w*|trække)\\b~{0,30}\\bsamtykke'],
        // Situational phrasing (the right described by the situation, not named).
        [
          1,
          '(?:tilvalg|tilladelse|accept|opt-in)\\w*\\b~{0,20}\\b(?:fortryder|trækker|tilbagekalder|tager) jeg',
        ],
        [2, 'samtykke\\w*\\b~{0,40}\\btilbagekalder jeg'],
        [2, 'samtykke\\w*\\b~{0,60}\\b(?:trækker|tilbagekalder) jeg (?:det|dette)\\b'],
      ],
      opt_out_sale: [
        [2, 'ikke (?:sælge|dele)\\b|målrettet (?:reklame|annoncering)'],
        // Situational phrasing (the right described by the situation, not named).
        [2, 'målrettede? (?:reklamer?|annonc\\w*)'],
      ],
    },
    daPlain,
    daImplicit,
    saleWording.da,
    restrictionPending.da,
  ),
  // "Slet ikke", but not "slet min konto og send mig ikke flere mails".
  trailingNegation: '(?<!\\s(?:og|eller|men)\\s[^.?!;:,\\n]{0,12})\\b(?:ikke|intet|ingenting)\\b',
  negation: 'ikke|aldrig|intet|ingenting',
  negationExceptions: '\\s*(?:\\S+ ){0,2}?(?:fået|modtaget|hørt)',
  erasureVerbs: 'slet(?! (?:ikke|ingen|intet)\\b)\\w*',
  keepAccount: 'beholde (?:min )?konto|kontoen (?:må|kan) (?:godt )?(?:blive|forblive)',
  // A policy question, not an ask: a hypothetical, a how-to question about doing it oneself, a question
  // about requests in general (how many, their handling; a press or research enquiry).
  hypothetical:
    '\\bkan jeg\\b~{0,40}\\bsenere\\b|\\bhvordan ændrer jeg\\b|hvor mange~{0,40}(?:anmodninger|henvendelser)|\\btil en (?:artikel|opgave)\\b|hvis jeg en dag|hvis jeg engang|hypotetisk|hvis jeg (?:skulle bede|bad)|\\bhvordan (?:kan|gør) jeg\\b~{0,45}\\b(?:ændre|slette|eksportere|fjerne)\\b|\\b(?:skrev|ville|tænkte) (?:jeg )?egentlig\\b[^.?!\\n]{0,80}\\bmen\\b',
};
