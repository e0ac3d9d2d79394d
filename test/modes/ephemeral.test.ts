// Ephemeral mode (the default), in process: per scenario, the workflow commands of main and post and the
// requests they made, as a snapshot (see test/README.md; update with `npx vitest run -u`).
import { describe, expect, it } from 'vitest';
import { githubInputs, scenario, twilioInputs } from './scenario.js';

describe('ephemeral mode', () => {
  it('a key for later steps, deleted by post', async () => {
    const t = await scenario(async ({ cell, job }) => {
      await job({ inputs: twilioInputs(cell, { permissions: 'messaging' }) });
    });
    expect(t).toMatchSnapshot();
  });

  it('also written to a repository secret, which post deletes', async () => {
    const t = await scenario(async ({ cell, job }) => {
      await job({
        inputs: { ...twilioInputs(cell, { permissions: 'messaging' }), ...githubInputs(cell, 'repository') },
      });
    });
    expect(t).toMatchSnapshot();
  });

  it('an environment and an organization target, with a prefix', async () => {
    const t = await scenario(async ({ cell, job }) => {
      cell.github.addOrganization('octo');
      await job({
        inputs: {
          ...twilioInputs(cell, { permissions: 'messaging, verify', 'secret-prefix': 'SMS_' }),
          ...githubInputs(cell, 'environment:production\norganization:octo visibility=private'),
        },
      });
    });
    expect(t).toMatchSnapshot();
  });

  it('an unknown permission: an error naming the input, no request', async () => {
    const t = await scenario(async ({ cell, job }) => {
      await job({ inputs: twilioInputs(cell, { permissions: 'messaging, /twilio/nope/read' }) });
    });
    expect(t).toMatchSnapshot();
  });

  it('Twilio refuses the create (403): the step fails, post has nothing to delete', async () => {
    const t = await scenario(async ({ cell, job }) => {
      cell.twilio.faults.add({ method: 'POST', path: '/v1/Keys', kind: 'status', status: 403 });
      await job({ inputs: twilioInputs(cell, { permissions: 'messaging' }) });
    });
    expect(t).toMatchSnapshot();
  });

  it('dry run: plans, mints nothing', async () => {
    const t = await scenario(async ({ cell, job }) => {
      await job({
        inputs: {
          ...twilioInputs(cell, { permissions: 'messaging', 'dry-run': 'true' }),
          ...githubInputs(cell, 'repository'),
        },
      });
    });
    expect(t).toMatchSnapshot();
  });
});
