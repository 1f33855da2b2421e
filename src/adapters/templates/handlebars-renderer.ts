/**
 * Renders the requester emails from `templates/<language>/<name>.{subject,txt,html}.hbs` with
 * Handlebars: logic-less (a translator's edit cannot run code), HTML-escaping by default in the HTML
 * part, and strict mode, so a template that names a missing variable throws instead of printing
 * nothing. The data is checked against the template's zod schema first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { EmailRenderer, RenderedEmail } from '../../app/notify/ports.js';
import { TEMPLATE_DATA, TEMPLATE_NAMES, type TemplateName } from '../../domain/outbound/template-data.js';

type Compiled = (data: unknown) => string;

interface LanguageTemplates {
  readonly subject: Compiled;
  readonly text: Compiled;
  readonly html: Compiled | null;
}

export class TemplateError extends Error {
  readonly code = 'template_error';
}

/** Loads every language folder that holds the full set of templates; fails on a partial one. */
export function loadTemplates(dir: string): EmailRenderer {
  const engine = Handlebars.create();
  const compile = (file: string, html: boolean): Compiled => {
    const template = engine.compile(readFileSync(file, 'utf8'), { strict: true, noEscape: !html });
    return (data) => template(data);
  };
  const byLanguage = new Map<string, Map<TemplateName, LanguageTemplates>>();
  for (const language of readdirSync(dir)
    .filter((d) => /^[a-z]{2}$/.test(d))
    .sort()) {
    const folder = join(dir, language);
    const missing = TEMPLATE_NAMES.filter(
      (n) => !existsSync(join(folder, `${n}.txt.hbs`)) || !existsSync(join(folder, `${n}.subject.hbs`)),
    );
    if (missing.length > 0) throw new TemplateError(`templates/${language}: missing ${missing.join(', ')}`);
    const set = new Map<TemplateName, LanguageTemplates>();
    for (const name of TEMPLATE_NAMES) {
      const html = join(folder, `${name}.html.hbs`);
      set.set(name, {
        subject: compile(join(folder, `${name}.subject.hbs`), false),
        text: compile(join(folder, `${name}.txt.hbs`), false),
        html: existsSync(html) ? compile(html, true) : null,
      });
    }
    byLanguage.set(language, set);
  }
  return {
    languages: [...byLanguage.keys()],
    render(input, language): RenderedEmail {
      const templates = byLanguage.get(language)?.get(input.template);
      if (!templates) throw new TemplateError(`no template ${input.template} in ${language}`);
      const parsed = TEMPLATE_DATA[input.template].safeParse(input.data);
      if (!parsed.success) throw new TemplateError(`${input.template}: ${parsed.error.message}`);
      try {
        return {
          subject: templates.subject(parsed.data).trim(),
          text: templates.text(parsed.data),
          html: templates.html ? templates.html(parsed.data) : null,
        };
      } catch (error) {
        throw new TemplateError(
          `${language}/${input.template}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
  };
}
