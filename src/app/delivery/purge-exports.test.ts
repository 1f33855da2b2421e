import { describe, expect, it } from 'vitest';
import type { ExportStore, StoredExport } from './ports.js';
import { purgeExpiredExports } from './purge-exports.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const now = new Date('2026-06-01T00:00:00Z');

/** Expired exports held in memory, as the database store pages them (lowest id first); some ids fail. */
function storeOf(count: number, failing: ReadonlySet<number>) {
  const kept = new Map<number, StoredExport>();
  for (let id = 1; id <= count; id++)
    kept.set(id, {
      id,
      ticketId: id,
      fileName: 'data.json',
      contentType: 'application/json',
      size: 10,
      sha256: 'x',
      source: 'cli',
      attachedBy: 'alice',
      attachedAt: new Date(0),
      letterMessageId: '<l@x>',
      sentAt: new Date(now.getTime() - 40 * DAY_MS),
    });
  const store: Pick<ExportStore, 'expired' | 'remove'> = {
    expired: async (_org, _cutoff, limit, afterId) =>
      [...kept.values()]
        .filter((e) => e.id > afterId)
        .slice(0, limit)
        .map((e) => ({ ...e, ticketReference: `RD-${e.id}` })),
    remove: async (id) => {
      if (failing.has(id)) throw new Error('one row fails');
      return kept.delete(id);
    },
  };
  return { kept, store: store as ExportStore };
}

describe('purging expired exports', () => {
  it('removes every other export when one removal fails, and says how many failed', async () => {
    const { kept, store } = storeOf(5, new Set([2]));
    const [report] = await purgeExpiredExports(store, [{ id: 'org', keepDays: 30 }], now);
    expect(report).toMatchObject({ exports: 4, failed: 1 });
    expect([...kept.keys()]).toEqual([2]);
  });

  it('goes on past a full page of exports that fail, to those after it', async () => {
    const failing = new Set(Array.from({ length: 200 }, (_, i) => i + 1));
    const { kept, store } = storeOf(450, failing);
    const [report] = await purgeExpiredExports(store, [{ id: 'org', keepDays: 30 }], now);
    expect(report).toMatchObject({ exports: 250, failed: 200 });
    expect([...kept.keys()]).toEqual([...failing]);
  });
});
