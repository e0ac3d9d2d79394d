// Sweep mode, in process: delete the ephemeral keys of jobs that died. Snapshots of the workflow
// commands and requests per snapshot (see test/README.md).
import { describe } from 'vitest';
import { type Cell, H, snapshot, twilioInputs } from './scenario.js';

function addKey(c: Cell, friendlyName: string, hoursOld: number): string {
  return c.twilio.addKey({
    accountSid: c.account.sid,
    type: 'standard',
    friendlyName,
    createdAt: new Date(Date.now() - hoursOld * H),
  }).sid;
}

describe('sweep mode', () => {
  snapshot(
    'deletes tagged keys past max-age, keeps untagged, lineage, young and own-run keys',
    async ({ cell, step, name }) => {
      name(addKey(cell, 'deploy', 30), 'UNTAGGED');
      name(addKey(cell, 'gha:rot:billing', 30), 'LINEAGE');
      name(addKey(cell, 'gha:eph:12345678901.1.dddddd:octo/app:build', 30), 'OWN_RUN');
      name(addKey(cell, 'gha:eph:222.1.eeeeee:octo/app:build', 1), 'YOUNG');
      name(addKey(cell, 'gha:eph:111.1.aaaaaa:octo/app:build', 26), 'EXPIRED_1');
      name(addKey(cell, 'gha:eph:112.2.bbbbbb:octo/app:test', 25), 'EXPIRED_2');
      await step('main', { inputs: twilioInputs(cell, { mode: 'sweep', 'max-age': '24h' }) });
    },
  );

  snapshot('dry run lists what it would delete and deletes nothing', async ({ cell, step, name }) => {
    name(addKey(cell, 'gha:eph:111.1.aaaaaa:octo/app:build', 25), 'EXPIRED');
    await step('main', {
      inputs: twilioInputs(cell, { mode: 'sweep', 'max-age': '24h', 'dry-run': 'true' }),
    });
  });

  snapshot(
    'a key it cannot delete: a warning naming it, the rest deleted, the step fails',
    async ({ cell, step, name }) => {
      const stuck = addKey(cell, 'gha:eph:111.1.aaaaaa:octo/app:build', 25);
      name(stuck, 'STUCK');
      name(addKey(cell, 'gha:eph:112.1.bbbbbb:octo/app:build', 25), 'EXPIRED');
      cell.twilio.faults.add({ method: 'DELETE', path: `/v1/Keys/${stuck}`, kind: 'status', status: 403 });
      await step('main', { inputs: twilioInputs(cell, { mode: 'sweep', 'max-age': '24h' }) });
    },
  );

  snapshot('a malformed max-age: an error naming the input, no request', async ({ cell, step }) => {
    await step('main', { inputs: twilioInputs(cell, { mode: 'sweep', 'max-age': 'a day' }) });
  });
});
