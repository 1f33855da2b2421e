/**
 * eld's extra-small database and the code tables its detection reads (its byte dictionary, its average
 * scores, its word separators), loaded from eld's own files for the packed detector (`eld-detector.ts`),
 * which runs eld's steps over them: one copy of the data, the installed eld's. They are not in eld's
 * package exports, so they are found beside the entry that exports the same database; a test compares
 * the packed detector with eld's own `detect()`, so an eld that changes them fails it.
 */
import type { EldTables } from './eld-packed.js';

const entry = import.meta.resolve('eld/extrasmall');

async function exported(path: string, name: string): Promise<unknown> {
  const module = (await import(new URL(path, entry).href)) as Record<string, unknown>;
  if (!(name in module)) throw new Error(`eld: ${path} no longer exports ${name}`);
  return module[name];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const [ngramsData, dictionary, averageScores, separators] = await Promise.all([
  exported('../ngrams/extrasmall.js', 'ngramsData'),
  exported('../dictionary.js', 'dictionary'),
  exported('../avgScore.js', 'avgScore'),
  exported('../regexPatterns.js', 'separators'),
]);
if (
  !isRecord(ngramsData) ||
  !isRecord(ngramsData.languages) ||
  !isRecord(ngramsData.ngrams) ||
  !Array.isArray(dictionary) ||
  dictionary.length !== 256 ||
  !isRecord(averageScores) ||
  !(separators instanceof RegExp)
)
  throw new Error('eld: its database or code tables have changed shape');

/**
 * Checked for shape above; their contents are eld's (numbers by language index, one character per byte),
 * read as such by `packEld`, which refuses an n-gram or a dictionary entry of another form.
 */
export const eldTables = {
  database: ngramsData,
  dictionary,
  averageScores,
  separators,
} as unknown as EldTables;
