/**
 * `key=value` words, as `new` and `bulk` take them (`name="Jane Doe" email=jane@example.com`): a value
 * with spaces is written in double quotes, a quote inside it as \". Words without `=` are kept in order.
 */
export interface KeyedWords {
  readonly keyed: ReadonlyMap<string, string>;
  readonly plain: readonly string[];
}

const WORD = /([a-z][a-z_-]*)=(?:"((?:[^"\\]|\\.)*)"|(\S*))|(\S+)/gi;

export function keyedWords(text: string): KeyedWords {
  const keyed = new Map<string, string>();
  const plain: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const [, key, quoted, bare, word] = match;
    if (key !== undefined)
      keyed.set(key.toLowerCase(), quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : (bare ?? ''));
    else if (word !== undefined) plain.push(word);
  }
  return { keyed, plain };
}

/** One `key=value` word, quoted when the value holds a space or a quote. */
export function keyedWord(key: string, value: string): string {
  return /[\s"\\]/.test(value) || value === ''
    ? `${key}="${value.replace(/["\\]/g, (c) => `\\${c}`)}"`
    : `${key}=${value}`;
}
