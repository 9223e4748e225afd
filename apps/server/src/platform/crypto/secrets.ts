import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Encryption of personal data at rest (个人信息保护法 Art. 51; GB/T 22239-2019 §8.1.4.8):
 * AES-256-GCM with a random IV per value, and an HMAC-SHA-256 to find equal values without
 * decrypting. The key is YIFA_SECRET_KEY (base64, 32 bytes) or, by default, a file in the data
 * folder created on first start — back it up with the data (npm run backup includes it).
 */
export interface Secrets {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  /** Stable keyed hash for lookups and uniqueness. */
  fingerprint(plain: string): string;
}

const VERSION = 'v1';

export function createSecrets(key: Buffer): Secrets {
  if (key.length !== 32) throw new Error('加密密钥必须为 32 字节');
  const encKey = crypto.createHmac('sha256', key).update('yifa-encryption').digest();
  const macKey = crypto.createHmac('sha256', key).update('yifa-fingerprint').digest();
  return {
    encrypt(plain) {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
    },
    decrypt(sealed) {
      const [version, data] = sealed.split(':');
      if (version !== VERSION || !data) throw new Error('无法识别的加密数据');
      const raw = Buffer.from(data, 'base64');
      const decipher = crypto.createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    fingerprint(plain) {
      return crypto.createHmac('sha256', macKey).update(plain).digest('hex');
    },
  };
}

/** The key from YIFA_SECRET_KEY (config.secretKey) when set, else the data folder's key file (made on first start). */
export function loadSecretKey(dataDir: string, keyFromConfig: string | null = null): Buffer {
  if (keyFromConfig) return Buffer.from(keyFromConfig, 'base64');
  const file = path.join(dataDir, 'secret.key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  }
  return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
}
