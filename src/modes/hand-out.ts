// Hands a minted key to later steps: outputs account-sid, api-key-sid, api-key-secret, credential-type,
// friendly-name, region and edge, and with export-env the TWILIO_* variables. Shared by ephemeral and
// rotate. The secret is masked by the caller as soon as the key is minted.
import type { KeyType, TwilioTarget } from '../config.js';
import { ENV } from '../names/env.js';
import type { Runner } from '../runner.js';
import type { MintedKey } from '../twilio/keys.js';
import { outputLocation } from './location-outputs.js';

export function credentialTypeOf(keyType: KeyType): 'restricted-key' | 'standard-key' {
  return keyType === 'restricted' ? 'restricted-key' : 'standard-key';
}

export function outputKey(
  runner: Runner,
  twilio: TwilioTarget,
  key: MintedKey,
  keyType: KeyType,
  exportEnv: boolean,
): void {
  runner.output('account-sid', twilio.accountSid);
  runner.output('api-key-sid', key.sid);
  runner.output('api-key-secret', key.secret);
  runner.output('credential-type', credentialTypeOf(keyType));
  runner.output('friendly-name', key.friendlyName);
  if (exportEnv) {
    runner.exportVariable(ENV.accountSid, twilio.accountSid);
    runner.exportVariable(ENV.apiKey, key.sid);
    runner.exportVariable(ENV.apiSecret, key.secret);
  }
  outputLocation(runner, twilio.location, exportEnv);
}
