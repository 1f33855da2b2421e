import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEmail } from '../../adapters/mime/parse-email.js';
import { cleanBody } from './clean-body.js';

const CORPUS = new URL('../../../../shared/corpus/dev/', import.meta.url);

async function bodyOf(file: string): Promise<string> {
  return cleanBody((await parseEmail(readFileSync(new URL(file, CORPUS)))).text);
}

describe('cleanBody', () => {
  it('drops the quoted earlier message after an "On ... wrote:" line', async () => {
    const body = await bodyOf('d085.eml');
    expect(body).toContain('machine-readable format');
    expect(body).not.toContain('Your data export for request RD-1069');
  });

  it('drops an Outlook "Van: / Verzonden:" header block and what follows (Dutch)', async () => {
    const body = await bodyOf('d133.eml');
    expect(body).toContain('beperkt blijft');
    expect(body).not.toContain('Kunt u aangeven welke verwerking');
  });

  it('drops a German "-----Ursprüngliche Nachricht-----" history', async () => {
    expect(await bodyOf('d126.eml')).not.toContain('vielen Dank für Ihre Nachricht');
  });

  it('cuts the signature after "--" and the disclaimer under it', async () => {
    const body = await bodyOf('d109.eml');
    expect(body).toContain("l'ensemble des données à caractère personnel");
    expect(body).not.toMatch(/confidentiels/);
  });

  it('drops a disclaimer paragraph but keeps a request paragraph that says "confidential" once', async () => {
    expect(await bodyOf('d082.eml')).not.toContain('legally privileged');
    expect(await bodyOf('d048.eml')).toContain('I object to that processing');
  });

  it("keeps a forwarded request, the sender's own earlier words, without its address headers", async () => {
    const body = await bodyOf('d141.eml');
    expect(body).toContain('send me a copy of the personal data');
    expect(body).not.toMatch(/^From:/m);
  });

  it('drops device footers and bulk-mail opt-out footers', async () => {
    expect(await bodyOf('d011.eml')).not.toContain('Sent from my iPhone');
    expect(await bodyOf('d097.eml')).not.toContain('reply REMOVE');
  });

  it('leaves a body with nothing to strip as it was', () => {
    expect(cleanBody('Please delete my account.\r\n\r\nThanks,\r\nAna')).toBe(
      'Please delete my account.\n\nThanks,\nAna',
    );
  });
});
