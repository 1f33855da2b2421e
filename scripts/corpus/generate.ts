// Generates the labelled corpus: `npx tsx scripts/corpus/generate.ts [outDir] [seed]` (defaults: corpus/,
// seed "rightsdesk-corpus-1"). Deterministic: the same seed writes the same bytes. Each email is one
// CRLF .eml file; labels.json holds file, org, types, flags, language, note, family, style and split.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packEmails, paraphraseEmails } from './build.js';
import { everydayEmails } from './everyday.js';
import { type Label } from './render.js';
import { EVERYDAY } from './languages/everyday/index.js';
import { EVERYDAY_VOICES, PACKS, TRAIN_VOICES } from './languages/index.js';
import { seededRandom } from './random.js';

export const DEFAULT_SEED = 'rightsdesk-corpus-1';

export interface Corpus {
  files: Map<string, Buffer>;
  labels: Label[];
}

export function generateCorpus(seed: string = DEFAULT_SEED): Corpus {
  const emails = PACKS.flatMap((pack) => packEmails(pack, seededRandom(`${seed}:${pack.id}`)));
  // Paraphrases come after the first corpus, in their own order, so its files keep their names and bytes.
  const paraphrases = [
    ...PACKS.map((pack) => ({ voice: pack, perWording: Math.ceil(pack.weight / 2) })),
    ...TRAIN_VOICES.map((voice) => ({ voice, perWording: voice.weight })),
  ].flatMap(({ voice, perWording }) =>
    paraphraseEmails(voice, perWording, seededRandom(`${seed}:${voice.id}:paraphrases`)),
  );
  // Everyday mail comes last, likewise (English, the largest pack, gets three emails per wording).
  const everyday = [...PACKS, ...TRAIN_VOICES, ...EVERYDAY_VOICES].flatMap((voice) => {
    const set = EVERYDAY[voice.id];
    if (set === undefined) return [];
    return everydayEmails(voice, set, voice.id === 'en' ? 3 : 2, seededRandom(`${seed}:${voice.id}:everyday`));
  });
  const order = [
    ...seededRandom(`${seed}:order`).shuffle(emails),
    ...seededRandom(`${seed}:paraphrase-order`).shuffle(paraphrases),
    ...seededRandom(`${seed}:everyday-order`).shuffle(everyday),
  ];
  const files = new Map<string, Buffer>();
  const labels: Label[] = order.map((email, index) => {
    const file = `c${String(index + 1).padStart(4, '0')}.eml`;
    files.set(file, email.bytes);
    return { file, ...email.label };
  });
  return { files, labels };
}

/** labels.json: one entry per line, like the dev corpus, so diffs stay readable. */
export function labelsJson(labels: readonly Label[]): string {
  return `[\n${labels.map((label) => JSON.stringify(label)).join(',\n')}\n]\n`;
}

export function writeCorpus(dir: string, seed: string = DEFAULT_SEED): Corpus {
  const corpus = generateCorpus(seed);
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.endsWith('.eml')) rmSync(join(dir, name));
  for (const [file, bytes] of corpus.files) writeFileSync(join(dir, file), bytes);
  writeFileSync(join(dir, 'labels.json'), labelsJson(corpus.labels));
  return corpus;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const corpus = writeCorpus(process.argv[2] ?? 'corpus', process.argv[3] ?? DEFAULT_SEED);
  console.log(`wrote ${corpus.labels.length} emails`);
}
