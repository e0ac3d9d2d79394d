// Every input action.yml declares, in its order. test/unit/mode-table.test.ts keeps the two equal, so a
// parser cannot read, or a problem name, an input the action does not have.
export const INPUT_NAMES = [
  'account-sid',
  'auth-token',
  'api-key',
  'api-secret',
  'mode',
  'permissions',
  'key-type',
  'friendly-name',
  'export-env',
  'skip-key-delete',
  'learn-permissions',
  'secrets',
  'secret-prefix',
  'github-token',
  'github-api-url',
  'pull-request',
  'test-account-sid',
  'test-auth-token',
  'key-sid',
  'grace-period',
  'max-age',
  'rotate-auth-token',
  'overwrite-secrets',
  'twilio-api-url',
  'twilio-region',
  'twilio-edge',
  'dry-run',
  'access-token-identity',
  'access-token-ttl',
  'access-token-grants',
] as const;

export type InputName = (typeof INPUT_NAMES)[number];

/** How parsers read inputs: the runner's value, trimmed, with action.yml's default when not given. */
export type ReadInput = (name: InputName) => string;

/** Environment variables that tune the action; a problem with one is reported under its name. */
export const TIMEOUT_VARIABLE = 'TWILIO_CREDENTIALS_HTTP_TIMEOUT_MS';
export type EnvVariable = typeof TIMEOUT_VARIABLE;
