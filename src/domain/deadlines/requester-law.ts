/**
 * The law the requester writes under, read from the mail: the law or article they cite, the place they
 * say they live, or the country of their address where its domain says so clearly (a country-code
 * domain). Only laws the organisation declares count; with no such evidence the ticket opens under the
 * strictest declared law (`strictestJurisdiction`). Staff may still change it (`jurisdiction`).
 */
import type { JurisdictionId } from './jurisdiction-rule.js';

export type LawBasis = 'law_cited' | 'residence' | 'sender_country';

export interface LawEvidence {
  readonly subject: string;
  readonly text: string;
  readonly senderAddress: string;
}

export interface LawChoice {
  readonly basis: LawBasis;
  /** The declared laws the evidence points to (several when the mail cites several). */
  readonly candidates: readonly JurisdictionId[];
  /** What was recognised, in our words (never the mail's), e.g. `cites "UK GDPR"`. */
  readonly cue: string;
}

interface Cue {
  readonly jurisdiction: JurisdictionId;
  readonly pattern: RegExp;
  readonly label: string;
}

const cite = (jurisdiction: JurisdictionId, label: string, pattern: RegExp): Cue => ({
  jurisdiction,
  pattern,
  label: `cites ${label}`,
});

// Names, abbreviations and section numbers in the languages the laws are written in.
const LAWS: readonly Cue[] = [
  cite('uk-gdpr', '"UK GDPR"', /\bUK[- ]GDPR\b|\bData Protection Act 2018\b|\bDPA 2018\b/i),
  cite('uk-gdpr', 'the ICO', /\bICO\b|Information Commissioner'?s Office/),
  cite(
    'us-ca',
    'the CCPA',
    /\bCCPA\b|\bCPRA\b|California Consumer Privacy Act|California Privacy Rights Act/i,
  ),
  cite('us-ca', 'Cal. Civ. Code §1798', /\b1798\.\d{2,3}\b/),
  cite('us-va', 'the Virginia CDPA', /Virginia Consumer Data Protection Act|\bVCDPA\b|\b59\.1-5[78]\d\b/i),
  cite('us-co', 'the Colorado Privacy Act', /Colorado Privacy Act|\b6-1-13\d\d\b/i),
  cite('us-ct', 'the Connecticut DPA', /Connecticut Data Privacy Act|\bCTDPA\b|\b42-51\d\b/i),
  cite('us-tx', 'the Texas DPSA', /Texas Data Privacy and Security Act|\bTDPSA\b|\b541\.0\d\d\b/i),
  cite('us-or', 'the Oregon CPA', /Oregon Consumer Privacy Act|\bOCPA\b|\b646A\.5[78]\d\b/i),
  cite('us-ut', 'the Utah CPA', /Utah Consumer Privacy Act|\bUCPA\b|\b13-61-\d{3}\b/i),
  // "MCDPA" names Minnesota's act too, "ICDPA" Indiana's, "DPDPA" India's, "NDPA" Nigeria's: these are read
  // from their names or sections only.
  cite('us-mt', 'the Montana CDPA', /Montana Consumer Data Privacy Act|\b30-14-28\d\d\b/i),
  cite('us-de', 'the Delaware PDPA', /Delaware Personal Data Privacy Act|\b12D-1\d\d\b/i),
  cite('us-ia', 'the Iowa CDPA', /Iowa Consumer Data Protection Act|\b715D(?:\.\d+)?\b/i),
  cite('us-ne', 'the Nebraska DPA', /Nebraska Data Privacy Act|\b87-11[0-3]\d\b/i),
  cite('br-lgpd', 'the LGPD', /\bLGPD\b|Lei Geral de Prote[çc][ãa]o de Dados|\b13\.709\b|\bANPD\b/i),
  cite(
    'ca-qc',
    'Québec Law 25',
    /\b(?:Loi|Law|Bill) 25\b|\bP-39\.1\b|Commission d.acc[èe]s [àa] l.information/i,
  ),
  cite(
    'ca-pipeda',
    'PIPEDA',
    /\bPIPEDA\b|\bLPRPDE\b|Privacy Commissioner of Canada|Commissariat à la protection/i,
  ),
  cite(
    'eu-gdpr',
    'the GDPR',
    /(?<!UK[- ])\bGDPR\b|\bDSGVO\b|\bRGPD\b|\bAVG\b|\bRODO\b|\bGDPR-a\b|\bDS-GVO\b|\(EU\) 2016\/679|\(UE\) 2016\/679/,
  ),
];

const LIVES =
  "(?:I live|I'm based|I am based|I reside|I'm a resident|I am a resident|resident|ich wohne|ich lebe|wohnhaft|j'habite|je vis|je réside|vivo|resido|moro|abito|woon|mieszkam|bor)";
const residence = (jurisdiction: JurisdictionId, label: string, places: string): Cue => ({
  jurisdiction,
  pattern: new RegExp(
    `${LIVES}\\s+(?:in|en|em|no|na|à|au|a|im|i|w|of)?\\s*(?:the\\s+)?(?:${places})\\b|\\b(?:${places})\\s+resident`,
    'iu',
  ),
  label: `says the requester lives in ${label}`,
});

const PLACES: readonly Cue[] = [
  residence(
    'uk-gdpr',
    'the UK',
    'UK|United Kingdom|England|Scotland|Wales|Northern Ireland|London|Manchester|Birmingham|Leeds|Glasgow|Edinburgh|Bristol|Liverpool|Londres|Londra',
  ),
  residence(
    'us-ca',
    'California',
    'California|Los Angeles|San Francisco|San Diego|San Jose|Sacramento|Oakland|Kalifornien|Californie',
  ),
  // West Virginia has no comprehensive privacy law: its residents are not Virginians.
  residence('us-va', 'Virginia', '(?<!West )Virginia|Richmond'),
  residence('us-co', 'Colorado', 'Colorado|Denver|Boulder'),
  residence('us-ct', 'Connecticut', 'Connecticut|Hartford|New Haven'),
  residence('us-tx', 'Texas', 'Texas|Houston|Austin|Dallas|San Antonio'),
  residence('us-or', 'Oregon', 'Oregon|Portland, Oregon|Portland, OR|Salem, Oregon'),
  residence('us-ut', 'Utah', 'Utah|Salt Lake City|Provo'),
  residence('us-mt', 'Montana', 'Montana|Billings|Missoula|Bozeman'),
  residence('us-de', 'Delaware', 'Delaware|Wilmington, DE|Dover, DE'),
  residence('us-ia', 'Iowa', 'Iowa|Des Moines|Cedar Rapids|Davenport'),
  residence('us-ne', 'Nebraska', 'Nebraska|Omaha|Lincoln, NE|Lincoln, Nebraska'),
  residence('br-lgpd', 'Brazil', 'Brasil|Brazil|São Paulo|Sao Paulo|Rio de Janeiro|Belo Horizonte'),
  residence('ca-qc', 'Québec', 'Québec|Quebec|Montréal|Montreal'),
  residence('ca-pipeda', 'Canada', 'Canada|Toronto|Vancouver|Ottawa|Calgary'),
  residence(
    'eu-gdpr',
    'the EU',
    'Deutschland|Germany|Berlin|München|Hamburg|France|Paris|Lyon|España|Spain|Madrid|Barcelona|Italia|Italy|Roma|Milano|Nederland|Netherlands|Amsterdam|Polska|Warszawa|Sverige|Stockholm|Danmark|København|Österreich|Wien|Belgique|België|Bruxelles|Ireland|Dublin|Portugal|Lisboa',
  ),
];

// US states whose comprehensive privacy law is in force by December 2026 but is no jurisdiction here yet
// (docs/us-state-laws.md). A requester who says they live in one gets no other state's law: the ticket
// opens under the strictest declared law and says why, so staff set the right one.
const UNSUPPORTED_STATES = [
  'Tennessee',
  'New Jersey',
  'New Hampshire',
  'Minnesota',
  'Maryland',
  'Indiana',
  'Kentucky',
  'Rhode Island',
];
const UNSUPPORTED = new RegExp(
  `${LIVES}\\s+(?:(?:in|of)\\s+)?(?:the\\s+state\\s+of\\s+)?(${UNSUPPORTED_STATES.join('|')})\\b|\\b(${UNSUPPORTED_STATES.join('|')})\\s+resident`,
  'iu',
);

/** The US state with a privacy law Rightsdesk does not support yet that the requester says they live in. */
export function unsupportedStateOf(evidence: LawEvidence): string | null {
  const match = UNSUPPORTED.exec(`${evidence.subject}\n${evidence.text}`);
  const said = match?.[1] ?? match?.[2];
  return UNSUPPORTED_STATES.find((s) => s.toLowerCase() === said?.toLowerCase()) ?? null;
}

// Country-code domains that name one law clearly; .ca is left out (Québec or the rest of Canada?).
const EU_DOMAINS = 'at|be|bg|hr|cy|cz|dk|ee|fi|fr|de|gr|hu|ie|it|lv|lt|lu|mt|nl|pl|pt|ro|sk|si|es|se';
const DOMAINS: readonly Cue[] = [
  { jurisdiction: 'uk-gdpr', pattern: /\.uk$/i, label: 'the sender’s address is in a .uk domain' },
  { jurisdiction: 'br-lgpd', pattern: /\.br$/i, label: 'the sender’s address is in a .br domain' },
  {
    jurisdiction: 'eu-gdpr',
    pattern: new RegExp(`\\.(?:${EU_DOMAINS})$`, 'i'),
    label: 'the sender’s address is in an EU country’s domain',
  },
];

/** The law the mail points to among `declared`, or null (the caller then takes the strictest). */
export function requesterLaw(evidence: LawEvidence, declared: readonly JurisdictionId[]): LawChoice | null {
  const text = `${evidence.subject}\n${evidence.text}`;
  const domain = evidence.senderAddress.split('@').pop() ?? '';
  const tiers: readonly [LawBasis, readonly Cue[], string][] = [
    ['law_cited', LAWS, text],
    ['residence', PLACES, text],
    ['sender_country', DOMAINS, domain],
  ];
  for (const [basis, cues, subject] of tiers) {
    const found = cues.filter((c) => declared.includes(c.jurisdiction) && c.pattern.test(subject));
    const first = found[0];
    if (first) {
      const candidates = [...new Set(found.map((c) => c.jurisdiction))];
      return {
        basis,
        candidates,
        cue: found
          .map((c) => c.label)
          .filter((l, i, all) => all.indexOf(l) === i)
          .join(', '),
      };
    }
  }
  return null;
}
