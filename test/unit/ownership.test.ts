import { describe, expect, it } from 'vitest';
import type { SecretTarget } from '../../src/config.js';
import { describeTarget } from '../../src/github/targets.js';
import {
  CLOCK_SLACK_MS,
  existingSecretsError,
  foreignSecretsError,
  rotationOwnership,
} from '../../src/modes/ownership.js';

const repo: SecretTarget = { scope: 'repository', owner: 'octo', repo: 'app' };
const T = Date.parse('2026-01-01T00:00:00Z');
const key = (sid: string, at: number) => ({ sid, friendlyName: 'gha:rot:ci', dateCreated: new Date(at) });
const secret = (name: string) => ({ target: repo, name });

describe('rotationOwnership', () => {
  it('absent secrets are free; a secret written after a lineage key existed is ours', () => {
    const o = rotationOwnership(
      [
        { secret: secret('A'), stamp: null },
        { secret: secret('B'), stamp: T + 60_000 },
      ],
      [key('SK1', T)],
    );
    expect(o).toEqual({ foreign: [], unknown: [] });
  });

  it('a secret written before every lineage key (or with no lineage) is foreign', () => {
    expect(rotationOwnership([{ secret: secret('B'), stamp: T }], []).foreign).toEqual([secret('B')]);
    expect(
      rotationOwnership([{ secret: secret('B'), stamp: T }], [key('SK1', T + CLOCK_SLACK_MS + 1000)]).foreign,
    ).toEqual([secret('B')]);
  });

  it('clock slack: a key created a moment after the stamp still counts', () => {
    expect(rotationOwnership([{ secret: secret('B'), stamp: T }], [key('SK1', T + 2000)]).foreign).toEqual(
      [],
    );
  });

  it('an unreadable stamp is unknown, never assumed ours', () => {
    expect(rotationOwnership([{ secret: secret('B'), stamp: undefined }], [key('SK1', T)]).unknown).toEqual([
      secret('B'),
    ]);
  });
});

describe('messages', () => {
  it('existing secrets: names each, the input, and that nothing was written', () => {
    const m = existingSecretsError([secret('TWILIO_ACCOUNT_SID')], 'TWILIO_', describeTarget);
    expect(m).toContain("Input 'secret-prefix'");
    expect(m).toContain('repository:octo/app/TWILIO_ACCOUNT_SID');
    expect(m).toContain('secret-prefix: JOB_TWILIO_');
    expect(m).toContain('Nothing was written');
  });

  it('foreign secrets: names the opt-in', () => {
    const m = foreignSecretsError(
      { foreign: [secret('TWILIO_API_KEY')], unknown: [] },
      'gha:rot:ci',
      describeTarget,
    );
    expect(m).toContain('repository:octo/app/TWILIO_API_KEY');
    expect(m).toContain('overwrite-secrets: true');
  });
});
