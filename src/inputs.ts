// Every input, parsed and validated into one typed Config before any request is made.
// Pure: reads through the `read` function it is given, never from process.env, never logs.
import type {
  AdminCredential,
  Config,
  Delivery,
  KeyType,
  Mode,
  PullRequestPolicy,
  RotateConfig,
  RunContext,
  TestCredentials,
  TwilioTarget,
} from './config.js';
import { isGiven } from './defaults.js';
import { parseDuration } from './duration.js';
import { parseSecretPrefix, parseTargets } from './github/targets.js';
import { ephemeralName, ephemeralTag, MAX_FRIENDLY_NAME, rotationName } from './naming.js';
import { parsePermissions } from './policy.js';
import { parseAccessToken } from './access-token-inputs.js';
import { isPullRequestEvent } from './pull-request-events.js';
import {
  hasControlCharacter,
  isLoopbackHost,
  MULTI_LINE_INPUTS,
  withoutUrlCredentials,
} from './validators.js';
import { locationInputs, regionProblems } from './region-inputs.js';

export type ReadInput = (name: string) => string;

export type ParseResult =
  | {
      readonly ok: true;
      readonly config: Config;
      readonly warnings: readonly string[];
      /** Information about a choice made for the user: logged, never a warning. */
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly errors: readonly string[] };

export const MODES: readonly Mode[] = ['ephemeral', 'revoke', 'rotate', 'sweep', 'test'];
const PR_POLICIES: readonly PullRequestPolicy[] = ['test', 'ephemeral', 'skip'];

const ACCOUNT_SID = /^AC[0-9a-fA-F]{32}$/;
const KEY_SID = /^SK[0-9a-fA-F]{32}$/;
const TOKEN = /^[A-Za-z0-9]{32}$/;

export { isPullRequestEvent };

/** Collects every problem, so one run shows them all. */
class Problems {
  readonly errors: string[] = [];
  readonly warnings: string[] = [];
  readonly notes: string[] = [];
  add(input: string, message: string): void {
    this.errors.push(`Input '${input}': ${message}`);
  }
  /** Errors from the pure parsers, which start with the input's name; restated in this file's form. */
  adopt(input: string, messages: readonly string[]): void {
    for (const m of messages)
      this.add(input, m.startsWith(input) ? m.slice(input.length).replace(/^:?\s*/, '') : m);
  }
}

function oneOf<T extends string>(
  p: Problems,
  read: ReadInput,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const raw = read(name);
  if (raw === '') return fallback;
  const value = raw.toLowerCase() as T;
  if (allowed.includes(value)) return value;
  p.add(name, `'${raw}' is not one of ${allowed.map((a) => `'${a}'`).join(', ')}.`);
  return fallback;
}

function bool(p: Problems, read: ReadInput, name: string, fallback: boolean): boolean {
  const raw = read(name);
  if (raw === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(raw)) return true;
  if (['false', 'False', 'FALSE'].includes(raw)) return false;
  p.add(name, `'${raw}' is not a boolean: use 'true' or 'false'.`);
  return fallback;
}

function duration(p: Problems, read: ReadInput, name: string, fallback: string): number {
  const raw = read(name) || fallback;
  const ms = parseDuration(raw);
  if (ms === undefined) {
    p.add(
      name,
      `'${raw}' is not a duration: use a number with a unit, such as '90s', '30m', '1h', '1h30m' or '2d'.`,
    );
    return 0;
  }
  return ms;
}

function httpOrigin(p: Problems, name: string, raw: string, allowPath: boolean): string | undefined {
  // Messages show the URL without any user:password it carries.
  const safe = withoutUrlCredentials(raw);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    p.add(name, `'${safe}' is not a URL: use an origin such as 'https://api.example.com'.`);
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    p.add(name, `'${safe}' must use https (plain http only for 127.0.0.1, ::1 or localhost).`);
    return undefined;
  }
  if (url.username || url.password) {
    p.add(
      name,
      `must not carry credentials (user:password@): they would be sent with every request. Remove them; the action authenticates with its own credential inputs.`,
    );
    return undefined;
  }
  if (url.search || url.hash) {
    p.add(name, `'${safe}' must not carry a query or a fragment.`);
    return undefined;
  }
  // Plain http would send the admin credential or the GitHub token in clear; loopback never leaves the machine.
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    p.add(
      name,
      `'${safe}' uses http://, which would send credentials unencrypted: use https:// (plain http is allowed only for 127.0.0.1, ::1 and localhost).`,
    );
    return undefined;
  }
  if (!allowPath && url.pathname !== '/') {
    p.add(name, `'${safe}' must be an origin without a path, such as '${url.origin}'.`);
    return undefined;
  }
  return allowPath ? raw.replace(/\/+$/, '') : url.origin;
}

