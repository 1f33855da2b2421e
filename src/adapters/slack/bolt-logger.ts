/**
 * Bolt's logger interface over our pino logger. Bolt's debug output can include whole payloads (a
 * modal's note, a command's text), so it is never forwarded; other levels keep Bolt's message text.
 */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../log/logger.js';

export function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: 'slack' });
  const line = (parts: unknown[]) => {
    const error = parts.find((p): p is Error => p instanceof Error);
    const message = parts.map((p) => (p instanceof Error ? p.message : String(p))).join(' ');
    return { error, message };
  };
  return {
    debug: () => undefined,
    info: (...parts: unknown[]) => child.info(line(parts).message),
    warn: (...parts: unknown[]) => child.warn(line(parts).message),
    error: (...parts: unknown[]) => {
      const { error, message } = line(parts);
      child.error({ err: error }, message);
    },
    setLevel: () => undefined,
    getLevel: () => LogLevel.INFO,
    setName: () => undefined,
  };
}
