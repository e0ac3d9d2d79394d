import { describe, expect, it } from 'vitest';
import { decideRetry, DEFAULT_RETRY, parseRetryAfter } from '../../src/http/retry-policy.js';

const p = DEFAULT_RETRY;

describe('decideRetry', () => {
  it.each([
    [500, true, true],
    [502, true, true],
    [503, false, false],
    [undefined, true, true],
    [undefined, false, false],
    [429, false, true],
    [429, true, true],
    [400, true, false],
    [401, true, false],
    [403, true, false],
    [404, true, false],
    [409, true, false],
  ])('status %s idempotent=%s -> retry %s', (status, idempotent, expected) => {
    expect(decideRetry({ status, idempotent }, 1, p, 0.5).retry).toBe(expected);
  });

  it('stops after the last attempt', () => {
    expect(decideRetry({ status: 503, idempotent: true }, p.attempts - 1, p, 0).retry).toBe(true);
    expect(decideRetry({ status: 503, idempotent: true }, p.attempts, p, 0).retry).toBe(false);
  });

  it('backs off exponentially with jitter in [half, full] and a cap', () => {
    const delays = [1, 2, 3].map((a) =>
      [0, 0.999].map((r) => {
        const d = decideRetry({ status: 500, idempotent: true }, a, { ...p, attempts: 10 }, r);
        return d.retry ? d.delayMs : -1;
      }),
    );
    expect(delays).toEqual([
      [125, 250],
      [250, 500],
      [500, 1000],
    ]);
    const capped = decideRetry({ status: 500, idempotent: true }, 9, { ...p, attempts: 10 }, 0.999);
    expect(capped.retry && capped.delayMs).toBeLessThanOrEqual(p.maxDelayMs);
    expect(capped.retry && capped.delayMs).toBeGreaterThan(p.maxDelayMs * 0.99);
  });

  it('honours Retry-After, and gives up when it is too long', () => {
    const d = decideRetry({ status: 429, idempotent: false, retryAfterS: 3 }, 1, p, 0.5);
    expect(d).toEqual({ retry: true, delayMs: 3000 });
    expect(decideRetry({ status: 429, idempotent: false, retryAfterS: 3600 }, 1, p, 0.5).retry).toBe(false);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('5', 0)).toBe(5);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 0)).toBe(10);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
    expect(parseRetryAfter(undefined, 0)).toBeUndefined();
  });
});
