import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Encryption at rest of sensitive items (citizen ID numbers, phone numbers): AES-256-GCM, so a tampered value
 * fails to decrypt instead of decrypting to garbage; a keyed hash (HMAC-SHA-256 with a second key) finds rows by
 * exact value without decrypting. Layout of a sealed value: version (1 byte) | IV (12) | tag (16) | ciphertext.
 */
export interface FieldKeys {
  encryptionKey: Buffer;
  hashKey: Buffer;
}

const VERSION = 1;

export class FieldCrypto {
  constructor(private readonly keys: FieldKeys) {
    if (keys.encryptionKey.length !== 32) throw new Error('The field encryption key must be 32 bytes.');
    if (keys.hashKey.length < 32) throw new Error('The field hash key must be at least 32 bytes.');
  }

  seal(plaintext: string): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
  }

  open(sealed: Buffer): string {
    if (sealed.length < 29 || sealed[0] !== VERSION) throw new Error('Unknown sealed value format.');
    const decipher = createDecipheriv('aes-256-gcm', this.keys.encryptionKey, sealed.subarray(1, 13));
    decipher.setAuthTag(sealed.subarray(13, 29));
    return Buffer.concat([decipher.update(sealed.subarray(29)), decipher.final()]).toString('utf8');
  }

  /** Keyed hash for exact-value lookups; inputs are normalized by the caller (upper-cased ID, digits-only phone). */
  digest(value: string): Buffer {
    return createHmac('sha256', this.keys.hashKey).update(value, 'utf8').digest();
  }
}

export function randomFieldKeys(): FieldKeys {
  return { encryptionKey: randomBytes(32), hashKey: randomBytes(32) };
}
