// The leak scanner finds every form of a secret where it must not be, and nothing where it may be.
import { describe, expect, it } from 'vitest';
import { recordedSteps, runStep, type StepResult } from '../harness/action.js';
import {
  base64Fragments,
  forms,
  MIN_SECRET_LENGTH,
  scanRecorded,
  scanStep,
  watchedSecrets,
  watchSecret,
} from '../harness/leak-scan.js';
import { startCell, STEP_ENV } from './support.js';

const SECRET = 'Ab3dEf7hIj1lMn0pQr5tUv9xYz2B4c6D';
const ODD = 'p@ss w/rd+"quoted"\\&=more%';
const SID = 'SK' + 'e'.repeat(32);

function step(
  parts: Partial<Pick<StepResult, 'stdout' | 'stderr'>> & {
    state?: string;
    summary?: string;
    output?: string;
    env?: string;
  },
): StepResult {
  return {
    exitCode: 0,
    signal: null,
    stdout: parts.stdout ?? '',
    stderr: parts.stderr ?? '',
    outputs: {},
    env: {},
    state: {},
    summary: parts.summary ?? '',
    commands: [],
    files: {
      output: parts.output ?? '',
      env: parts.env ?? '',
      state: parts.state ?? '',
      summary: parts.summary ?? '',
    },
    durationMs: 1,
  };
}

const secrets = new Map([
  [SECRET, { what: 'key secret', owner: SID }],
  [ODD, { what: 'odd token', owner: undefined }],
]);

const scan = (s: StepResult) => scanStep(s, secrets).map((l) => `${l.secret}/${l.form}@${l.where}`);

describe('leak scanner', () => {
  it('allows a secret inside ::add-mask:: and in GITHUB_OUTPUT / GITHUB_ENV', () => {
    const s = step({
      stdout: `::add-mask::${SECRET}\n::add-mask::${ODD}\nCreated key ${SID}.\n`,
      output: `api-key-secret<<d\n${SECRET}\nd\n`,
      env: `TWILIO_API_SECRET<<d\n${SECRET}\nd\n`,
    });
    expect(scan(s)).toEqual([]);
  });

  it('finds the raw value on any other stdout line, in stderr, state and summary', () => {
    const s = step({
      stdout: `ok\n::debug::body ${SECRET}\n`,
      stderr: `Error: ${SECRET}`,
      state: `key-sid<<d\n${SECRET}\nd\n`,
      summary: `| secret | ${SECRET} |`,
    });
    expect(scan(s)).toEqual([
      'key secret/raw@stdout line 2',
      'key secret/raw@stderr',
      'key secret/raw@GITHUB_STATE',
      'key secret/raw@GITHUB_STEP_SUMMARY',
    ]);
  });

  it('finds base64 at every alignment inside a larger blob, e.g. a Basic header of any user', () => {
    for (const prefix of ['', 'a', 'ab', 'abc', 'SKxyz:']) {
      const blob = Buffer.from(`${prefix}${SECRET}-and-more`).toString('base64');
      expect(scan(step({ stdout: `Authorization: Basic ${blob}` })), prefix).toContain(
        'key secret/base64@stdout line 1',
      );
    }
    expect(scan(step({ stdout: Buffer.from(`${SID}:${SECRET}`).toString('base64') }))).toContain(
      `key secret/base64 of ${SID}:secret@stdout line 1`,
    );
    expect(scan(step({ stdout: Buffer.from(SECRET).toString('base64url') }))).toContain(
      'key secret/base64@stdout line 1',
    );
  });

  it('finds URL-encoded, form-encoded and JSON-escaped forms', () => {
    expect(scan(step({ stdout: `https://x/?t=${encodeURIComponent(ODD)}` }))).toContain(
      'odd token/url-encoded@stdout line 1',
    );
    expect(
      scan(step({ stdout: `Password=${new URLSearchParams({ a: ODD }).toString().slice(2)}` })),
    ).toContain('odd token/form-encoded@stdout line 1');
    expect(scan(step({ summary: JSON.stringify({ token: ODD }) }))).toContain(
      'odd token/json-escaped@GITHUB_STEP_SUMMARY',
    );
  });

  it('reports each form once per place', () => {
    expect(scan(step({ stdout: `${SECRET} ${SECRET}` }))).toEqual(['key secret/raw@stdout line 1']);
  });

  it('ignores values too short to tell from ordinary text', () => {
    expect(
      scanStep(step({ stdout: 'short' }), new Map([['short', { what: 'x', owner: undefined }]])),
    ).toEqual([]);
    expect(MIN_SECRET_LENGTH).toBe(8);
  });

  it('base64 fragments depend only on the secret', () => {
    const frags = base64Fragments(SECRET);
    expect(frags).toHaveLength(3);
    for (const f of frags) expect(f.length).toBeGreaterThanOrEqual(40);
    expect(forms(SECRET, SID).map((f) => f.form)).toEqual([
      'raw',
      'base64',
      'base64',
      'base64',
      'base64url',
      `base64 of ${SID}:secret`,
    ]);
  });

  it('end to end: a value the action prints is caught in a real step, and the emulators feed the scanner', async () => {
    const c = await startCell();
    try {
      // Not a secret input, so the action prints it (in the key's friendly name): a stand-in for a leak.
      const canary = 'canary0leak0value0x';
      watchSecret(canary, 'canary');
      const before = recordedSteps.length;
      const main = await runStep('main', {
        inputs: {
          'account-sid': c.account.sid,
          'auth-token': c.account.authToken,
          permissions: 'messaging',
          'friendly-name': canary,
          'twilio-api-url': c.twilio.url,
        },
        env: STEP_ENV,
      });
      await runStep('post', {
        inputs: {
          'account-sid': c.account.sid,
          'auth-token': c.account.authToken,
          'twilio-api-url': c.twilio.url,
        },
        env: STEP_ENV,
        state: main.state,
      });
      const report = scanRecorded(recordedSteps.slice(before));
      expect(
        report.leaks.map((l) => `${l.secret}/${l.form}@${l.where.replace(/line \d+/, 'line')}`),
      ).toContain('canary/raw@stdout line');
      expect(
        report.leaks.every((l) => l.secret === 'canary'),
        'nothing else leaked',
      ).toBe(true);
      // The minted key's secret and the account's Auth Token were collected without the test's help.
      const watched = [...watchedSecrets().values()].map((k) => k.what);
      expect(watched).toContain(`Auth Token of ${c.account.sid}`);
      expect(watched).toContain(`key ${main.outputs['api-key-sid']} secret`);
      // The canary steps must not fail this file's automatic scan: forget them.
      recordedSteps.splice(before);
    } finally {
      await c.close();
    }
  });
});
