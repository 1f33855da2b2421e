import { describe, expect, it } from 'vitest';
import { LOOP_SAFETY_HEADERS, loopSafetyHeaders } from './outgoing-headers.js';

describe('loop-safety headers per letter', () => {
  it('marks every template letter as automatic, but not a message staff wrote themselves', () => {
    expect(loopSafetyHeaders('outcome_rejected')).toEqual(LOOP_SAFETY_HEADERS);
    expect(loopSafetyHeaders('staff_message')).toEqual({ 'X-Auto-Response-Suppress': 'All' });
  });
});
