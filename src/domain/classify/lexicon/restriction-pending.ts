/**
 * Restriction asked without its name, for a time (twelfth round), in the ten full languages: the data not to
 * be used while something is pending ("until the correction is done, don't use the old address", "enquanto a
 * correção não for feita, não utilizem esses dados"), the use of it frozen until further notice ("gelez leur
 * utilisation jusqu'à nouvel ordre"), and the processing limited in a verb form the named cues miss ("limit
 * any processing of", German "schränken Sie … die Verarbeitung ein", Swiss "Bestreitungsvermerk"). A stop
 * for good, for a purpose, stays an objection: every cue here needs the pending time or the right's own verb.
 * Joined to each language's lexicon; sentences and near misses in `restriction-pending.test.ts`.
 */
import type { Cues } from './join-cues.js';

type FullLanguage = 'en' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pt' | 'pl' | 'sv' | 'da';

// What is not to be used: the data, or a field of it (the old address, the wrong number).
const EN_FIELD =
  '(?:it|them) for (?:anything|billing|invoic\\w*|collection\\w*|credit\\w*)|(?:the|my|that|this|those|these) (?:old |wrong |incorrect |outdated |disputed |inaccurate )?(?:address|phone number|number|name|details|data|information|info|records?|entr(?:y|ies))';

export const restrictionPending: Record<FullLanguage, Cues> = {
  en: {
    restriction: [
      [2, '\\blimit (?:any|all) (?:further )?processing of\\b'],
      [
        1,
        `\\b(?:until|till|while|pending|meanwhile|in the meantime)\\b~{0,60}\\b(?:don't|do not|not to|never) us(?:e|ing) (?:${EN_FIELD})\\b`,
      ],
      [
        1,
        '\\b(?:freez|suspend|paus|halt|block|lock)\\w* (?:its|their|the) (?:use|usage|processing)\\b~{0,40}\\b(?:until|till|while|pending|for now|for the time being)\\b',
      ],
    ],
  },
  de: {
    restriction: [
      [
        2,
        '\\bschränk(?:en sie|t)\\b~{0,40}\\b(?:die|deren|ihre|jede) (?:weitere )?(?:verarbeitung|nutzung|verwendung)\\b~{0,60}\\bein\\b',
      ],
      [1, '\\bbestreitungsvermerk'],
      [
        1,
        '\\bbis (?:zur|zum|die|das|dies|diese|sie)\\b~{0,60}\\bnicht (?:weiter|mehr|länger)\\b~{0,60}\\b(?:verwendet|benutzt|genutzt|verarbeitet|verwenden|benutzen|nutzen|verarbeiten)\\b',
      ],
      [
        1,
        '\\bbis (?:zur|zum|die|das|dies|diese|sie)\\b~{0,60}\\b(?:verwenden|benutzen|nutzen|verarbeiten) sie (?:diese|die|meine|bitte)\\b~{0,40}\\bnicht\\b',
      ],
    ],
  },
  fr: {
    restriction: [
      [
        1,
        "\\b(?:gel|bloqu|suspend)\\w* (?:leur|son|l'|l’)\\s?(?:utilisation|usage|traitement)\\b~{0,40}\\b(?:jusqu|tant que|en attendant|pendant|le temps)",
      ],
      [
        1,
        "\\b(?:tant que|jusqu'à ce que|jusqu’à ce que|en attendant)\\b~{0,60}\\b(?:n'utilisez pas|n’utilisez pas|ne (?:les |pas les )?utilisez (?:pas|plus)|(?:de )?ne (?:pas|plus) (?:les )?utiliser)\\b~{0,30}\\b(?:données|informations|coordonnées|adresse|numéro|nom|facturation|quoi que ce soit)",
      ],
    ],
  },
  es: {
    restriction: [
      [
        1,
        '\\b(?:congel|bloque|suspend)\\w* (?:su|el) (?:uso|tratamiento|utilización)\\b~{0,40}\\b(?:hasta|mientras)\\b',
      ],
      [
        1,
        '\\b(?:mientras|hasta que)\\b~{0,60}\\bno (?:los |las )?(?:utilicen|usen|traten|empleen)\\b~{0,30}\\b(?:datos|información|dirección|número|nombre|cobro|facturación|nada)\\b',
      ],
    ],
  },
  it: {
    restriction: [
      [
        1,
        "\\b(?:congel|blocc|sospend)\\w* (?:il loro|il suo|l'|l’)\\s?(?:uso|utilizzo|trattamento)\\b~{0,40}\\b(?:fino|finché|in attesa)\\b",
      ],
      [
        1,
        '\\b(?:finché|fino a quando|fintanto che|in attesa)\\b~{0,60}\\bnon (?:li |le )?(?:usate|utilizzate|trattate|usatel[ie])\\b~{0,30}\\b(?:dati|informazioni|indirizzo|numero|nome|fatturazione|niente|nulla)\\b',
      ],
    ],
  },
  nl: {
    restriction: [
      [
        1,
        '\\b(?:bevries|blokkeer|pauzeer)\\w* (?:het|hun|de) (?:gebruik|verwerking)\\b~{0,40}\\b(?:tot|totdat|zolang)\\b',
      ],
      [
        1,
        '\\b(?:zolang|totdat|in afwachting)\\b~{0,60}\\b(?:gebruik|verwerk) (?:die|deze|mijn|ze|het)\\b~{0,40}\\bniet\\b',
      ],
    ],
  },
  pt: {
    restriction: [
      [
        1,
        '\\b(?:enquanto|até que)\\b~{0,60}\\bnão (?:os |as )?(?:utilizem|usem|tratem|utilizar|usar)\\b~{0,30}\\b(?:dados|informações|endereço|telefone|número|nome|cobrança|faturação|faturamento|nada)\\b',
      ],
    ],
  },
  pl: {
    restriction: [
      [
        1,
        '\\b(?:zamroź|zablokuj|wstrzymaj)\\w* (?:ich|tych danych|moich danych) (?:wykorzystanie|użycie|używanie|przetwarzanie)\\b',
      ],
      [
        1,
        '\\b(?:dopóki|do czasu|aż do)\\b~{0,60}\\bnie (?:używajcie|używać|wykorzystujcie|wykorzystywać|przetwarzajcie|przetwarzać)\\b~{0,30}\\b(?:danych|informacji|adresu|numeru|nazwy|rozliczeń|fakturowania|niczego)\\b',
      ],
    ],
  },
  sv: {
    restriction: [
      [
        1,
        '\\b(?:tills|medan|i väntan på)\\b~{0,60}\\b(?:(?:använd|behandla) inte|inte (?:använda|använder|används|behandla|behandlas))\\b~{0,30}\\b(?:uppgifter\\w*|data|adress\\w*|nummer|namn|fakturering|något)\\b',
      ],
    ],
  },
  da: {
    restriction: [
      [
        1,
        '\\b(?:indtil|mens|så længe)\\b~{0,60}\\b(?:(?:brug|behandl) (?:dem |de \\w+ |oplysningerne |dataene )?ikke|ikke (?:bruge|anvende|behandle|bruges|anvendes))\\b~{0,30}\\b(?:oplysninger\\w*|data\\w*|adresse\\w*|nummer|navn|fakturering|noget)\\b',
      ],
    ],
  },
};