function accountSid(p: Problems, name: string, raw: string): string {
  if (raw === '')
    p.add(name, `is required: the Account SID ('AC' followed by 32 hex digits) from the Twilio Console.`);
  else if (!ACCOUNT_SID.test(raw))
    p.add(name, `'${mask(raw)}' is not an Account SID: it must be 'AC' followed by 32 hex digits.`);
  return raw;
}

/** Shows enough of a value to recognise it, never a whole secret. */
function mask(raw: string): string {
  return raw.length <= 6 ? raw : `${raw.slice(0, 4)}…(${raw.length} chars)`;
}

function adminCredential(p: Problems, read: ReadInput, sid: string): AdminCredential {
  const authToken = read('auth-token');
  const apiKey = read('api-key');
  const apiSecret = read('api-secret');
  if (authToken && (apiKey || apiSecret)) {
    p.add('auth-token', `give either 'auth-token' or 'api-key' + 'api-secret', not both.`);
  } else if (authToken) {
    if (!TOKEN.test(authToken)) p.add('auth-token', `is not an Auth Token: it must be 32 letters or digits.`);
    return { kind: 'auth-token', username: sid, password: authToken };
  } else if (apiKey || apiSecret) {
    if (!apiKey)
      p.add('api-key', `is required with 'api-secret': the SID ('SK' + 32 hex digits) of the admin key.`);
    else if (!KEY_SID.test(apiKey))
      p.add('api-key', `'${mask(apiKey)}' is not an API key SID: it must be 'SK' followed by 32 hex digits.`);
    if (!apiSecret)
      p.add('api-secret', `is required with 'api-key': the secret shown once when the key was created.`);
    else if (!TOKEN.test(apiSecret))
      p.add('api-secret', `is not an API key secret: it must be 32 letters or digits.`);
    return { kind: 'api-key', username: apiKey, password: apiSecret };
  } else {
    p.add(
      'auth-token',
      `an admin credential is required: 'auth-token', or 'api-key' + 'api-secret' of a Main key or of a restricted key holding /twilio/iam/api-keys/create and /delete. Pass them from secrets, e.g. auth-token: \${{ secrets.TWILIO_ADMIN_AUTH_TOKEN }}.`,
    );
  }
  return { kind: 'auth-token', username: sid, password: '' };
}

export const TIMEOUT_VARIABLE = 'TWILIO_CREDENTIALS_HTTP_TIMEOUT_MS';
const DEFAULT_TIMEOUT_MS = 30_000;

/** A tuning knob, not a safety switch: how long one HTTP request may take (tests shorten it). */
function httpTimeout(p: Problems, env: Env): number {
  const raw = env[TIMEOUT_VARIABLE];
  if (!raw) return DEFAULT_TIMEOUT_MS;
  if (!/^\d+$/.test(raw) || Number(raw) < 100) {
    p.errors.push(
      `Environment variable ${TIMEOUT_VARIABLE}: '${raw}' must be a whole number of milliseconds, at least 100.`,
    );
    return DEFAULT_TIMEOUT_MS;
  }
  return Number(raw);
}

function twilioTarget(p: Problems, read: ReadInput, timeoutMs: number): TwilioTarget {
  const sid = accountSid(p, 'account-sid', read('account-sid'));
  const credential = adminCredential(p, read, sid);
  const rawUrl = read('twilio-api-url');
  const apiUrl = rawUrl ? httpOrigin(p, 'twilio-api-url', rawUrl, false) : undefined;
  const where = locationInputs(read);
  p.errors.push(...where.errors);
  return { accountSid: sid, credential, apiUrl, timeoutMs, location: where.location };
}

function delivery(p: Problems, read: ReadInput, run: RunContext, env: Env, timeoutMs: number): Delivery {
  const prefixResult = parseSecretPrefix(read('secret-prefix') || 'TWILIO_');
  let secretPrefix = 'TWILIO_';
  if ('error' in prefixResult) p.adopt('secret-prefix', [prefixResult.error]);
  else secretPrefix = prefixResult.prefix;
  const raw = read('secrets');
  const token = read('github-token');
  const rawApi = read('github-api-url') || env.GITHUB_API_URL || 'https://api.github.com';
  if (!raw) {
    // No targets: the post step may still need the token to delete secrets that main's state names.
    // Checked as with targets, but only a given URL can fail: the runner's GITHUB_API_URL is trusted.
    const apiUrl = read('github-api-url')
      ? httpOrigin(p, 'github-api-url', rawApi, true)
      : rawApi.replace(/\/+$/, '');
    return {
      targets: [],
      secretPrefix,
      github: token && apiUrl ? { token, apiUrl, timeoutMs } : undefined,
    };
  }
  const parsed = parseTargets(raw, run.repository);
  p.adopt('secrets', parsed.errors);
  if (!token)
    p.add(
      'github-token',
      `is required with 'secrets': a fine-grained personal access token or GitHub App token with Secrets: write (and Environments: write for environment secrets). The workflow GITHUB_TOKEN cannot write secrets.`,
    );
  const apiUrl = httpOrigin(p, 'github-api-url', rawApi, true) ?? 'https://api.github.com';
  return {
    targets: parsed.targets,
    secretPrefix,
    github: token ? { token, apiUrl, timeoutMs } : undefined,
  };
}

