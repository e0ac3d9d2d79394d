// Rotate mode (and rotate-auth-token), in process: a new key into every target, the superseded one
// deleted after grace. Snapshots of the workflow commands and requests per scenario (see test/README.md).
import { describe, expect, it } from 'vitest';
import { LINEAGE, seedLineage } from '../reliability/matrix/rotation.js';
import {
  envScope,
  githubInputs,
  H,
  repoScope,
  scenario,
  seedSecret,
  snapshot,
  twilioInputs,
  type Run,
} from './scenario.js';

const ROTATE = { mode: 'rotate', 'friendly-name': 'billing', permissions: 'messaging', 'grace-period': '1h' };
const TARGETS = 'repository\nenvironment:production';

/** K0 < K1 seeded (matrix/rotation.ts), named in the transcript. */
async function lineage({ cell, name }: Run): Promise<void> {
  const { k0, k1 } = await seedLineage(cell);
  name(k0, 'K0');
  name(k1.sid, 'K1');
  name(k1.secret, 'K1 secret');
}

describe('rotate mode', () => {
  snapshot('the first rotation: a new lineage key into both targets', async ({ cell, step }) => {
    await step('main', { inputs: { ...twilioInputs(cell, ROTATE), ...githubInputs(cell, TARGETS) } });
  });

  snapshot(
    'a lineage K0 < K1: the new key replaces K1 in the targets, K0 (past grace) is deleted',
    async (run) => {
      const { cell, step } = run;
      await lineage(run);
      await step('main', { inputs: { ...twilioInputs(cell, ROTATE), ...githubInputs(cell, TARGETS) } });
    },
  );

  snapshot('the Auth Token too: a secondary token written, checked and promoted', async (run) => {
    const { cell, step } = run;
    await lineage(run);
    for (const scope of [repoScope, envScope])
      await seedSecret(cell.github, scope, 'TWILIO_AUTH_TOKEN', cell.account.authToken, H);
    await step('main', {
      inputs: {
        ...twilioInputs(cell, { ...ROTATE, 'rotate-auth-token': 'true' }),
        ...githubInputs(cell, TARGETS),
      },
    });
  });

  snapshot(
    'the environment refuses the API_SECRET write: SIDs put back, the new key deleted, the step fails',
    async (run) => {
      const { cell, step } = run;
      await lineage(run);
      cell.github.faults.add({
        method: 'PUT',
        path: /\/environments\/production\/secrets\/TWILIO_API_SECRET$/,
        kind: 'status',
        status: 403,
      });
      await step('main', { inputs: { ...twilioInputs(cell, ROTATE), ...githubInputs(cell, TARGETS) } });
    },
  );

  snapshot('no secrets target: an error naming the input, no request', async ({ cell, step }) => {
    await step('main', { inputs: twilioInputs(cell, ROTATE) });
  });

  it(`keys of the lineage are named ${LINEAGE}`, async () => {
    const t = await scenario(async ({ cell, step }) => {
      await step('main', {
        inputs: { ...twilioInputs(cell, { ...ROTATE, 'dry-run': 'true' }), ...githubInputs(cell, TARGETS) },
      });
    });
    expect(t).toContain(LINEAGE);
    expect(t).toMatchSnapshot();
  });
});
