// Reply tokens: 160 random bits in base32, unguessable; only their SHA-256 hash is stored (like API keys).
import { createHash, randomBytes } from 'node:crypto';

const base32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** A new token: 20 random bytes as 32 lower-case base32 characters. */
export function makeReplyToken(): string {
  const bytes = randomBytes(20);
  let bits = 0;
  let value = 0;
  let token = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      token += base32.charAt((value >>> (bits - 5)) & 31);
      bits -= 5;
    }
  }
  return token;
}

/** The stored form of a token: hex SHA-256 of its lower-case text. */
export function hashReplyToken(token: string): string {
  return createHash('sha256').update(token.toLowerCase()).digest('hex');
}
