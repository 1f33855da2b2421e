// Builds a real App (composition root) on a throwaway SQLite file or a fresh PostgreSQL database,
// with the seed organisations, so integration tests exercise the same wiring as production.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type App, compose } from '../../src/composition-root.js';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const corpusDir = resolve(repoRoot, '../shared/corpus/dev');
export const sampleInbox = join(repoRoot, 'examples/inbox');

export interface TestAppOptions {
  /** A database URL; a fresh SQLite file when omitted. */
  readonly databaseUrl?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** The desk's clock; the real one when omitted. */
  readonly deskNow?: () => Date;
}

export async function createTestApp(
  options: TestAppOptions = {},
): Promise<App & { readonly stateDir: string }> {
  const stateDir = mkdtempSync(join(tmpdir(), 'rightsdesk-test-'));
  const app = await compose(
    {
      DATABASE_URL: options.databaseUrl ?? `file:${join(stateDir, 'test.db')}`,
      RIGHTSDESK_ORGANISATIONS_DIR: join(repoRoot, 'organisations'),
      RIGHTSDESK_STATE_DIR: stateDir,
      RIGHTSDESK_SECRET: 'test-secret-0123456789-0123456789-0123456789',
      LOG_LEVEL: 'silent',
      ...options.env,
    },
    options.deskNow ? { deskNow: options.deskNow } : {},
  );
  return Object.assign(app, { stateDir });
}
