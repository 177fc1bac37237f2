import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';

describe('password hashing', () => {
  it('when a password is hashed, then only that password verifies, and two hashes of it differ (salted)', async () => {
    const [first, second] = await Promise.all([hashPassword('correct horse'), hashPassword('correct horse')]);

    expect(first).toMatch(/^scrypt\$16384\$8\$5\$[\w+/=]+\$[\w+/=]+$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword('correct horse', first)).toBe(true);
    expect(await verifyPassword('correct horsf', first)).toBe(false);
  });

  it('when the same password is typed in another Unicode form, then it still verifies (NFKC)', async () => {
    const stored = await hashPassword('Cafe\u0301');

    expect(await verifyPassword('Café', stored)).toBe(true);
  });

  it('when the stored value is not one of ours, then verification fails instead of throwing', async () => {
    expect(await verifyPassword('x', 'bcrypt$whatever')).toBe(false);
    expect(await verifyPassword('x', '')).toBe(false);
  });
});
