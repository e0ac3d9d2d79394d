// Ephemeral mode (the default), in process: per scenario, the workflow commands of main and post and the
// requests they made, as a snapshot (see test/README.md; update with `npx vitest run -u`).
import { describe } from 'vitest';
import { githubInputs, snapshot, twilioInputs } from './scenario.js';

describe('ephemeral mode', () => {
  snapshot('a key for later steps, deleted by post', async ({ cell, job }) => {
    await job({ inputs: twilioInputs(cell, { permissions: 'messaging' }) });
  });

  snapshot('also written to a repository secret, which post deletes', async ({ cell, job }) => {
    await job({
      inputs: { ...twilioInputs(cell, { permissions: 'messaging' }), ...githubInputs(cell, 'repository') },
    });
  });

  snapshot('an environment and an organization target, with a prefix', async ({ cell, job }) => {
    cell.github.addOrganization('octo');
    await job({
      inputs: {
        ...twilioInputs(cell, { permissions: 'messaging, verify', 'secret-prefix': 'SMS_' }),
        ...githubInputs(cell, 'environment:production\norganization:octo visibility=private'),
      },
    });
  });

  snapshot('an unknown permission: an error naming the input, no request', async ({ cell, job }) => {
    await job({ inputs: twilioInputs(cell, { permissions: 'messaging, /twilio/nope/read' }) });
  });

  snapshot(
    'Twilio refuses the create (403): the step fails, post has nothing to delete',
    async ({ cell, job }) => {
      cell.twilio.faults.add({ method: 'POST', path: '/v1/Keys', kind: 'status', status: 403 });
      await job({ inputs: twilioInputs(cell, { permissions: 'messaging' }) });
    },
  );

  snapshot('dry run: plans, mints nothing', async ({ cell, job }) => {
    await job({
      inputs: {
        ...twilioInputs(cell, { permissions: 'messaging', 'dry-run': 'true' }),
        ...githubInputs(cell, 'repository'),
      },
    });
  });
});
