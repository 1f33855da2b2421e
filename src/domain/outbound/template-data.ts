/**
 * The emails Rightsdesk sends to requesters and the data the renderer receives, as a zod schema: a
 * letter composed in the domain (letters/compose-letter.ts) in the ticket's law and language, laid out
 * by one template as text and HTML. The renderer validates the data before rendering.
 */
import { z } from 'zod';
import { LETTER_KINDS, type LetterKind } from './letters/letter-facts.js';
import { LETTER_LANGUAGES } from './letters/languages.js';

export const TEMPLATE_NAMES = LETTER_KINDS;
export type TemplateName = LetterKind;

/** Languages every letter is written in. */
export const TEMPLATE_LANGUAGES = LETTER_LANGUAGES;

const text = z.string().min(1);

const LetterBlockSchema = z.strictObject({
  text,
  items: z.array(text).readonly(),
  code: z.boolean(),
});

export const LetterSchema = z.strictObject({
  language: text,
  subject: text.refine((s) => !/[\r\n]/.test(s), 'a subject is one line'),
  greeting: text,
  blocks: z.array(LetterBlockSchema).min(1).readonly(),
  closing: text,
  signature: text,
  privacyAddress: text,
  policyLine: text.nullable(),
});

export type LetterData = z.infer<typeof LetterSchema>;

/** A template name together with its composed letter. */
export interface TemplateInput {
  readonly template: TemplateName;
  readonly data: LetterData;
}
