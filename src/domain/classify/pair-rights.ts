/**
 * Two readings of the labelling guide where a cue's right depends on what it is said about, applied with the
 * sibling rules once the cues are counted (`sibling-rights.ts`):
 *
 * - An objection whose object is the sale of the writer's data ("ich widerspreche dem Verkauf meiner Daten",
 *   "je m'oppose à la vente de mes données") asks what "do not sell my personal information" asks: the opt-out
 *   of sale. The objection is kept only where another cue of it says something else (marketing, profiling).
 *   Where the opt-out is read, an objection whose every cue lies in the opt-out's own words ("타깃 광고에도
 *   사용하지 마세요", "non voglio che vengano venduti … per pubblicità") is not chosen. The sets label the US
 *   laws' "opt out of … profiling in furtherance of decisions" an objection beside the opt-out, so it stays one.
 * - A cessation of use or of processing (APPI Art. 35 利用停止, PIPA Art. 37 처리정지, PIPL 停止处理) is
 *   "stop using my data": an objection (LABELS.md: "stop using my data for analytics"). It is a restriction only
 *   for a while ("until the correction is checked", 確認している間, 확인될 때까지), which is what Art. 18 and
 *   LABELS.md's restriction mean: processing frozen while something is checked.
 * - "Unsubscribe me from everything I agreed to" stops what the writer consented to: the withdrawal of that
 *   consent (Art. 7(3)), which absorbs the unsubscribe as the sibling rules do ("stop what I never agreed to"
 *   stays an objection).
 *
 * The text is lower-cased.
 */
import { RIGHTS, type Right } from '../request-types.js';

interface Cue {
  readonly right: Right;
  readonly phrase: string;
  readonly absorbable: boolean;
}

export interface PairReading {
  readonly chosen: readonly Right[];
  readonly absorbed: readonly string[];
}

// The objecting verb or noun, then up to 30 characters with no "and" / "or" (a second object), then the sale.
const objectingTo = (verbs: string, joins: string, sale: string): string =>
  `(?:${verbs})(?:(?!\\b(?:${joins})\\b)[^.;!?\\n]){0,30}?(?:${sale})`;

const SALE_OBJECTION = new RegExp(
  [
    objectingTo(
      '\\bobject(?:s|ion|ing)?\\b',
      'and|or',
      '\\b(?:sale|selling|resale|reselling)\\b|\\bsell(?:s)? (?:my|our|it|them|this)\\b|\\bdata brokers?\\b',
    ),
    objectingTo(
      '\\bwidersprech\\w*|\\bwiderspruch\\b',
      'und|oder|sowie',
      '\\b(?:weiter)?verkauf(?:en|t)?\\b|\\bdatenh[aä]ndler',
    ),
    objectingTo(
      "\\bm'oppos\\w*|\\bopposition\\b",
      'et|ou',
      '\\b(?:re)?vente (?:de|des|à)\\b|\\bvendre\\b|\\bvendu(?:e|es|s)?\\b|\\bcourtiers?\\b',
    ),
    objectingTo(
      '\\bme opongo\\b|\\boposici[oó]n\\b',
      'y|e|o',
      '\\b(?:re)?venta (?:de|a)\\b|\\bvend(?:er|an|ido|idos|idas)\\b',
    ),
    objectingTo(
      '\\bmi oppongo\\b|\\bopposizione\\b|\\boppormi\\b',
      'e|ed|o',
      '\\b(?:ri)?vendita (?:de|di|a)\\w*|\\bvend(?:ere|ano|uti|ute)\\b',
    ),
    objectingTo('\\bbezwaar\\b', 'en|of', '\\b(?:door)?verko(?:op|pen|cht)\\b'),
    objectingTo(
      '\\boponho\\b|\\bopor-me\\b|\\boposi[cç][aã]o\\b',
      'e|ou',
      '\\b(?:re)?venda (?:de|dos|das|a)\\b|\\bvend(?:er|am|idos|idas)\\b',
    ),
    objectingTo('\\bsprzeciw\\w*', 'i|oraz|lub|albo', '\\b(?:od)?sprzeda(?:ż|ży|żą|wani\\w*|n\\w*)'),
    objectingTo(
      '\\binvänd\\w*|\\bmotsätter mig\\b',
      'och|eller|samt',
      '\\bförsäljning av\\b|\\bsälj(?:a|er|s)\\b|\\bsålda?\\b',
    ),
    objectingTo(
      '\\bindsigelse\\b|\\bmodsætter mig\\b',
      'og|eller|samt',
      '\\b(?:videre)?salg af\\b|\\bsælg(?:e|er|es)\\b|\\bsolgt\\w*',
    ),
  ].join('|'),
  'g',
);

