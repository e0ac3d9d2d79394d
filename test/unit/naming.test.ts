import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../src/duration.js';
import { ephemeralName, isEphemeralName, isRotationName, rotationName } from '../../src/naming.js';

describe('naming', () => {
  const id = { runId: '12345678901', runAttempt: '2', nonce: 'a1b2c3' };
  it('puts the tag first and cuts to 64 characters', () => {
    const name = ephemeralName(id, 'octo/app:build');
    expect(name).toBe('gha:eph:12345678901.2.a1b2c3:octo/app:build');
    const long = ephemeralName(id, 'x'.repeat(100));
    expect(long).toHaveLength(64);
    expect(isEphemeralName(long)).toBe(true);
  });
  it('tells tagged from untagged and rotation names', () => {
    expect(isEphemeralName('gha:eph:1.1.abcdef:x')).toBe(true);
    expect(isEphemeralName('gha:eph:1.1:x')).toBe(false);
    expect(isEphemeralName('my key gha:eph:1.1.abcdef:')).toBe(false);
    expect(isEphemeralName(rotationName('svc'))).toBe(false);
    expect(isRotationName(rotationName('svc'))).toBe(true);
    expect(isRotationName(null)).toBe(false);
  });
});

describe('durations', () => {
  it.each([
    ['90s', 90_000],
    ['30m', 1_800_000],
    ['1h', 3_600_000],
    ['1h30m', 5_400_000],
    ['2d', 172_800_000],
    ['1D', 86_400_000],
  ])('%s = %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
    expect(parseDuration(formatDuration(ms))).toBe(ms);
  });
  it.each(['', '3600', '1x', 'h', '0s', '-1h', '1h 30m', '30m1h'])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});
