/**
 * Seals an archive password for the short wait in the outbox (issue 15): AES-256-GCM under a key derived
 * from the installation secret (HKDF-SHA256), so a copy of the database alone does not open the archive.
 * The sealed form is dropped once the password email has left.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

export interface PasswordSeal {
  seal(password: string): string;
  /** null when the sealed text was not made with this secret, or was altered. */
  unseal(sealed: string): string | null;
}

export function createPasswordSeal(secret: string): PasswordSeal {
  const key = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'rightsdesk archive password', 32));
  return {
    seal(password) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(password, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    unseal(sealed) {
      try {
        const bytes = Buffer.from(sealed, 'base64');
        const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
        decipher.setAuthTag(bytes.subarray(12, 28));
        return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
      } catch {
        return null;
      }
    },
  };
}
