// Hostile variants of real mail, made from the dev corpus with a seeded generator, so every run (and
// every failure) is the same: byte flips, truncations, deep MIME nesting, huge headers, broken
// transfer encodings, lying charsets, NUL bytes and multiparts of 5,000 parts.

/** mulberry32: a small seeded generator; the same seed gives the same variants everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Variant {
  readonly name: string;
  readonly raw: Buffer;
}

type Mutation = (source: Buffer, random: () => number) => Buffer;

const int = (random: () => number, below: number) => Math.floor(random() * below);
const split = (raw: Buffer) => {
  const text = raw.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  return end === -1
    ? { head: text, body: '' }
    : { head: text.slice(0, end), body: text.slice(end).trimStart() };
};
const join = (head: string, body: string) => Buffer.from(`${head}\r\n\r\n${body}`, 'latin1');
/** The header block without its MIME fields, so a variant can give its own. */
const plainHead = (head: string) =>
  head
    .replace(/\r?\n[ \t]+/g, ' ')
    .split(/\r?\n/)
    .filter((line) => !/^(content-|mime-version)/i.test(line))
    .join('\r\n');

const mutations: Record<string, Mutation> = {
  'byte flips': (source, random) => {
    const raw = Buffer.from(source);
    for (let i = 0; i < 1 + int(random, 8); i++) raw[int(random, raw.length)] = int(random, 256);
    return raw;
  },
  truncation: (source, random) => source.subarray(0, int(random, source.length)),
  'deep nesting': (source) => {
    const { head, body } = split(source);
    let nested = `Content-Type: text/plain\r\n\r\n${body}`;
    for (let depth = 0; depth < 80; depth++)
      nested = `Content-Type: multipart/mixed; boundary="b${depth}"\r\n\r\n--b${depth}\r\n${nested}\r\n--b${depth}--`;
    return Buffer.from(`${plainHead(head)}\r\nMIME-Version: 1.0\r\n${nested}`, 'latin1');
  },
  'huge header': (source, random) => {
    const { head, body } = split(source);
    return random() < 0.5
      ? join(`${head}\r\nX-Huge: ${'x'.repeat(300_000)}`, body)
      : join(`${head}\r\n${Array.from({ length: 5_000 }, (_, i) => `X-Many-${i}: v`).join('\r\n')}`, body);
  },
  'broken encoding': (source, random) => {
    const { head, body } = split(source);
    const encoding = random() < 0.5 ? 'base64' : 'quoted-printable';
    const garbage =
      encoding === 'base64' ? `${body}!!==%%**` : body.replace(/e/g, '=ZZ').replace(/ /g, '=\r\n=');
    return join(
      `${plainHead(head)}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: ${encoding}`,
      garbage,
    );
  },
  'lying charset': (source, random) => {
    const { head, body } = split(source);
    const charsets = ['utf-16', 'utf-32', 'iso-2022-jp', 'x-no-such-charset', 'shift_jis', 'utf-7'];
    const charset = charsets[int(random, charsets.length)];
    return join(
      `${plainHead(head)}\r\nContent-Type: text/plain; charset=${charset}\r\nSubject: =?${charset}?B?/////w==?=`,
      body,
    );
  },
  'NUL bytes': (source, random) => {
    const raw = Buffer.from(source);
    for (let i = 0; i < 1 + int(random, 20); i++) raw[int(random, raw.length)] = 0;
    return raw;
  },
  '5,000 parts': (source) => {
    const { head, body } = split(source);
    const parts = Array.from(
      { length: 5_000 },
      (_, i) => `--p\r\nContent-Type: text/plain\r\n\r\n${i === 0 ? body : 'x'}\r\n`,
    );
    return Buffer.from(
      `${plainHead(head)}\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="p"\r\n\r\n${parts.join('')}--p--\r\n`,
      'latin1',
    );
  },
};

/** `perMutation` variants of each mutation, each of a corpus message picked by the seeded generator. */
export function hostileVariants(corpus: readonly Buffer[], seed: number, perMutation: number): Variant[] {
  const random = seededRandom(seed);
  return Object.entries(mutations).flatMap(([name, mutate]) =>
    Array.from({ length: perMutation }, (_, i) => ({
      name: `${name} ${i}`,
      raw: mutate(corpus[int(random, corpus.length)]!, random),
    })),
  );
}
