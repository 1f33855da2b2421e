/**
 * Lays out a composed letter (src/domain/outbound/letters) as the text and HTML parts of an email with
 * Handlebars, from `templates/letter.{txt,html}.hbs`: logic-less (an edit to the layout cannot run
 * code), HTML-escaping by default in the HTML part, and strict mode, so a layout that names a missing
 * field throws instead of printing nothing. The letter is checked against its zod schema first.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type HandlebarsModule from 'handlebars';
import type { EmailRenderer, RenderedEmail } from '../../app/notify/ports.js';
import { LetterSchema, TEMPLATE_LANGUAGES } from '../../domain/outbound/template-data.js';

export class TemplateError extends Error {
  readonly code = 'template_error';
}

/** Loads the letter layout from `dir`; fails at start-up when a part is missing. */
export function loadTemplates(dir: string): EmailRenderer {
  const sources = {
    text: readFileSync(join(dir, 'letter.txt.hbs'), 'utf8'),
    html: readFileSync(join(dir, 'letter.html.hbs'), 'utf8'),
  };
  // Handlebars is loaded by the first letter laid out: an intake process leaves acknowledgements to the
  // sender (issue 17), so a process that only ingests never loads it.
  let layouts: { text: HandlebarsTemplateDelegate; html: HandlebarsTemplateDelegate } | null = null;
  const load = () => {
    if (!layouts) {
      const engine = (createRequire(import.meta.url)('handlebars') as typeof HandlebarsModule).create();
      layouts = {
        text: engine.compile(sources.text, { strict: true, noEscape: true }),
        html: engine.compile(sources.html, { strict: true, noEscape: false }),
      };
    }
    return layouts;
  };
  return {
    languages: TEMPLATE_LANGUAGES,
    render(input): RenderedEmail {
      const parsed = LetterSchema.safeParse(input.data);
      if (!parsed.success) throw new TemplateError(`${input.template}: ${parsed.error.message}`);
      const { text, html } = load();
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
