/**
 * API 2010 Keys (/2010-04-01/Accounts/{AccountSid}/Keys.json): the key resource Twilio documents for
 * managing API keys in every Region. It makes standard keys only (no KeyType, no Policy). Keys made here
 * belong to the request's Region (regions.ts) and exist only there. Who may: as for IAM v1 (access.ts).
 */
import { accountInScope, requireKeyAdmin } from './access.js';
import type { Handler, RequestContext } from './context.js';
import { field } from './context.js';
import { notFound, TwilioError } from './errors.js';
import { checkFriendlyName, keyFields, oneKeyHandlers, pageOfKeys } from './keys.js';
import type { StoredKey } from './store.js';

function pathAccount(ctx: RequestContext): string {
  const sid = ctx.params['AccountSid'] ?? '';
  accountInScope(ctx.store, ctx.principal, sid, ctx.path);
  return sid;
}

const keyBody = keyFields;

/** A key of the path's account in this Region, or 404. */
function pathKey(ctx: RequestContext): StoredKey {
  const accountSid = pathAccount(ctx);
  const key = ctx.store.keys.get(ctx.params['Sid'] ?? '');
  if (!key || key.accountSid !== accountSid || key.region !== ctx.region) throw notFound(ctx.path);
  return key;
}

export const createKey2010: Handler = (ctx) => {
  requireKeyAdmin(ctx.principal, 'create');
  const accountSid = pathAccount(ctx);
  const friendlyName = field(ctx.form, 'FriendlyName');
  checkFriendlyName(friendlyName);
  const limit = ctx.store.keyLimit(accountSid);
  if (ctx.store.keysOf(accountSid, ctx.region).length >= limit)
    throw new TwilioError(400, 70151, `API key limit reached: the account already has ${limit} keys`);
  const key = ctx.store.createKey({
    accountSid,
    type: 'standard',
    friendlyName,
    createdAt: ctx.clock.now(),
    region: ctx.region,
  });
  return { status: 201, body: { ...keyBody(key), secret: key.secret } };
};

export const listKeys2010: Handler = (ctx) => {
  requireKeyAdmin(ctx.principal, 'list');
  const accountSid = pathAccount(ctx);
  const base = `/2010-04-01/Accounts/${accountSid}/Keys.json`;
  // API 2010 pages carry relative `*_uri` links (clients put them on the host they called).
  const page = pageOfKeys(ctx, ctx.store.keysOf(accountSid, ctx.region), (p) => {
    const q = new URLSearchParams({ PageSize: String(p.PageSize), Page: String(p.Page) });
    if (p.PageToken !== undefined) q.set('PageToken', p.PageToken);
    return `${base}?${q.toString()}`;
  });
  const start = page.meta.page * page.meta.page_size;
  return {
    status: 200,
    body: {
      keys: page.items.map(keyBody),
      first_page_uri: page.meta.first_page_url,
      next_page_uri: page.meta.next_page_url,
      previous_page_uri: page.meta.previous_page_url,
      uri: page.meta.url,
      page: page.meta.page,
      page_size: page.meta.page_size,
      start,
      end: start + Math.max(0, page.items.length - 1),
    },
  };
};

export const {
  fetch: fetchKey2010,
  update: updateKey2010,
  remove: deleteKey2010,
} = oneKeyHandlers(pathKey, keyBody, { policy: false });
