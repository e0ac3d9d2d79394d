// Fault matrix table: revoke mode (see framework.ts for the checks every cell makes).
import { absent, repoScope, seedSecret, triple } from '../support.js';
import { githubInputs, mainUnderFault, rerun, twilioInputs, type Mode } from './framework.js';
import { addMessagingKey, deleteKey, deleteSecrets } from './shared.js';

export const revoke: Mode = {
  name: 'revoke',
  calls: [deleteKey('delete key', /delete key|not deleted/i), deleteSecrets('delete secret')],
  async run(cell) {
    const { c, expect } = cell;
    const key = addMessagingKey(c, 'gha:eph:555.1.abcdef:octo/app:build');
    await seedSecret(c.github, repoScope, 'TWILIO_ACCOUNT_SID', c.account.sid);
    await seedSecret(c.github, repoScope, 'TWILIO_API_KEY', key.sid);
    await seedSecret(c.github, repoScope, 'TWILIO_API_SECRET', key.secret);
    const inputs = {
      ...twilioInputs(c, { mode: 'revoke', 'key-sid': key.sid }),
      ...githubInputs(c, 'repository'),
    };
    const { main, spuriousTimeouts } = await mainUnderFault(cell, inputs);
    const followUps: string[] = [];
    const done = () => c.twilio.keys(c.account.sid).length === 0 && absent(triple(c.github, repoScope));
    if (!done()) {
      // Revoke is idempotent: the user re-runs it once the cause is gone.
      expect(main.exitCode, 'revoke that did not finish fails the step').toBe(1);
      await rerun(cell, inputs, followUps);
    }
    expect(done(), 'key and secrets gone').toBe(true);
    return { steps: [main], followUps, spuriousTimeouts };
  },
};
