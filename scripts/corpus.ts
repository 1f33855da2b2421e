/**
 * Loads a labelled corpus for `npm run eval` and `npm run train`: a folder with labels.json (the dev
 * format of ../shared/corpus, plus optional `split`, `family` and `style` in generated corpora) and one
 * .eml file per entry, named relative to the folder.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { parseEmail } from '../src/adapters/mime/parse-email.js';
import { cleanBody } from '../src/domain/classify/clean-body.js';
import { matchableText } from '../src/domain/classify/matchable-text.js';
import type { ParsedEmail } from '../src/domain/email/parsed-email.js';
import { REQUEST_TYPES, type RequestType } from '../src/domain/request-types.js';

export const SPLITS = ['train', 'validation', 'test'] as const;
export type Split = (typeof SPLITS)[number] | 'dev';

const Labels = z.array(
  z.object({
    file: z.string(),
    types: z.array(z.enum(REQUEST_TYPES)).min(1),
    flags: z.array(z.string()).default([]),
    language: z.string(),
    split: z.enum(SPLITS).optional(),
    family: z.string().optional(),
  }),
);

export interface Example {
  readonly file: string;
  readonly split: Split;
  readonly email: ParsedEmail;
  /** What the classifier reads: subject and cleaned body, lower-cased. */
  readonly text: string;
  readonly gold: readonly RequestType[];
  readonly goldAuto: boolean;
  readonly language: string;
  readonly flags: readonly string[];
}

/** The examples of `dir`; a generated corpus's entries only where their split is in `splits`. */
export async function loadCorpus(dir: string, splits: readonly Split[] = ['dev']): Promise<Example[]> {
  const labels = Labels.parse(JSON.parse(await readFile(join(dir, 'labels.json'), 'utf8')));
  const wanted = labels.filter((l) => splits.includes(l.split ?? 'dev'));
  return Promise.all(
    wanted.map(async (label) => {
      const email = await parseEmail(await readFile(join(dir, label.file)));
      return {
        file: label.file,
        split: label.split ?? 'dev',
        email,
        text: matchableText(email.subject, cleanBody(email.text)),
        gold: label.types,
        goldAuto: label.flags.includes('auto'),
        language: label.language,
        flags: label.flags,
      };
    }),
  );
}