function permissionsFor(p: Problems, read: ReadInput, keyType: KeyType): string[] {
  const raw = read('permissions');
  if (keyType === 'standard') {
    if (raw)
      p.add(
        'permissions',
        `standard keys carry no permissions: remove 'permissions' or use key-type: restricted.`,
      );
    return [];
  }
  if (!raw) {
    p.add(
      'permissions',
      `is required for a restricted key: list permission strings such as /twilio/messaging/messages/create, or presets such as 'messaging' (see the README's presets table).`,
    );
    return [];
  }
  const result = parsePermissions(raw);
  p.adopt('permissions', result.errors);
  p.warnings.push(...result.warnings);
  return result.permissions;
}

function jobPermissions(p: Problems, permissions: string[]): string[] {
  const iam = permissions.filter((perm) => IAM_PERMISSION.test(perm));
  if (iam.length > 0)
    p.add(
      'permissions',
      `${iam.join(', ')} cannot be given to a job key: a key that manages keys can mint keys without this action's tag, which neither the post step nor mode: sweep deletes. Use mode: rotate for a key that must manage keys.`,
    );
  return permissions;
}

function testCredentials(p: Problems, read: ReadInput, prEvent: boolean): TestCredentials | undefined {
  const sid = read('test-account-sid');
  const token = read('test-auth-token');
  if (!sid || !token) {
    const missing = [!sid && 'test-account-sid', !token && 'test-auth-token'].filter(Boolean).join(' and ');
    p.add(
      sid ? 'test-auth-token' : 'test-account-sid',
      prEvent
        ? `${missing} ${missing.includes(' and ') ? 'are' : 'is'} empty on this run of pull-request code. Pull requests from forks and Dependabot get no repository secrets, so test credentials are empty there. Store the test credentials as secrets (they can only reach Twilio's test endpoints), or set 'pull-request: skip' to hand out no credentials on such runs.`
        : `${missing} ${missing.includes(' and ') ? 'are' : 'is'} required in test mode: your Twilio test credentials (Console > Account > API keys & tokens > Test credentials).`,
    );
    return undefined;
  }
  if (!ACCOUNT_SID.test(sid))
    p.add(
      'test-account-sid',
      `'${mask(sid)}' is not an Account SID: it must be 'AC' followed by 32 hex digits.`,
    );
  if (!TOKEN.test(token)) p.add('test-auth-token', `is not an Auth Token: it must be 32 letters or digits.`);
  // Test credentials are handed to pull-request code; live ones there would be the admin credential.
  if (token === read('auth-token'))
    p.add(
      'test-auth-token',
      `equals auth-token: test credentials are handed to pull-request code, so they must be the test credentials (Console > Account > API keys & tokens > Test credentials), never the live Auth Token.`,
    );
  if (sid.toLowerCase() === read('account-sid').toLowerCase())
    p.add(
      'test-account-sid',
      `equals account-sid: the test Account SID is a different SID (Console > Account > API keys & tokens > Test credentials). Store the test credentials in their own secrets.`,
    );
  return { accountSid: sid, authToken: token };
}

function humanName(p: Problems, read: ReadInput, run: RunContext, tag: string): string {
  const given = read('friendly-name');
  if (!given) return `${run.repository}:${run.job}`;
  const room = MAX_FRIENDLY_NAME - tag.length;
  if (given.length > room)
    p.add(
      'friendly-name',
      `'${given}' is ${given.length} characters; with the action's tag '${tag}' the name may hold ${room}. Shorten it.`,
    );
  return given;
}

type Env = Readonly<Record<string, string | undefined>>;

export interface ParseContext {
  readonly run: RunContext;
  /** 6 hex digits, fresh for each main step; makes the friendly name unique across matrix jobs. */
  readonly nonce: string;
  readonly env: Env;
}

