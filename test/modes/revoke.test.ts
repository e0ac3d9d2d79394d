// Revoke mode, in process: delete a key and the secrets that hold it. Snapshots of the workflow commands
// and requests per snapshot (see test/README.md).
import { describe } from 'vitest';
import { type Cell, githubInputs, repoScope, seedSecret, snapshot, twilioInputs } from './scenario.js';

async function seedKey(c: Cell, name: (value: string, as: string) => void): Promise<string> {
  const key = c.twilio.addKey({
    accountSid: c.account.sid,
    type: 'restricted',
    policy: ['/twilio/messaging/messages/create'],
    friendlyName: 'gha:eph:555.1.abcdef:octo/app:build',
  });
  name(key.sid, 'KEY');
  await seedSecret(c.github, repoScope, 'TWILIO_ACCOUNT_SID', c.account.sid);
  await seedSecret(c.github, repoScope, 'TWILIO_API_KEY', key.sid);
  await seedSecret(c.github, repoScope, 'TWILIO_API_SECRET', key.secret);
  return key.sid;
}

describe('revoke mode', () => {
  snapshot('deletes the key and its repository secrets', async ({ cell, job, name }) => {
    const sid = await seedKey(cell, name);
    await job({
      inputs: {
        ...twilioInputs(cell, { mode: 'revoke', 'key-sid': sid }),
        ...githubInputs(cell, 'repository'),
      },
    });
  });

  snapshot('a key already gone (404) and no secrets: success', async ({ cell, job, name }) => {
    const sid = 'SK' + 'f'.repeat(32);
    name(sid, 'GONE');
    await job({ inputs: twilioInputs(cell, { mode: 'revoke', 'key-sid': sid }) });
  });

  snapshot(
    'the key cannot be deleted (500 every time): the secrets go, the step fails',
    async ({ cell, job, name }) => {
      const sid = await seedKey(cell, name);
      cell.twilio.faults.add({ method: 'DELETE', path: /^\/v1\/Keys\//, kind: 'status', status: 403 });
      await job({
        inputs: {
          ...twilioInputs(cell, { mode: 'revoke', 'key-sid': sid }),
          ...githubInputs(cell, 'repository'),
        },
      });
    },
  );

  snapshot('without key-sid: an error naming the input, no request', async ({ cell, job }) => {
    await job({ inputs: twilioInputs(cell, { mode: 'revoke' }) });
  });
});
