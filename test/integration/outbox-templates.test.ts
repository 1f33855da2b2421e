import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../src/adapters/templates/handlebars-renderer.js';
import { templatesDir } from '../../src/compose-requester-mail.js';
import { JURISDICTION_IDS } from '../../src/domain/deadlines/jurisdiction-rule.js';
import { jurisdictionRule } from '../../src/domain/deadlines/jurisdictions.js';
import { composeLetter } from '../../src/domain/outbound/letters/compose-letter.js';
import type { Letter } from '../../src/domain/outbound/letters/letter.js';
import type { LetterFacts, LetterRequest } from '../../src/domain/outbound/letters/letter-facts.js';
import { TEMPLATE_LANGUAGES, type TemplateInput } from '../../src/domain/outbound/template-data.js';

const facts: LetterFacts = {
  organisationName: 'ZM API',
  ticketReference: 'RD-1042',
  requesterName: 'Jane <b>Doe</b>',
  privacyAddress: 'privacy@zmapi.example',
  policyUrl: 'https://zmapi.example/privacy',
  jurisdiction: 'eu-gdpr',
  types: ['access', 'erasure'],
  authority: { name: 'Berliner Beauftragte für Datenschutz', url: 'https://www.datenschutz-berlin.de' },
  rights: ['access', 'erasure'],
  retention: [
    {
      data: 'billing records',
      period: { unit: 'years', amount: 7 },
      afterErasure: { kept: true, ground: 'legal_obligation' },
    },
  ],
  access: null,
  texts: { language: 'en', translations: null },
  composedOn: '2026-05-04',
};

const requests: readonly LetterRequest[] = [
  { kind: 'acknowledgement', receivedDate: '4 May 2026', dueDate: '4 June 2026' },
  { kind: 'verification_request', code: '1234-5678', expiresAt: '7 May 2026, 10:00' },
  { kind: 'verification_success' },
  { kind: 'clarification_request', question: 'Which account do you mean?', stopsClock: true },
  { kind: 'extension_notice', reason: 'Ten years of records.', newDeadline: '4 August 2026' },
  { kind: 'outcome_fulfilled', details: null, systems: [] },
  { kind: 'outcome_partial', details: null, systems: [] },
  { kind: 'outcome_rejected', reason: 'A legal exemption applies.', ground: 'legal_exemption' },
  { kind: 'appeal_received', appealDueDate: '3 July 2026' },
  { kind: 'appeal_decision', upheld: true, reason: 'The exemption still applies.' },
];

const letter = (
  request: LetterRequest,
  jurisdiction = facts.jurisdiction,
  language = 'en' as const,
): Letter => {
  const result = composeLetter(request, { ...facts, jurisdiction }, language);
  if (!result.ok) throw new Error(result.code);
  return result.letter;
};

describe('email layout', () => {
  const renderer = loadTemplates(templatesDir);

  it('offers letters in every language the classifier reads, and Brazilian Portuguese', () => {
    expect(renderer.languages).toEqual(
      expect.arrayContaining(['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pt-BR', 'pl', 'sv', 'da']),
    );
  });

  it('lays out every letter of every law in every language as text and HTML', () => {
    let rendered = 0;
    for (const jurisdiction of JURISDICTION_IDS)
      for (const language of TEMPLATE_LANGUAGES)
        for (const request of requests) {
          const result = composeLetter(request, { ...facts, jurisdiction }, language);
          if (!result.ok) continue;
          const email = renderer.render({ template: request.kind, data: result.letter });
          expect(email.subject).not.toMatch(/[\r\n]/);
          expect(email.text).toContain('RD-1042');
          expect(email.text).not.toMatch(/undefined|\{\{|\n\n\n/);
          expect(email.html).toContain(`<html lang="${language}">`);
          rendered += 1;
        }
    // Every law x 11 languages x 10 kinds, less the extension notice of a law with no extension and the two
    // appeal letters of a law with no appeal stage.
    const rules = JURISDICTION_IDS.map((id) => jurisdictionRule(id));
    const withoutExtension = rules.filter((rule) => rule.extension === null).length;
    const withoutAppeal = rules.filter((rule) => rule.appeal === null).length;
    expect(withoutExtension).toBeGreaterThan(0);
    expect(withoutAppeal).toBeGreaterThan(0);
    expect(rendered).toBe(
      TEMPLATE_LANGUAGES.length * (rules.length * 10 - withoutExtension - 2 * withoutAppeal),
    );
  });

  it('escapes the HTML part and sets the verification code apart', () => {
    const rejected = renderer.render({ template: 'outcome_rejected', data: letter(requests[7]!) });
    expect(rejected.html).toContain('Jane &lt;b&gt;Doe&lt;/b&gt;');
    expect(rejected.html).not.toContain('<b>Doe');
    expect(rejected.text).toContain('Berliner Beauftragte für Datenschutz');
    const code = renderer.render({ template: 'verification_request', data: letter(requests[1]!) });
    expect(code.text).toContain('\n    1234-5678\n');
    expect(code.html).toContain('<code>1234-5678</code>');
    const partial = renderer.render({ template: 'outcome_partial', data: letter(requests[6]!) });
    expect(partial.html).toMatch(/<li>billing records: kept for 7 years/);
  });

  it('fails on a layout that names a field the letter lacks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-templates-'));
    cpSync(templatesDir, dir, { recursive: true });
    writeFileSync(join(dir, 'letter.txt.hbs'), 'Hello {{greting}}\n');
    expect(() =>
      loadTemplates(dir).render({ template: 'verification_success', data: letter(requests[2]!) }),
    ).toThrow(/greting/);
  });

  it('rejects a letter that does not match its schema', () => {
    const bad = {
      template: 'verification_request',
      data: { ...letter(requests[1]!), subject: 'a\r\nBcc: x' },
    } as TemplateInput;
    expect(() => renderer.render(bad)).toThrow(/one line/);
  });
});
