// Every bad-input case on the bundled main: exit 1, a message naming the input, and no request at all.
import { describe, expect, it } from 'vitest';
import { runStep } from '../harness/action.js';
import { useEmulators } from '../harness/emulators.js';
import { BAD_INPUTS, VALID } from '../cases/bad-inputs.js';

const { twilio } = useEmulators({ accounts: 'file' });

describe('bad inputs fail before any request', () => {
  it.concurrent.each(BAD_INPUTS.map((c) => [c.title, c] as const))('%s', async (_t, c) => {
    const inputs = { ...VALID, 'twilio-api-url': twilio.url, ...c.inputs };
    if (c.inputs['twilio-api-url'] !== undefined) inputs['twilio-api-url'] = c.inputs['twilio-api-url'];
    const main = await runStep('main', { inputs, ...(c.env && { env: c.env }) });
    expect(main.exitCode).toBe(1);
    const errors = main.commands.filter((e) => e.command === 'error').map((e) => e.message);
    expect(
      errors.some((e) => e.startsWith(`Input '${c.names}'`) && c.says.test(e)),
      errors.join('\n'),
    ).toBe(true);
    expect(main.state).toEqual({});
    // Any request from any case so far fails this.
    expect(twilio.requests).toHaveLength(0);
  });
});
