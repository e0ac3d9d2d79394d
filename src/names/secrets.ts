// The names of the GitHub secrets this action writes: `secret-prefix` + one of these suffixes.
// Every mode builds its names here, so the order below is the order they are written in.

/** In write order. API_SECRET after the key SID: see keySecretNames. */
export const SECRET_SUFFIXES = ['ACCOUNT_SID', 'API_KEY', 'API_SECRET', 'AUTH_TOKEN'] as const;

export type SecretSuffix = (typeof SECRET_SUFFIXES)[number];

export function secretName(prefix: string, suffix: SecretSuffix): string {
  return `${prefix}${suffix}`;
}

/**
 * The secrets that carry a key: account SID, key SID, key secret. API_SECRET last: a target whose write
 * stops half way then holds the old SID with the old secret, or the new SID with the old secret, which
 * revoke/rotate can repair; never a new secret under an old SID.
 */
export function keySecretNames(prefix: string): [sid: string, key: string, secret: string] {
  return [secretName(prefix, 'ACCOUNT_SID'), secretName(prefix, 'API_KEY'), secretName(prefix, 'API_SECRET')];
}

/** The secret rotate-auth-token writes the promoted Auth Token to. */
export function authTokenSecretName(prefix: string): string {
  return secretName(prefix, 'AUTH_TOKEN');
}
