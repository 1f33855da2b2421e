import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../src/adapters/templates/handlebars-renderer.js';
import { templatesDir } from '../../src/compose-requester-mail.js';
import {
  TEMPLATE_LANGUAGES,
  TEMPLATE_NAMES,
  type TemplateData,
  type TemplateInput,
  type TemplateName,
} from '../../src/domain/outbound/template-data.js';

const common = {
  organisationName: 'ZM API',
  ticketReference: 'RD-1042',
  requesterName: 'Jane Doe',
  privacyAddress: 'privacy@zmapi.example',
  policyUrl: 'https://zmapi.example/privacy',
};
const authority = { name: 'Berliner Beauftragte für Datenschutz', url: 'https://www.datenschutz-berlin.de' };
const samples: { [N in TemplateName]: TemplateData<N> } = {
  acknowledgement: {
    ...common,
    requestSubject: 'Delete my account',
    receivedDate: '4 May 2026',
    dueDate: '4 June 2026',
  },
  verification_request: { ...common, code: '1234-5678', expiresAt: '7 May 2026, 10:00' },
  verification_success: common,
  extension_notice: {
    ...common,
    reason: 'The request covers ten years of records.',
    newDeadline: '4 August 2026',
  },
  outcome_fulfilled: { ...common, details: 'Your account was deleted.' },
  outcome_rejected: { ...common, reason: 'We could not confirm your identity.', authority },
  outcome_partial: {
    ...common,
    details: null,
    retained: [{ data: 'usage records', days: 2555, basis: 'billing (7 years)' }],
    authority: null,
  },
  clarification_request: { ...common, question: 'Which account do you mean?' },
  appeal_received: { ...common, appealDueDate: '3 July 2026' },
  appeal_decision: { ...common, upheld: true, reason: 'The records are exempt from deletion.' },
};
const input = <N extends TemplateName>(template: N): TemplateInput =>
  ({ template, data: samples[template] }) as TemplateInput;

describe('email templates', () => {
  const renderer = loadTemplates(templatesDir);

  it('has every template in English, German, French and Spanish', () => {
    expect(renderer.languages).toEqual(expect.arrayContaining([...TEMPLATE_LANGUAGES]));
  });

  for (const language of TEMPLATE_LANGUAGES)
    for (const name of TEMPLATE_NAMES)
      it(`renders ${language}/${name} with every variable it names`, () => {
        const rendered = renderer.render(input(name), language);
        expect(rendered.subject.length).toBeGreaterThan(3);
        expect(rendered.subject).not.toMatch(/[\r\n]/);
        expect(rendered.text).toContain('RD-1042');
        expect(rendered.text).not.toMatch(/undefined|null|\{\{/);
      });

  it('names the supervisory authority when configured, and a generic sentence when not', () => {
    const rejected = renderer.render(input('outcome_rejected'), 'en').text;
    expect(rejected).toContain(authority.name);
    expect(rejected).toMatch(/judicial remedy/);
    const partial = renderer.render(input('outcome_partial'), 'de').text;
    expect(partial).toMatch(/Aufsichtsbehörde zu beschweren, insbesondere in dem Land/);
    expect(partial).toContain('usage records: aufbewahrt für 2555 Tage (billing (7 years))');
  });

  it('fails on a template that names a variable its data lacks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-templates-'));
    cpSync(join(templatesDir, 'en'), join(dir, 'en'), { recursive: true });
    writeFileSync(join(dir, 'en', 'verification_success.txt.hbs'), 'Hello {{requesterNmae}}\n');
    expect(() => loadTemplates(dir).render(input('verification_success'), 'en')).toThrow(/requesterNmae/);
  });

  it('rejects data that does not match the template’s schema', () => {
    const bad = {
      template: 'verification_request',
      data: { ...common, code: '1234-5678' },
    } as unknown as TemplateInput;
    expect(() => renderer.render(bad, 'en')).toThrow(/expiresAt/);
  });
});
