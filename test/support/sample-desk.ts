// The sample inbox ingested into a fresh app on one engine, and RD-1001 worked through the console desk
// to fulfilled (verified, approved, every data system's task done), as operators' CLI suites need it.
import { expect } from 'vitest';
import { listEmlFiles, readEml } from '../../src/adapters/folder/read-folder.js';
import { ingestFiles } from '../../src/app/intake/ingest-files.js';
import { consoleCommand } from '../../src/cli/commands/console.js';
import type { App } from '../../src/composition-root.js';
import { cliEnv, runCli } from './run-cli.js';
import { createTestApp, sampleInbox } from './test-app.js';

export async function sampleWithFulfilledTicket(
  databaseUrl: () => Promise<string | undefined>,
): Promise<{ app: App & { stateDir: string }; env: Record<string, string> }> {
  const url = await databaseUrl();
  const app = await createTestApp(url ? { databaseUrl: url } : {});
  const env = cliEnv(app.stateDir, url);
  await ingestFiles(
    { files: listEmlFiles([sampleInbox]), read: readEml, route: app.routeByRecipient, batchSize: 40 },
    app.intake,
  );
  const desk = (role: string, text: string) =>
    runCli(consoleCommand, ['--as', 'alice', '--role', role, text], env);
  await desk('agent', 'verify RD-1001 confirm account_email_match sender is the account holder');
  await desk('approver', 'approve RD-1001');
  // Importly's data systems each hold part of an access answer: fulfil waits for all three.
  for (const system of ['accounts', 'media', 'logs']) await desk('agent', `task RD-1001 ${system} done`);
  expect((await desk('agent', 'fulfil RD-1001')).out).toContain('RD-1001 fulfilled');
  return { app, env };
}
