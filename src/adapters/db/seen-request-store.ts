/**
 * The record of chat requests admitted recently (app/desk/request-replay.ts), in the database so that
 * every process behind a load balancer sees the same record: the primary key decides between two
 * processes handed the same request at once. Expired rows are swept at most once a minute per process.
 */
import type { SeenRequests } from '../../app/desk/request-replay.js';
import { type Db, isUniqueViolation } from './database.js';

const SWEEP_EVERY_SECONDS = 60;

export function createSeenRequestStore(db: Db): SeenRequests {
  let sweptAt = 0;
  return {
    async remember(key, expiresAt, now) {
      if (now - sweptAt >= SWEEP_EVERY_SECONDS) {
        sweptAt = now;
        await db.seenChatRequest.deleteMany({ where: { expiresAt: { lt: now } } });
      }
      try {
        await db.seenChatRequest.create({ data: { key, expiresAt } });
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
  };
}
