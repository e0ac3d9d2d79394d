// Fault matrix table: revoke mode (see framework.ts for the checks every cell makes).
import { absent, repoScope, seedSecret, triple } from '../support.js';
import {
  checkFaulted,
  clearFaults,
  envFor,
  githubInputs,
  inject,
  KEY,
  runStep,
  twilioInputs,
  type Mode,
} from './framework.js';

export const revoke: Mode = {
  name: 'revoke',
  calls: [
    {
      side: 'twilio',
      label: 'delete key',
      method: 'DELETE',
      path: KEY,
      names: /delete key|not deleted/i,
      clean: 1,
      bound: 4,
    },
    {
      side: 'github',
      label: 'delete secret',
      method: 'DELETE',
      path: /\/actions\/secrets\/TWILIO_/,
      names: /delete secret/,
      clean: 3,
      bound: 3 * 4,
    },
  ],
  async run(c, call, kind, persistence, expect) {
    const key = c.twilio.addKey({
      accountSid: c.account.sid,
      type: 'restricted',
      policy: ['/twilio/messaging/messages/create'],
      friendlyName: 'gha:eph:555.1.abcdef:octo/app:build',
    });
    await seedSecret(c.github, repoScope, 'TWILIO_ACCOUNT_SID', c.account.sid);
    await seedSecret(c.github, repoScope, 'TWILIO_API_KEY', key.sid);
    await seedSecret(c.github, repoScope, 'TWILIO_API_SECRET', key.secret);
    const inputs = {
      ...twilioInputs(c, { mode: 'revoke', 'key-sid': key.sid }),
      ...githubInputs(c, 'repository'),
    };
    const fault = inject(c, call, kind, persistence);
    const main = await runStep('main', { inputs, env: envFor(kind) });
    expect(main.state).toEqual({});
    const spuriousTimeouts = checkFaulted(expect, call, kind, persistence, [main], fault);
    clearFaults(c);
    const followUps: string[] = [];
    const done = () => c.twilio.keys(c.account.sid).length === 0 && absent(triple(c.github, repoScope));
    if (!done()) {
      // Revoke is idempotent: the user re-runs it once the cause is gone.
      expect(main.exitCode, 'revoke that did not finish fails the step').toBe(1);
      const again = await runStep('main', { inputs, env: envFor(kind) });
      expect(again.exitCode, again.stdout).toBe(0);
      followUps.push('re-run');
    }
    expect(done(), 'key and secrets gone').toBe(true);
    return { steps: [main], followUps, spuriousTimeouts };
  },
};
