// The post step on its own, in process: what it does with each state main can leave (finished, cut off
// after saving the name, nothing saved). Snapshots of the workflow commands and requests per scenario.
import { describe } from 'vitest';
import { githubInputs, repoScope, seedSecret, snapshot, twilioInputs, type Cell } from './scenario.js';

const NAME = 'gha:eph:12345678901.1.c0ffee:octo/app:build';

/** A key as main would have made it. */
const addKey = (cell: Cell) =>
  cell.twilio.addKey({
    accountSid: cell.account.sid,
    type: 'restricted',
    policy: ['/twilio/messaging/messages/create'],
    friendlyName: NAME,
  });

/** What main saves before the create request. */
const saved = (cell: Cell) => ({
  'key-friendly-name': NAME,
  'account-sid': cell.account.sid,
  'admin-credential': 'auth-token',
  'twilio-api-url': cell.twilio.url,
});

describe('post step', () => {
  snapshot(
    'main was stopped before the create answered: post finds the key by name and deletes it',
    async ({ cell, step, name }) => {
      const key = addKey(cell);
      name(key.sid, 'CUT_OFF');
      const inputs = twilioInputs(cell, { permissions: 'messaging' });
      await step('post', {
        inputs,
        state: {
          ...saved(cell),
          'create-sent-at': String(Date.now() - 60_000),
          'create-timeout-ms': '30000',
        },
      });
    },
  );

  snapshot('main saved the key and its secret targets: post deletes both', async ({ cell, step, name }) => {
    const key = addKey(cell);
    name(key.sid, 'KEY');
    for (const [n, v] of [
      ['TWILIO_ACCOUNT_SID', cell.account.sid],
      ['TWILIO_API_KEY', key.sid],
      ['TWILIO_API_SECRET', key.secret],
    ] as const)
      await seedSecret(cell.github, repoScope, n, v);
    const inputs = {
      ...twilioInputs(cell, { permissions: 'messaging' }),
      ...githubInputs(cell, 'repository'),
    };
    await step('post', {
      inputs,
      state: {
        ...saved(cell),
        'key-sid': key.sid,
        'secret-targets': JSON.stringify({
          targets: [{ scope: 'repository', owner: 'octo', repo: 'app' }],
          names: ['TWILIO_ACCOUNT_SID', 'TWILIO_API_KEY', 'TWILIO_API_SECRET'],
        }),
      },
    });
  });

  snapshot('the key is already gone (404): post says so and succeeds', async ({ cell, step, name }) => {
    const sid = 'SK' + 'e'.repeat(32);
    name(sid, 'GONE');
    await step('post', {
      inputs: twilioInputs(cell, { permissions: 'messaging' }),
      state: {
        ...saved(cell),
        'key-sid': sid,
      },
    });
  });

  snapshot('nothing saved (main failed on its inputs): post does nothing', async ({ cell, step }) => {
    await step('post', { inputs: twilioInputs(cell, { permissions: 'messaging' }), state: {} });
  });
});
