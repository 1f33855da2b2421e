/**
 * The acknowledgement's statement of the law's time limit: the period, its lawful extension and the
 * whole, the receipt confirmation where the law asks for one, and, where the law gives a number of days
 * to some rights only (LGPD, PIPEDA, Québec), which rights those are and that the others have none.
 * Never a period the ticket's law does not give.
 */
import { JURISDICTIONS } from '../../deadlines/jurisdictions.js';
import type { Period } from '../../deadlines/jurisdiction-rule.js';
import { isRight } from '../../request-types.js';
import { block, type LetterBlock } from './letter.js';
import type { LetterFacts } from './letter-facts.js';
import type { LetterLanguage } from './languages.js';
import { citation, LAW_WORDING } from './law-wording.js';
import type { Extension, Phrases } from './phrases.js';

const periodText = (period: Period, p: Phrases) => p.period(period.amount, period.unit);

/** The respond period and its extension as one: 45 + 45 days are 90 days. */
function extensionWords(respond: Period, extension: Period, p: Phrases): Extension {
  if (respond.unit !== extension.unit)
    throw new Error(`a time limit in ${respond.unit} extended in ${extension.unit}`);
  const total = { unit: respond.unit, amount: respond.amount + extension.amount } as Period;
  return { by: periodText(extension, p), total: periodText(total, p) };
}

/**
 * Whether the law's time limit binds this ticket: a law without a scope times every right, and a message
 * that asks for none gets the general limit. PIPEDA s. 8(1), (3): the 30 days are for "a request under
 * clause 4.9 of Schedule 1" (access, and the amendment of cl. 4.9.5), so an erasure or a withdrawal of
 * consent alone has no s. 8(3) limit for s. 8(4) to extend.
 */
export function timeLimitBinds(facts: Pick<LetterFacts, 'jurisdiction' | 'types'>): boolean {
  const scope = LAW_WORDING[facts.jurisdiction].timeLimitScope;
  const rights = facts.types.filter(isRight);
  return scope === null || rights.length === 0 || rights.some((r) => scope.includes(r));
}

export function timeLimitBlocks(facts: LetterFacts, p: Phrases, language: LetterLanguage): LetterBlock[] {
  const rule = JURISDICTIONS[facts.jurisdiction];
  const law = LAW_WORDING[facts.jurisdiction];
  const cite = (template: string) => citation(template, p);
  if (law.optOut) return [block(p.optOutTimeLimit(periodText(rule.respond, p), cite(law.timeLimitCite)))];

  const rights = facts.types.filter(isRight);
  const scope = law.timeLimitScope;
  const timed = scope ? rights.filter((r) => scope.includes(r)) : rights;
  const untimed = rights.length - timed.length;
  const blocks: LetterBlock[] = [];
  if (timed.length > 0 || rights.length === 0) {
    const extension =
      rule.extension && law.extensionCite ? extensionWords(rule.respond, rule.extension, p) : null;
    blocks.push(block(p.timeLimit(periodText(rule.respond, p), extension, cite(law.timeLimitCite))));
    if (untimed > 0) {
      const names = new Intl.ListFormat(language, { type: 'conjunction' }).format(
        timed.map((r) => p.right[r]),
      );
      blocks.push(block(p.timeLimitAppliesTo(names)));
    }
  }
  if (untimed > 0)
    blocks.push(
      block(p.noFixedTimeLimit(timed.length > 0, law.noFixedLimitCite && cite(law.noFixedLimitCite))),
    );
  // 11 CCR §7021(a): the acknowledgement is the confirmation of receipt the law wants within 10 business days.
  if (rule.acknowledge && law.acknowledgeCite)
    blocks.push(block(p.receiptConfirmed(periodText(rule.acknowledge, p), law.acknowledgeCite)));
  return blocks;
}
