import { describe, expect, it } from 'vitest';
import { batchBySize, newUids, planCatchUp } from './catch-up-plan.js';

describe('catch-up plan', () => {
  it('starts after the stored last UID', () => {
    expect(planCatchUp({ uidValidity: '7', lastUid: 41n }, { uidValidity: '7' })).toEqual({
      fromUid: 42n,
      rescan: false,
      uidValidity: '7',
    });
  });

  it('a UIDVALIDITY change rescans from UID 1', () => {
    expect(planCatchUp({ uidValidity: '7', lastUid: 41n }, { uidValidity: '8' })).toEqual({
      fromUid: 1n,
      rescan: true,
      uidValidity: '8',
    });
  });

  it('a first pass (no stored UIDVALIDITY) is not a rescan', () => {
    expect(planCatchUp({ uidValidity: null, lastUid: 0n }, { uidValidity: '9' })).toEqual({
      fromUid: 1n,
      rescan: false,
      uidValidity: '9',
    });
  });

  it('drops the last message that N:* returns even when N is past it', () => {
    expect(newUids([{ uid: 41 }], 42n)).toEqual([]);
    expect(newUids([{ uid: 44 }, { uid: 42 }, { uid: 41 }], 42n).map((m) => m.uid)).toEqual([42, 44]);
  });

  it('cuts batches by count and by bytes, a big message alone', () => {
    const sizes = [10, 10, 10, 100, 10];
    const batches = batchBySize(
      sizes.map((size, i) => ({ uid: i + 1, size })),
      2,
      50,
    );
    expect(batches.map((b) => b.map((m) => m.uid))).toEqual([[1, 2], [3], [4], [5]]);
  });
});
