// The post step's key deletion in process, with an injected clock: how long it waits for a create in
// flight is decided by state, and no test waits on real time.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deleteKey, type Clock } from '../../src/modes/cleanup.js';
import type { PostTarget } from '../../src/post-target.js';
import type { Runner } from '../../src/runner.js';
import { STATE } from '../../src/names/state.js';
import { startTwilioEmulator, type TwilioEmulator } from '../emulator/twilio/index.js';

let twilio: TwilioEmulator;
let account: { sid: string; authToken: string };
beforeAll(async () => {
  twilio = await startTwilioEmulator();
});
afterAll(() => twilio.close());
beforeEach(() => {
  account = twilio.addAccount();
});

const NAME = 'gha:eph:1.1.abcdef:octo/app:build';

function fakeRunner(state: Record<string, string>) {
  const info: string[] = [];
  const warnings: string[] = [];
  const runner = {
    state: (name: string) => state[name] ?? '',
    info: (m: string) => info.push(m),
    warning: (m: string) => warnings.push(m),
    debug: () => undefined,
  } as unknown as Runner;
  return { runner, info, warnings };
}

/** Sleeping moves the clock; `onSleep` runs at each wake-up (e.g. to land the late key). */
function fakeClock(start: number, onSleep: (n: number) => void = () => undefined) {
  let now = start;
  let sleeps = 0;
  const clock: Clock = {
    now: () => now,
    sleep: async (ms) => {
      now += ms;
      onSleep(++sleeps);
    },
  };
  return { clock, sleeps: () => sleeps };
}

const target = (): PostTarget => ({
  ok: true,
  warnings: [],
  twilio: {
    accountSid: account.sid,
    credential: { kind: 'auth-token', username: account.sid, password: account.authToken },
    apiUrl: twilio.url,
    timeoutMs: 5_000,
  },
});
const lists = () =>
  twilio.requests.filter(
    (r) => r.method === 'GET' && r.path === '/v1/Keys' && r.query.AccountSid === account.sid,
  );

describe('deleteKey after a cancel', () => {
  it('looks again until the create timeout has passed, then stops', async () => {
    const { runner, info, warnings } = fakeRunner({
      [STATE.friendlyName]: NAME,
      [STATE.createSentAt]: '1000000',
      [STATE.createTimeoutMs]: '5000',
    });
    const { clock, sleeps } = fakeClock(1_002_000);
    await deleteKey(target(), runner, clock);
    expect(sleeps()).toBe(3); // 3 s left, one look a second
    expect(lists()).toHaveLength(4);
    expect(info.at(-1)).toContain('nothing to delete');
    expect(warnings).toEqual([]);
  });

  it('deletes a key that lands while it looks', async () => {
    const { runner, info } = fakeRunner({
      [STATE.friendlyName]: NAME,
      [STATE.createSentAt]: '1000000',
      [STATE.createTimeoutMs]: '5000',
    });
    const { clock } = fakeClock(1_000_100, (n) => {
      if (n === 2)
        twilio.addKey({ accountSid: account.sid, type: 'restricted', policy: [], friendlyName: NAME });
    });
    await deleteKey(target(), runner, clock);
    expect(twilio.keys(account.sid)).toHaveLength(0);
    expect(info.some((m) => m.startsWith('Deleted key SK'))).toBe(true);
  });

  it('sends nothing when the create was refused or never sent', async () => {
    for (const extra of [{ [STATE.createOutcome]: 'refused', [STATE.createSentAt]: '1' }, {}]) {
      const { runner, info, warnings } = fakeRunner({ [STATE.friendlyName]: NAME, ...extra });
      await deleteKey(target(), runner, fakeClock(0).clock);
      expect(info).toHaveLength(1);
      expect(warnings).toEqual([]);
    }
    expect(twilio.requests.filter((r) => r.authUser === account.sid)).toHaveLength(0);
  });
});

describe('create requests in flight', () => {
  it('every send of the create is reported, a retry after 429 too, so the wait starts at the last one', async () => {
    const { createKeyApi } = await import('../../src/twilio/keys.js');
    twilio.faults.add({ method: 'POST', path: '/v1/Keys', kind: 'status', status: 429, nth: 1 });
    const sent: string[] = [];
    const t = target();
    if (!t.ok) throw new Error('target');
    const keys = createKeyApi(t.twilio, {
      log: { info: () => undefined, warning: () => undefined, debug: () => undefined },
      sleep: async () => undefined,
      onSend: (label) => sent.push(label),
    });
    const key = await keys.create({
      friendlyName: NAME,
      keyType: 'restricted',
      permissions: ['/twilio/messaging/messages/create'],
    });
    expect(sent.filter((l) => l === 'POST /v1/Keys')).toHaveLength(2);
    await keys.remove(key.sid);
    twilio.faults.clear();
  });
});
