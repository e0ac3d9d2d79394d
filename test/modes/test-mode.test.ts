// Test mode (pull-request runs, or mode: test), in process: Twilio test credentials, never a live key.
// Snapshots of the workflow commands and requests per snapshot (see test/README.md).
import { describe } from 'vitest';
import { type Cell, snapshot, twilioInputs } from './scenario.js';

function testInputs(c: Cell, extra: Record<string, string> = {}): Record<string, string> {
  const test = c.twilio.addTestAccount();
  return twilioInputs(c, {
    permissions: 'messaging',
    'test-account-sid': test.sid,
    'test-auth-token': test.authToken,
    ...extra,
  });
}

describe('test mode', () => {
  snapshot(
    'a pull_request run gets the test credentials and the magic numbers, with no request',
    async ({ cell, job }) => {
      await job({ inputs: testInputs(cell), env: { GITHUB_EVENT_NAME: 'pull_request' } });
    },
  );

  snapshot('mode: test on a push run', async ({ cell, job }) => {
    await job({ inputs: testInputs(cell, { mode: 'test' }) });
  });

  snapshot(
    'a pull_request run without test credentials: an error naming the inputs, no request',
    async ({ cell, job }) => {
      await job({
        inputs: twilioInputs(cell, { permissions: 'messaging' }),
        env: { GITHUB_EVENT_NAME: 'pull_request' },
      });
    },
  );
});
