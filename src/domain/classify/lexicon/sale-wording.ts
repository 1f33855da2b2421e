/**
 * The opt-out of sale and sharing in the words writers use beside the named right (twelfth round), in the ten
 * full languages, by meaning:
 *
 * - the sale refused with a pronoun or "anything" as object, or a refusal after the verb: "not sell it or use
 *   it for targeted ads", "don't sell or share anything", "que no la vendan ni la compartan", "ne les vendez
 *   pas", "weder verkaufen noch weitergeben", "sälj inte";
 * - a wish that the data not be sold or shared: "I don't want my data sold", "je ne veux pas que mes
 *   renseignements soient vendus", "non voglio che i miei dati vengano venduti", "jeg ønsker ikke at dere
 *   selger", or that none of it be sold ("qu'aucune donnée ne soit vendue");
 * - sharing for advertising refused or not authorised: "não autorizo o compartilhamento … para fins
 *   publicitários", "que no compartan mi información para publicidad conductual";
 * - targeted, behavioural or cross-context advertising refused, or the data used for it ("I don't want
 *   targeted ads", "jeg vil ikke ha målrettet reklame");
 * - the universal opt-out signal named as the ask ("please honor my Global Privacy Control signal").
 *
 * A refusal's negation sits inside each cue, so the cue is not read as negated. A statement of the service's
 * own practice ("we do not sell it") and a question ("do you honor GPC?") are near misses.
 * Joined to each language's lexicon; sentences and near misses in `sale-wording.test.ts`.
 */
import type { Cues } from './join-cues.js';

// Not the company's own statement: "we do not sell it", "they will never sell them" (the "not" after "do").
const NOT_THEIRS = '(?<!(?:we|they|it|which|that|who|will|would|shall|do|does|did|never|also) )';
const PRONOUN = '(?:it|them|anything|any of (?:it|them|this|that|my data|my information)|those|these)';
const EN_DATA = '(?:my|our|any of my|her|his) (?:\\w+ )?(?:data|information|info|details)';

