/**
 * Who may call: a token the store knows (401 otherwise), counted for the x-ratelimit-* headers, and the
 * primary and secondary rate limits a test switches on for the next N authenticated requests.
 */
import { HttpError, requestId } from './errors.js';
import type { Store } from './store.js';
import type { Grants } from './types.js';

const SECONDARY_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ';

export class RateLimits {
  secondary: { times: number; retryAfter: number } | false = false;
  primary: { times: number; resetInSeconds: number } | false = false;
}

/** The caller's grants; throws GitHub's 401 or rate-limit 403. */
export function authenticate(store: Store, limits: RateLimits, authToken: string | undefined): Grants {
  const token = authToken === undefined ? undefined : store.tokens.get(authToken);
  if (authToken === undefined) throw new HttpError(401, 'Requires authentication');
  if (!token) throw new HttpError(401, 'Bad credentials');
  token.used += 1;
  if (limits.secondary) {
    const { retryAfter } = limits.secondary;
    if (--limits.secondary.times <= 0) limits.secondary = false;
    throw new HttpError(
      403,
      SECONDARY_MESSAGE + requestId(),
      'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      {
        'retry-after': String(retryAfter),
      },
    );
  }
  if (limits.primary) {
    const reset = Math.floor(Date.now() / 1000) + limits.primary.resetInSeconds;
    if (--limits.primary.times <= 0) limits.primary = false;
    throw new HttpError(
      403,
      'API rate limit exceeded for user ID 1. If you reach out to GitHub Support for help, please include the request ID ' +
        requestId() +
        '.',
      'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset), 'x-ratelimit-used': '5000' },
    );
  }
  return token.grants;
}
