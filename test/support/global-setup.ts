// vitest globalSetup: one Dovecot and one PostgreSQL for the whole test run, handed to test files as
// plain coordinates via provide/inject; test files isolate themselves with addUser() and createDatabase().
// Brings 'vitest' into the program so the ProvidedContext augmentation below has a module to extend.
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { type DovecotCoordinates, type DovecotServer, startDovecot } from './dovecot.js';
import { type PostgresCoordinates, type PostgresServer, startPostgres } from './postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dovecot: DovecotCoordinates;
    postgres: PostgresCoordinates;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [dovecot, postgres] = await Promise.allSettled([startDovecot(), startPostgres()]);
  const teardown = async (): Promise<void> => {
    await Promise.all([
      dovecot.status === 'fulfilled' ? dovecot.value.dispose() : undefined,
      postgres.status === 'fulfilled' ? postgres.value.stop() : undefined,
    ]);
  };
  if (dovecot.status === 'rejected' || postgres.status === 'rejected') {
    // Stop whichever one did start, so a failed setup leaves no server behind.
    await teardown();
    throw dovecot.status === 'rejected' ? dovecot.reason : (postgres as PromiseRejectedResult).reason;
  }
  project.provide('dovecot', (dovecot.value satisfies DovecotServer).coordinates);
  project.provide('postgres', (postgres.value satisfies PostgresServer).coordinates);
  return teardown;
}
