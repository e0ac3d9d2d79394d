// Inputs of mode: test, chosen by the input or by a run of pull-request code: Twilio test credentials.
import type { TestConfig, TestCredentials } from '../config.js';
import { parsePermissions } from '../policy.js';
import type { ModeContext } from './context.js';
import { ACCOUNT_SID, bool, notAccountSid, notAuthToken, TOKEN } from './fields.js';
import type { ReadInput } from './names.js';
import { errorsOnly, parsed, Problems, type Parsed } from './problems.js';

export function parseTest(read: ReadInput, ctx: ModeContext): Parsed<TestConfig> {
  const p = new Problems();
  const skip = ctx.requestedMode === 'ephemeral' && ctx.prPolicy === 'skip';
  const credentials = skip ? undefined : p.take(testCredentials(read, ctx.prEvent));
  // Permissions only feed a warning about what test credentials cannot reach: their warnings are not repeated.
  const permissions = read('permissions') ? p.take(errorsOnly(parsePermissions(read('permissions')))) : [];
  return p.done({
    ...ctx.base,
    mode: 'test',
    credentials,
    permissions,
    reason: ctx.requestedMode === 'test' ? 'input' : 'pull-request',
    accessTokenRequested: ctx.accessToken !== undefined,
    learnIgnored: p.take(bool(read, 'learn-permissions', false)),
  });
}

function testCredentials(read: ReadInput, prEvent: boolean): Parsed<TestCredentials | undefined> {
  const p = new Problems();
  const sid = read('test-account-sid');
  const token = read('test-auth-token');
  if (!sid || !token) {
    const missing = [!sid && 'test-account-sid', !token && 'test-auth-token'].filter(Boolean).join(' and ');
    const verb = missing.includes(' and ') ? 'are' : 'is';
    p.error(
      sid ? 'test-auth-token' : 'test-account-sid',
      prEvent
        ? `${missing} ${verb} empty on this run of pull-request code. Pull requests from forks and Dependabot get no repository secrets, so test credentials are empty there. Store the test credentials as secrets (they can only reach Twilio's test endpoints), or set 'pull-request: skip' to hand out no credentials on such runs.`
        : `${missing} ${verb} required in test mode: your Twilio test credentials (Console > Account > API keys & tokens > Test credentials).`,
    );
    return p.done(undefined);
  }
  if (!ACCOUNT_SID.test(sid)) p.list.push(notAccountSid('test-account-sid', sid));
  if (!TOKEN.test(token)) p.list.push(notAuthToken('test-auth-token'));
  // Test credentials are handed to pull-request code; live ones there would be the admin credential.
  if (token === read('auth-token'))
    p.error(
      'test-auth-token',
      `equals auth-token: test credentials are handed to pull-request code, so they must be the test credentials (Console > Account > API keys & tokens > Test credentials), never the live Auth Token.`,
    );
  if (sid.toLowerCase() === read('account-sid').toLowerCase())
    p.error(
      'test-account-sid',
      `equals account-sid: the test Account SID is a different SID (Console > Account > API keys & tokens > Test credentials). Store the test credentials in their own secrets.`,
    );
  return parsed({ accountSid: sid, authToken: token }, p.list);
}