// Inputs each mode reads; a set input outside this list has no effect, and the user should hear so.
// Credentials are left out: PR runs legitimately carry admin credentials that test mode ignores.
const MODE_INPUTS: Record<Mode, readonly string[]> = {
  ephemeral: [
    'permissions',
    'key-type',
    'friendly-name',
    'skip-key-delete',
    'secrets',
    'secret-prefix',
    'github-token',
    'access-token-identity',
    'access-token-ttl',
    'access-token-grants',
    'learn-permissions',
  ],
  revoke: ['key-sid', 'secrets', 'secret-prefix', 'github-token'],
  rotate: [
    'permissions',
    'key-type',
    'friendly-name',
    'grace-period',
    'rotate-auth-token',
    'overwrite-secrets',
    'secrets',
    'secret-prefix',
    'github-token',
  ],
  sweep: ['max-age'],
  test: [
    'permissions',
    'access-token-identity',
    'access-token-ttl',
    'access-token-grants',
    'learn-permissions',
  ],
};
const MODE_SPECIFIC = [...new Set(Object.values(MODE_INPUTS).flat())];

function unusedInputs(read: ReadInput, mode: Mode): string[] {
  return MODE_SPECIFIC.filter((name) => isGiven(name, read(name)) && !MODE_INPUTS[mode].includes(name)).map(
    (name) => `Input '${name}' has no effect in ${mode} mode and was ignored.`,
  );
}

/** Reads each input once through its control-character check; a bad value is reported, once. */
function checkedReader(p: Problems, read: ReadInput): ReadInput {
  const checked = new Set<string>();
  return (name) => {
    const value = read(name);
    if (!checked.has(name)) {
      checked.add(name);
      if (hasControlCharacter(value, MULTI_LINE_INPUTS.has(name)))
        p.add(
          name,
          `contains a control character (such as a line break, escape or tab)${MULTI_LINE_INPUTS.has(name) ? ' other than line breaks' : ''}: remove it. Values reach the log, where a line break could start a workflow command.`,
        );
    }
    return value;
  };
}

// Why ephemeral keys may not hold /twilio/iam/*: a job key that can mint keys can create keys without the
// action's tag, which neither the post step nor mode: sweep would ever delete.
const IAM_PERMISSION = /^\/twilio\/iam\//;

