// Every bad input the action must refuse before any request, with a message naming the input.
// Used by the unit test (parseInputs), the integration test (bundled main, zero requests) and the
// README's troubleshooting table (scripts/docs.ts writes it; test/unit/docs.test.ts keeps it current).
export const SID = 'AC' + 'a'.repeat(32);
export const TOKEN = 'b'.repeat(32);
export const KEY = 'SK' + 'c'.repeat(32);

export interface BadInputCase {
  readonly title: string;
  readonly inputs: Record<string, string>;
  readonly env?: Record<string, string>;
  /** The input the error must name. */
  readonly names: string;
  /** A phrase of the fix the message must contain. */
  readonly says: RegExp;
}

/** Valid ephemeral inputs; each case overrides some of them. */
export const VALID: Record<string, string> = {
  'account-sid': SID,
  'auth-token': TOKEN,
  permissions: 'messaging',
};

const many = Array.from({ length: 101 }, (_, i) => `/twilio/messaging/resource${i}/read`).join(',');

/** A `secrets` value the action refuses even with a github-token to write it. */
function badSecrets(title: string, secrets: string, says: RegExp): BadInputCase {
  return { title, inputs: { secrets, 'github-token': 'ghp_x' }, names: 'secrets', says };
}

export const BAD_INPUTS: readonly BadInputCase[] = [
  { title: 'account-sid missing', inputs: { 'account-sid': '' }, names: 'account-sid', says: /required/ },
  {
    title: 'account-sid too short',
    inputs: { 'account-sid': 'AC123' },
    names: 'account-sid',
    says: /'AC' followed by 32 hex/,
  },
  {
    title: 'a key SID given as account-sid',
    inputs: { 'account-sid': KEY },
    names: 'account-sid',
    says: /'AC' followed by 32 hex/,
  },
  {
    title: 'no admin credential',
    inputs: { 'auth-token': '' },
    names: 'auth-token',
    says: /admin credential is required/,
  },
  {
    title: 'both credentials',
    inputs: { 'api-key': KEY, 'api-secret': TOKEN },
    names: 'auth-token',
    says: /not both/,
  },
  {
    title: 'auth-token malformed',
    inputs: { 'auth-token': 'short' },
    names: 'auth-token',
    says: /32 letters or digits/,
  },
  {
    title: 'api-key without api-secret',
    inputs: { 'auth-token': '', 'api-key': KEY },
    names: 'api-secret',
    says: /required with 'api-key'/,
  },
  {
    title: 'api-secret without api-key',
    inputs: { 'auth-token': '', 'api-secret': TOKEN },
    names: 'api-key',
    says: /required with 'api-secret'/,
  },
  {
    title: 'api-key malformed',
    inputs: { 'auth-token': '', 'api-key': 'SK12', 'api-secret': TOKEN },
    names: 'api-key',
    says: /'SK' followed by 32 hex/,
  },
  {
    title: 'api-secret malformed',
    inputs: { 'auth-token': '', 'api-key': KEY, 'api-secret': 'x'.repeat(31) },
    names: 'api-secret',
    says: /32 letters or digits/,
  },
  { title: 'unknown mode', inputs: { mode: 'rotation' }, names: 'mode', says: /one of 'ephemeral'/ },
  {
    title: 'unknown key-type',
    inputs: { 'key-type': 'main' },
    names: 'key-type',
    says: /'restricted', 'standard'/,
  },
  {
    title: 'restricted key without permissions',
    inputs: { permissions: '' },
    names: 'permissions',
    says: /required for a restricted key/,
  },
  {
    title: 'standard key with permissions',
    inputs: { 'key-type': 'standard' },
    names: 'permissions',
    says: /standard keys carry no permissions/,
  },
  {
    title: 'permission missing its action',
    inputs: { permissions: '/twilio/messaging/messages' },
    names: 'permissions',
    says: /\/twilio\/<product>\/<resource>\/<action>/,
  },
  {
    title: 'legacy URL-path permission',
    inputs: { permissions: '/2010-04-01/Accounts/{AccountSid}/Messages.json' },
    names: 'permissions',
    says: /\/twilio\/messaging\/messages/,
  },
  { title: 'unknown preset', inputs: { permissions: 'sms' }, names: 'permissions', says: /messaging/ },
  { title: 'more than 100 permissions', inputs: { permissions: many }, names: 'permissions', says: /100/ },
  {
    title: 'uppercase permission',
    inputs: { permissions: '/twilio/Messaging/messages/create' },
    names: 'permissions',
    says: /\/twilio\/<product>/,
  },
  {
    title: 'friendly-name too long for the tag',
    inputs: { 'friendly-name': 'n'.repeat(60) },
    names: 'friendly-name',
    says: /Shorten it/,
  },
  {
    title: 'export-env not a boolean',
    inputs: { 'export-env': 'yes' },
    names: 'export-env',
    says: /'true' or 'false'/,
  },
  {
    title: 'skip-key-delete not a boolean',
    inputs: { 'skip-key-delete': 'maybe' },
    names: 'skip-key-delete',
    says: /'true' or 'false'/,
  },
  { title: 'dry-run not a boolean', inputs: { 'dry-run': '1' }, names: 'dry-run', says: /'true' or 'false'/ },
  {
    title: 'twilio-api-url not a URL',
    inputs: { 'twilio-api-url': 'localhost:4010' },
    names: 'twilio-api-url',
    says: /http|origin/,
  },
  {
    title: 'twilio-api-url not http(s)',
    inputs: { 'twilio-api-url': 'ftp://127.0.0.1' },
    names: 'twilio-api-url',
    says: /must use https/,
  },
  {
    title: 'twilio-api-url with a path',
    inputs: { 'twilio-api-url': 'http://127.0.0.1:4010/v1' },
    names: 'twilio-api-url',
    says: /without a path/,
  },
  {
    title: 'twilio-api-url with credentials',
    inputs: { 'twilio-api-url': 'http://u:p@127.0.0.1:4010' },
    names: 'twilio-api-url',
    says: /credentials/,
  },
  {
    title: 'secrets without github-token',
    inputs: { secrets: 'repository' },
    names: 'github-token',
    says: /GITHUB_TOKEN cannot write secrets/,
  },
  badSecrets('unknown secrets scope', 'repo:octo/app', /repository/),
  badSecrets('bad organization visibility', 'organization:octo visibility=public', /visibility/),
  badSecrets(
    'selected visibility without repositories',
    'organization:octo visibility=selected',
    /repositories/,
  ),
  badSecrets('duplicate secrets target', 'repository\nrepository:octo/app', /same target/),
  {
    title: 'secret-prefix starts with a digit',
    inputs: { 'secret-prefix': '1TWILIO_' },
    names: 'secret-prefix',
    says: /digit/,
  },
  {
    title: 'secret-prefix starts with GITHUB_',
    inputs: { 'secret-prefix': 'GITHUB_' },
    names: 'secret-prefix',
    says: /GITHUB_/,
  },
  {
    title: 'secret-prefix with a dash',
    inputs: { 'secret-prefix': 'TWILIO-' },
    names: 'secret-prefix',
    says: /letters, digits/,
  },
  {
    title: 'github-api-url not http(s)',
    inputs: { secrets: 'repository', 'github-token': 'ghp_x', 'github-api-url': 'git://ghe.example' },
    names: 'github-api-url',
    says: /must use https/,
  },
  {
    title: 'unknown pull-request policy',
    inputs: { 'pull-request': 'allow' },
    names: 'pull-request',
    says: /'test', 'ephemeral', 'skip'/,
  },
  {
    title: 'test mode without test credentials',
    inputs: { mode: 'test' },
    names: 'test-account-sid',
    says: /required in test mode/,
  },
  {
    title: 'test-account-sid malformed',
    inputs: { mode: 'test', 'test-account-sid': 'AC1', 'test-auth-token': TOKEN },
    names: 'test-account-sid',
    says: /'AC' followed by 32 hex/,
  },
  {
    title: 'pull request without test credentials',
    inputs: {},
    env: { GITHUB_EVENT_NAME: 'pull_request' },
    names: 'test-account-sid',
    says: /forks and Dependabot/,
  },
  { title: 'revoke without key-sid', inputs: { mode: 'revoke' }, names: 'key-sid', says: /api-key-sid/ },
  {
    title: 'revoke with a malformed key-sid',
    inputs: { mode: 'revoke', 'key-sid': 'SKnothex' },
    names: 'key-sid',
    says: /'SK' followed by 32 hex/,
  },
  { title: 'rotate without a lineage', inputs: { mode: 'rotate' }, names: 'friendly-name', says: /lineage/ },
  {
    title: 'rotate on a pull request',
    inputs: { mode: 'rotate', 'friendly-name': 'svc' },
    env: { GITHUB_EVENT_NAME: 'pull_request_target' },
    names: 'mode',
    says: /schedule/,
  },
  {
    title: 'grace-period without a unit',
    inputs: { mode: 'rotate', 'friendly-name': 'svc', 'grace-period': '3600' },
    names: 'grace-period',
    says: /unit/,
  },
  {
    title: 'max-age not a duration',
    inputs: { mode: 'sweep', permissions: '', 'max-age': 'forever' },
    names: 'max-age',
    says: /duration/,
  },
  {
    title: 'rotate-auth-token not a boolean',
    inputs: { mode: 'rotate', 'friendly-name': 'svc', 'rotate-auth-token': 'yes' },
    names: 'rotate-auth-token',
    says: /'true' or 'false'/,
  },
  {
    title: 'access-token-ttl over 24h',
    inputs: { permissions: '', 'access-token-identity': 'alice', 'access-token-ttl': '48h' },
    names: 'access-token-ttl',
    says: /20157/,
  },
  {
    title: 'unknown Access Token grant',
    inputs: { permissions: '', 'access-token-identity': 'alice', 'access-token-grants': 'fax' },
    names: 'access-token-grants',
    says: /voice, video, chat, sync/,
  },
  {
    title: 'malformed Access Token grant field',
    inputs: {
      permissions: '',
      'access-token-identity': 'alice',
      'access-token-grants': 'voice outgoing-application-sid=AP1',
    },
    names: 'access-token-grants',
    says: /TwiML App SID/,
  },
  {
    title: 'Access Token with a restricted key',
    inputs: { 'access-token-identity': 'alice', 'access-token-grants': 'video' },
    names: 'access-token-identity',
    says: /standard key/,
  },
  {
    title: 'Access Token grants without identity',
    inputs: { permissions: '', 'access-token-grants': 'video' },
    names: 'access-token-identity',
    says: /required/,
  },
  {
    title: 'a line break in friendly-name',
    inputs: { 'friendly-name': 'app\n::stop-commands::x' },
    names: 'friendly-name',
    says: /control character/,
  },
  {
    title: 'plain http:// to a remote twilio-api-url',
    inputs: { 'twilio-api-url': 'http://twilio.example.com' },
    names: 'twilio-api-url',
    says: /use https:\/\//,
  },
  {
    title: 'credentials in github-api-url',
    inputs: {
      secrets: 'repository',
      'github-token': 'ghs_x',
      'github-api-url': 'https://u:p@ghe.example.com/api/v3',
    },
    names: 'github-api-url',
    says: /must not carry credentials/,
  },
  {
    title: 'a key-management permission in a job key',
    inputs: { permissions: 'messaging, /twilio/iam/api-keys/create' },
    names: 'permissions',
    says: /mode: rotate/,
  },
  {
    title: 'test-auth-token equal to auth-token',
    inputs: { mode: 'test', 'test-account-sid': 'AC' + 'd'.repeat(32), 'test-auth-token': TOKEN },
    names: 'test-auth-token',
    says: /never the live Auth Token/,
  },
  {
    title: "environment name '..'",
    inputs: { secrets: 'environment:..', 'github-token': 'ghs_x' },
    names: 'secrets',
    says: /not a name/,
  },
];
