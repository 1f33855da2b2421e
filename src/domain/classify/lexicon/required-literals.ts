/**
 * Reads a compiled cue pattern and finds literal strings that every match must contain, at least one of
 * them: "(?:send|give) me my data" needs "send me my data" or "give me my data". A cue whose literals are
 * all absent from an email cannot match it, so its regular expression is not run (most cues of most
 * lexicons never match a given email, and each run scans the whole text). The analysis is conservative:
 * whatever it does not understand (classes, `.`, back-references, unbounded repeats) it treats as "any
 * text", which can only make a cue run more often, never less.
 */

/** Sets of literals, every match containing one literal of each; empty when nothing is known. */
type Requirement = readonly ReadonlySet<string>[];

interface Info {
  /** Every string the node can match, when there are few; null when unknown or too many. */
  readonly exact: ReadonlySet<string> | null;
  /** What every match contains, when `exact` is null. */
  readonly required: Requirement;
}

// Sets larger than these are given up (as "anything"): they would filter little and cost memory.
const MAX_EXACT = 16;
/** The default bound on a requirement's size; a word list read as one pattern asks for more. */
export const MAX_REQUIRED = 64;
/**
 * Requirements kept for a node, the most selective first: "art. 17" needs one of the article words AND
 * "17", and the second spares the cue on the many emails with "part" or "start" and no 17.
 */
const MAX_SETS = 2;

const ANY: Info = { exact: null, required: [] };
const EMPTY: Info = { exact: new Set(['']), required: [] };
const literal = (char: string): Info => ({ exact: new Set([char]), required: [] });
/** `\\d`: without the `u` or `v` flag as with them, one of the ten ASCII digits. */
const DIGIT: Info = { exact: new Set('0123456789'), required: [] };

function requiredOf(info: Info): Requirement {
  if (info.exact === null) return info.required;
  return info.exact.has('') ? [] : [info.exact];
}

function shortest(set: ReadonlySet<string>): number {
  let min = Infinity;
  for (const s of set) min = Math.min(min, s.length);
  return min;
}

/** The more selective set first: the one whose shortest literal is longest, then the smaller. */
function bySelectivity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  return shortest(b) - shortest(a) || a.size - b.size;
}

/** What a match of both parts contains: the requirements of either. */
function both(a: Requirement, b: Requirement): Requirement {
  return [...a, ...b].sort(bySelectivity).slice(0, MAX_SETS);
}

function concat(a: Info, b: Info): Info {
  if (a.exact !== null && b.exact !== null && a.exact.size * b.exact.size <= MAX_EXACT) {
    const exact = new Set<string>();
    for (const x of a.exact) for (const y of b.exact) exact.add(x + y);
    return { exact, required: [] };
  }
  return { exact: null, required: both(requiredOf(a), requiredOf(b)) };
}

function alternate(a: Info, b: Info, maxRequired: number): Info {
  if (a.exact !== null && b.exact !== null && a.exact.size + b.exact.size <= MAX_EXACT)
    return { exact: new Set([...a.exact, ...b.exact]), required: [] };
  // A match of either contains one literal of (a set of a) or (a set of b): each union is a requirement.
  const unions: ReadonlySet<string>[] = [];
  for (const x of requiredOf(a))
    for (const y of requiredOf(b)) if (x.size + y.size <= maxRequired) unions.push(new Set([...x, ...y]));
  return { exact: null, required: unions.sort(bySelectivity).slice(0, MAX_SETS) };
}

