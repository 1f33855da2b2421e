/**
 * A report that someone else asked, in the ten full languages: "a customer told me he asked you for access;
 * I'm not asking for anything myself", "mon frère m'a dit qu'il vous avait envoyé une demande d'accès… ce
 * n'est pas une demande pour moi". The right is the other person's, who must ask for it themselves (GDPR
 * Art. 12(2), 12(6)); the writer only passes it on. Read by `not-the-writers-ask.ts` only where both the
 * other person's ask and the writer's own "I ask nothing" are there. Matched against lower-cased text.
 */
import { gated } from './literal-gate.js';

// A word's end for Latin letters, which `\b` does not see after an accented one.
const E = '(?![\\w\\u00c0-\\u024f])';
// The rest of a clause: another person's ask is told in the same sentence as the person.
const CLAUSE = '[^.?!\\n]{0,90}';

// Another person, then in the same clause what they said, asked or want.
const OTHERS_ASK = [
  `\\b(?:customer|client|user|member|colleague|co-?worker|brother|sister|mother|father|son|daughter|wife|husband|friend|neighbou?r|partner|tenant)s?${E}${CLAUSE}\\b(?:told me|said|mentioned|asked|requested|has asked|had asked|wants|wanted|would like)${E}`,
  `\\b(?:cliente|usuari[oa]|compañer[oa]|herman[oa]|madre|padre|hij[oa]|espos[oa]|marido|amig[oa]|vecin[oa]|soci[oa])s?${E}${CLAUSE}\\b(?:me (?:contó|dijo|comentó)|(?:os|les|le) (?:pidió|escribió|envió)|pidió|solicitó|quiere|quería|ha pedido)${E}`,
  `\\b(?:client|cliente|utilisat(?:eur|rice)|collègue|frère|sœur|soeur|mère|père|fils|fille|femme|mari|ami|amie|voisin|voisine|associé)s?${E}${CLAUSE}(?:m.a (?:dit|raconté|expliqué|signalé)|a demandé|vous a (?:envoyé|demandé|écrit)|vous avait (?:envoyé|demandé|écrit)|souhaite|voulait|veut)${E}`,
  `\\b(?:kunde|kundin|nutzer|nutzerin|kollege|kollegin|bruder|schwester|mutter|vater|sohn|tochter|frau|mann|freund|freundin|nachbar|nachbarin|geschäftspartner)\\w*${CLAUSE}\\b(?:gesagt|erzählt|gebeten|verlangt|beantragt|wolle|will|möchte|geschrieben)${E}`,
  `\\b(?:client|utente|collega|fratello|sorella|madre|padre|figli[oa]|moglie|marito|amic[oa]|vicin[oa])\\w*${CLAUSE}\\b(?:mi ha (?:detto|raccontato)|ha chiesto|vi ha (?:scritto|chiesto|inviato)|vuole|voleva|ha richiesto)${E}`,
  `\\b(?:klant|gebruiker|collega|broer|zus|moeder|vader|zoon|dochter|vrouw|man|vriend|vriendin|buurman|buurvrouw)\\w*${CLAUSE}\\b(?:zei|vertelde|heeft gevraagd|vroeg|wil|wilde|heeft (?:jullie|u) (?:gemaild|geschreven))${E}`,
  `\\b(?:cliente|usuári[oa]|utilizador|colega|irmão|irmã|mãe|pai|filh[oa]|espos[oa]|marido|amig[oa]|vizinh[oa])s?${E}${CLAUSE}\\b(?:me (?:disse|contou)|pediu|solicitou|quer|queria|enviou)${E}`,
  `\\b(?:klient|użytkownik|kolega|koleżank|brat|siostr|matk|mam|ojciec|ojca|tat|syn|córk|żon|mąż|męża|przyjaciel|przyjaciółk|sąsiad)\\w*${CLAUSE}(?:powiedział|mówił|poprosił|prosił|zażądał|chce|chciał|wysłał)\\w*`,
  `\\b(?:kund|användare|kollega|bror|syster|mamma|pappa|son|dotter|fru|vän|granne)\\w*${CLAUSE}\\b(?:sa|berättade|bad|begärde|vill|ville|skickade)${E}`,
  `\\b(?:kunde|bruger|kollega|bror|søster|mor|far|søn|datter|kone|ven|veninde|nabo)\\w*${CLAUSE}\\b(?:sagde|fortalte|bad|anmodede|vil|ville|sendte)${E}`,
].join('|');

// The writer says the mail asks nothing of their own, or only passes something on.
const NOT_FOR_ME = [
  `\\bi(?:'m| am) not asking (?:you )?(?:for )?anything|\\bnot (?:a request|asking) (?:for|about|from) (?:me|myself)${E}|\\bthis is not (?:a|my) request${E}|\\bi(?:'m| am) not (?:them|the (?:customer|client|user))${E}|\\bjust (?:passing (?:it|this) on|letting you know|a heads[- ]up|flagging (?:it|this))${E}`,
  `\\b(?:yo )?no (?:pido|solicito) nada${E}|\\bno es una (?:solicitud|petición) (?:mía|para mí)|\\bsolo (?:os |les |le )?(?:aviso|informo)${E}|\\bsolo (?:quería|para) (?:avisar|informar)${E}`,
  `\\bce n.est pas une demande (?:pour moi|de ma part)|\\bje ne (?:vous )?demande rien${E}|\\bje (?:voulais|veux) (?:juste|simplement|seulement) (?:le |vous le )?(?:signaler|vous (?:prévenir|informer))`,
  `\\bich (?:will|möchte|verlange|beantrage) (?:selbst )?nichts${E}|\\b(?:ich )?wollte (?:ihnen )?(?:nur|bloß) bescheid geben|\\bkeine anfrage (?:von mir|für mich)${E}`,
  `\\bnon (?:chiedo|richiedo) (?:nulla|niente)${E}|\\bnon è una richiesta (?:mia|per me)${E}|\\bvolevo solo (?:avvisar|segnalar|informar)\\w*`,
  `\\bik vraag (?:zelf )?niets${E}|\\bgeen verzoek van mij${E}|\\bik wilde (?:het )?(?:alleen|even|gewoon) (?:even )?(?:melden|laten weten)`,
  `\\bnão (?:estou a pedir|estou pedindo|peço) nada${E}|\\bnão é um pedido (?:meu|para mim)${E}|\\bsó (?:queria )?(?:avisar|informar)${E}`,
  `\\bnie (?:proszę|wnoszę) o nic${E}|\\bto nie jest (?:mój wniosek|wniosek w mojej sprawie)|\\bchciał(?:em|am) tylko (?:poinformować|dać znać|zgłosić)`,
  `\\bjag begär (?:ingenting|inget)${E}|\\binte en begäran från mig${E}|\\bjag ville bara (?:meddela|säga till|informera)${E}`,
  `\\bjeg beder ikke om noget${E}|\\bikke en anmodning fra mig${E}|\\bjeg ville bare (?:give besked|sige det|informere)${E}`,
].join('|');

/** Another person's ask, told in the writer's words. */
export const ANOTHERS_ASK = gated(new RegExp(OTHERS_ASK));
/** The writer's own "I ask nothing", "just letting you know". */
export const ASKS_NOTHING_FOR_ME = gated(new RegExp(NOT_FOR_ME));