export const saleWording = {
  en: {
    opt_out_sale: [
      [
        1.5,
        "\\b(?:don't|do not) want (?:any )?(?:more )?(?:targeted|personali[sz]ed|behaviou?ral) (?:ads|advertising|advertisements)\\b",
      ],
      [
        2,
        `\\b${NOT_THEIRS}(?:don't|do not|not to|not|never) (?:to )?sell (?:or share |and share |nor share |or rent )?${PRONOUN}\\b|\\b${NOT_THEIRS}(?:don't|do not|not to|not) (?:to )?share or sell ${PRONOUN}\\b`,
      ],
      [
        1.5,
        `\\b(?:don't|do not|never) want ${EN_DATA}\\b~{0,30}\\b(?:sold|shared or sold|resold|rented out)\\b|\\bnone of ${EN_DATA}\\b~{0,20}\\b(?:is|be|gets|get|is ever) (?:sold|resold|shared with advertisers)\\b`,
      ],
      [
        1.5,
        `\\b(?:don't|do not|not to|not|never) (?:to )?use (?:it|them|${EN_DATA}) (?:\\w+ )?for (?:targeted|personali[sz]ed|behaviou?ral|cross-context) (?:ads|advertising|advertisements|marketing)\\b`,
      ],
      [
        2,
        "\\b(?:please|kindly|i ask you to|i am asking you to|i'm asking you to|i request that you)\\b~{0,20}\\b(?:honou?r|respect|apply|process|act on)\\b~{0,30}\\b(?:global privacy control|gpc|universal opt-out)\\b|\\b(?:treat|take|consider) (?:my|this|the) (?:\\w+ )?(?:global privacy control|gpc)\\b~{0,40}\\bas (?:an? |my )?(?:valid )?(?:opt-out|request)\\b",
      ],
    ],
  },
  es: {
    opt_out_sale: [
      [
        1.5,
        '\\bno (?:quiero|deseo) (?:recibir )?(?:publicidad|anuncios) (?:dirigid|personalizad|segmentad)\\w*',
      ],
      [
        2,
        '\\bno (?:la|lo|las|los|me) (?:vendan|vendáis|venda|vender)\\b|\\bni (?:la|lo|las|los) (?:vendan|compartan)\\b',
      ],
      [
        1.5,
        '\\bno (?:(?:la|lo|las|los) )?(?:compartan|cedan|compartáis)\\b~{0,60}\\b(?:publicidad|anuncios|anunciantes|publicitari\\w*)|\\bpublicidad (?:conductual|comportamental)\\b|\\bentre contextos\\b',
      ],
      [
        1.5,
        '\\bno (?:quiero|deseo) que\\b~{0,50}\\b(?:se vendan|sean vendid\\w*|se compartan con|sean compartid\\w*|sean cedid\\w*|los vendan|las vendan|vendan)\\b|\\bno autorizo (?:la |el )?(?:venta|cesión|compartir)\\b',
      ],
    ],
  },
  fr: {
    opt_out_sale: [
      [1.5, '\\bne veux (?:pas|plus) de publicités? (?:ciblée|personnalisée|comportementale)s?\\b'],
      [2, '\\bne (?:la|le|les) (?:vendez|cédez|revendez|partagez) (?:pas|jamais|plus)\\b'],
      [
        1.5,
        "\\bne (?:veux|souhaite|voudrais) pas (?:que|qu')\\b~{0,50}\\b(?:soi(?:en)?t|seront|être) (?:vendu|revendu|cédé|partagé)\\w*|\\baucune?\\b~{0,50}\\bne soi(?:en)?t (?:vendu|revendu|cédé|partagé|transmis)\\w*",
      ],
      [
        1.5,
        "\\bpublicité (?:comportementale|inter-contextuelle|personnalisée)\\b|\\bn'autorise pas (?:la |le )?(?:vente|partage|cession)\\b",
      ],
    ],
  },
  it: {
    opt_out_sale: [
      [1.5, '\\bnon voglio (?:più )?(?:ricevere )?pubblicità (?:mirata|personalizzata|comportamentale)\\b'],
      [
        2,
        '\\bnon (?:li|le|la|lo) (?:vendete|vendiate|cedete|condividete)\\b|\\bnon (?:vendeteli|vendetele|cedeteli)\\b',
      ],
      [
        1.5,
        '\\bnon (?:voglio|desidero) che\\b~{0,50}\\b(?:vengano|siano|sia|venga) (?:vendut|cedut|condivis|rivendut)\\w*|\\bnon autorizzo (?:la )?(?:vendita|cessione|condivisione)\\b|\\bpubblicità comportamentale\\b',
      ],
    ],
  },
  de: {
    opt_out_sale: [
      [
        1.5,
        '\\b(?:möchte|will|wünsche) (?:ich )?keine (?:gezielte|personalisierte|zielgerichtete)n? werbung\\b',
      ],
      [
        2,
        '\\bweder\\b~{0,15}\\b(?:zu )?verkaufen noch\\b|\\b(?:verkauft|verkaufen sie) (?:sie|diese|die daten) (?:bitte )?nicht\\b',
      ],
      [
        1.5,
        '\\b(?:möchte|will|wünsche) (?:ich )?nicht,? dass\\b~{0,50}\\b(?:verkauft|weiterverkauft|an werbe\\w* weitergegeben)\\b|\\bkontextübergreifende\\w* (?:verhaltensbasierte\\w* )?werbung\\b',
      ],
    ],
  },
  pt: {
    opt_out_sale: [
      [1.5, '\\bnão quero (?:receber )?publicidade (?:direcionada|segmentada|dirigida|personalizada)\\b'],
      [
        2,
        '\\bnão (?:os|as|o|a) (?:vendam|venda|vender|vendas)\\b|\\bnem (?:os|as) (?:vendam|compartilhem|partilhem)\\b',
      ],
      [
        1.5,
        '\\bnão (?:quero|desejo) que\\b~{0,50}\\b(?:sejam|seja) (?:vendid|compartilhad|partilhad|cedid)\\w*|\\bnão autorizo (?:o |a )?(?:venda|compartilhamento|partilha|cessão)\\b~{0,60}\\b(?:terceiros|publicit\\w*|anunciantes|parceiros|marketing)\\b',
      ],
    ],
  },
  nl: {
    opt_out_sale: [
      [1.5, '\\bwil (?:ik )?geen (?:gerichte|gepersonaliseerde) (?:advertenties|reclame)\\b'],
      [
        2,
        '\\b(?:verkoop|verkopen) (?:ze|die|deze|het|mijn (?:\\w+ )?gegevens) (?:alsjeblieft |alstublieft )?niet\\b',
      ],
      [1.5, '\\bwil (?:ik )?niet,? dat\\b~{0,50}\\b(?:verkocht|doorverkocht|gedeeld met adverteerders)\\b'],
    ],
  },
  pl: {
    opt_out_sale: [
      [1.5, '\\bnie chcę (?:otrzymywać )?reklam (?:ukierunkowan|spersonalizowan|targetowan|behawioraln)\\w*'],
      [
        1.5,
        '\\bnie (?:chcę|życzę sobie|zgadzam się),? (?:aby|żeby|by|na)\\b~{0,50}\\b(?:sprzeda|odsprzeda)\\w*',
      ],
    ],
  },
  sv: {
    opt_out_sale: [
      [1.5, '\\bvill inte (?:ha|få) (?:någon )?riktad reklam\\b'],
      [
        2,
        '\\bsälj (?:inte|aldrig)\\b|\\bsälj (?:dem|den|det|mina (?:\\w+ )?(?:uppgifter|data|personuppgifter)) (?:inte|aldrig)\\b',
      ],
      [1.5, '\\bvill inte att\\b~{0,50}\\b(?:säljer|säljs|sålda?|delar dem|delas med annonsörer)\\b'],
    ],
  },
  // Norwegian ("jeg ønsker ikke at dere selger") is read by the Danish lexicon too.
  da: {
    opt_out_sale: [
      [
        1.5,
        '\\b(?:vil|ønsker) ikke (?:at )?(?:have|ha|modtage|motta|få) (?:nogen |noen )?målrett\\w* (?:reklame|annonc\\w*|annons\\w*)',
      ],
      [
        2,
        '\\b(?:sælg|selg) (?:ikke|aldrig|aldri)\\b|\\b(?:sælg|selg) (?:dem|den|det|mine (?:\\w+ )?(?:oplysninger|opplysninger|data)) (?:ikke|aldrig|aldri)\\b',
      ],
      [1.5, '\\b(?:ønsker|vil) ikke,? at\\b~{0,50}\\b(?:sælger|selger|sælges|selges|solgt|solgte)\\b'],
    ],
  },
} satisfies Readonly<Record<string, Cues>>;