export function parseInputs(rawRead: ReadInput, ctx: ParseContext): ParseResult {
  const p = new Problems();
  const read = checkedReader(p, rawRead);
  const { run } = ctx;
  const requestedMode = oneOf(p, read, 'mode', MODES, 'ephemeral');
  const prPolicy = oneOf(p, read, 'pull-request', PR_POLICIES, 'test');
  const dryRun = bool(p, read, 'dry-run', false);
  const exportEnv = bool(p, read, 'export-env', true);
  const prEvent = run.pullRequestCode ?? isPullRequestEvent(run.eventName);
  const base = { dryRun, exportEnv, run };
  const accessToken = parseAccessToken(read);
  const timeoutMs = httpTimeout(p, ctx.env);
  p.errors.push(...accessToken.errors);

  let config: Config | undefined;
  const mode: Mode =
    requestedMode === 'ephemeral' && prEvent && prPolicy !== 'ephemeral' ? 'test' : requestedMode;

  switch (mode) {
    case 'test': {
      const skip = requestedMode === 'ephemeral' && prPolicy === 'skip';
      const credentials = skip ? undefined : testCredentials(p, read, prEvent);
      const permissions = read('permissions') ? parsePermissions(read('permissions')) : undefined;
      if (permissions) p.adopt('permissions', permissions.errors);
      config = {
        ...base,
        mode: 'test',
        credentials,
        permissions: permissions?.permissions ?? [],
        reason: requestedMode === 'test' ? 'input' : 'pull-request',
        accessTokenRequested: accessToken.request !== undefined,
        learnIgnored: bool(p, read, 'learn-permissions', false),
      };
      break;
    }
    case 'ephemeral': {
      const keyTypeInput = read('key-type');
      let keyType = oneOf(p, read, 'key-type', ['restricted', 'standard'] as const, 'restricted');
      const learn = bool(p, read, 'learn-permissions', false);
      if (learn) {
        // Learning needs a key that can do everything the job tries; the report then names what it used.
        // key-type is not checked: its default is 'restricted', so a typed 'restricted' looks the same.
        if (read('permissions'))
          p.add(
            'learn-permissions',
            `records what the job needs using a standard key, so it cannot be combined with 'permissions'. Remove 'permissions' (and 'key-type') for the learning run, then paste the permissions it reports.`,
          );
        keyType = 'standard';
      }
      if (accessToken.request && !learn && !isGiven('key-type', keyTypeInput) && !read('permissions')) {
        keyType = 'standard';
        p.notes.push(
          `Access Tokens need a standard key to sign them; key-type 'standard' was chosen because 'permissions' is empty.`,
        );
      }
      if (accessToken.request && keyType === 'restricted')
        p.add(
          'access-token-identity',
          `Access Tokens must be signed by a standard key; restricted keys cannot sign them. Set 'key-type: standard' and remove 'permissions'.`,
        );
      const tag = ephemeralTag({ runId: run.runId, runAttempt: run.runAttempt, nonce: ctx.nonce });
      const human = humanName(p, read, run, tag);
      config = {
        ...base,
        mode: 'ephemeral',
        twilio: twilioTarget(p, read, timeoutMs),
        keyType,
        permissions: jobPermissions(p, permissionsFor(p, read, keyType)),
        friendlyName: ephemeralName(
          { runId: run.runId, runAttempt: run.runAttempt, nonce: ctx.nonce },
          human,
        ),
        skipKeyDelete: bool(p, read, 'skip-key-delete', false),
        delivery: delivery(p, read, run, ctx.env, timeoutMs),
        accessToken: accessToken.request,
        pullRequestOptIn: prEvent,
        learn,
      };
      break;
    }
    case 'revoke': {
      const keySid = read('key-sid');
      if (!keySid)
        p.add(
          'key-sid',
          `is required in revoke mode: pass the key SID from the minting job's 'api-key-sid' output.`,
        );
      else if (!KEY_SID.test(keySid))
        p.add(
          'key-sid',
          `'${mask(keySid)}' is not an API key SID: it must be 'SK' followed by 32 hex digits.`,
        );
      config = {
        ...base,
        mode: 'revoke',
        twilio: twilioTarget(p, read, timeoutMs),
        keySid,
        delivery: delivery(p, read, run, ctx.env, timeoutMs),
      };
      break;
    }
    case 'rotate': {
      if (prEvent && prPolicy !== 'ephemeral')
        p.add(
          'mode',
          `rotate mints keys and does not run on ${run.eventName} events; run it on a schedule or workflow_dispatch.`,
        );
      const keyType = oneOf(p, read, 'key-type', ['restricted', 'standard'] as const, 'restricted');
      const lineage = read('friendly-name');
      if (!lineage)
        p.add(
          'friendly-name',
          `is required in rotate mode: it names the lineage of keys that replace each other (e.g. 'billing-service').`,
        );
      else if (rotationName(lineage).length > MAX_FRIENDLY_NAME)
        p.add(
          'friendly-name',
          `'${lineage}' is too long: with the tag it must fit in ${MAX_FRIENDLY_NAME} characters (at most ${MAX_FRIENDLY_NAME - rotationName('').length}).`,
        );
      const rotateAuthToken = bool(p, read, 'rotate-auth-token', false);
      const rotation: RotateConfig = {
        ...base,
        mode: 'rotate',
        twilio: twilioTarget(p, read, timeoutMs),
        keyType,
        permissions: permissionsFor(p, read, keyType),
        friendlyName: rotationName(lineage),
        gracePeriodMs: duration(p, read, 'grace-period', '1h'),
        rotateAuthToken,
        overwriteSecrets: bool(p, read, 'overwrite-secrets', false),
        delivery: delivery(p, read, run, ctx.env, timeoutMs),
      };
      if (rotation.delivery.targets.length === 0 && !read('secrets'))
        p.add(
          'secrets',
          `rotate needs at least one target: a rotated key that lands nowhere is pointless, and the next rotation would delete the key your consumers really hold. Add e.g. 'secrets: repository' and a github-token that may write secrets.`,
        );
      if (rotateAuthToken && rotation.twilio.credential.kind !== 'auth-token')
        p.add(
          'rotate-auth-token',
          `rotating the Auth Token needs the Auth Token itself as the admin credential (auth-token), not api-key/api-secret: the action puts the current token back into the secrets if anything fails before promotion.`,
        );
      config = rotation;
      break;
    }
    case 'sweep':
      config = {
        ...base,
        mode: 'sweep',
        twilio: twilioTarget(p, read, timeoutMs),
        maxAgeMs: duration(p, read, 'max-age', '24h'),
      };
      break;
  }

  if (config) p.errors.push(...regionProblems(read, config));
  if (config) p.warnings.push(...unusedInputs(read, config.mode));
  if (p.errors.length > 0 || !config) return { ok: false, errors: p.errors };
  return { ok: true, config, warnings: p.warnings, notes: p.notes };
}
