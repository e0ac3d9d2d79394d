// Cancellation at each await point of the main step: the runner sends SIGINT (the action installs no
// handler, so the process dies at once), then runs the post step with whatever state main had saved.
// Ephemeral mode with a repository secret target. After post: no key left, and no secret the run wrote.
import net from 'node:net';
import { describe, it, type ExpectStatic } from 'vitest';
import { runStep, type StepResult } from '../harness/action.js';
import {
  absent,
  ephemeralInputs,
  inCell,
  repoScope,
  STEP_ENV,
  triple,
  until,
  withCell,
  type Cell,
} from './support.js';

/** Every request either emulator received has been answered (or dropped): nothing lands later. */
async function settled(c: Cell): Promise<void> {
  await until(
    () =>
      c.twilio.requests.every((r) => r.endedAt !== undefined) &&
      c.github.requests.every((r) => r.endedAt !== undefined),
    15_000,
  );
}

/** What main had done when it died, from the state it saved. */
function reached(main: StepResult): string {
  if (main.exitCode === 0) return 'finished';
  if (main.state['secret-targets']) return 'secret targets saved';
  if (main.state['key-sid']) return 'key minted';
  if (main.state['key-friendly-name']) return 'name saved';
  return 'nothing saved';
}

/** Cancels main at `after`; `afterMain` runs once main has died, before post. Then checks nothing is left. */
async function cancelThenPost(
  expect: ExpectStatic,
  c: Cell,
  after: RegExp | number | Promise<unknown>,
  afterMain: () => void = () => undefined,
): Promise<{ main: StepResult; post: StepResult }> {
  const step = { inputs: ephemeralInputs(c), env: STEP_ENV };
  const main = await runStep('main', { ...step, interrupt: { after } });
  afterMain();
  const post = await runStep('post', { ...step, state: main.state });
  await settled(c);
  expect(post.exitCode, post.stdout).toBe(0);
  expect(
    post.commands.filter((x) => x.command === 'warning'),
    post.stdout,
  ).toEqual([]);
  expect(
    c.twilio.keys(c.account.sid),
    `no key left (${reached(main)})\n${main.stdout}\n---\n${post.stdout}`,
  ).toEqual([]);
  expect(absent(triple(c.github, repoScope)), `no secret left (${reached(main)})`).toBe(true);
  return { main, post };
}

/**
 * Cancels main while the requests `rule` matches are held in `side`'s emulator (a 'delay' fault): once
 * one is held, or at `after`. They are let go once main has died, and commit then, before post runs.
 * The hold, not a latency, keeps them in flight when SIGINT lands, however slow the machine.
 */
function cancelWhileHeld(
  expect: ExpectStatic,
  c: Cell,
  side: 'twilio' | 'github',
  rule: { method: string; path: string | RegExp },
  after?: RegExp,
): Promise<{ main: StepResult; post: StepResult }> {
  const faults = c[side].faults;
  const hold = faults.add({ ...rule, kind: 'delay' });
  return cancelThenPost(expect, c, after ?? faults.held(hold), () => faults.release(hold));
}

/**
 * A TCP gate in front of the Twilio emulator: while closed it accepts connections and swallows what
 * they send, so a request is sent by the action but never reaches Twilio; once opened it forwards.
 */
