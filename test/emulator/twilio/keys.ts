/** IAM v1 /v1/Keys: create, list, fetch, update, delete API keys. */
import { ACCOUNT_SID, accountInScope, requireKeyAdmin } from './access.js';
import { rfc2822, truncateToSeconds } from './clock.js';
import type { Handler, RequestContext } from './context.js';
import { field } from './context.js';
import { badRequest, notFound, TwilioError } from './errors.js';
import { paginate, parsePageRequest } from './pagination.js';
import { parsePolicy, presentPolicy } from './permissions.js';
import type { StoredKey } from './store.js';

export const MAX_FRIENDLY_NAME = 64;

function requireAccountSid(value: string | undefined, where: 'post body' | 'query'): string {
  if (value === undefined || value === '') {
    throw badRequest(`Missing required parameter AccountSid in the ${where}`);
  }
  if (!ACCOUNT_SID.test(value)) throw badRequest(`Invalid AccountSid: ${JSON.stringify(value)}`);
  return value;
}

export function checkFriendlyName(name: string | undefined): void {
  if (name !== undefined && [...name].length > MAX_FRIENDLY_NAME) {
    throw badRequest(
      `FriendlyName is too long: ${[...name].length} characters, at most ${MAX_FRIENDLY_NAME}`,
    );
  }
}

function policyBody(k: StoredKey): { allow: string[] } | null {
  return k.type === 'restricted' && k.policy ? presentPolicy(k.policy) : null;
}

/** What every key body shows (API 2010 shows only this). */
export function keyFields(k: StoredKey) {
  return {
    sid: k.sid,
    friendly_name: k.friendlyName,
    date_created: rfc2822(k.dateCreated),
    date_updated: rfc2822(k.dateUpdated),
  };
}

function keyBody(k: StoredKey) {
  return { ...keyFields(k), policy: policyBody(k) };
}

function listItem(k: StoredKey) {
  return { ...keyFields(k), flags: k.type === 'restricted' ? ['rest_api'] : ['rest_api', 'signing'] };
}

/** A key the caller may see, or 404 (other accounts' keys do not exist for the caller). */
function visibleKey(ctx: RequestContext): StoredKey {
  const key = ctx.store.keys.get(ctx.params['Sid'] ?? '');
  if (!key || key.region !== ctx.region || !ctx.store.inScope(ctx.principal.account, key.accountSid))
    throw notFound(ctx.path);
  return key;
}

export const createKey: Handler = (ctx) => {
  requireKeyAdmin(ctx.principal, 'create');
  const accountSid = requireAccountSid(field(ctx.form, 'AccountSid'), 'post body');
  accountInScope(ctx.store, ctx.principal, accountSid, ctx.path);

  const friendlyName = field(ctx.form, 'FriendlyName');
  checkFriendlyName(friendlyName);
  const keyType = field(ctx.form, 'KeyType') || 'standard';
  if (keyType !== 'standard' && keyType !== 'restricted') {
    throw badRequest(
      `Invalid KeyType ${JSON.stringify(keyType)}: use restricted, or omit it for a standard key`,
    );
  }
  const rawPolicy = field(ctx.form, 'Policy');
  let policy: string[] | undefined;
  if (keyType === 'restricted') {
    if (rawPolicy === undefined || rawPolicy === '')
      throw badRequest('Policy is required when KeyType is restricted');
    policy = parsePolicy(rawPolicy);
  } else if (rawPolicy !== undefined && rawPolicy !== '') {
    throw badRequest('Policy is only valid when KeyType is restricted');
  }

  const limit = ctx.store.keyLimit(accountSid);
  if (ctx.store.keysOf(accountSid).length >= limit) {
    throw new TwilioError(400, 70151, `API key limit reached: the account already has ${limit} keys`);
  }
  const key = ctx.store.createKey({
    accountSid,
    type: keyType,
    policy,
    friendlyName,
    createdAt: ctx.clock.now(),
  });
  return {
    status: 201,
    body: {
      sid: key.sid,
      friendly_name: key.friendlyName,
      date_created: rfc2822(key.dateCreated),
      date_updated: rfc2822(key.dateUpdated),
      secret: key.secret,
      policy: policyBody(key),
    },
  };
};

/** One page of `keys`, newest first (then by creation order), as both key resources list them. */
export function pageOfKeys(ctx: RequestContext, keys: StoredKey[], urlFor: Parameters<typeof paginate>[4]) {
  const all = keys.sort((a, b) => b.dateCreated.getTime() - a.dateCreated.getTime() || b.seq - a.seq);
  const position = (k: StoredKey) => ({ time: k.dateCreated.getTime(), seq: k.seq });
  return paginate(all, position, parsePageRequest(ctx.query), 'keys', urlFor);
}

export const listKeys: Handler = (ctx) => {
  requireKeyAdmin(ctx.principal, 'list');
  const accountSid = requireAccountSid(ctx.query['AccountSid'], 'query');
  accountInScope(ctx.store, ctx.principal, accountSid, ctx.path);
  const page = pageOfKeys(ctx, ctx.store.keysOf(accountSid), (p) => {
    const q = new URLSearchParams({
      AccountSid: accountSid,
      PageSize: String(p.PageSize),
      Page: String(p.Page),
    });
    if (p.PageToken !== undefined) q.set('PageToken', p.PageToken);
    return `${ctx.origin}/v1/Keys?${q.toString()}`;
  });
  return { status: 200, body: { keys: page.items.map(listItem), meta: page.meta } };
};

/**
 * Fetch, update and delete of one key, found by `find` and shown by `show`: IAM v1 and API 2010 share
 * them. `policy`: the update takes a Policy (IAM v1; restricted keys only).
 */
export function oneKeyHandlers(
  find: (ctx: RequestContext) => StoredKey,
  show: (k: StoredKey) => unknown,
  opts: { policy: boolean },
): { fetch: Handler; update: Handler; remove: Handler } {
  return {
    fetch: (ctx) => {
      requireKeyAdmin(ctx.principal, 'read');
      return { status: 200, body: show(find(ctx)) };
    },
    update: (ctx) => {
      requireKeyAdmin(ctx.principal, 'update');
      const key = find(ctx);
      const friendlyName = field(ctx.form, 'FriendlyName');
      checkFriendlyName(friendlyName);
      const policy = opts.policy ? policyField(ctx, key) : undefined;
      if (friendlyName !== undefined) key.friendlyName = friendlyName;
      if (policy) key.policy = policy;
      key.dateUpdated = truncateToSeconds(ctx.clock.now());
      return { status: 200, body: show(key) };
    },
    remove: (ctx) => {
      requireKeyAdmin(ctx.principal, 'delete');
      const key = find(ctx);
      ctx.store.keys.delete(key.sid);
      return { status: 204 };
    },
  };
}

function policyField(ctx: RequestContext, key: StoredKey): string[] | undefined {
  const rawPolicy = field(ctx.form, 'Policy');
  if (rawPolicy === undefined || rawPolicy === '') return undefined;
  if (key.type !== 'restricted') throw badRequest('Policy is only valid for restricted keys');
  return parsePolicy(rawPolicy);
}

export const {
  fetch: fetchKey,
  update: updateKey,
  remove: deleteKey,
} = oneKeyHandlers(visibleKey, keyBody, { policy: true });
