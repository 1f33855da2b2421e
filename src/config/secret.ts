/**
 * The installation secret that signs our outgoing Message-IDs. Operators set RIGHTSDESK_SECRET; the
 * embedded default creates a random one on first start and keeps it in the state folder, so a demo
 * needs no setup and replies keep matching after a restart.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Env } from './env.js';

export function installationSecret(env: Env): string {
  if (env.RIGHTSDESK_SECRET) return env.RIGHTSDESK_SECRET;
  const file = join(env.RIGHTSDESK_STATE_DIR, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(env.RIGHTSDESK_STATE_DIR, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
