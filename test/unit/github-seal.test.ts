import sodium from 'libsodium-wrappers';
import { beforeAll, describe, expect, it } from 'vitest';
import { isValidPublicKey, sealSecret } from '../../src/github/seal.js';

const STANDARD_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{4})$/;

beforeAll(async () => {
  await sodium.ready;
});

function keyPair(): { publicKey: Uint8Array; privateKey: Uint8Array; b64: string } {
  const kp = sodium.crypto_box_keypair();
  return { ...kp, b64: sodium.to_base64(kp.publicKey, sodium.base64_variants.ORIGINAL) };
}

function open(sealed: string, kp: { publicKey: Uint8Array; privateKey: Uint8Array }): string {
  const bytes = sodium.from_base64(sealed, sodium.base64_variants.ORIGINAL);
  return sodium.to_string(sodium.crypto_box_seal_open(bytes, kp.publicKey, kp.privateKey));
}

describe('sealSecret', () => {
  it('seals so that the key pair opens exactly the value', async () => {
    const kp = keyPair();
    for (const value of [
      'AC0123456789abcdef0123456789abcdef',
      'x',
      'ünï/cødé+=\n"quoted"',
      'a'.repeat(5000),
    ]) {
      expect(open(await sealSecret(kp.b64, value), kp)).toBe(value);
    }
  });

  it('an empty value seals too (48 bytes of overhead)', async () => {
    const kp = keyPair();
    const sealed = await sealSecret(kp.b64, '');
    expect(Buffer.from(sealed, 'base64')).toHaveLength(sodium.crypto_box_SEALBYTES);
    expect(open(sealed, kp)).toBe('');
  });

  it('always emits standard base64 with padding, never the URL-safe variant', async () => {
    const kp = keyPair();
    // Enough samples that '+', '/' and padding all occur (lengths 1..3 cover every padding case).
    const outputs = await Promise.all(
      Array.from({ length: 60 }, (_, i) => sealSecret(kp.b64, 'v'.repeat((i % 3) + 1))),
    );
    for (const out of outputs) {
      expect(out).toMatch(STANDARD_BASE64);
      expect(out).not.toMatch(/[-_]/);
    }
    expect(outputs.some((o) => o.endsWith('='))).toBe(true);
    expect(outputs.join('')).toMatch(/[+/]/);
    // GitHub's OpenAPI pattern for encrypted_value is exactly STANDARD_BASE64.
  });

  it('is randomised (sealed boxes use an ephemeral key)', async () => {
    const kp = keyPair();
    expect(await sealSecret(kp.b64, 'same')).not.toBe(await sealSecret(kp.b64, 'same'));
  });

  it('decodes the public key as standard base64 (a URL-safe key is refused, a key of the wrong length too)', async () => {
    const kp = keyPair();
    const urlSafe = sodium.to_base64(kp.publicKey, sodium.base64_variants.URLSAFE_NO_PADDING);
    if (/[-_]/.test(urlSafe)) await expect(sealSecret(urlSafe, 'v')).rejects.toThrow(/base64|bytes/);
    await expect(sealSecret('not base64!', 'v')).rejects.toThrow(/not valid base64/);
    await expect(sealSecret(Buffer.alloc(16).toString('base64'), 'v')).rejects.toThrow(
      /16 bytes; a sealed box needs 32/,
    );
    expect(await isValidPublicKey(kp.b64)).toBe(true);
    expect(await isValidPublicKey(Buffer.alloc(31).toString('base64'))).toBe(false);
    expect(await isValidPublicKey('%%%')).toBe(false);
  });

  it('does not put the value in its errors', async () => {
    await expect(sealSecret('AAAA', 'hunter2-value')).rejects.toSatisfy(
      (e: Error) => !e.message.includes('hunter2'),
    );
  });
});
