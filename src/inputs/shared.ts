// Input groups several modes share: the Twilio target (account, admin credential, API URL, Region),
// the delivery to GitHub secrets, and the permissions of a key. Pure.
import type { AdminCredential, Delivery, KeyType, RunContext, TwilioTarget } from '../config.js';
import { parsePermissions } from '../policy.js';
import { accountSid, httpOrigin, KEY_SID, mask, notAuthToken, TOKEN } from './fields.js';
import type { ReadInput } from './names.js';
import { error, parsed, Problems, type Parsed } from './problems.js';
import { locationInputs } from './region.js';
import { parseSecretPrefix } from './secret-prefix.js';
import { parseTargets } from './secret-targets.js';

export type Env = Readonly<Record<string, string | undefined>>;

function adminCredential(read: ReadInput, sid: string): Parsed<AdminCredential> {
  const p = new Problems();
  const authToken = read('auth-token');
  const apiKey = read('api-key');
  const apiSecret = read('api-secret');
  if (authToken && (apiKey || apiSecret)) {
    p.error('auth-token', `give either 'auth-token' or 'api-key' + 'api-secret', not both.`);
  } else if (authToken) {
    if (!TOKEN.test(authToken)) p.list.push(notAuthToken('auth-token'));
    return p.done({ kind: 'auth-token', username: sid, password: authToken });
  } else if (apiKey || apiSecret) {
    if (!apiKey)
      p.error('api-key', `is required with 'api-secret': the SID ('SK' + 32 hex digits) of the admin key.`);
    else if (!KEY_SID.test(apiKey))
      p.error(
        'api-key',
        `'${mask(apiKey)}' is not an API key SID: it must be 'SK' followed by 32 hex digits.`,
      );
    if (!apiSecret)
      p.error('api-secret', `is required with 'api-key': the secret shown once when the key was created.`);
    else if (!TOKEN.test(apiSecret))
      p.error('api-secret', `is not an API key secret: it must be 32 letters or digits.`);
    return p.done({ kind: 'api-key', username: apiKey, password: apiSecret });
  } else {
    p.error(
      'auth-token',
      `an admin credential is required: 'auth-token', or 'api-key' + 'api-secret' of a Main key or of a restricted key holding /twilio/iam/api-keys/create and /delete. Pass them from secrets, e.g. auth-token: \${{ secrets.TWILIO_ADMIN_AUTH_TOKEN }}.`,
    );
  }
  return p.done({ kind: 'auth-token', username: sid, password: '' });
}

/** account-sid, the admin credential, twilio-api-url, twilio-region and twilio-edge. */
export function twilioTarget(read: ReadInput, timeoutMs: number): Parsed<TwilioTarget> {
  const p = new Problems();
  const sid = p.take(accountSid('account-sid', read('account-sid')));
  const credential = p.take(adminCredential(read, sid));
  const rawUrl = read('twilio-api-url');
  const apiUrl = rawUrl ? p.take(httpOrigin('twilio-api-url', rawUrl, false)) : undefined;
  const location = p.take(locationInputs(read));
  return p.done({ accountSid: sid, credential, apiUrl, timeoutMs, location });
}

/** secrets, secret-prefix, github-token and github-api-url. */
export function delivery(read: ReadInput, run: RunContext, env: Env, timeoutMs: number): Parsed<Delivery> {
  const p = new Problems();
  const secretPrefix = p.take(parseSecretPrefix(read('secret-prefix') || 'TWILIO_'));
  const raw = read('secrets');
  const token = read('github-token');
  const rawApi = read('github-api-url') || env.GITHUB_API_URL || 'https://api.github.com';
  if (!raw) {
    // No targets: the post step may still need the token to delete secrets that main's state names.
    // Checked as with targets, but only a given URL can fail: the runner's GITHUB_API_URL is trusted.
    const apiUrl = read('github-api-url')
      ? p.take(httpOrigin('github-api-url', rawApi, true))
      : rawApi.replace(/\/+$/, '');
    return p.done({
      targets: [],
      secretPrefix,
      github: token && apiUrl ? { token, apiUrl, timeoutMs } : undefined,
    });
  }
  const targets = p.take(parseTargets(raw, run.repository));
  if (!token)
    p.error(
      'github-token',
      `is required with 'secrets': a fine-grained personal access token or GitHub App token with Secrets: write (and Environments: write for environment secrets). The workflow GITHUB_TOKEN cannot write secrets.`,
    );
  const apiUrl = p.take(httpOrigin('github-api-url', rawApi, true)) ?? 'https://api.github.com';
  return p.done({ targets, secretPrefix, github: token ? { token, apiUrl, timeoutMs } : undefined });
}

/** The permissions of a key of this type: required for restricted keys, refused for standard ones. */
export function permissionsFor(read: ReadInput, keyType: KeyType): Parsed<string[]> {
  const raw = read('permissions');
  if (keyType === 'standard')
    return parsed(
      [],
      raw
        ? [
            error(
              'permissions',
              `standard keys carry no permissions: remove 'permissions' or use key-type: restricted.`,
            ),
          ]
        : [],
    );
  if (!raw)
    return parsed(
      [],
      [
        error(
          'permissions',
          `is required for a restricted key: list permission strings such as /twilio/messaging/messages/create, or presets such as 'messaging' (see the README's presets table).`,
        ),
      ],
    );
  return parsePermissions(raw);
}
