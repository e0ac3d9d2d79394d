// The shared fault controller's 'delay' holds (test/emulator/faults.ts), without a server: what
// held() and release() promise the tests that use them to act while a request is surely in flight.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Faults, releaseWhenAllHeld, type BaseFaultRule, type FiredFault } from './faults.js';

const closing = new AbortController();

function arrive(faults: Faults<BaseFaultRule>, path: string): FiredFault {
  const fault = faults.match('PUT', path);
  if (!fault) throw new Error(`no fault fired for ${path}`);
  return fault;
}

/** Lets every settled promise's callbacks run (one turn of the event loop; no time passes by intent). */
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('fault controller: delay holds', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('held() resolves once the requests reach the hold; release() lets them go on, now and later', async () => {
    const faults = new Faults<BaseFaultRule>([]);
    const id = faults.add({ method: 'PUT', kind: 'delay' });
    let two = false;
    const heldTwo = faults.held(id, 2).then(() => (two = true));
    const done: string[] = [];
    const a = faults.hold(arrive(faults, '/a'), closing.signal).then(() => done.push('a'));
    await turn();
    expect(two, 'one request held, two wanted').toBe(false);
    const b = faults.hold(arrive(faults, '/b'), closing.signal).then(() => done.push('b'));
    await heldTwo;
    await faults.held(id, 1); // already reached: at once
    await turn();
    expect(done, 'both still held').toEqual([]);
    faults.release(id);
    await Promise.all([a, b]);
    expect(done).toEqual(['a', 'b']);
    // Released for good: a later request is not held.
    await faults.hold(arrive(faults, '/c'), closing.signal);
    await faults.held(id, 3);
  });

  it('an emulator closing ends the hold', async () => {
    const faults = new Faults<BaseFaultRule>([]);
    const id = faults.add({ kind: 'delay' });
    const closed = new AbortController();
    const holding = faults.hold(arrive(faults, '/a'), closed.signal);
    await faults.held(id);
    closed.abort();
    await holding;
  });

  it('held() rejects when the requests never come, and throws for an unknown rule', async () => {
    vi.useFakeTimers();
    const faults = new Faults<BaseFaultRule>([]);
    const id = faults.add({ method: 'PUT', kind: 'delay' });
    const never = faults.held(id, 1, 5_000);
    vi.advanceTimersByTime(5_000);
    await expect(never).rejects.toThrow(`1 request(s) held by ${id} expected, 0 arrived in 5000 ms`);
    expect(() => faults.held('fault-99')).toThrow(/unknown fault rule/);
  });

  it('releaseWhenAllHeld() waits for a request at every hold, and releases them all even when one never comes', async () => {
    vi.useFakeTimers();
    const faults = new Faults<BaseFaultRule>([]);
    const [a, b] = [faults.add({ path: '/a', kind: 'delay' }), faults.add({ path: '/b', kind: 'delay' })];
    const holdingA = faults.hold(arrive(faults, '/a'), closing.signal);
    const released = releaseWhenAllHeld([
      { faults, id: a },
      { faults, id: b },
    ]);
    released.catch(() => undefined);
    vi.advanceTimersByTime(10_000);
    await expect(released).rejects.toThrow(`1 request(s) held by ${b} expected, 0 arrived`);
    await holdingA; // released although b never came
    await faults.hold(arrive(faults, '/b'), closing.signal); // b is released too

    const c = faults.add({ path: '/c', kind: 'delay' });
    const both = releaseWhenAllHeld([{ faults, id: c }]);
    const holdingC = faults.hold(arrive(faults, '/c'), closing.signal);
    await both;
    await holdingC;
  });
});