// "Everything I agreed to", in the ten full languages: what the writer consented to, named as the object.
const WHAT_I_AGREED_TO = new RegExp(
  [
    "\\b(?:everything|all|anything|whatever|what) (?:that )?i(?:'ve| have| had| ever)? (?:agreed to|consented to|opted in(?:to)?|signed up (?:to|for)|said yes to|gave (?:my )?consent (?:to|for))",
    '\\b(?:alles|allem),? (?:was|dem|wozu|wofür|wo ?für) ich\\b[^.;!?\\n]{0,30}\\b(?:zugestimmt|eingewilligt|einwilligung)',
    "\\btout ce (?:à quoi|que|pour quoi) j'ai (?:consenti|accepté|donné mon (?:consentement|accord))",
    '\\btodo (?:lo|aquello) (?:a lo )?(?:que|para lo que) (?:he |había )?(?:aceptado|consentido|acepté|consentí|dado mi consentimiento|di mi consentimiento)',
    '\\b(?:tutto|tutti|ciò|quello|quanto)\\b[^.;!?\\n]{0,20}\\b(?:a cui|per cui|che) (?:ho|avevo) (?:dato il (?:mio )?consenso|acconsentito|accettato)',
    '\\balles (?:waarvoor|waarmee|wat) ik (?:toestemming|heb ingestemd|ingestemd|akkoord)',
    '\\btudo (?:o )?(?:que|aquilo (?:que|a que)|a que|para o que) (?:eu )?(?:aceitei|consenti|autorizei|dei (?:o )?(?:meu )?consentimento)',
    '\\bwszystk\\w*,? na (?:co|które|jakie) (?:się )?(?:zgodził\\w*|wyraził\\w* zgodę)',
    '\\ballt (?:som )?jag (?:har )?(?:godkänt|samtyckt till|gett (?:mitt )?samtycke till|gått med på)',
    '\\balt(?: hvad)?(?: som)? jeg (?:har )?(?:accepteret|samtykket til|givet (?:mit )?samtykke til|sagt ja til)',
  ].join('|'),
);

// A cessation of use or of processing, by APPI, PIPA and PIPL's words (Japanese, Korean, Chinese); a verb
// list's bare "stop" and a citation of APPI Art. 35 or PIPA Art. 37 (the cessation's own articles) count beside them.
const CESSATION =
  /^(?:정지|중지|停止)$|제\s?37\s?조|第\s?35\s?条|利用(?:の|を)?停止|処理(?:の|を)?停止|取り?扱い(?:の|を)?停止|처리\s?(?:의|를)?\s?(?:정지|중지)|이용\s?(?:의|을)?\s?(?:정지|중지)|停止(?:使用|处理|處理)/;
// For a while only: until something is checked or decided, meanwhile, temporarily; anywhere in the mail (the
// subject may name the cessation, the body how long it lasts), but not "by" a reply's deadline.
const FOR_A_WHILE =
  /まで(?!に)|間|あいだ|期間中|一時|까지(?!\s?(?:회신|답변|답장|연락|알려))|동안|일시|잠정|期间|期間|直到|为止|為止|暂时|暫時|暂停|暫停/;

export function applyPairRules(
  text: string,
  counted: readonly Right[],
  evidence: readonly Cue[],
): PairReading {
  let chosen = new Set(counted);
  const absorbed: string[] = [];
  if (chosen.has('objection')) {
    const spans = saleObjections(text);
    if (spans.length > 0) {
      chosen.add('opt_out_sale');
      const own = evidence.filter((e) => e.right === 'objection');
      if (own.every((e) => insideAny(text.indexOf(e.phrase), e.phrase.length, spans)))
        chosen.delete('objection');
      absorbed.push('objection to the sale of the data: the opt-out of sale');
    }
  }
  if (chosen.has('objection') && chosen.has('opt_out_sale')) {
    const optOut = evidence
      .filter((e) => e.right === 'opt_out_sale')
      .map((e) => [text.indexOf(e.phrase), text.indexOf(e.phrase) + e.phrase.length] as const)
      .filter(([from]) => from >= 0);
    const own = evidence.filter((e) => e.right === 'objection');
    if (own.every((e) => insideAny(text.indexOf(e.phrase), e.phrase.length, optOut))) {
      chosen.delete('objection');
      absorbed.push("the objection's words are the opt-out's own: the opt-out of sale");
    }
  }
  if (chosen.has('objection') && !chosen.has('withdraw_consent') && WHAT_I_AGREED_TO.test(text)) {
    chosen.add('withdraw_consent');
    if (evidence.filter((e) => e.right === 'objection').every((e) => e.absorbable))
      chosen.delete('objection');
    absorbed.push('unsubscribed from what the writer agreed to: the withdrawal of that consent');
  }
  if (chosen.has('restriction')) {
    const own = evidence.filter((e) => e.right === 'restriction');
    if (own.every((e) => CESSATION.test(e.phrase)) && !FOR_A_WHILE.test(text)) {
      chosen = new Set([...chosen].filter((r) => r !== 'restriction')).add('objection');
      absorbed.push('cessation of use, for no set time: an objection, not a restriction');
    }
  }
  return { chosen: RIGHTS.filter((r) => chosen.has(r)), absorbed };
}

/** Where the objections to a sale start and end. */
function saleObjections(text: string): (readonly [number, number])[] {
  return [...text.matchAll(SALE_OBJECTION)].map((m) => [m.index, m.index + m[0].length] as const);
}

/** A cue's phrase overlaps one of the spans ("je m'oppose" and "m'oppose à la vente"). */
function insideAny(start: number, length: number, spans: readonly (readonly [number, number])[]): boolean {
  return start >= 0 && spans.some(([from, to]) => start < to && start + length > from);
}
