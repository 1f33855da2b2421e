import { describe, expect, it } from 'vitest';
import { isConnectionLost } from './connection-lost.js';

describe('isConnectionLost', () => {
  it('recognises an unreachable or closed database, however deep the driver wrapped it', () => {
    expect(isConnectionLost(Object.assign(new Error('x'), { code: 'P1001' }))).toBe(true);
    expect(
      isConnectionLost(
        new Error('wrapped', { cause: Object.assign(new Error('y'), { code: 'ECONNRESET' }) }),
      ),
    ).toBe(true);
    const adapter = { code: 'P2010', meta: { driverAdapterError: { cause: { kind: 'ConnectionClosed' } } } };
    expect(isConnectionLost(adapter)).toBe(true);
    expect(isConnectionLost({ cause: { kind: 'postgres', code: '57P01' } })).toBe(true);
  });

  it('takes a statement the database refused for a problem of the data, not of the connection', () => {
    expect(isConnectionLost({ cause: { kind: 'postgres', code: '22021' } })).toBe(false);
    expect(isConnectionLost(Object.assign(new Error('too many parameters'), { code: 'P2029' }))).toBe(false);
    expect(isConnectionLost(new RangeError('Invalid time value'))).toBe(false);
  });
});
