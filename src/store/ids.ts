// Time-ordered, sortable ids (ULID layout): 48 bits of milliseconds then 80 random bits, Crockford base32.
import { randomFillSync } from 'node:crypto';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const maxTime = 2 ** 48 - 1;

// One call into the CSPRNG fills random bytes for 256 ids: a call per id (several per escalation) cost about
// a twentieth of the server's CPU under load.
const pool = Buffer.alloc(16 * 256);
let used = pool.length;

function randomTail(): Buffer {
  if (used === pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  used += 16;
  return pool.subarray(used - 16, used);
}

/**
 * A new 26-character id whose first 10 characters encode `now` (epoch milliseconds), so ids sort
 * by creation time across processes; within one millisecond the order is random.
 */
export function newId(now: number): string {
  if (!Number.isSafeInteger(now) || now < 0 || now > maxTime) {
    throw new RangeError(`newId: time must be an integer in [0, 2^48), got ${now}`);
  }
  let time = '';
  for (let rest = now, i = 0; i < 10; i += 1) {
    time = alphabet.charAt(rest % 32) + time;
    rest = Math.floor(rest / 32);
  }
  let tail = '';
  // 256 is a multiple of 32, so masking a random byte to 5 bits stays uniform.
  for (const byte of randomTail()) {
    tail += alphabet.charAt(byte & 31);
  }
  return time + tail;
}

/** The creation time (epoch milliseconds) encoded in an id made by {@link newId}. */
export function timeOfId(id: string): number {
  let time = 0;
  for (const char of id.slice(0, 10)) {
    const digit = alphabet.indexOf(char);
    if (digit < 0) {
      throw new RangeError(`timeOfId: not an id: ${id}`);
    }
    time = time * 32 + digit;
  }
  return time;
}
