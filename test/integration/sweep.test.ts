// mode: sweep on the bundled action: thousands of keys on several pages, and only tagged old ones go.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENV, runStep } from '../harness/action.js';
import { useEmulators } from '../harness/emulators.js';

const H = 3_600_000;

const emu = useEmulators();
const { twilio, account } = emu;

const inputs = (extra: Record<string, string> = {}) => ({
  'account-sid': account.sid,
  'auth-token': account.authToken,
  mode: 'sweep',
  'max-age': '24h',
  'twilio-api-url': twilio.url,
  ...extra,
});

const hex = (i: number) => (i % 0x1000000).toString(16).padStart(6, '0');
const currentRun = DEFAULT_ENV.GITHUB_RUN_ID as string;

interface Population {
  taggedOld: Set<string>;
  all: Set<string>;
}

/** 2,500 keys: the only ones sweep may delete are the 800 tagged old ones. */
function populate(): Population {
  const taggedOld = new Set<string>();
  const all = new Set<string>();
  const add = (friendlyName: string, hoursOld: number) => {
    const { sid } = emu.addAgedKey(friendlyName, hoursOld);
    all.add(sid);
    return sid;
  };
  for (let i = 0; i < 800; i++)
    taggedOld.add(add(`gha:eph:${9000 + i}.1.${hex(i)}:octo/app:build`, 24.5 + (i % 100)));
  for (let i = 0; i < 600; i++) add(`gha:eph:${8000 + i}.2.${hex(i)}:octo/app:test`, (i % 23) + 0.5);
  const untagged = [
    'deploy',
    'gha:eph:1.1:old-style',
    'prod gha:eph:1.1.abcdef:',
    'GHA:EPH:1.1.abcdef:x',
    'gha:ephemeral',
  ];
  for (let i = 0; i < 500; i++) add(`${untagged[i % untagged.length]}-${i}`, 1000);
  for (let i = 0; i < 350; i++) add(`gha:rot:lineage-${i % 7}`, 1000);
  // The run doing the sweep (any attempt): never its own keys, however old.
  for (let i = 0; i < 250; i++) add(`gha:eph:${currentRun}.${1 + (i % 2)}.${hex(i)}:octo/app:job${i}`, 1000);
  return { taggedOld, all };
}

/** Highest number of requests in flight at once among `records`. */
function maxInFlight(records: { startedAt: number; endedAt: number | undefined }[]): number {
  const events = records.flatMap((r) => [
    { t: r.startedAt, d: 1 },
    { t: r.endedAt ?? Infinity, d: -1 },
  ]);
  events.sort((a, b) => a.t - b.t || a.d - b.d);
  let now = 0;
  let max = 0;
  for (const e of events) max = Math.max(max, (now += e.d));
  return max;
}

