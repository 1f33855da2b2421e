// What an operator reads on a fresh clone is true: `.env.example` names every variable the environment
// schema reads (and nothing else but the IMAP credentials the seed organisations name), it passes that
// schema as written, and every file path the README, docs/, the Slack manifest and prisma.config.ts
// name exists.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { envVariableNames, loadEnv } from '../../src/config/env.js';
import { loadOrganisations } from '../../src/config/organisations.js';
import { repoRoot } from '../support/test-app.js';

const example = parseEnv(readFileSync(join(repoRoot, '.env.example'), 'utf8'));
const credentialNames = loadOrganisations(join(repoRoot, 'organisations')).flatMap(({ organisation }) =>
  organisation.mailboxes.flatMap((m) => (m.imap ? [m.imap.userEnv, m.imap.passwordEnv] : [])),
);

describe('.env.example', () => {
  it('names every variable the environment schema reads', () => {
    const missing = envVariableNames.filter((name) => !(name in example));
    expect(missing).toEqual([]);
  });

  it('names nothing else than those and the IMAP credentials the seed organisations name', () => {
    const known = new Set([...envVariableNames, ...credentialNames]);
    expect(Object.keys(example).filter((name) => !known.has(name))).toEqual([]);
  });

  it('is a valid environment as written', () => {
    expect(() => loadEnv(example)).not.toThrow();
  });
});

/** Files whose text names paths in the repository, and the folder each one's relative links start from. */
const documents = [
  'README.md',
  'slack-app-manifest.yml',
  'prisma.config.ts',
  ...readdirSync(join(repoRoot, 'docs')).map((f) => `docs/${f}`),
];
const TOP = 'src|docs|test|templates|organisations|examples|prisma|scripts|bench|bin';
/** A path in backticks, in prose, or as a Markdown link target; never glued to a word or hyphen before it (a URL's `for-organisations/…`). */
const PATH = new RegExp(`(?<![\\w/.@'-])((?:${TOP})/[\\w./-]*\\w)`, 'g');
const LINK = /\]\((?!https?:|#|mailto:)([^)\s#]+)/g;

function pathsNamedIn(document: string): string[] {
  const text = readFileSync(join(repoRoot, document), 'utf8');
  const fromRoot = [...text.matchAll(PATH)].map((m) => m[1]!);
  const links = [...text.matchAll(LINK)].map((m) => join(dirname(document), m[1]!));
  return [...new Set([...fromRoot, ...links])].filter((p) => !p.includes('<'));
}

/** A path exists, or is a test filter (`vitest run test/integration/discord`) that names files in its folder. */
function exists(path: string): boolean {
  const full = join(repoRoot, path);
  if (existsSync(full)) return true;
  const folder = dirname(full);
  return existsSync(folder) && readdirSync(folder).some((f) => f.startsWith(`${basename(full)}-`));
}

describe('paths named in the documentation', () => {
  it.each(documents)('every path %s names exists', (document) => {
    const paths = pathsNamedIn(document);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((p) => !exists(p))).toEqual([]);
  });
});
