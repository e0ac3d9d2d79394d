// Before minting with an admin API key: prove it may also delete keys, so no run mints a key it cannot remove.
import type { TwilioTarget } from '../config.js';
import type { KeyApi, TwilioError } from '../twilio/keys.js';

/** The refusal as an error message that names the missing permission. */
export function deletePermissionError(refusal: TwilioError): string {
  return (
    `The admin API key (api-key) may not delete API keys: Twilio refused a DELETE of a key that cannot exist ` +
    `(${refusal.code !== undefined ? `error ${refusal.code}, ` : ''}HTTP ${refusal.status ?? '?'}). Most likely ` +
    `account-sid, api-key and api-secret do not belong together, or it is a Standard key (Standard keys never can ` +
    `manage API keys), or a restricted key without /twilio/iam/api-keys/delete. Use auth-token, a Main key, or a ` +
    `restricted key holding /twilio/iam/api-keys/create, /twilio/iam/api-keys/list and ` +
    `/twilio/iam/api-keys/delete. No key was minted, so none is left behind.`
  );
}

/**
 * Undefined when the credential may delete keys (an Auth Token or Main key always may), else the error
 * message. Costs one request, and only for API-key credentials.
 */
export async function deletePermissionProblem(
  twilio: TwilioTarget,
  keys: KeyApi,
): Promise<string | undefined> {
  if (twilio.credential.kind !== 'api-key') return undefined;
  const refusal = await keys.probeDelete();
  return refusal ? deletePermissionError(refusal) : undefined;
}
