import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEnv } from './env.js';
import { ConfigError } from './errors.js';
import { imapMailboxes } from './mailbox-credentials.js';
import { loadOrganisations } from './organisations.js';

const seeds = resolve(import.meta.dirname, '../../organisations');

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rightsdesk-orgs-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function problemsOf(run: () => unknown): readonly string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('organisation configuration', () => {
  it('loads the three seed organisations with their addresses, rights and retention', () => {
    const orgs = loadOrganisations(seeds).map((o) => o.organisation);
    expect(orgs.map((o) => o.id)).toEqual(['importly', 'mediaconvert', 'zmapi']);
    const zm = orgs.find((o) => o.id === 'zmapi')!;
    expect(zm.addresses).toEqual(['privacy@zmapi.example', 'dpo@zmapi.example']);
    expect(zm.rights).toContain('withdraw_consent');
    expect(orgs.find((o) => o.id === 'importly')?.minimumAge).toBe(18);
    const usage = orgs
      .find((o) => o.id === 'mediaconvert')
      ?.retention.find((r) => r.data === 'usage records');
    expect(usage).toMatchObject({ period: { years: 7 }, afterErasure: 'kept', ground: 'legal_obligation' });
  });

  it('lists as recipients only those the policy has receive personal data: anonymised data is none (GDPR Recital 26)', () => {
    const mediaconvert = loadOrganisations(seeds)
      .map((o) => o.organisation)
      .find((o) => o.id === 'mediaconvert')!;
    // "Monitoring Services: Performance and security monitoring (anonymized data only)".
    expect(mediaconvert.recipients.map((r) => r.name)).toEqual(['Stripe', 'cloud infrastructure provider']);
  });

  it('gives every retention the policy states: Importly keeps logs and metadata for billing, analytics and security', () => {
    const importly = loadOrganisations(seeds)
      .map((o) => o.organisation)
      .find((o) => o.id === 'importly')!;
    // §3: "Logs and metadata may be retained longer for billing, analytics, and security purposes."
    expect(importly.retention.map((r) => [r.data, r.period, r.afterErasure])).toEqual([
      ['imported media files', { days: 7, upTo: true }, 'erased'],
      ['billing records in logs and metadata', 'as_long_as_needed', 'kept'],
      ['logs and metadata used for analytics', 'as_long_as_needed', 'erased'],
      ['logs and metadata used for security', 'as_long_as_needed', 'erased'],
      ['account information', 'while_account_open', 'erased'],
    ]);
  });

  it('refuses a recipient whose name or role has brackets: a letter writes each as "name (role)"', () => {
    const text = readFileSync(join(seeds, 'importly.yaml'), 'utf8').replace(
      'role: processor\n',
      'role: processor (anonymised data only)\n',
    );
    expect(problemsOf(() => loadOrganisations(folderWith({ 'importly.yaml': text })))).toContainEqual(
      expect.stringMatching(/importly\.yaml: recipients\.1\.role: .*bracket/),
    );
  });

  it('names the file, the field and what was expected for a bad value', () => {
    const text = readFileSync(join(seeds, 'importly.yaml'), 'utf8').replace(
      'minimumAge: 18',
      'minimumAge: "eighteen"',
    );
    const dir = folderWith({ 'importly.yaml': text });
    const [problem] = problemsOf(() => loadOrganisations(dir));
    expect(problem).toContain(join(dir, 'importly.yaml'));
    expect(problem).toMatch(/minimumAge: .*number/);
  });

  it('refuses a time zone that does not exist, naming the file and the field', () => {
    const text = readFileSync(join(seeds, 'importly.yaml'), 'utf8').replace(
      'timezone: UTC',
      'timezone: Europe/Berlinn',
    );
    const dir = folderWith({ 'importly.yaml': text });
    const [problem] = problemsOf(() => loadOrganisations(dir));
    expect(problem).toContain(join(dir, 'importly.yaml'));
    expect(problem).toMatch(/timezone: expected an IANA time zone/);
    const valid = text.replace('timezone: Europe/Berlinn', 'timezone: Pacific/Auckland');
    expect(loadOrganisations(folderWith({ 'importly.yaml': valid }))[0]?.organisation.timezone).toBe(
      'Pacific/Auckland',
    );
  });

  it('refuses retention that says data is kept after an erasure without a legal ground, or kept when never stored', () => {
    const seed = readFileSync(join(seeds, 'mediaconvert.yaml'), 'utf8');
    const noGround = seed.replace(
      '    afterErasure: kept\n    ground: legal_obligation\n',
      '    afterErasure: kept\n',
    );
    const keptMedia = seed.replace(
      '    period: not_stored\n    afterErasure: erased',
      '    period: not_stored\n    afterErasure: kept\n    ground: legal_claims',
    );
    const oldDays = seed.replace('    period: { days: 90, upTo: true }', '    days: 90');
    expect(problemsOf(() => loadOrganisations(folderWith({ 'm.yaml': noGround }))).join('\n')).toMatch(
      /retention\.1\.ground: data kept after an erasure needs its legal ground/,
    );
    expect(problemsOf(() => loadOrganisations(folderWith({ 'm.yaml': keptMedia }))).join('\n')).toMatch(
      /retention\.3\.afterErasure: data that is not stored cannot be kept/,
    );
    expect(problemsOf(() => loadOrganisations(folderWith({ 'm.yaml': oldDays }))).join('\n')).toMatch(
      /retention\.2/,
    );
  });

  it('rejects a secret written into the file instead of an environment variable name', () => {
    const text = readFileSync(join(seeds, 'importly.yaml'), 'utf8').replace(
      'passwordEnv: IMPORTLY_IMAP_PASSWORD',
      'passwordEnv: hunter2',
    );
    const problems = problemsOf(() => loadOrganisations(folderWith({ 'importly.yaml': text })));
    expect(problems.join('\n')).toMatch(
      /mailboxes\.0\.imap\.passwordEnv: expected the NAME of an environment variable/,
    );
  });

  it('reports every broken file at once, and an address owned by two organisations', () => {
    const importly = readFileSync(join(seeds, 'importly.yaml'), 'utf8');
    const copy = importly
      .replace('id: importly', 'id: importly-two')
      .replace('id: importly-privacy', 'id: importly-privacy-2');
    const dir = folderWith({ 'a.yaml': importly, 'b.yaml': copy, 'c.yaml': 'id: [unclosed' });
    const problems = problemsOf(() => loadOrganisations(dir));
    expect(problems.some((p) => p.includes('c.yaml: not valid YAML'))).toBe(true);
    expect(
      problems.some((p) => p.includes('b.yaml: address privacy@importly.example is already used by')),
    ).toBe(true);
  });

  it('refuses to start a mailbox whose credentials are not in the environment, listing each missing variable', () => {
    const problems = problemsOf(() => imapMailboxes(loadOrganisations(seeds), { IMPORTLY_IMAP_USER: 'u' }));
    expect(problems).toContain(
      `${join(seeds, 'importly.yaml')}: mailboxes.0.imap.passwordEnv: environment variable IMPORTLY_IMAP_PASSWORD is not set`,
    );
    expect(problems.filter((p) => p.includes('is not set'))).toHaveLength(7);
  });

  it('neither acknowledges nor announces backlog mail unless the mailbox says so, and names a misspelt setting', () => {
    const seed = readFileSync(join(seeds, 'importly.yaml'), 'utf8');
    const imapOf = (text: string) =>
      loadOrganisations(folderWith({ 'importly.yaml': text }))[0]?.organisation.mailboxes[0]?.imap;
    expect(imapOf(seed)?.backlog).toEqual({ acknowledge: false, announce: false });
    const withBacklog = (block: string) =>
      seed.replace(
        '      passwordEnv: IMPORTLY_IMAP_PASSWORD\n',
        `      passwordEnv: IMPORTLY_IMAP_PASSWORD\n      backlog: ${block}\n`,
      );
    expect(imapOf(withBacklog('{ acknowledge: true }'))?.backlog).toEqual({
      acknowledge: true,
      announce: false,
    });
    const [problem] = problemsOf(() =>
      loadOrganisations(folderWith({ 'importly.yaml': withBacklog('{ acknowlege: true }') })),
    );
    expect(problem).toContain('mailboxes.0.imap.backlog');
    expect(problem).toContain('acknowlege');
  });
});

describe('environment', () => {
  it('has defaults for the embedded setup', () => {
    const env = loadEnv({});
    expect(env.DATABASE_URL).toBe('file:./var/rightsdesk.db');
    expect(env.INTAKE_MAX_MESSAGE_BYTES).toBe(25 * 1024 * 1024);
  });

  it('lists every bad variable', () => {
    const problems = problemsOf(() =>
      loadEnv({ DATABASE_URL: 'mysql://x', INTAKE_POLL_SECONDS: '-1', RIGHTSDESK_SECRET: 'short' }),
    );
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^environment: DATABASE_URL: expected file:PATH/);
  });
});
