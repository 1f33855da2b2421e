import { describe, expect, it } from 'vitest';
import { createReplayGuard, type SeenRequests } from './request-replay.js';

const NOW = 1_800_000_000;

function memorySeen(): SeenRequests & { readonly keys: Map<string, number> } {
  const keys = new Map<string, number>();
  return {
    keys,
    remember(key, expiresAt) {
      if (keys.has(key)) return Promise.resolve(false);
      keys.set(key, expiresAt);
      return Promise.resolve(true);
    },
  };
}

const guardAt = (seen: SeenRequests, seconds = NOW) => createReplayGuard({ seen, now: () => seconds * 1000 });

describe('the replay guard of signed chat requests', () => {
  it('admits a request once, and refuses the same timestamp and signature again', async () => {
    const guard = guardAt(memorySeen());
    expect(await guard.admit('slack', String(NOW), 'v0=abc')).toEqual({ admitted: true });
    expect(await guard.admit('slack', String(NOW), 'v0=abc')).toEqual({ admitted: false, code: 'replayed' });
    expect(await guard.admit('slack', String(NOW), 'v0=abd')).toEqual({ admitted: true });
  });

  it('keeps the chats apart: the same pair from Slack and from Discord are two requests', async () => {
    const guard = guardAt(memorySeen());
    expect((await guard.admit('slack', String(NOW), 'sig')).admitted).toBe(true);
    expect((await guard.admit('discord', String(NOW), 'sig')).admitted).toBe(true);
  });

  it('refuses a timestamp more than five minutes old or ahead, and admits one just inside either edge', async () => {
    const guard = guardAt(memorySeen());
    expect(await guard.admit('slack', String(NOW - 301), 'a')).toEqual({ admitted: false, code: 'too_old' });
    expect(await guard.admit('slack', String(NOW + 301), 'b')).toEqual({
      admitted: false,
      code: 'from_the_future',
    });
    expect((await guard.admit('slack', String(NOW - 300), 'c')).admitted).toBe(true);
    expect((await guard.admit('slack', String(NOW + 300), 'd')).admitted).toBe(true);
  });

  it('refuses a timestamp that is not a number of seconds, before recording anything', async () => {
    const seen = memorySeen();
    const guard = guardAt(seen);
    for (const bad of ['', '1.5', '-1', '1e9', 'now'])
      expect(await guard.admit('discord', bad, 'sig')).toEqual({ admitted: false, code: 'bad_timestamp' });
    expect(seen.keys.size).toBe(0);
  });

  it('records a request until its timestamp leaves the window, under a key of fixed length', async () => {
    const seen = memorySeen();
    await guardAt(seen).admit('discord', String(NOW - 10), 'f'.repeat(128));
    const [key, expiresAt] = [...seen.keys][0] ?? [];
    expect(expiresAt).toBe(NOW - 10 + 300);
    expect(key).toMatch(/^discord:[0-9a-f]{64}$/);
  });
});
