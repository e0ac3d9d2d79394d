// Sealing a secret for GitHub: libsodium crypto_box_seal with the target's public key.
// GitHub sends the key and expects the ciphertext in standard base64 with padding
// (base64_variants.ORIGINAL); libsodium's default variant is URL-safe, which GitHub rejects.
import type Sodium from 'libsodium-wrappers';

type SodiumApi = typeof Sodium;

let loading: Promise<SodiumApi> | undefined;

/** Loads and initialises libsodium once (its WebAssembly start costs ~50 ms); safe to call early. */
export function loadSodium(): Promise<SodiumApi> {
  loading ??= import('libsodium-wrappers').then(async (m) => {
    const sodium = m.default;
    await sodium.ready;
    return sodium;
  });
  return loading;
}

/** Whether a base64 (ORIGINAL) public key decodes to a 32-byte Curve25519 key. */
export async function isValidPublicKey(publicKeyBase64: string): Promise<boolean> {
  const sodium = await loadSodium();
  try {
    return (
      sodium.from_base64(publicKeyBase64, sodium.base64_variants.ORIGINAL).length ===
      sodium.crypto_box_PUBLICKEYBYTES
    );
  } catch {
    return false;
  }
}

/** Seals `value` for the holder of the private key matching `publicKeyBase64`; returns standard base64. */
export async function sealSecret(publicKeyBase64: string, value: string): Promise<string> {
  const sodium = await loadSodium();
  let key: Uint8Array;
  try {
    key = sodium.from_base64(publicKeyBase64, sodium.base64_variants.ORIGINAL);
  } catch {
    throw new Error('The public key is not valid base64.');
  }
  if (key.length !== sodium.crypto_box_PUBLICKEYBYTES)
    throw new Error(
      `The public key is ${key.length} bytes; a sealed box needs ${sodium.crypto_box_PUBLICKEYBYTES}.`,
    );
  const sealed = sodium.crypto_box_seal(sodium.from_string(value), key);
  return sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL);
}