describe('sweep', () => {
  it('over 2,500 keys on several pages, deletes exactly the tagged old ones (dry run first: nothing)', async () => {
    const { taggedOld, all } = populate();
    const other = twilio.addAccount();
    const foreign = twilio.addKey({
      accountSid: other.sid,
      type: 'standard',
      friendlyName: 'gha:eph:1.1.abcdef:other-account',
      createdAt: new Date(Date.now() - 100 * H),
    });
    expect(twilio.keys(account.sid)).toHaveLength(2500);

    // Dry run: lists, deletes nothing.
    const dry = await runStep('main', { inputs: inputs({ 'dry-run': 'true' }) });
    expect(dry.exitCode, dry.stdout + dry.stderr).toBe(0);
    expect(twilio.keys(account.sid)).toHaveLength(2500);
    expect(dry.outputs['deleted-keys']).toBe('[]');
    expect(dry.stdout.match(/Dry run: would delete SK/g)).toHaveLength(800);
    for (const sid of taggedOld) expect(dry.stdout).toContain(`would delete ${sid}`);
    expect(dry.summary).toMatch(/\| Keys listed \| 2500 \|/);
    expect(twilio.requests.filter((r) => r.method === 'DELETE')).toHaveLength(0);

    const before = twilio.requests.length;
    twilio.latencyMs = 3; // so deletes overlap and the concurrency bound shows
    const step = await runStep('main', { inputs: inputs() });
    expect(step.exitCode, step.stdout + step.stderr).toBe(0);

    // Listed on several pages, following next_page_url.
    const lists = twilio.requests.slice(before).filter((r) => r.method === 'GET' && r.path === '/v1/Keys');
    expect(lists.length).toBeGreaterThanOrEqual(3);
    expect(lists.slice(1).every((r) => r.query.PageToken)).toBe(true);

    const deleted = JSON.parse(step.outputs['deleted-keys'] ?? '') as string[];
    expect(new Set(deleted)).toEqual(taggedOld);
    expect(deleted).toHaveLength(800);
    const left = new Set(twilio.keys(account.sid).map((k) => k.sid));
    expect(left).toEqual(new Set([...all].filter((sid) => !taggedOld.has(sid))));
    expect(twilio.keys(other.sid).map((k) => k.sid)).toEqual([foreign.sid]);

    const deletes = twilio.requests.slice(before).filter((r) => r.method === 'DELETE');
    expect(deletes).toHaveLength(800);
    const inFlight = maxInFlight(deletes);
    expect(inFlight).toBeLessThanOrEqual(8);
    expect(inFlight).toBeGreaterThan(1);

    expect(step.summary).toMatch(/\| Keys listed \| 2500 \|/);
    expect(step.summary).toMatch(/\| Tagged \(gha:eph:\) \| 1650 \|/);
    expect(step.summary).toMatch(/\| Older than 1d \| 800 \|/);
    expect(step.summary).toMatch(/\| Deleted \| 800 \|/);
    expect(step.summary).toMatch(/\| Failed \| 0 \|/);

    // Nothing left to do.
    const again = await runStep('main', { inputs: inputs() });
    expect(again.exitCode).toBe(0);
    expect(again.outputs['deleted-keys']).toBe('[]');
  });

  it('warns per key it cannot delete, deletes the rest, and fails the step at the end', async () => {
    const old = (i: number) => emu.addAgedKey(`gha:eph:55.1.${hex(i)}:x`, 48).sid;
    const [a, b, c] = [old(1), old(2), old(3)];
    twilio.faults.add({ method: 'DELETE', path: `/v1/Keys/${b}`, kind: 'status', status: 403, code: 20003 });
    const step = await runStep('main', { inputs: inputs() });
    expect(step.exitCode).toBe(1);
    const warnings = step.commands.filter((cmd) => cmd.command === 'warning').map((cmd) => cmd.message);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(b);
    expect(warnings[0]).toContain('20003');
    expect(step.commands.find((cmd) => cmd.command === 'error')?.message).toMatch(/could not delete 1 of 3/);
    expect(twilio.keys(account.sid).map((k) => k.sid)).toEqual([b]);
    expect(new Set(JSON.parse(step.outputs['deleted-keys'] ?? ''))).toEqual(new Set([a, c]));
  });

  it('a key deleted by its post step meanwhile (404) is not a failure', async () => {
    const sid = emu.addAgedKey('gha:eph:56.1.abcdef:x', 48).sid;
    twilio.faults.add({
      method: 'DELETE',
      path: `/v1/Keys/${sid}`,
      kind: 'status',
      status: 404,
      code: 20404,
    });
    const step = await runStep('main', { inputs: inputs() });
    expect(step.exitCode, step.stdout).toBe(0);
    expect(step.stdout).toContain(`Already gone: ${sid}`);
  });

  it('a sweep needs no permissions input and mints nothing', async () => {
    const before = twilio.requests.length;
    const step = await runStep('main', { inputs: inputs() });
    expect(step.exitCode, step.stdout).toBe(0);
    expect(twilio.requests.slice(before).every((r) => r.method === 'GET')).toBe(true);
  });
});
