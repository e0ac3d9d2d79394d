// test: Twilio test credentials instead of a key. Chosen on events that run pull-request code (src/context.ts), or by mode: test.
import type { TestConfig } from '../config.js';
import { unreachableWithTestCredentials } from '../policy.js';
import { ENV } from '../names/env.js';
import type { Runner } from '../runner.js';
import { code, list, table } from '../summary.js';

/** Twilio's magic numbers for test credentials (SMS). */
export const MAGIC_NUMBERS = {
  'test-from-number': ['+15005550006', 'From that succeeds'],
  'test-invalid-number': ['+15005550001', 'To: invalid number (21211)'],
  'test-unreachable-number': ['+15005550002', 'To: cannot route (21612)'],
  'test-blocked-number': ['+15005550003', 'To: no international permission (21408)'],
  'test-blacklisted-number': ['+15005550004', 'To: opted out (21610)'],
  'test-incapable-number': ['+15005550009', 'To: cannot receive SMS (21614)'],
} as const;
type MagicOutput = keyof typeof MAGIC_NUMBERS;

export function runTest(cfg: TestConfig, runner: Runner): void {
  const why = cfg.reason === 'pull-request' ? `a ${cfg.run.eventName} event` : 'mode: test';
  if (cfg.learnIgnored)
    runner.notice(
      `learn-permissions does nothing on ${why}: learning needs a live key, and none is minted here. Run it on a push, schedule or workflow_dispatch event.`,
    );
  if (!cfg.credentials) {
    runner.notice(`No Twilio credentials were handed out on ${why} (pull-request: skip).`);
    runner.output('credential-type', 'none');
    runner.summary(table('Twilio credentials', [['Credentials', 'none (pull-request: skip)']]));
    return;
  }
  const { accountSid, authToken } = cfg.credentials;
  runner.mask(authToken);
  if (cfg.dryRun) {
    runner.info(`Dry run: would hand out the test credentials of ${accountSid} (${why}).`);
    runner.output('credential-type', 'none');
    return;
  }
  runner.info(`Handing out Twilio test credentials (${why}); no key is minted.`);
  runner.output('account-sid', accountSid);
  runner.output('credential-type', 'test-credentials');
  for (const [name, [number]] of Object.entries(MAGIC_NUMBERS)) runner.output(name as MagicOutput, number);
  if (cfg.exportEnv) {
    runner.exportVariable(ENV.accountSid, accountSid);
    runner.exportVariable(ENV.authToken, authToken);
    // Basic auth takes the Account SID as user name, so clients built for API keys work unchanged.
    runner.exportVariable(ENV.apiKey, accountSid);
    runner.exportVariable(ENV.apiSecret, authToken);
  }
  const unreachable = unreachableWithTestCredentials(cfg.permissions);
  // Expected on every pull-request run of a workflow that asks for more: information, not a warning.
  if (unreachable.length > 0)
    runner.info(
      `Test credentials reach only Messages, Calls, IncomingPhoneNumbers and Lookups; these requested permissions will get 403 / 20008 on this run: ${unreachable.join(', ')}`,
    );
  if (cfg.accessTokenRequested)
    runner.notice('No Access Token on this run: test credentials cannot sign Access Tokens.');
  runner.summary(
    table(
      'Twilio credentials',
      [
        ['Credentials', `test credentials of ${code(accountSid)} (${why})`],
        [
          'Exported to env',
          cfg.exportEnv ? [ENV.accountSid, ENV.authToken, ENV.apiKey, ENV.apiSecret].join(', ') : 'no',
        ],
        ...Object.values(MAGIC_NUMBERS).map(([n, what]) => [what, code(n)] as const),
        ['Not reachable with test credentials', list(unreachable)],
      ],
      'Test credentials never reach a live account: messages are not sent and nothing is charged.',
    ),
  );
}
