// Revoke mode, in process: delete a key and the secrets that hold it. Snapshots of the workflow commands
// and requests per scenario (see test/README.md).
import { describe, expect, it } from 'vitest';
import { githubInputs, repoScope, scenario, seedSecret, twilioInputs, type Cell } from './scenario.js';

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
  it('deletes the key and its repository secrets', async () => {
    const t = await scenario(async ({ cell, job, name }) => {
      const sid = await seedKey(cell, name);
      await job({
        inputs: {
          ...twilioInputs(cell, { mode: 'revoke', 'key-sid': sid }),
          ...githubInputs(cell, 'repository'),
        },
      });
    });
    expect(t).toMatchSnapshot();
  });

  it('a key already gone (404) and no secrets: success', async () => {
    const t = await scenario(async ({ cell, job, name }) => {
      const sid = 'SK' + 'f'.repeat(32);
      name(sid, 'GONE');
      await job({ inputs: twilioInputs(cell, { mode: 'revoke', 'key-sid': sid }) });
    });
    expect(t).toMatchSnapshot();
  });

  it('the key cannot be deleted (500 every time): the secrets go, the step fails', async () => {
    const t = await scenario(async ({ cell, job, name }) => {
      const sid = await seedKey(cell, name);
      cell.twilio.faults.add({ method: 'DELETE', path: /^\/v1\/Keys\//, kind: 'status', status: 403 });
      await job({
        inputs: {
          ...twilioInputs(cell, { mode: 'revoke', 'key-sid': sid }),
          ...githubInputs(cell, 'repository'),
        },
      });
    });
    expect(t).toMatchSnapshot();
  });

  it('without key-sid: an error naming the input, no request', async () => {
    const t = await scenario(async ({ cell, job }) => {
      await job({ inputs: twilioInputs(cell, { mode: 'revoke' }) });
    });
    expect(t).toMatchSnapshot();
  });
});
