import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, type JsonValue } from './canonical-json.js';
import {
  type AuditEvent,
  appendToChain,
  type ChainedAuditEvent,
  canonicalEvent,
  GENESIS_HASH,
  hashEvent,
} from './hash-chain.js';
import { createChainVerifier, verifyChain, verifyChainStream } from './verify-chain.js';

const EVENT: AuditEvent = {
  seq: 1,
  actor: 'U1',
  at: '2026-01-31T10:00:00.000Z',
  type: 'ticket.ingested',
  ticketId: 'RD-1',
  payload: { b: [true, null], a: 1 },
};

function trail(length: number): ChainedAuditEvent[] {
  return appendToChain(
    null,
    Array.from({ length }, (_, i) => ({
      actor: i % 2 === 0 ? 'U-agent' : 'system',
      at: new Date(Date.UTC(2026, 0, 31, 10, i)).toISOString(),
      type: 'ticket.transitioned',
      ticketId: `RD-${1000 + (i % 3)}`,
      payload: { from: 'received', to: 'verified', step: i },
    })),
  );
}

describe('canonical JSON', () => {
  it('gives one form whatever the key order', () => {
    const a: JsonValue = { z: 1, a: { y: [1, 'two'], b: null } };
    const b: JsonValue = { a: { b: null, y: [1, 'two'] }, z: 1 };
    expect(canonicalJson(a)).toBe('{"a":{"b":null,"y":[1,"two"]},"z":1}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
  });

  it('sorts keys by UTF-16 code units and escapes strings as JSON does', () => {
    expect(canonicalJson({ é: 1, Z: 2, a: '"q"\n' })).toBe('{"Z":2,"a":"\\"q\\"\\n","é":1}');
  });

  it('writes numbers as ECMAScript does and refuses what JSON cannot carry', () => {
    expect(canonicalJson([1e21, 0.1, -0])).toBe('[1e+21,0.1,0]');
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
  });
});

describe('hashing an event', () => {
  it('hashes the previous hash, a newline and the canonical event, with a pinned result', () => {
    const canonical =
      '{"actor":"U1","at":"2026-01-31T10:00:00.000Z","payload":{"a":1,"b":[true,null]},"seq":1,"ticketId":"RD-1","type":"ticket.ingested"}';
    expect(canonicalEvent(EVENT)).toBe(canonical);
    const expected = createHash('sha256').update(`${GENESIS_HASH}\n${canonical}`).digest('hex');
    expect(hashEvent(GENESIS_HASH, EVENT)).toBe(expected);
    // Pinned: a change to the serialisation would orphan every stored chain, so it must fail loudly.
    expect(expected).toBe('9efda766b28372b879cd5bd7d746cf8d8f0b3071b507827bfb399a0df5e0a32f');
  });

  it('changes when anything in the event or the previous hash changes', () => {
    const base = hashEvent(GENESIS_HASH, EVENT);
    expect(hashEvent('f'.repeat(64), EVENT)).not.toBe(base);
    expect(hashEvent(GENESIS_HASH, { ...EVENT, actor: 'U2' })).not.toBe(base);
    expect(hashEvent(GENESIS_HASH, { ...EVENT, ticketId: null })).not.toBe(base);
    expect(hashEvent(GENESIS_HASH, { ...EVENT, payload: { a: 1, b: [true, false] } })).not.toBe(base);
  });

  it('numbers appended events after the head and links each to the one before', () => {
    const first = appendToChain(null, [EVENT]);
    const more = appendToChain({ seq: 1, hash: first[0]?.hash ?? '' }, [EVENT, EVENT]);
    expect(more.map((e) => e.seq)).toEqual([2, 3]);
    expect(more[0]?.prevHash).toBe(first[0]?.hash);
    expect(more[1]?.prevHash).toBe(more[0]?.hash);
  });
});

describe('verifying the chain', () => {
  it('accepts an intact chain and returns its head', () => {
    const events = trail(50);
    expect(verifyChain(events)).toEqual({ ok: true, count: 50, head: { seq: 50, hash: events[49]?.hash } });
    expect(verifyChain([])).toEqual({ ok: true, count: 0, head: null });
  });

  it('reports an edited payload at the edited row', () => {
    const events = trail(10);
    events[4] = {
      ...(events[4] as ChainedAuditEvent),
      payload: { from: 'received', to: 'rejected', step: 4 },
    };
    const result = verifyChain(events);
    expect(result).toMatchObject({ ok: false, count: 4, break: { code: 'hash_mismatch', seq: 5, index: 4 } });
  });

  it('reports an edit whose hash was recomputed at the next link', () => {
    const events = trail(10);
    const edited = { ...(events[4] as ChainedAuditEvent), actor: 'U-intruder' };
    events[4] = { ...edited, hash: hashEvent(edited.prevHash, edited) };
    const result = verifyChain(events);
    expect(result).toMatchObject({
      ok: false,
      break: { code: 'prev_hash_mismatch', seq: 6, expected: events[4]?.hash },
    });
  });

  it('reports a deleted row as a gap in seq', () => {
    const events = trail(10);
    events.splice(3, 1);
    expect(verifyChain(events)).toMatchObject({
      ok: false,
      break: { code: 'seq_mismatch', seq: 5, expected: '4', actual: '5' },
    });
  });

  it('reports two swapped rows', () => {
    const events = trail(10);
    const [a, b] = [events[6] as ChainedAuditEvent, events[7] as ChainedAuditEvent];
    events[6] = b;
    events[7] = a;
    expect(verifyChain(events)).toMatchObject({ ok: false, break: { code: 'seq_mismatch', seq: 8 } });
  });

  it('reports a forged first event that does not start from genesis', () => {
    const events = trail(3);
    events[0] = { ...(events[0] as ChainedAuditEvent), prevHash: 'a'.repeat(64) };
    expect(verifyChain(events)).toMatchObject({
      ok: false,
      count: 0,
      break: { code: 'prev_hash_mismatch', seq: 1 },
    });
  });

  it('reports a row that cannot be serialised instead of throwing', () => {
    const events = trail(3);
    events[1] = { ...(events[1] as ChainedAuditEvent), payload: { step: Number.POSITIVE_INFINITY } };
    expect(verifyChain(events)).toMatchObject({ ok: false, break: { code: 'malformed_event', seq: 2 } });
  });

  it('resumes from a trusted head, so a nightly run checks only new rows', () => {
    const events = trail(20);
    const head = { seq: 12, hash: events[11]?.hash ?? '' };
    expect(verifyChain(events.slice(12), head)).toMatchObject({ ok: true, count: 8, head: { seq: 20 } });
    expect(verifyChain(events.slice(13), head)).toMatchObject({
      ok: false,
      break: { code: 'seq_mismatch', seq: 14 },
    });
  });

  it('keeps reporting the first break once broken', () => {
    const events = trail(5);
    events[1] = { ...(events[1] as ChainedAuditEvent), type: 'data.purged' };
    const verifier = createChainVerifier();
    const breaks = events.map((event) => verifier.push(event));
    expect(breaks[0]).toBeNull();
    expect(breaks[4]).toEqual(breaks[1]);
    expect(verifier.result()).toMatchObject({ ok: false, count: 1, break: { seq: 2 } });
  });

  it('streams from an async cursor and stops reading at the first break', async () => {
    const events = trail(100);
    events[30] = { ...(events[30] as ChainedAuditEvent), at: '2026-02-01T00:00:00.000Z' };
    let read = 0;
    async function* cursor() {
      for (const event of events) {
        read += 1;
        yield event;
      }
    }
    const result = await verifyChainStream(cursor());
    expect(result).toMatchObject({ ok: false, count: 30, break: { code: 'hash_mismatch', seq: 31 } });
    expect(read).toBe(31);
  });
});
