/** SIDs, secrets and tokens, from node:crypto. */
import { randomBytes } from 'node:crypto';

/** `prefix` + 32 lowercase hex digits, e.g. SK0123... */
export function newSid(prefix: string): string {
  return prefix + randomBytes(16).toString('hex');
}

/** 32 lowercase hex digits (the shape of a Twilio Auth Token). */
export function newAuthToken(): string {
  return randomBytes(16).toString('hex');
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `length` alphanumerics (the shape of an API key secret), without modulo bias. */
export function newSecret(length = 32): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      // 248 = 4 * 62: bytes at or above it would favour the first characters.
      if (byte < 248 && out.length < length) out += ALPHANUMERIC[byte % 62];
    }
  }
  return out;
}

export function newRequestId(): string {
  return newSid('RQ');
}
