// Every output the action sets. action.yml declares the same keys under `outputs:` (test/unit/names.test.ts
// checks both directions), and Runner.output() takes only these, so a typo fails `npm run typecheck`.
export const OUTPUTS = [
  'account-sid',
  'api-key-sid',
  'api-key-secret',
  'credential-type',
  'friendly-name',
  'secrets-written',
  'deleted-keys',
  'access-token',
  'region',
  'edge',
  // Twilio's magic numbers for test credentials (src/modes/test.ts).
  'test-from-number',
  'test-invalid-number',
  'test-unreachable-number',
  'test-blocked-number',
  'test-blacklisted-number',
  'test-incapable-number',
] as const;

export type OutputName = (typeof OUTPUTS)[number];
