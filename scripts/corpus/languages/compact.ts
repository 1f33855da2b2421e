// A terser way to write a language pack: the four families of each right as one row, in the order of RIGHTS.
import {
  type Asks,
  type Negative,
  type NegativeKind,
  type Pack,
  RIGHTS,
  type Right,
  type StylePhrases,
} from '../types.js';

export interface CompactPack {
  id: string;
  language?: string;
  locale: string;
  country: string;
  tz: string;
  legacyCharset?: string;
  names: readonly string[];
  law: string;
  authority: string;
  articles: Pack['articles'];
  style: StylePhrases;
  /** subjects in the order of RIGHTS, then the generic ones */
  subjects: readonly string[];
  /** one row [a, b, c, d] per right, in the order of RIGHTS */
  asks: readonly (readonly [string, string, string, string])[];
  multi: readonly [string, string, string];
  negatives: Partial<Record<NegativeKind, readonly [string, string]>>;
  weight?: number;
}

export function compactPack(compact: CompactPack): Pack {
  const asks = Object.fromEntries(
    RIGHTS.map((right, i) => {
      const [a, b, c, d] = compact.asks[i]!;
      return [right, { a, b, c, d }];
    }),
  ) as Asks;
  const subjects = Object.fromEntries(RIGHTS.map((right, i) => [right, compact.subjects[i]!])) as Record<
    Right,
    string
  >;
  const negatives: Partial<Record<NegativeKind, Negative>> = {};
  for (const [kind, pair] of Object.entries(compact.negatives) as [
    NegativeKind,
    readonly [string, string],
  ][]) {
    negatives[kind] = { subject: pair[0], body: pair[1] };
  }
  return {
    id: compact.id,
    language: compact.language ?? compact.id,
    locale: compact.locale,
    country: compact.country,
    tz: compact.tz,
    ...(compact.legacyCharset ? { legacyCharset: compact.legacyCharset } : {}),
    names: compact.names,
    law: compact.law,
    authority: compact.authority,
    articles: compact.articles,
    style: compact.style,
    subjects: { ...subjects, generic: compact.subjects.slice(RIGHTS.length) },
    asks,
    multi: {
      copyThenDelete: compact.multi[0],
      accessObject: compact.multi[1],
      deleteObject: compact.multi[2],
    },
    negatives,
    weight: compact.weight ?? 1,
  };
}
