/**
 * Lays out a composed letter (src/domain/outbound/letters) as the text and HTML parts of an email with
 * Handlebars, from `templates/letter.{txt,html}.hbs`: logic-less (an edit to the layout cannot run
 * code), HTML-escaping by default in the HTML part, and strict mode, so a layout that names a missing
 * field throws instead of printing nothing. The letter is checked against its zod schema first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { EmailRenderer, RenderedEmail } from '../../app/notify/ports.js';
import { LetterSchema, TEMPLATE_LANGUAGES } from '../../domain/outbound/template-data.js';

export class TemplateError extends Error {
  readonly code = 'template_error';
}

/** Loads the letter layout from `dir`; fails at start-up when a part is missing. */
export function loadTemplates(dir: string): EmailRenderer {
  const engine = Handlebars.create();
  const compile = (file: string, html: boolean) =>
    engine.compile(readFileSync(join(dir, file), 'utf8'), { strict: true, noEscape: !html });
  const text = compile('letter.txt.hbs', false);
  const html = compile('letter.html.hbs', true);
  return {
    languages: TEMPLATE_LANGUAGES,
    render(input): RenderedEmail {
      const parsed = LetterSchema.safeParse(input.data);
      if (!parsed.success) throw new TemplateError(`${input.template}: ${parsed.error.message}`);
      try {
        return {
          subject: parsed.data.subject.trim(),
          text: text(parsed.data).replace(/\n{3,}/g, '\n\n'),
          html: html(parsed.data),
        };
      } catch (error) {
        throw new TemplateError(`${input.template}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
