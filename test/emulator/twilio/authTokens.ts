/**
 * Accounts v1 Auth Tokens: the secondary-token dance.
 * - POST /v1/AuthTokens/Secondary: 201, creates a secondary token; if one exists it is replaced (the old
 *   secondary stops working).
 * - DELETE /v1/AuthTokens/Secondary: 204; 404 / 20404 when there is none.
 * - POST /v1/AuthTokens/Promote: 200, the secondary becomes the primary and the old primary is rejected at
 *   once; 404 / 20404 when there is no secondary.
 * Both tokens authenticate until promotion. They act on the caller's own account (Auth Token or Main key).
 * `SuppressEmailNotification` is accepted and ignored.
 */
import { requireAccountAdmin } from './access.js';
import { iso8601, truncateToSeconds } from './clock.js';
import type { Handler } from './context.js';
import { notFound } from './errors.js';
import { newAuthToken } from './ids.js';

export const createSecondary: Handler = (ctx) => {
  const account = requireAccountAdmin(ctx.principal);
  const now = truncateToSeconds(ctx.clock.now());
  account.secondary = { token: newAuthToken(), dateCreated: now };
  return {
    status: 201,
    body: {
      account_sid: account.sid,
      date_created: iso8601(now),
      date_updated: iso8601(now),
      secondary_auth_token: account.secondary.token,
      url: `${ctx.origin}/v1/AuthTokens/Secondary`,
    },
  };
};

export const deleteSecondary: Handler = (ctx) => {
  const account = requireAccountAdmin(ctx.principal);
  if (!account.secondary) throw notFound(ctx.path);
  account.secondary = undefined;
  return { status: 204 };
};

export const promote: Handler = (ctx) => {
  const account = requireAccountAdmin(ctx.principal);
  const secondary = account.secondary;
  if (!secondary) throw notFound('/v1/AuthTokens/Secondary');
  account.authToken = secondary.token;
  account.authTokenCreated = secondary.dateCreated;
  account.secondary = undefined;
  return {
    status: 200,
    body: {
      account_sid: account.sid,
      auth_token: account.authToken,
      date_created: iso8601(secondary.dateCreated),
      date_updated: iso8601(truncateToSeconds(ctx.clock.now())),
      url: `${ctx.origin}/v1/AuthTokens/Promote`,
    },
  };
};
