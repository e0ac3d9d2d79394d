// finish(): the one place a rotation's outcome becomes outputs, the job summary and the step's error.
import { describe, expect, it } from 'vitest';
import type { RotateConfig } from '../../src/config.js';
import { finish, type Outcome } from '../../src/modes/rotate/outcome.js';
import type { Run } from '../../src/modes/rotate/run.js';
import type { Runner } from '../../src/runner.js';

const key = { sid: 'SKnew', friendlyName: 'gha:rot:app', secret: 'shh', dateCreated: new Date(0) };
const deletion = { deleted: ['SKold'], failed: [], keep: ['SKprev'] };
const restored = { text: 'APP_API_KEY on o/b was set back to the key it held, SKprev.', ok: true };

function runWith(overrides: Partial<RotateConfig> = {}) {
  const outputs: Record<string, string> = {};
  const env: Record<string, string> = {};
  const summaries: string[] = [];
  const runner = {
    output: (name: string, value: string) => void (outputs[name] = value),
    exportVariable: (name: string, value: string) => void (env[name] = value),
    summary: (md: string) => void summaries.push(md),
  } as unknown as Runner;
  const cfg = {
    twilio: { accountSid: 'AC1', location: undefined },
    keyType: 'restricted',
    permissions: ['/twilio/iam/api-keys/list'],
    friendlyName: 'gha:rot:app',
    gracePeriodMs: 3_600_000,
    exportEnv: true,
    ...overrides,
  } as unknown as RotateConfig;
  const run = { cfg, runner, targetLabels: ['o/a', 'o/b'] } as unknown as Run;
  const error = (outcome: Outcome) => {
    try {
      finish(run, outcome);
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error('finish() did not throw');
  };
  return { run, outputs, env, summaries, error };
}

describe('finish', () => {
  it('refused and stopped-before-writes: the error only, no output', () => {
    const r = runWith();
    expect(r.error({ kind: 'refused', message: 'no' })).toBe('no');
    expect(
      r.error({
        kind: 'stopped-before-writes',
        why: 'boom.',
        keyFate: 'The new key SKnew was deleted.',
        cause: undefined,
      }),
    ).toBe('Rotation stopped before any secret was written: boom. The new key SKnew was deleted.');
    expect(r.outputs).toEqual({});
    expect(r.summaries).toEqual([]);
  });

  it('rolled back in round 1: nothing rotated, old secrets and keys untouched', () => {
    const r = runWith();
    const msg = r.error({
      kind: 'rolled-back',
      round: 1,
      reasons: ['GitHub said no.'],
      restore: restored,
      keyFate: 'The new key SKnew was deleted.',
    });
    expect(msg).toBe(
      'Rotation failed; nothing was rotated. GitHub said no. APP_API_KEY on o/b was set back to the key it held, SKprev. The new key SKnew was deleted. Old secrets and keys are untouched.',
    );
    expect(r.outputs).toEqual({ 'secrets-written': '[]', 'deleted-keys': '[]' });
  });

  it('rolled back in round 2, or with a failed restore: only the old keys are untouched', () => {
    const r = runWith();
    const failedRestore = { text: 'could not.', ok: false };
    expect(
      r.error({ kind: 'rolled-back', round: 1, reasons: ['x.'], restore: failedRestore, keyFate: 'k.' }),
    ).toBe('Rotation failed. x. could not. k. Old keys are untouched.');
    expect(
      r.error({ kind: 'rolled-back', round: 2, reasons: ['x.'], restore: restored, keyFate: 'k.' }),
    ).toMatch(/^Rotation failed; nothing was rotated\. .* Old keys are untouched\.$/);
  });

  it('incomplete: the key is handed out, every key kept, the targets named', () => {
    const r = runWith();
    const msg = r.error({
      kind: 'incomplete',
      key,
      written: ['o/a/APP_ACCOUNT_SID', 'o/a/APP_API_KEY', 'o/a/APP_API_SECRET'],
      rotated: ['o/a'],
      stale: ['o/b'],
      reasons: ['GitHub said no.'],
      restore: restored,
    });
    expect(msg).toBe(
      'Rotation incomplete: o/a holds the new key SKnew; o/b kept the key each held before. GitHub said no. APP_API_KEY on o/b was set back to the key it held, SKprev. No key was deleted, so every target holds a working pair; the next rotation writes every target again and converges.',
    );
    expect(r.outputs['api-key-sid']).toBe('SKnew');
    expect(r.outputs['deleted-keys']).toBe('[]');
    expect(JSON.parse(r.outputs['secrets-written'] ?? '')).toHaveLength(3);
    expect(r.summaries[0]).toContain('Twilio key rotation (incomplete)');
  });

  it('completed: the key, the deletions and the Auth Token secrets in the outputs and summary', () => {
    const r = runWith();
    finish(r.run, {
      kind: 'completed',
      key,
      written: ['o/a/APP_API_SECRET'],
      deletion,
      authToken: ['o/a/APP_AUTH_TOKEN'],
    });
    expect(r.outputs).toMatchObject({
      'account-sid': 'AC1',
      'api-key-sid': 'SKnew',
      'api-key-secret': 'shh',
      'credential-type': 'restricted-key',
      'friendly-name': 'gha:rot:app',
      'deleted-keys': '["SKold"]',
      'secrets-written': '["o/a/APP_API_SECRET","o/a/APP_AUTH_TOKEN"]',
    });
    expect(r.env).toMatchObject({
      TWILIO_ACCOUNT_SID: 'AC1',
      TWILIO_API_KEY: 'SKnew',
      TWILIO_API_SECRET: 'shh',
    });
    expect(r.summaries[0]).toContain('| Auth Token | rotated; written to `o/a/APP_AUTH_TOKEN` |');
    expect(r.summaries[0]).toContain('| Manages keys |');
    expect(r.summaries[0]).toContain('Targets: o/a, o/b.');
  });

  it('auth-token-failed: the key rotation stands, the Auth Token is not rotated, the step fails', () => {
    const r = runWith({ exportEnv: false, keyType: 'standard', permissions: [] });
    const msg = r.error({
      kind: 'auth-token-failed',
      key,
      written: ['o/a/APP_API_SECRET'],
      deletion,
      error: new Error('nope.'),
    });
    expect(msg).toBe(
      'The key rotation succeeded (SKnew is in every target), but the Auth Token rotation failed: nope.',
    );
    expect(r.outputs['secrets-written']).toBe('["o/a/APP_API_SECRET"]');
    expect(r.outputs['credential-type']).toBe('standard-key');
    expect(r.env).toEqual({});
    expect(r.summaries[0]).toContain('| Auth Token | NOT rotated: the current Auth Token still works |');
    expect(r.summaries[0]).not.toContain('| Manages keys |');
  });
});
