// Template families and author styles, and the split rule: a family belongs to exactly one split, and the
// held-out styles never appear in train, so near-copies of an email cannot sit on both sides of a split.
import {
  type FamilyKey,
  type NegativeKind,
  type Voice,
  type RequestType,
  type Right,
  STYLE_NEEDS,
} from './types.js';

export type Split = 'train' | 'validation' | 'test';

export const FAMILY_NAMES: Record<FamilyKey, string> = {
  a: 'plain',
  b: 'formal',
  c: 'situational',
  d: 'implicit',
};

/** Family letter → split: two train families per right, one validation, one test (about 60/20/20 by count). */
export const FAMILY_SPLIT: Record<FamilyKey, Split> = { a: 'train', b: 'train', c: 'validation', d: 'test' };

export const FAMILY_NOTES: Record<Right, Record<FamilyKey, string>> = {
  access: {
    a: 'plain ask what data is held and for a copy',
    b: 'formal access request citing the law: copy, purposes, recipients, retention, source',
    c: 'casual: curious what is still kept after leaving, wants to see it',
    d: 'right-to-know wording: categories and specific pieces, sources, purposes, third parties',
  },
  rectification: {
    a: 'surname misspelled on account and invoices; asks for the correction',
    b: 'formal rectification of an inaccurate surname citing the law',
    c: 'moved and changed email address; asks to update the record',
    d: 'profile outdated and incomplete; asks to bring it up to date',
  },
  erasure: {
    a: 'plain account and data deletion request',
    b: 'formal erasure request citing the law, incl. backups',
    c: 'done with the product: close the account and wipe everything',
    d: 'implicit erasure: wants nothing kept, make it all go away',
  },
  restriction: {
    a: 'restrict processing while disputed charges are checked',
    b: 'formal restriction citing the law while accuracy is contested',
    c: 'do not delete but do not use the data until a complaint is settled',
    d: 'keep data untouched and unused during a legal dispute',
  },
  objection: {
    a: 'stop marketing emails, service messages only',
    b: 'formal objection to legitimate-interest analytics and profiling',
    c: 'does not want usage data used for analytics or research',
    d: 'negated/conditional: do NOT close the account, no promotions, warn if the objection would mean deletion',
  },
  portability: {
    a: 'plain export request in JSON or CSV',
    b: 'formal portability request citing the law: structured machine-readable format',
    c: 'moving to another tool, needs an importable file',
    d: 'transmit the data directly to another provider',
  },
  withdraw_consent: {
    a: 'withdraws consent to newsletter and analytics cookies',
    b: 'formal withdrawal of consent to product analytics citing the law',
    c: 'revokes the onboarding opt-in to use uploaded content for model improvement',
    d: 'takes back permission to use name and photo in a customer story',
  },
  opt_out_sale: {
    a: 'do not sell or share my personal information',
    b: 'formal opt-out of sale and sharing citing the law',
    c: 'opt out of targeted advertising and ad profiling',
    d: 'asks whether data is sold and, if so, to stop passing it to advertisers and brokers',
  },
};

export interface MultiFamily {
  id: string;
  key: 'copyThenDelete' | 'accessObject' | 'deleteObject';
  types: readonly Right[];
  split: Split;
  withdrawAny: boolean;
  note: string;
}

export const MULTI_FAMILIES: readonly MultiFamily[] = [
  {
    id: 'multi.copy-then-delete',
    key: 'copyThenDelete',
    types: ['access', 'erasure'],
    split: 'train',
    withdrawAny: false,
    note: 'copy of all data first, then account and data deletion',
  },
  {
    id: 'multi.access-object-withdraw',
    key: 'accessObject',
    types: ['access', 'objection', 'withdraw_consent'],
    split: 'validation',
    withdrawAny: true,
    note: 'formal letter: access, objection to marketing/profiling, secondary withdrawal of any consent',
  },
  {
    id: 'multi.delete-object-withdraw',
    key: 'deleteObject',
    types: ['erasure', 'objection', 'withdraw_consent'],
    split: 'test',
    withdrawAny: true,
    note: 'erasure, objection to marketing until then, secondary withdrawal of any consent',
  },
];

export const NEGATIVE_SPLIT: Record<NegativeKind | 'bounce', Split> = {
  billing: 'train',
  bug: 'train',
  sales: 'train',
  policy_question: 'train',
  out_of_office: 'train',
  newsletter: 'train',
  bounce: 'train',
  vendor: 'validation',
  thanks: 'validation',
  howto_delete_file: 'validation',
  dpa: 'test',
  phishing: 'test',
  sale_question: 'test',
  everyday: 'train',
};

export const NEGATIVE_NOTES: Record<NegativeKind | 'bounce', string> = {
  billing: 'billing: charged twice, asks for a refund',
  bug: 'bug report: export jobs fail',
  sales: 'sales pitch for a privacy-request tool (full of request words)',
  vendor: 'vendor security questionnaire',
  dpa: 'customer legal asks for the DPA and sub-processor list',
  phishing: 'phishing that talks about consent settings and opting out',
  policy_question: 'policy question about log retention (no ask about own data)',
  sale_question: 'question whether data is sold, asked for a client (no ask to stop)',
  howto_delete_file: 'support: how to delete one job, keeps the account (not erasure)',
  out_of_office: 'out-of-office auto-reply',
  newsletter: 'vendor newsletter sent as bulk mail',
  thanks: 'thanks on a completed ticket whose quoted notice talks about deletion',
  bounce: 'MAILER-DAEMON bounce',
  everyday: 'everyday non-request that uses rights-like words',
};

export const STYLES = [
  'plain',
  'terse-mobile',
  'polite-verbose',
  'formal-legal',
  'agent-firm',
  'buried-support',
  'reply-ticket',
  'parent',
  'angry',
  'consumer-group',
  'non-native',
] as const;
export type Style = (typeof STYLES)[number];

/** Styles that only validation and test families are written in. */
export const HELD_OUT_STYLES: readonly Style[] = ['angry', 'consumer-group', 'non-native'];

const STYLE_WEIGHTS: readonly (readonly [Style, number])[] = [
  ['plain', 3],
  ['terse-mobile', 2],
  ['polite-verbose', 2],
  ['formal-legal', 1.5],
  ['agent-firm', 1],
  ['buried-support', 1.5],
  ['reply-ticket', 1],
  ['parent', 0.6],
  ['angry', 1.5],
  ['consumer-group', 1.2],
  ['non-native', 1.5],
];

const FORMAL_STYLES: readonly Style[] = [
  'formal-legal',
  'agent-firm',
  'consumer-group',
  'angry',
  'polite-verbose',
];
const PARENT_RIGHTS: readonly RequestType[] = ['access', 'erasure', 'withdraw_consent', 'objection'];

/** The styles a family of this kind may be written in, given its split and language. */
export function stylesFor(
  split: Split,
  formal: boolean,
  types: readonly RequestType[],
  pack: Voice,
): readonly (readonly [Style, number])[] {
  const language = pack.language;
  return STYLE_WEIGHTS.filter(([style]) => {
    if ((STYLE_NEEDS[style] ?? []).some((phrase) => !pack.style[phrase])) return false;
    if (split === 'train' && HELD_OUT_STYLES.includes(style)) return false;
    if (style === 'non-native' && language !== 'en') return false;
    if (formal && !FORMAL_STYLES.includes(style)) return false;
    if (style === 'parent' && !types.every((type) => PARENT_RIGHTS.includes(type))) return false;
    return true;
  });
}
