// Shapes shared by the corpus generator and its language packs: what a pack must write in its language
// (ask sentences per template family, style phrases, hard negatives) so the planner can compose emails.

import { RIGHTS, type RequestType, type Right } from '../../src/domain/request-types.js';

export { RIGHTS, type RequestType, type Right };
export type Flag = 'auto' | 'agent' | 'child' | 'regulator' | 'follow_up' | 'complaint';

/**
 * Four ways of phrasing each right, one per template family: `a` plain and direct, `b` formal and citing the
 * law, `c` indirect or situational, `d` implicit or phrased as the laws of other places do. The families are
 * split a,b → train, c → validation, d → test, so a test family never shares its phrasing with a train one.
 */
export type FamilyKey = 'a' | 'b' | 'c' | 'd';
export type Asks = Record<Right, Record<FamilyKey, string>>;

/** A hard negative: a subject and a body written in full (greeting and sign-off included where it has one). */
export interface Negative {
  subject: string;
  body: string;
}

/** Another hard negative of a train kind, with what it is about (the kind's own note describes the first). */
export interface ExtraNegative extends Negative {
  kind: NegativeKind;
  note: string;
}

export const NEGATIVES = [
  'billing',
  'bug',
  'sales',
  'vendor',
  'dpa',
  'phishing',
  'policy_question',
  'sale_question',
  'howto_delete_file',
  'out_of_office',
  'newsletter',
  'thanks',
  // Train only, written per voice in scripts/corpus/languages/everyday/: support, billing, sales, recruiting,
  // vendor and practice questions and thank-you notes that use rights-like words without an ask.
  'everyday',
] as const;
export type NegativeKind = (typeof NEGATIVES)[number];

/** Multi-right letters: {asks} are full sentences; the planner knows which rights each one carries. */
export interface Multi {
  /** access, then erasure ("send me a copy first, then delete everything"). */
  copyThenDelete: string;
  /** a formal letter asking access and objecting; the planner appends `withdrawAny` (withdraw_consent). */
  accessObject: string;
  /** erasure plus objection to marketing; the planner appends `withdrawAny`. */
  deleteObject: string;
}

/** One law a sender may write under; a pack with several (English) picks one that has the right's article. */
export interface Jurisdiction {
  law: string;
  authority: string;
  country: string;
  articles: Partial<Record<Right, string>>;
}

/** What an author needs to write an email in one language: voice, names, law and style phrases. */
export interface Voice {
  /** pack id: the label language, or `pt-BR` for Brazilian Portuguese. */
  id: string;
  /** ISO 639-1 code written to labels.json. */
  language: string;
  /** Content-Language header value. */
  locale: string;
  /** country named in each note, e.g. "Brazil" */
  country: string;
  /** UTC offset of the senders' clocks, e.g. "+0100". */
  tz: string;
  /** a legacy charset some senders of this language still use; bodies fall back to UTF-8 when it cannot hold them */
  legacyCharset?: string;
  /** full names, "First Last"; packs whose first-person text is gendered list names of one gender */
  names: readonly string[];
  /** how the sender's own law is named in formal letters, e.g. "DSGVO" (slot {law}) */
  law: string;
  /** the supervisory authority a complaint is threatened to (slot {authority}) */
  authority: string;
  /** several laws to write under (English); the default is {law}, {authority} and {articles} */
  jurisdictions?: readonly Jurisdiction[];
  /** article citations for the formal family `b` (slot {art}) */
  articles: Record<Right, string>;
  style: StylePhrases;
  subjects: Record<Right, string> & { generic: readonly string[] };
  /**
   * More wordings of the plain family (train only): each is written fresh, never taken from the situational
   * (validation) or implicit (test) family, so the model learns more than one phrasing per right.
   */
  paraphrases?: Paraphrases;
  /** More hard negatives of train kinds (billing, bug, sales, policy questions), written fresh likewise. */
  extraNegatives?: readonly ExtraNegative[];
}

export type Paraphrases = Partial<Record<Right, readonly string[]>>;

/** A language written only in the train split, as extra wordings of the plain family. */
export interface TrainVoice extends Voice {
  paraphrases: Paraphrases;
  /** how many emails each wording yields */
  weight: number;
}

export interface Pack extends Voice {
  asks: Asks;
  multi: Multi;
  /** smaller packs write only some of the negative kinds */
  negatives: Partial<Record<NegativeKind, Negative>>;
  /** how many emails each family yields in this language (English and the big languages get more) */
  weight: number;
}

/**
 * Phrases the author styles wrap around an ask. Slots: {product} {name} {first} {year} {client} {authority}
 * {law} {ref} {date} {group}. A pack that leaves out a style's phrases is simply not written in that style.
 */
export interface StylePhrases {
  hi: string;
  dear: string;
  thanks: string;
  regards: string;
  mobile: string;
  formalIntro: string;
  deadline: string;
  withdrawAny: string;
  angry: string;
  complaint: string;
  context?: string;
  agent?: string;
  parent?: string;
  group?: string;
  reply?: string;
  buriedBefore?: string;
  buriedAfter?: string;
  ack?: string;
  done?: string;
  wrote?: string;
}

/** The phrases each style needs beyond the common ones. */
export const STYLE_NEEDS: Record<string, readonly (keyof StylePhrases)[]> = {
  'polite-verbose': ['context'],
  'agent-firm': ['agent'],
  parent: ['parent'],
  'buried-support': ['buriedBefore', 'buriedAfter'],
  'reply-ticket': ['reply', 'ack', 'wrote'],
  'consumer-group': ['group'],
};
