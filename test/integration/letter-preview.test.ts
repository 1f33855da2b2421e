// `rightsdesk letter preview` as staff and lawyers use it: the letter of a seed organisation, under a
// law, in a language, exactly as the outbox would send it; one clear line and exit 2 on a bad choice.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { letterCommand } from '../../src/cli/commands/letter.js';
import { cliEnv, runCli } from '../support/run-cli.js';
import { repoRoot } from '../support/test-app.js';

const env = cliEnv(mkdtempSync(join(tmpdir(), 'rightsdesk-letter-')));
const Preview = z.strictObject({ subject: z.string(), text: z.string(), html: z.string() });

async function preview(args: string[]) {
  const { code, out } = await runCli(letterCommand, ['preview', ...args, '--format', 'json'], env);
  expect(code).toBe(0);
  return Preview.parse(JSON.parse(out));
}

describe('rightsdesk letter preview', () => {
  it('prints MediaConvert’s erasure letter with only the billing records kept, never media files', async () => {
    const letter = await preview([
      '--org',
      'mediaconvert',
      '--jurisdiction',
      'eu-gdpr',
      '--kind',
      'outcome_partial',
      '--language',
      'en',
    ]);
    expect(letter.subject).toBe('Your request has been partly completed');
    expect(letter.text).toContain(
      'usage records: kept for 7 years, to comply with a legal obligation (GDPR Art. 17(3)(b))',
    );
    expect(letter.text).not.toMatch(/media files|account data|2555/);
    expect(letter.html).toContain('<html lang="en">');
  });

  it('prints a Spanish CCPA rejection with the Agency and without any GDPR text', async () => {
    const letter = await preview([
      '--org',
      'importly',
      '--jurisdiction',
      'us-ca',
      '--kind',
      'outcome_rejected',
      '--language',
      'es',
      '--types',
      'erasure',
      '--ground',
      'legal_exemption',
    ]);
    expect(letter.text).toContain('California Privacy Protection Agency');
    expect(letter.text).toContain('11 CCR §7022(f)');
    expect(letter.text).not.toMatch(/RGPD|autoridad de control|77/);
  });

  it('prints ZM API’s Italian access answer with the Art. 15(1) information from its policy, in Italian', async () => {
    const letter = await preview([
      '--org',
      'zmapi',
      '--jurisdiction',
      'eu-gdpr',
      '--kind',
      'outcome_fulfilled',
      '--language',
      'it',
      '--types',
      'access',
    ]);
    expect(letter.text).toContain('GDPR Art. 15(1)');
    // The policy's facts in the file's Italian translations, not in its English.
    expect(letter.text).toContain(
      'autenticare gli utenti, gestire le chiavi API e far rispettare i limiti di richieste',
    );
    expect(letter.text).toContain('Stripe (fornitore di servizi di pagamento)');
    expect(letter.text).toContain('i fornitori di servizi di pagamento (Stripe, PayPal)');
    expect(letter.text).not.toContain('to authenticate users');
    expect(letter.text).toContain('autorità di controllo');
  });

  it('prints a Virginia appeal decision naming the Attorney General', async () => {
    const letter = await preview([
      '--org',
      'importly',
      '--jurisdiction',
      'us-va',
      '--kind',
      'appeal_decision',
      '--language',
      'en',
    ]);
    expect(letter.text).toContain('Office of the Attorney General of Virginia');
    expect(letter.text).toContain('Va. Code §59.1-577(C)');
  });

  it('exits 2 with one clear line on an unknown org, jurisdiction, kind or language', async () => {
    const base = { org: 'importly', jurisdiction: 'eu-gdpr', kind: 'acknowledgement', language: 'en' };
    const argsWith = (field: keyof typeof base, value: string) =>
      Object.entries({ ...base, [field]: value }).flatMap(([k, v]) => [`--${k}`, v]);
    const cases: [keyof typeof base, string, RegExp][] = [
      ['org', 'acme', /^unknown org "acme" \(known: importly, mediaconvert, zmapi\)$/],
      ['jurisdiction', 'mars', /^unknown jurisdiction "mars" \(known: eu-gdpr, /],
      ['kind', 'love_letter', /^unknown kind "love_letter" \(known: acknowledgement, /],
      ['language', 'fi', /^unknown language "fi" \(known: en, de, /],
    ];
    for (const [field, value, message] of cases)
      await expect(runCli(letterCommand, ['preview', ...argsWith(field, value)], env)).rejects.toThrow(
        message,
      );
    // Through the launcher, as an operator sees it: exit 2, one line on stderr, nothing on stdout.
    const result = spawnSync(
      process.execPath,
      [join(repoRoot, 'bin/rightsdesk.mjs'), 'letter', 'preview', ...argsWith('language', 'fi')],
      { env: { ...process.env, ...env }, encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('rightsdesk letter: unknown language "fi"');
    expect(result.stdout).toBe('');
  }, 120_000);

  it('refuses a rejection on a ground the law does not provide, and an opt-out refused as unverified', async () => {
    const rejection = (jurisdiction: string, types: string, ground: string) =>
      runCli(
        letterCommand,
        ['preview', '--org', 'importly', '--jurisdiction', jurisdiction, '--kind', 'outcome_rejected'].concat(
          ['--language', 'en', '--types', types, '--ground', ground],
        ),
        env,
      );
    await expect(rejection('br-lgpd', 'access', 'excessive')).rejects.toThrow(
      /^br-lgpd provides no ground "excessive" \(known under it: identity_not_verified, legal_exemption, /,
    );
    await expect(rejection('us-ca', 'opt_out_sale', 'identity_not_verified')).rejects.toThrow(
      /^an opt-out is never refused as identity_not_verified under us-ca: .*11 CCR §7026\(d\)/,
    );
  });

  it('refuses a letter the law has no place for: no extension under the LGPD', async () => {
    await expect(
      runCli(
        letterCommand,
        [
          'preview',
          '--org',
          'importly',
          '--jurisdiction',
          'br-lgpd',
          '--kind',
          'extension_notice',
          '--language',
          'pt-BR',
        ],
        env,
      ),
    ).rejects.toThrow(/br-lgpd has no extension_notice letter/);
  });
});
