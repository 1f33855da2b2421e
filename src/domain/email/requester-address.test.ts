import { describe, expect, it } from 'vitest';
import { isRequesterAddress } from './requester-address.js';

describe('isRequesterAddress', () => {
  it("takes a sender as the requester whatever the case of the ticket's stored address", () => {
    expect(isRequesterAddress('jane.roe@example.com', 'Jane.Roe@Example.COM')).toBe(true);
  });
  it('takes no other address, and no missing or empty one, as the requester', () => {
    expect(isRequesterAddress('jane.roe@example.org', 'jane.roe@example.com')).toBe(false);
    expect(isRequesterAddress(undefined, 'jane.roe@example.com')).toBe(false);
    expect(isRequesterAddress('', '')).toBe(false);
  });
});