function repeat(x: Info, min: number, max: number): Info {
  if (min === 1 && max === 1) return x;
  if (min === 0)
    return max === 1 && x.exact !== null && x.exact.size < MAX_EXACT
      ? { exact: new Set(['', ...x.exact]), required: [] }
      : ANY;
  return { exact: null, required: requiredOf(x) };
}

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly maxRequired: number,
  ) {}

  parse(): Info {
    const info = this.alternation();
    if (this.i !== this.src.length) throw new Error(`unexpected ")" at ${this.i} in ${this.src}`);
    return info;
  }

  private alternation(): Info {
    let info = this.sequence();
    while (this.src[this.i] === '|') {
      this.i++;
      info = alternate(info, this.sequence(), this.maxRequired);
    }
    return info;
  }

  private sequence(): Info {
    // Literal runs are gathered whole before they meet the rest, so that "delete my (?:account|data)"
    // keeps "delete my account" and "delete my data" and not only the first letter after a class.
    let before = EMPTY;
    let run = EMPTY;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const item = this.quantified();
      const joined = concat(run, item);
      if (joined.exact !== null) run = joined;
      else [before, run] = [concat(before, run), item];
    }
    return concat(before, run);
  }

  private quantified(): Info {
    const atom = this.atom();
    const c = this.src[this.i];
    let range: [number, number] | null = null;
    if (c === '?') range = [0, 1];
    else if (c === '*') range = [0, Infinity];
    else if (c === '+') range = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (m === null) return atom; // a literal "{" (legal outside Unicode mode): read as the next atom
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
      range = [min, max];
    }
    if (range === null) return atom;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy: same strings
    return repeat(atom, range[0], range[1]);
  }

  private atom(): Info {
    const c = this.src[this.i++]!;
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.escape();
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return EMPTY;
    return literal(c);
  }

  private group(): Info {
    let lookaround = false;
    if (this.src[this.i] === '?') {
      const rest = this.src.slice(this.i, this.i + 3);
      if (rest.startsWith('?:')) this.i += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) [lookaround, this.i] = [true, this.i + 2];
      else if (rest === '?<=' || rest === '?<!') [lookaround, this.i] = [true, this.i + 3];
      else if (rest.startsWith('?<')) this.i = this.src.indexOf('>', this.i) + 1;
      else throw new Error(`unknown group at ${this.i} in ${this.src}`);
    }
    const inner = this.alternation();
    if (this.src[this.i++] !== ')') throw new Error(`unclosed group in ${this.src}`);
    // A lookaround consumes nothing: its text is not part of the match.
    return lookaround ? EMPTY : inner;
  }

  private characterClass(): Info {
    const start = this.i;
    while (this.src[this.i] !== ']') {
      if (this.i >= this.src.length) throw new Error(`unclosed class in ${this.src}`);
      this.i += this.src[this.i] === '\\' ? 2 : 1;
    }
    const body = this.src.slice(start, this.i++);
    // Only a short list of plain letters ("[oa]", "[eë]") is read; ranges, negations, escapes are "any".
    if (body === '' || /[\\^-]/.test(body) || body.length > 4) return ANY;
    return { exact: new Set(body), required: [] };
  }

  private escape(): Info {
    const c = this.src[this.i++]!;
    if (c === 'b' || c === 'B') return EMPTY;
    // A digit is one of ten strings; a longer run of them soon makes too many and is read for its digits.
    if (c === 'd') return DIGIT;
    if (/[wWsSD0-9]/.test(c)) return ANY; // classes and back-references
    if (c === 'u' || c === 'x') {
      const digits = c === 'u' ? 4 : 2;
      const hex = this.src.slice(this.i, this.i + digits);
      if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) return ANY;
      this.i += digits;
      return literal(String.fromCharCode(parseInt(hex, 16)));
    }
    const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };
    if (controls[c] !== undefined) return literal(controls[c]);
    if (/[a-zA-Z]/.test(c)) return ANY; // \c, \k, \p...: not used by the lexicons, read as "any"
    return literal(c);
  }
}

/**
 * Sets of literals, every match of `source` (a regular expression without flags that change what matches,
 * such as `i`) containing one literal of each, the most selective set first; null when no such set is known
 * and the pattern must always run. An alternation needing more than `maxRequired` literals is read as
 * "anything". A set after the first is kept only where its literals are two code units or longer (a
 * one-unit literal would slow the scan of every email for every other pattern).
 */
export function requiredLiteralSets(source: string, maxRequired = MAX_REQUIRED): string[][] | null {
  let required: Requirement;
  try {
    required = requiredOf(new Parser(source, maxRequired).parse());
  } catch {
    // Syntax this reader does not know: the cue always runs (a test lists such cues).
    return null;
  }
  if (required.length === 0) return null;
  // A literal containing another of its set adds nothing: where it occurs, the shorter one does too.
  const sets = required.map((set) => {
    const all = [...set];
    return all.filter((s) => !all.some((t) => t !== s && s.includes(t))).sort();
  });
  return [sets[0]!, ...sets.slice(1).filter((set) => set.every((s) => s.length >= 2))];
}

/** The most selective of `requiredLiteralSets`: literals of which every match contains one, or null. */
export function requiredLiterals(source: string, maxRequired = MAX_REQUIRED): readonly string[] | null {
  return requiredLiteralSets(source, maxRequired)?.[0] ?? null;
}
