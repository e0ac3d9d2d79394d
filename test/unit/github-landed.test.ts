import { describe, expect, it } from 'vitest';
import type { SecretTarget } from '../../src/config.js';
import type { GitHubClient } from '../../src/github/client.js';
import { GitHubError } from '../../src/github/errors.js';
import { createStamps } from '../../src/github/landed.js';
import type { FailedSecret, WriteReport } from '../../src/github/secrets.js';

const target: SecretTarget = { scope: 'repository', owner: 'o', repo: 'r' };
const T = Date.parse('2026-01-01T00:00:00Z');

/** A GitHub whose secrets' updated_at the test sets; `undefined` answers 500, a missing name 404. */
function fakeGitHub(stamps: Record<string, number | undefined>) {
  const reads: string[] = [];
  const client = {
    async request(route: string, params: { secret_name: string }) {
      reads.push(`${route} ${params.secret_name}`);
      if (!(params.secret_name in stamps)) throw Object.assign(new Error('Not Found'), { status: 404 });
      const at = stamps[params.secret_name];
      if (at === undefined) throw Object.assign(new Error('Server Error'), { status: 500 });
      return { status: 200, data: { name: params.secret_name, updated_at: new Date(at).toISOString() } };
    },
  } as unknown as GitHubClient;
  return { client, reads, stamps };
}

const failed = (name: string, status: number | undefined): FailedSecret => ({
  target,
  name,
  error: new GitHubError({
    status,
    method: 'PUT',
    route: '/repos/{owner}/{repo}/actions/secrets/{secret_name}',
    target,
    operation: 'write-secret',
    secretName: name,
    githubMessage: status === undefined ? 'socket hang up' : 'failed',
  }),
});

const report = (...f: FailedSecret[]): WriteReport => ({ written: [], failed: f, skipped: [] });

async function settleAfter(
  beforeStamps: Record<string, number | undefined>,
  afterStamps: Record<string, number | undefined>,
  f: FailedSecret,
  reference = 'REF',
) {
  const gh = fakeGitHub({ ...beforeStamps });
  const stamps = createStamps(gh.client);
  const before = await stamps.snapshot([target], ['S', 'REF']);
  for (const name of Object.keys(gh.stamps)) delete gh.stamps[name];
  Object.assign(gh.stamps, afterStamps);
  return stamps.settle(report(f), { before, reference });
}

describe('createStamps', () => {
  it('snapshot reads updated_at: a number, null when missing, undefined when unreadable', async () => {
    const gh = fakeGitHub({ A: T, B: undefined });
    const snap = await createStamps(gh.client).snapshot([target], ['A', 'B', 'C']);
    expect([snap.get(target, 'A'), snap.get(target, 'B'), snap.get(target, 'C')]).toEqual([
      T,
      undefined,
      null,
    ]);
  });

  it('a refused write (4xx) never landed, and nothing is read again', async () => {
    const gh = fakeGitHub({ S: T });
    const stamps = createStamps(gh.client);
    const before = await stamps.snapshot([target], ['S']);
    const reads = gh.reads.length;
    const r = await stamps.settle(report(failed('S', 422)), { before, reference: 'REF' });
    expect(r.failed.map((f) => f.name)).toEqual(['S']);
    expect(r.landed).toEqual([]);
    expect(r.unsure).toEqual([]);
    expect(gh.reads.length).toBe(reads);
  });

  it('a write without an answer whose updated_at moved landed: it counts as written', async () => {
    const r = await settleAfter({ S: T, REF: T }, { S: T + 60_000, REF: T + 60_000 }, failed('S', undefined));
    expect(r.written).toEqual([{ target, name: 'S' }]);
    expect(r.landed.map((f) => f.name)).toEqual(['S']);
    expect(r.failed).toEqual([]);
  });

  it('a 5xx write of a secret that did not exist, and exists now, landed', async () => {
    const r = await settleAfter({ REF: T }, { S: T + 1_000, REF: T + 1_000 }, failed('S', 502));
    expect(r.landed.map((f) => f.name)).toEqual(['S']);
  });

  it('a secret that is gone after the write did not land', async () => {
    const r = await settleAfter({ S: T, REF: T }, { REF: T + 1_000 }, failed('S', undefined));
    expect(r.failed.map((f) => f.name)).toEqual(['S']);
    expect(r.unsure).toEqual([]);
  });

  it('an unchanged stamp older than the secret written just before proves the write never landed', async () => {
    const r = await settleAfter({ S: T, REF: T }, { S: T, REF: T + 5_000 }, failed('S', undefined));
    expect(r.failed.map((f) => f.name)).toEqual(['S']);
    expect(r.unsure).toEqual([]);
  });

  it('an unchanged stamp from the same second as the reference cannot tell', async () => {
    const r = await settleAfter(
      { S: T + 5_000, REF: T },
      { S: T + 5_000, REF: T + 5_000 },
      failed('S', undefined),
    );
    expect(r.failed.map((f) => f.name)).toEqual(['S']);
    expect(r.unsure.map((f) => f.name)).toEqual(['S']);
  });

  it('an unreadable stamp, before or after, cannot tell', async () => {
    const before = await settleAfter(
      { S: undefined, REF: T },
      { S: T + 9_000, REF: T },
      failed('S', undefined),
    );
    expect(before.unsure.map((f) => f.name)).toEqual(['S']);
    const after = await settleAfter({ S: T, REF: T }, { S: undefined, REF: T }, failed('S', 500));
    expect(after.unsure.map((f) => f.name)).toEqual(['S']);
  });

  it('a report without failures is settled without waiting for the snapshot or reading anything', async () => {
    const gh = fakeGitHub({});
    const never = new Promise<never>(() => undefined);
    const r = await createStamps(gh.client).settle(
      { written: [{ target, name: 'S' }], failed: [], skipped: [] },
      { before: never, reference: 'REF' },
    );
    expect(r).toEqual({ written: [{ target, name: 'S' }], failed: [], skipped: [], landed: [], unsure: [] });
    expect(gh.reads).toEqual([]);
  });
});