async function twilioGate(
  c: Cell,
): Promise<{ url: string; arrived: Promise<void>; open(): void; close(): Promise<void> }> {
  const target = new URL(c.twilio.url);
  let isOpen = false;
  let signal: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (signal = resolve));
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    if (!isOpen) {
      client.once('data', () => signal());
      return;
    }
    const upstream = net.connect(Number(target.port), target.hostname);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    arrived,
    open: () => {
      isOpen = true;
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe.concurrent('cancel (SIGINT) at each await point of main, then post', () => {
  it(
    'while loading, before anything is saved',
    inCell(async (c, expect) => {
      const { main } = await cancelThenPost(expect, c, 1);
      expect(main.signal).toBe('SIGINT');
      expect(c.twilio.requests.filter((r) => r.method === 'POST')).toEqual([]);
    }),
  );

  it(
    'before the create request reaches Twilio (name saved, request held on the way)',
    inCell(async (c, expect) => {
      const gate = await twilioGate(c);
      try {
        const interrupted = gate.arrived.then(() => undefined);
        const main = await runStep('main', {
          inputs: ephemeralInputs(c, gate.url),
          env: STEP_ENV,
          interrupt: { after: interrupted },
        });
        expect(main.signal).toBe('SIGINT');
        expect(main.state['key-friendly-name']).toMatch(/^gha:eph:/);
        expect(main.state['key-sid']).toBeUndefined();
        gate.open();
        // The post step runs once the create's own timeout has passed (the request died with main): it
        // looks once. Waiting out a create that is still in flight is tested in hardening.test.ts.
        const sentAt = Number(main.state['create-sent-at']);
        expect(sentAt).toBeGreaterThan(0);
        const state = { ...main.state, 'create-sent-at': String(sentAt - 60_000) };
        const post = await runStep('post', { inputs: ephemeralInputs(c, gate.url), env: STEP_ENV, state });
        await settled(c);
        expect(post.exitCode).toBe(0);
        expect(post.stdout).toContain('nothing to delete');
        expect(c.twilio.requests.filter((r) => r.method === 'POST')).toEqual([]);
        expect(c.twilio.keys(c.account.sid)).toEqual([]);
        expect(absent(triple(c.github, repoScope))).toBe(true);
      } finally {
        await gate.close();
      }
    }),
  );

  it(
    'while the create request is in flight (Twilio makes the key after main died)',
    inCell(async (c, expect) => {
      const create = { method: 'POST', path: '/v1/Keys' };
      const { main, post } = await cancelWhileHeld(expect, c, 'twilio', create);
      expect(main.signal).toBe('SIGINT');
      expect(main.state['key-sid']).toBeUndefined();
      // The key was made: post found it by the name saved before the request, and deleted it.
      expect(c.twilio.requests.filter((r) => r.method === 'POST' && r.status === 201)).toHaveLength(1);
      expect(post.stdout).toMatch(/Deleted key SK|Key SK[0-9a-f]+ was already gone/);
    }),
  );

  it(
    'after the key is minted, before any secret is written (public key read in flight)',
    inCell(async (c, expect) => {
      const publicKey = { method: 'GET', path: /\/public-key$/ };
      const { main, post } = await cancelWhileHeld(expect, c, 'github', publicKey, /Created restricted key/);
      expect(main.signal).toBe('SIGINT');
      expect(main.state['key-sid']).toMatch(/^SK/);
      expect(c.github.requests.filter((r) => r.method === 'PUT')).toEqual([]);
      expect(post.stdout).toContain(`Deleted key ${main.state['key-sid']}`);
    }),
  );

  it(
    'while the secret PUTs are in flight (GitHub stores them after main died)',
    inCell(async (c, expect) => {
      const { main } = await cancelWhileHeld(expect, c, 'github', { method: 'PUT', path: /\/secrets\// });
      expect(main.signal).toBe('SIGINT');
      expect(main.state['secret-targets']).toBeDefined();
      // At least one PUT was applied after main died; post deleted it.
      expect(c.github.requests.filter((r) => r.method === 'PUT' && r.status === 201).length).toBeGreaterThan(
        0,
      );
    }),
  );

  it(
    'at every request of main: when it is sent, and when its answer came',
    { timeout: 180_000 },
    async ({ expect }) => {
      // A clean main with some latency on both sides: how many requests it makes.
      const total = await withCell(async (probe) => {
        probe.twilio.latencyMs = 100;
        probe.github.latencyMs = 100;
        const main = await runStep('main', { inputs: ephemeralInputs(probe), env: STEP_ENV });
        expect(main.exitCode, main.stdout).toBe(0);
        const requests = probe.twilio.requests.length + probe.github.requests.length;
        await runStep('post', { inputs: ephemeralInputs(probe), env: STEP_ENV, state: main.state });
        return requests;
      });
      expect(total, 'create, public key, list of secret names, 3 PUTs').toBe(6);
      // Each await point of main is a request in flight, or the moment right after an answer came.
      const points = Array.from({ length: total }, (_, i) => [
        { n: i + 1, when: 'sent' as const },
        { n: i + 1, when: 'answered' as const },
      ]).flat();
      const landed: string[] = [];
      // A few at a time: every cell starts two node processes.
      for (let i = 0; i < points.length; i += 4) {
        landed.push(
          ...(await Promise.all(
            points.slice(i, i + 4).map(({ n, when }) =>
              withCell(async (c) => {
                c.twilio.latencyMs = 100;
                c.github.latencyMs = 100;
                const all = () => [...c.twilio.requests, ...c.github.requests];
                const at = until(() =>
                  when === 'sent'
                    ? all().length >= n
                    : all().filter((r) => r.endedAt !== undefined).length >= n,
                );
                const { main } = await cancelThenPost(expect, c, at);
                return `request ${n} ${when}: ${main.signal ?? `exit ${main.exitCode}`}, ${reached(main)}`;
              }),
            ),
          )),
        );
      }
      console.log(`cancel at each request of main (${total} requests):\n  ${landed.join('\n  ')}`);
      // (Between "key minted" and "secret targets saved" main awaits only a module import: the test above
      // stops it there by its log line.)
      for (const state of ['name saved', 'secret targets saved'])
        expect(
          landed.some((l) => l.endsWith(state)),
          `some cancel landed at: ${state}`,
        ).toBe(true);
    },
  );
});
