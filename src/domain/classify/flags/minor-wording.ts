/**
 * A minor's data: an age under 18 said as an age ("15-year-old", "14 ans", "14歳", "14 yaşında"), a
 * number next to the writer's child ("my son is 15", "meu filho de 14 anos", "moja dcéra (14 rokov)"),
 * or a word for a minor or a schoolchild. A number with a word for years is read only next to a child or
 * with age wording: "for 5 years", "há 5 anos", "seit 3 Jahren" are durations, not ages.
 */
import { CHILD_AGE } from './wording.js';

const A = CHILD_AGE;

/** Words that make a number an age wherever it stands. */
export const AGE_SAID: readonly string[] = [
  `${A}[- ]?(?:years?|yrs?)[- ]old\\b`,
  `\\b(?:aged|age) ${A}\\b`,
  `${A}[- ](?:j[äa]hrig|j[äa]hrige[nrsm]?|jarige|årig[ae]?|[åa]rige|vuotias|letni[aey]?|letn[ýyáa]|ročn[ýyáa]|r[oó]čn[ýáa]|[ée]ves|летн|річн)`,
  `\\b(?:[âa]g[ée]e? de|[âa]g[ée]s? de|de edad de|di et[àa] di|con) ${A} (?:ans|a[ñn]os|anni)\\b`,
  `${A} ?(?:歳|才|岁|歲|세|살|ขวบ)`,
  `${A} ?ya[şs][ıi]nda`,
  `${A} (?:ετών|χρονών)`,
  `${A} tu[ổo]i\\b`,
  `\\b(?:ana )?miaka ${A}\\b`,
  `${A} ?(?:ёшда|yoshda|ёшли)`,
  `\\((?:${A}) ?(?:m\\.|r\\.|j\\.|a\\.|l\\.)\\)`,
  `(?:عمره|عمرها|يبلغ من العمر|تبلغ من العمر) ${A}`,
  `${A} (?:साल|वर्ष) (?:का|की|के)\\b`,
  `(?:की उम्र|کی عمر|عمر) ${A} (?:साल|वर्ष|سال)`,
];

/** The writer's child, then within a short clause a number that is the child's age. */
const YEARS =
  'years?|yrs|jahre|ans|a[ñn]os|anni|anos|jaar|[åa]r|lat|let|rokov|rok[ůu]|ani|metų|metu|[ée]ves|лет|года|год|років|роки|рік|vuotta|साल|سنة|سنوات|عامًا|عاما|tahun|godina|години';
// After the number: a word for years, or the clause ends ("my son is 15.", "my son (12)", "is 16 and").
const AGE_ENDS =
  '(?=\\s*(?:[),;.!]|$)|\\s(?:and|und|et|e|y|en|och|og|i|a|ve|și|és|и|і|but|aber|mais|pero|ma|maar|mas|ale|men)\\b)';
export const CHILD_THEN_AGE = `[^.!?\\n]{0,40}?${A}(?: ?(?:${YEARS})\\b|${AGE_ENDS})`;

/** A word for a minor, an age limit the child is under, or a schoolchild. */
export const MINOR_WORD: readonly string[] = [
  '\\b(?:is|am|are|being|still|as) (?:a |still a )?minors?\\b',
  "\\b(?:a minor'?s|minors'|of a minor|the minor)\\b",
  '\\bunder ?age\\b',
  '\\b(?:too young|not old enough|under (?:the age of )?1[0-8]\\b)',
  '\\b(?:minderj[äa]hrig|minorenne|menor de (?:edad|idade)|[ée] menor\\b|mineur[e]?\\b|minderjarig|niepe[łl]noletni|minder[åa]rig|mindre[åa]rig|alaik[äa]i|nezletil|neplnolet|minor[ăa]\\b|kiskor[úu]|ανήλικ|несовершеннолетн|неповнолітн|re[şs]it olmayan|قاصر|नाबालिग|未成年|미성년)',
  '(?:小学生|中学生|小學生|초등학생|중학생|高中生)',
];
