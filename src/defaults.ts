// The defaults action.yml declares. The runner passes a default as if the user had typed it, so
// "was this input given?" means "differs from its default". test/unit/defaults.test.ts keeps the two equal.
import type { InputName } from './inputs/names.js';

export const INPUT_DEFAULTS: Readonly<Partial<Record<InputName, string>>> = {
  mode: 'ephemeral',
  'key-type': 'restricted',
  'export-env': 'true',
  'skip-key-delete': 'false',
  'secret-prefix': 'TWILIO_',
  'pull-request': 'test',
  'grace-period': '1h',
  'max-age': '24h',
  'rotate-auth-token': 'false',
  'overwrite-secrets': 'false',
  'dry-run': 'false',
  'access-token-ttl': '1h',
  'twilio-region': 'us1',
  'learn-permissions': 'false',
};

export function isGiven(name: InputName, value: string): boolean {
  return value !== '' && value !== INPUT_DEFAULTS[name];
}
