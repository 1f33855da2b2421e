/** The reasons shown to staff beside a classification: quoted phrases, never an email address. */
import type { Right } from '../request-types.js';
import { withoutAddresses } from './matchable-text.js';
import type { RightScores } from './score-rights.js';

const MAX_PHRASE = 70;

export function reasonsFor(rights: RightScores, language: string, supported: boolean): string[] {
  const reasons: string[] = [];
  for (const right of rights.chosen) {
    const phrases = rights.evidence
      .filter((e) => e.right === right)
      .sort((a, b) => b.weight - a.weight)
      .slice(0, 2)
      .map((e) => quote(e.phrase));
    reasons.push(`${label(right)}: ${phrases.join(', ')}`);
  }
  for (const aside of rights.setAside.slice(0, 2))
    reasons.push(`${aside.why}, not counted: ${quote(aside.phrase)}`);
  if (rights.erasureDoubt !== null) reasons.push(`erasure doubted: ${quote(rights.erasureDoubt)}`);
  reasons.push(...rights.absorbed);
  if (rights.chosen.length === 0 && rights.setAside.length === 0) reasons.push('no request phrase found');
  if (!supported) reasons.push(`language "${language}" has no full lexicon: for a person to check`);
  return reasons;
}

function label(right: Right): string {
  return right.replaceAll('_', ' ');
}

function quote(phrase: string): string {
  const clean = withoutAddresses(phrase.replace(/\s+/g, ' '));
  return `"${clean.length > MAX_PHRASE ? `${clean.slice(0, MAX_PHRASE - 1)}…` : clean}"`;
}
