/** Writes a secret the way a user does in Settings: sealed with the scope's public key, then PUT. */
import sodium from 'libsodium-wrappers';
import type { GitHubEmulator, ScopeRef } from './types.js';

/** The REST path of a secret in `scope`. */
export function secretPath(scope: ScopeRef, name: string): string {
  if ('organization' in scope) return `/orgs/${scope.organization}/actions/secrets/${name}`;
  if ('environment' in scope)
    return `/repos/${scope.repository}/environments/${encodeURIComponent(scope.environment)}/secrets/${name}`;
  return `/repos/${scope.repository}/actions/secrets/${name}`;
}

/** PUTs `value` sealed for `scope` with `token`; `body` adds fields (an organization wants `visibility`). */
export async function putSecret(
  github: GitHubEmulator,
  token: string,
  scope: ScopeRef,
  name: string,
  value: string,
  body: Record<string, unknown> = {},
): Promise<Response> {
  await sodium.ready;
  const { keyId, key } = github.publicKey(scope);
  const sealed = sodium.to_base64(
    sodium.crypto_box_seal(value, sodium.from_base64(key, sodium.base64_variants.ORIGINAL)),
    sodium.base64_variants.ORIGINAL,
  );
  return fetch(github.url + secretPath(scope, name), {
    method: 'PUT',
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ encrypted_value: sealed, key_id: keyId, ...body }),
  });
}
