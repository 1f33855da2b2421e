import { describe, expect, it } from 'vitest';
import { createPasswordSeal } from './sealed-password.js';

describe('the sealed archive password', () => {
  const seal = createPasswordSeal('test-secret-0123456789-0123456789-0123456789');

  it('opens with the same secret, and its sealed form does not contain the password', () => {
    const sealed = seal.seal('Abc7DefGhJkmnPqrStuv');
    expect(sealed).not.toContain('Abc7DefGhJkmnPqrStuv');
    expect(Buffer.from(sealed, 'base64').toString('latin1')).not.toContain('Abc7DefGhJkmnPqrStuv');
    expect(seal.unseal(sealed)).toBe('Abc7DefGhJkmnPqrStuv');
  });

  it('does not open with another secret, nor once altered', () => {
    const sealed = seal.seal('Abc7DefGhJkmnPqrStuv');
    expect(createPasswordSeal('another-secret-0123456789-0123456789-01').unseal(sealed)).toBeNull();
    const bytes = Buffer.from(sealed, 'base64');
    bytes[bytes.length - 1]! ^= 1;
    expect(seal.unseal(bytes.toString('base64'))).toBeNull();
  });
});
