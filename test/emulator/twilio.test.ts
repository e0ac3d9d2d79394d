/**
 * Behaviour of the Twilio emulator, over real HTTP with plain fetch: auth matrix, validation, paging,
 * clock, the Auth Token dance, test credentials, faults and latency.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, type CallOptions } from './twilio/client.js';
import { startTwilioEmulator, type TwilioEmulator } from './twilio/index.js';

interface ErrorBody {
  code: number;
  message: string;
  more_info: string;
  status: number;
}
interface KeyBody {
  sid: string;
  friendly_name: string | null;
  date_created: string;
  date_updated: string;
  secret?: string;
  policy?: { allow: string[] } | null;
}
interface ListBody {
  keys: (KeyBody & { flags: string[] })[];
  meta: {
    page: number;
    page_size: number;
    first_page_url: string;
    previous_page_url: string | null;
    url: string;
    next_page_url: string | null;
    key: string;
  };
}
type Body = Record<string, unknown>;

const NOW = new Date('2026-03-01T12:00:00Z');
const RFC2822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$/;
const policy = (...allow: string[]) => JSON.stringify({ allow });

let twilio: TwilioEmulator;
let acct: { sid: string; authToken: string };
let tok: [string, string];

beforeEach(async () => {
  twilio = await startTwilioEmulator({ now: NOW });
  acct = twilio.addAccount();
  tok = [acct.sid, acct.authToken];
});
afterEach(async () => {
  await twilio.close();
});

function api<T = Body>(method: string, path: string, opts: CallOptions = {}) {
  return call<T>(twilio.url, method, path, opts);
}

function createKey(auth: [string, string], form: Record<string, string>) {
  return api<KeyBody & ErrorBody>('POST', '/v1/Keys', { auth, form });
}

function expectError(res: { status: number; body: unknown }, status: number, code: number): void {
  expect(res.status).toBe(status);
  expect(res.body).toEqual({
    code,
    message: expect.any(String),
    more_info: `https://www.twilio.com/docs/errors/${code}`,
    status,
  });
}

function keyAuth(k: { sid: string; secret: string }): [string, string] {
  return [k.sid, k.secret];
}

describe('authentication', () => {
  it('answers 401 / 20003 with Twilio’s exact body when credentials are missing or wrong', async () => {
    const none = await api('GET', '/v1/Keys', { query: { AccountSid: acct.sid } });
    expect(none.status).toBe(401);
    expect(none.body).toEqual({
      code: 20003,
      message: 'Authenticate',
      more_info: 'https://www.twilio.com/docs/errors/20003',
      status: 401,
    });
    expect(none.headers.get('www-authenticate')).toMatch(/^Basic/);

    const key = twilio.addKey({ accountSid: acct.sid, type: 'main' });
    const wrong: [string, string][] = [
      [acct.sid, 'f'.repeat(32)],
      [`AC${'0'.repeat(32)}`, acct.authToken],
      [key.sid, 'x'.repeat(32)],
      [`SK${'0'.repeat(32)}`, key.secret],
      ['someone', acct.authToken],
      [acct.sid, ''],
    ];
    for (const auth of wrong) {
      const res = await api('GET', '/v1/Keys', { auth, query: { AccountSid: acct.sid } });
      expectError(res, 401, 20003);
      expect((res.body as unknown as ErrorBody).message).toBe('Authenticate');
    }
  });

  it('accepts the account’s Auth Token and every key type’s secret for what each may do', async () => {
    const main = twilio.addKey({ accountSid: acct.sid, type: 'main' });
    const standard = twilio.addKey({ accountSid: acct.sid, type: 'standard' });
    const msg = { From: '+14155550100', To: '+14155550101', Body: 'hi' };
    for (const auth of [tok, keyAuth(main), keyAuth(standard)]) {
      const res = await api('POST', `/2010-04-01/Accounts/${acct.sid}/Messages.json`, { auth, form: msg });
      expect(res.status).toBe(201);
    }
    expect(twilio.messages.map((m) => m.authUser)).toEqual([acct.sid, main.sid, standard.sid]);
  });
});

describe('who may manage keys', () => {
  const create = '/twilio/iam/api-keys/create';

  it('lets the Auth Token, a Main key and a restricted key with /create create keys; not a Standard key', async () => {
    const main = twilio.addKey({ accountSid: acct.sid, type: 'main' });
    const standard = twilio.addKey({ accountSid: acct.sid, type: 'standard' });
    const creator = twilio.addKey({ accountSid: acct.sid, type: 'restricted', policy: [create] });
    const wildcard = twilio.addKey({
      accountSid: acct.sid,
      type: 'restricted',
      policy: ['/twilio/iam/api-keys/*'],
    });
    const lister = twilio.addKey({
      accountSid: acct.sid,
      type: 'restricted',
      policy: ['/twilio/iam/api-keys/list'],
    });
    const form = { AccountSid: acct.sid, FriendlyName: 'k' };

    expect((await createKey(tok, form)).status).toBe(201);
    expect((await createKey(keyAuth(main), form)).status).toBe(201);
    expect((await createKey(keyAuth(creator), form)).status).toBe(201);
    expect((await createKey(keyAuth(wildcard), form)).status).toBe(201);
    expectError(await createKey(keyAuth(standard), form), 401, 20003);
    expectError(await createKey(keyAuth(lister), form), 401, 20003);
    expect(twilio.keys(acct.sid).filter((k) => k.friendlyName === 'k')).toHaveLength(4);
  });

  it('checks each IAM action against its own permission for restricted keys', async () => {
    const target = twilio.addKey({ accountSid: acct.sid, type: 'standard', friendlyName: 'target' });
    const cases: {
      action: string;
      method: string;
      path: string;
      form?: Record<string, string>;
      ok: number;
    }[] = [
      { action: 'list', method: 'GET', path: `/v1/Keys?AccountSid=${acct.sid}`, ok: 200 },
      { action: 'read', method: 'GET', path: `/v1/Keys/${target.sid}`, ok: 200 },
      {
        action: 'update',
        method: 'POST',
        path: `/v1/Keys/${target.sid}`,
        form: { FriendlyName: 'u' },
        ok: 200,
      },
      { action: 'delete', method: 'DELETE', path: `/v1/Keys/${target.sid}`, ok: 204 },
    ];
    for (const c of cases) {
      const others = ['list', 'read', 'update', 'delete', 'create'].filter((a) => a !== c.action);
      const without = twilio.addKey({
        accountSid: acct.sid,
        type: 'restricted',
        policy: others.map((a) => `/twilio/iam/api-keys/${a}`),
      });
      const withIt = twilio.addKey({
        accountSid: acct.sid,
        type: 'restricted',
        policy: [`/twilio/iam/api-keys/${c.action}`],
      });
      const opts = (auth: [string, string]): CallOptions => (c.form ? { auth, form: c.form } : { auth });
      expectError(await api(c.method, c.path, opts(keyAuth(without))), 401, 20003);
      expect((await api(c.method, c.path, opts(keyAuth(withIt)))).status).toBe(c.ok);
    }
    expect(twilio.keys().some((k) => k.sid === target.sid)).toBe(false);
  });

  it('lets a parent manage its subaccounts’ keys, but not the other way round or across accounts', async () => {
    const sub = twilio.addAccount({ parentSid: acct.sid });
    const other = twilio.addAccount();
    const parentMain = twilio.addKey({ accountSid: acct.sid, type: 'main' });
    const subMain = twilio.addKey({ accountSid: sub.sid, type: 'main' });

    expect((await createKey(tok, { AccountSid: sub.sid })).status).toBe(201);
    expect((await createKey(keyAuth(parentMain), { AccountSid: sub.sid })).status).toBe(201);
    expectError(await createKey([sub.sid, sub.authToken], { AccountSid: acct.sid }), 401, 20003);
    expectError(await createKey(keyAuth(subMain), { AccountSid: acct.sid }), 401, 20003);
    expectError(await createKey(tok, { AccountSid: other.sid }), 401, 20003);
    expectError(await createKey(tok, { AccountSid: `AC${'a'.repeat(32)}` }), 404, 20404);

    // A key of another account does not exist for the caller.
    const foreign = twilio.addKey({ accountSid: other.sid, type: 'standard' });
    expectError(await api('GET', `/v1/Keys/${foreign.sid}`, { auth: tok }), 404, 20404);
    expectError(await api('DELETE', `/v1/Keys/${foreign.sid}`, { auth: tok }), 404, 20404);
    const subKey = twilio.addKey({ accountSid: sub.sid, type: 'standard' });
    expect((await api('GET', `/v1/Keys/${subKey.sid}`, { auth: tok })).status).toBe(200);
  });

  it('answers test credentials on IAM and Accounts with 403 / 20008', async () => {
    const test = twilio.addTestAccount();
    const auth: [string, string] = [test.sid, test.authToken];
    expectError(await createKey(auth, { AccountSid: test.sid }), 403, 20008);
    expectError(await api('GET', '/v1/Keys', { auth, query: { AccountSid: test.sid } }), 403, 20008);
    expectError(await api('POST', '/v1/AuthTokens/Secondary', { auth }), 403, 20008);
    expectError(await api('POST', '/v1/AuthTokens/Promote', { auth }), 403, 20008);
    expectError(await api('GET', `/2010-04-01/Accounts/${test.sid}/Messages.json`, { auth }), 403, 20008);
    expectError(await api('GET', `/2010-04-01/Accounts/${test.sid}.json`, { auth }), 403, 20008);
    expect(twilio.keys()).toHaveLength(0);
  });
});

describe('key resources', () => {
  it('creates a restricted key: 201, secret only in the create response, RFC 2822 dates from the clock', async () => {
    const created = await createKey(tok, {
      AccountSid: acct.sid,
      FriendlyName: 'gha:eph:1.1:o/r',
      KeyType: 'restricted',
      Policy: policy('/twilio/messaging/messages/create', '/twilio/messaging/messages/read'),
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      sid: expect.stringMatching(/^SK[0-9a-f]{32}$/),
      friendly_name: 'gha:eph:1.1:o/r',
      date_created: 'Sun, 01 Mar 2026 12:00:00 +0000',
      date_updated: 'Sun, 01 Mar 2026 12:00:00 +0000',
      secret: expect.stringMatching(/^[A-Za-z0-9]{32}$/),
      policy: { allow: ['/twilio/messaging/messages/create', '/twilio/messaging/messages/read'] },
    });
    const [record] = twilio.keys(acct.sid);
    expect(record).toMatchObject({
      sid: created.body.sid,
      secret: created.body.secret,
      type: 'restricted',
      policy: ['/twilio/messaging/messages/create', '/twilio/messaging/messages/read'],
      dateCreated: NOW,
    });

    const fetched = await api<KeyBody>('GET', `/v1/Keys/${created.body.sid}`, { auth: tok });
    expect(fetched.status).toBe(200);
    expect(fetched.body).not.toHaveProperty('secret');
    expect(fetched.body.policy).toEqual(created.body.policy);

    const list = await api<ListBody>('GET', '/v1/Keys', { auth: tok, query: { AccountSid: acct.sid } });
    expect(list.body.keys[0]).toEqual({
      sid: created.body.sid,
      friendly_name: 'gha:eph:1.1:o/r',
      date_created: 'Sun, 01 Mar 2026 12:00:00 +0000',
      date_updated: 'Sun, 01 Mar 2026 12:00:00 +0000',
      flags: ['rest_api'],
    });

    // The new key works with its secret, for what its policy allows.
    const auth = keyAuth({ sid: created.body.sid, secret: created.body.secret ?? '' });
    const sent = await api('POST', `/2010-04-01/Accounts/${acct.sid}/Messages.json`, {
      auth,
      form: { From: '+14155550100', To: '+14155550101', Body: 'hi' },
    });
    expect(sent.status).toBe(201);
  });

  it('creates a standard key (KeyType omitted or "standard") with policy null', async () => {
    for (const form of [{ AccountSid: acct.sid }, { AccountSid: acct.sid, KeyType: 'standard' }]) {
      const res = await createKey(tok, form);
      expect(res.status).toBe(201);
      expect(res.body.policy).toBeNull();
      expect(res.body.friendly_name).toBeNull();
    }
    expect(twilio.keys(acct.sid).map((k) => [k.type, k.policy])).toEqual([
      ['standard', undefined],
      ['standard', undefined],
    ]);
  });

  it('validates AccountSid, FriendlyName, KeyType and Policy', async () => {
    const r = (form: Record<string, string>) => createKey(tok, form);
    expectError(await r({ FriendlyName: 'x' }), 400, 20001);
    expectError(await r({ AccountSid: 'AC123' }), 400, 20001);
    expectError(await r({ AccountSid: `AC${'g'.repeat(32)}` }), 400, 20001);

    const long = await r({ AccountSid: acct.sid, FriendlyName: 'x'.repeat(65) });
    expectError(long, 400, 20001);
    expect(long.body.message).toContain('FriendlyName');
    expect((await r({ AccountSid: acct.sid, FriendlyName: 'x'.repeat(64) })).status).toBe(201);

    expectError(await r({ AccountSid: acct.sid, KeyType: 'main' }), 400, 20001);
    expectError(await r({ AccountSid: acct.sid, KeyType: 'restricted' }), 400, 20001);
    expectError(await r({ AccountSid: acct.sid, Policy: policy('/twilio/voice/calls/read') }), 400, 20001);

    const restricted = (p: string) => r({ AccountSid: acct.sid, KeyType: 'restricted', Policy: p });
    expectError(await restricted('{not json'), 400, 70002);
    expectError(await restricted(JSON.stringify(['/twilio/voice/calls/read'])), 400, 70002);
    expectError(await restricted(policy()), 400, 70002);
    for (const bad of [
      '/twilio/voice/calls/write',
      'twilio/voice/calls/read',
      '/twilio/Voice/calls/read',
      '/x/voice/calls/read',
    ]) {
      const res = await restricted(policy(bad));
      expectError(res, 400, 70002);
      expect(res.body.message).toContain(bad);
    }
    const tooMany = Array.from({ length: 101 }, (_, i) => `/twilio/product${i}/things/read`);
    const over = await restricted(policy(...tooMany));
    expectError(over, 400, 70002);
    expect(over.body.message).toContain('100');

    expect((await restricted(policy(...tooMany.slice(0, 100)))).status).toBe(201);
    // Unknown but well-formed permissions, dot-joined resources and wildcards are accepted.
    const odd = await restricted(
      policy('/twilio/serverless/services.functions/read', '/twilio/voice/calls/*'),
    );
    expect(odd.status).toBe(201);
    expect(twilio.keys(acct.sid)).toHaveLength(3);
  });

  it('returns five actions of one resource as <resource>/* (keys() keeps the list as sent)', async () => {
    const actions = ['read', 'list', 'create', 'update', 'delete'].map(
      (a) => `/twilio/messaging/messages/${a}`,
    );
    const res = await createKey(tok, {
      AccountSid: acct.sid,
      KeyType: 'restricted',
      Policy: policy(...actions, '/twilio/voice/calls/read', '/twilio/voice/calls/read'),
    });
    expect(res.body.policy).toEqual({ allow: ['/twilio/messaging/messages/*', '/twilio/voice/calls/read'] });
    expect(twilio.keys(acct.sid)[0]?.policy).toEqual([...actions, '/twilio/voice/calls/read']);
  });

  it('enforces the per-account key limit with 400 / 70151 (setKeyLimit and the keyLimit option)', async () => {
    twilio.setKeyLimit(acct.sid, 2);
    expect((await createKey(tok, { AccountSid: acct.sid })).status).toBe(201);
    expect((await createKey(tok, { AccountSid: acct.sid })).status).toBe(201);
    const third = await createKey(tok, { AccountSid: acct.sid });
    expectError(third, 400, 70151);
    expect(third.body.message).toMatch(/API key limit reached/);
    // Deleting one frees a slot.
    const victim = twilio.keys(acct.sid)[0]!;
    expect((await api('DELETE', `/v1/Keys/${victim.sid}`, { auth: tok })).status).toBe(204);
    expect((await createKey(tok, { AccountSid: acct.sid })).status).toBe(201);

    const small = await startTwilioEmulator({ keyLimit: 1 });
    try {
      const a = small.addAccount();
      const r1 = await call(small.url, 'POST', '/v1/Keys', {
        auth: [a.sid, a.authToken],
        form: { AccountSid: a.sid },
      });
      const r2 = await call(small.url, 'POST', '/v1/Keys', {
        auth: [a.sid, a.authToken],
        form: { AccountSid: a.sid },
      });
      expect([r1.status, r2.status]).toEqual([201, 400]);
      expect((r2.body as unknown as ErrorBody).code).toBe(70151);
    } finally {
      await small.close();
    }
  });

  it('updates FriendlyName and Policy, stamping date_updated from the clock', async () => {
    const k = twilio.addKey({
      accountSid: acct.sid,
      type: 'restricted',
      policy: ['/twilio/voice/calls/read'],
    });
    twilio.clock.advance(90_000);
    const res = await api<KeyBody>('POST', `/v1/Keys/${k.sid}`, {
      auth: tok,
      form: { FriendlyName: 'renamed', Policy: policy('/twilio/voice/calls/list') },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      sid: k.sid,
      friendly_name: 'renamed',
      date_created: 'Sun, 01 Mar 2026 12:00:00 +0000',
      date_updated: 'Sun, 01 Mar 2026 12:01:30 +0000',
      policy: { allow: ['/twilio/voice/calls/list'] },
    });
    expect(twilio.keys(acct.sid)[0]?.policy).toEqual(['/twilio/voice/calls/list']);

    const std = twilio.addKey({ accountSid: acct.sid, type: 'standard' });
    expectError(
      await api('POST', `/v1/Keys/${std.sid}`, {
        auth: tok,
        form: { Policy: policy('/twilio/voice/calls/list') },
      }),
      400,
      20001,
    );
    expectError(
      await api('POST', `/v1/Keys/${k.sid}`, { auth: tok, form: { Policy: policy('/bad') } }),
      400,
      70002,
    );
    expectError(
      await api('POST', `/v1/Keys/${k.sid}`, { auth: tok, form: { FriendlyName: 'y'.repeat(65) } }),
      400,
      20001,
    );
  });

  it('deletes with 204; a deleted or unknown key is 404 / 20404 and its secret stops working', async () => {
    const k = twilio.addKey({ accountSid: acct.sid, type: 'main' });
    const del = await api('DELETE', `/v1/Keys/${k.sid}`, { auth: tok });
    expect(del.status).toBe(204);
    expect(del.body).toBeUndefined();
    expectError(await api('DELETE', `/v1/Keys/${k.sid}`, { auth: tok }), 404, 20404);
    expectError(await api('GET', `/v1/Keys/${k.sid}`, { auth: tok }), 404, 20404);
    expectError(await api('GET', `/v1/Keys/SKnotasid`, { auth: tok }), 404, 20404);
    expectError(
      await api('GET', '/v1/Keys', { auth: keyAuth(k), query: { AccountSid: acct.sid } }),
      401,
      20003,
    );
    expect(twilio.keys()).toEqual([]);
  });
});

describe('paging', () => {
  it('pages 2,500 keys newest first with PageSize 1000 by following next_page_url', async () => {
    for (let i = 0; i < 2500; i++) {
      twilio.addKey({
        accountSid: acct.sid,
        type: 'standard',
        friendlyName: `k${i}`,
        createdAt: new Date(NOW.getTime() + i * 1000),
      });
    }
    const pages: ListBody[] = [];
    let next: string | null = `/v1/Keys?AccountSid=${acct.sid}&PageSize=1000`;
    while (next) {
      const res: { status: number; body: ListBody } = await api<ListBody>('GET', next, { auth: tok });
      expect(res.status).toBe(200);
      pages.push(res.body);
      next = res.body.meta.next_page_url;
      if (next) expect(next.startsWith(`${twilio.url}/v1/Keys?`)).toBe(true);
    }
    expect(pages.map((p) => p.keys.length)).toEqual([1000, 1000, 500]);
    expect(pages.map((p) => p.meta.page)).toEqual([0, 1, 2]);
    const names = pages.flatMap((p) => p.keys.map((k) => k.friendly_name));
    expect(new Set(names).size).toBe(2500);
    expect(names[0]).toBe('k2499');
    expect(names[2499]).toBe('k0');
    expect(pages[0]?.meta).toMatchObject({
      page_size: 1000,
      key: 'keys',
      previous_page_url: null,
      first_page_url: `${twilio.url}/v1/Keys?AccountSid=${acct.sid}&PageSize=1000&Page=0`,
      url: `${twilio.url}/v1/Keys?AccountSid=${acct.sid}&PageSize=1000&Page=0`,
    });
    expect(pages[2]?.meta.next_page_url).toBeNull();
    expect(pages[2]?.keys.every((k) => RFC2822.test(k.date_created))).toBe(true);

    // previous_page_url leads back to the page before.
    const back = await api<ListBody>('GET', pages[2]!.meta.previous_page_url!, { auth: tok });
    expect(back.body.keys.map((k) => k.sid)).toEqual(pages[1]!.keys.map((k) => k.sid));
    // meta.url fetches the same page again.
    const again = await api<ListBody>('GET', pages[1]!.meta.url, { auth: tok });
    expect(again.body.keys.map((k) => k.sid)).toEqual(pages[1]!.keys.map((k) => k.sid));
  });

  it('neither skips nor repeats keys when the caller deletes while paging (sweep)', async () => {
    for (let i = 0; i < 25; i++)
      twilio.addKey({ accountSid: acct.sid, type: 'standard', friendlyName: `k${i}` });
    const seen: string[] = [];
    let next: string | null = `/v1/Keys?AccountSid=${acct.sid}&PageSize=10`;
    while (next) {
      const res: { body: ListBody } = await api<ListBody>('GET', next, { auth: tok });
      for (const k of res.body.keys) {
        seen.push(k.sid);
        expect((await api('DELETE', `/v1/Keys/${k.sid}`, { auth: tok })).status).toBe(204);
      }
      next = res.body.meta.next_page_url;
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    expect(twilio.keys(acct.sid)).toEqual([]);
  });

  it('defaults to 50 per page and rejects PageSize outside 1..1000 and bad tokens', async () => {
    for (let i = 0; i < 60; i++) twilio.addKey({ accountSid: acct.sid, type: 'standard' });
    const first = await api<ListBody>('GET', '/v1/Keys', { auth: tok, query: { AccountSid: acct.sid } });
    expect(first.body.keys).toHaveLength(50);
    expect(first.body.meta.page_size).toBe(50);
    expect(first.body.meta.next_page_url).toContain('PageToken=');
    for (const PageSize of ['0', '1001', 'ten']) {
      expectError(
        await api('GET', '/v1/Keys', { auth: tok, query: { AccountSid: acct.sid, PageSize } }),
        400,
        20001,
      );
    }
    expectError(
      await api('GET', '/v1/Keys', { auth: tok, query: { AccountSid: acct.sid, PageToken: 'nope' } }),
      400,
      20001,
    );
    expectError(await api('GET', '/v1/Keys', { auth: tok }), 400, 20001);
    expect(
      (await api('GET', '/v1/Keys', { auth: tok, query: { AccountSid: acct.sid, PageSize: '1000' } })).status,
    ).toBe(200);
  });
});

describe('clock', () => {
  it('is frozen at `now` and moves with advance() and set()', async () => {
    const date = async () => (await createKey(tok, { AccountSid: acct.sid })).body.date_created;
    expect(twilio.clock.now()).toEqual(NOW);
    expect(await date()).toBe('Sun, 01 Mar 2026 12:00:00 +0000');
    twilio.clock.advance(25 * 3600_000);
    expect(await date()).toBe('Mon, 02 Mar 2026 13:00:00 +0000');
    twilio.clock.set(new Date('2030-12-31T23:59:59.900Z'));
    expect(await date()).toBe('Tue, 31 Dec 2030 23:59:59 +0000');
    expect(twilio.keys(acct.sid).map((k) => k.dateCreated.toISOString())).toEqual([
      '2026-03-01T12:00:00.000Z',
      '2026-03-02T13:00:00.000Z',
      '2030-12-31T23:59:59.000Z',
    ]);
  });

  it('follows the wall clock without `now`, shifted by advance()', async () => {
    const live = await startTwilioEmulator();
    try {
      const before = Date.now();
      expect(Math.abs(live.clock.now().getTime() - before)).toBeLessThan(1000);
      live.clock.advance(3600_000);
      expect(live.clock.now().getTime() - Date.now()).toBeGreaterThan(3599_000);
      const a = live.addAccount();
      const res = await call<KeyBody>(live.url, 'POST', '/v1/Keys', {
        auth: [a.sid, a.authToken],
        form: { AccountSid: a.sid },
      });
      const created = Date.parse(res.body.date_created);
      expect(Math.abs(created - (before + 3600_000))).toBeLessThan(5000);
    } finally {
      await live.close();
    }
  });
});

describe('Auth Token rotation (Accounts v1)', () => {
  it('creates a secondary that works beside the primary, then promotes it and rejects the old primary at once', async () => {
    const old = acct.authToken;
    const sec = await api('POST', '/v1/AuthTokens/Secondary', {
      auth: tok,
      form: { SuppressEmailNotification: 'true' },
    });
    expect(sec.status).toBe(201);
    const secondary = sec.body['secondary_auth_token'] as string;
    expect(sec.body).toEqual({
      account_sid: acct.sid,
      date_created: '2026-03-01T12:00:00Z',
      date_updated: '2026-03-01T12:00:00Z',
      secondary_auth_token: expect.stringMatching(/^[0-9a-f]{32}$/),
      url: `${twilio.url}/v1/AuthTokens/Secondary`,
    });
    expect(twilio.authToken(acct.sid)).toEqual({ primary: old, secondary });

    const list = (password: string) =>
      api('GET', '/v1/Keys', { auth: [acct.sid, password], query: { AccountSid: acct.sid } });
    expect((await list(old)).status).toBe(200);
    expect((await list(secondary)).status).toBe(200);

    twilio.clock.advance(60_000);
    const promoted = await api('POST', '/v1/AuthTokens/Promote', { auth: [acct.sid, secondary] });
    expect(promoted.status).toBe(200);
    expect(promoted.body).toEqual({
      account_sid: acct.sid,
      auth_token: secondary,
      date_created: '2026-03-01T12:00:00Z',
      date_updated: '2026-03-01T12:01:00Z',
      url: `${twilio.url}/v1/AuthTokens/Promote`,
    });
    expect(twilio.authToken(acct.sid)).toEqual({ primary: secondary, secondary: undefined });
    expectError(await list(old), 401, 20003);
    expect((await list(secondary)).status).toBe(200);
    // No secondary left: promote and delete are 404 / 20404.
    expectError(await api('POST', '/v1/AuthTokens/Promote', { auth: [acct.sid, secondary] }), 404, 20404);
    expectError(await api('DELETE', '/v1/AuthTokens/Secondary', { auth: [acct.sid, secondary] }), 404, 20404);
  });

  it('replaces an existing secondary on create, and deleting it stops it working', async () => {
    const first = (await api('POST', '/v1/AuthTokens/Secondary', { auth: tok })).body[
      'secondary_auth_token'
    ] as string;
    const second = (await api('POST', '/v1/AuthTokens/Secondary', { auth: tok })).body[
      'secondary_auth_token'
    ] as string;
    expect(second).not.toBe(first);
    expectError(await api('POST', '/v1/AuthTokens/Secondary', { auth: [acct.sid, first] }), 401, 20003);
    const del = await api('DELETE', '/v1/AuthTokens/Secondary', { auth: tok });
    expect(del.status).toBe(204);
    expectError(await api('POST', '/v1/AuthTokens/Secondary', { auth: [acct.sid, second] }), 401, 20003);
    expect(twilio.authToken(acct.sid).secondary).toBeUndefined();
    expect(twilio.authToken(acct.sid).primary).toBe(acct.authToken);
  });

  it('accepts a Main key but not Standard or restricted keys', async () => {
    const main = twilio.addKey({ accountSid: acct.sid, type: 'main' });
    const standard = twilio.addKey({ accountSid: acct.sid, type: 'standard' });
    const restricted = twilio.addKey({
      accountSid: acct.sid,
      type: 'restricted',
      policy: ['/twilio/iam/api-keys/*'],
    });
    expect((await api('POST', '/v1/AuthTokens/Secondary', { auth: keyAuth(main) })).status).toBe(201);
    expectError(await api('POST', '/v1/AuthTokens/Promote', { auth: keyAuth(standard) }), 401, 20003);
    expectError(await api('DELETE', '/v1/AuthTokens/Secondary', { auth: keyAuth(restricted) }), 401, 20003);
    expect((await api('POST', '/v1/AuthTokens/Promote', { auth: keyAuth(main) })).status).toBe(200);
    // API keys survive an Auth Token rotation.
    expect(
      (await api('GET', '/v1/Keys', { auth: keyAuth(main), query: { AccountSid: acct.sid } })).status,
    ).toBe(200);
  });
});

describe('test credentials', () => {
  let test: { sid: string; authToken: string };
  let auth: [string, string];
  beforeEach(() => {
    test = twilio.addTestAccount();
    auth = [test.sid, test.authToken];
  });
  const path = (resource: string) => `/2010-04-01/Accounts/${test.sid}/${resource}.json`;

  it('sends a message from +15005550006 (201, queued, SM sid) and records it', async () => {
    const res = await api('POST', path('Messages'), {
      auth,
      form: { From: '+15005550006', To: '+14155550100', Body: 'hello' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      account_sid: test.sid,
      from: '+15005550006',
      to: '+14155550100',
      body: 'hello',
      status: 'queued',
      sid: expect.stringMatching(/^SM[0-9a-f]{32}$/),
      date_created: 'Sun, 01 Mar 2026 12:00:00 +0000',
    });
    expect(twilio.messages).toEqual([
      expect.objectContaining({
        sid: res.body['sid'],
        accountSid: test.sid,
        test: true,
        to: '+14155550100',
        authUser: test.sid,
      }),
    ]);
  });

  it('answers the magic numbers for Messages', async () => {
    const cases: [from: string, to: string, code: number][] = [
      ['+15005550006', '+15005550001', 21211],
      ['+15005550006', '+15005550002', 21612],
      ['+15005550006', '+15005550003', 21408],
      ['+15005550006', '+15005550004', 21610],
      ['+15005550006', '+15005550009', 21614],
      ['+15005550001', '+14155550100', 21212],
      ['+15005550007', '+14155550100', 21606],
      ['+15005550008', '+14155550100', 21611],
      ['+14155550199', '+14155550100', 21606],
    ];
    for (const [From, To, code] of cases) {
      const res = await api('POST', path('Messages'), { auth, form: { From, To, Body: 'x' } });
      expect({ From, To, ...(res.body as unknown as ErrorBody) }).toMatchObject({
        From,
        To,
        code,
        status: 400,
      });
      expectError(res, 400, code);
    }
    expect(twilio.messages).toEqual([]);
    expectError(
      await api('POST', path('Messages'), { auth, form: { From: '+15005550006', Body: 'x' } }),
      400,
      21604,
    );
  });

  it('answers the magic numbers for Calls', async () => {
    const ok = await api('POST', path('Calls'), {
      auth,
      form: { From: '+15005550006', To: '+14155550100', Url: 'https://example.com/twiml' },
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({
      sid: expect.stringMatching(/^CA[0-9a-f]{32}$/),
      status: 'queued',
      from: '+15005550006',
    });
    const cases: [from: string, to: string, code: number][] = [
      ['+15005550006', '+15005550001', 21217],
      ['+15005550006', '+15005550002', 21214],
      ['+15005550006', '+15005550003', 21215],
      ['+15005550006', '+15005550004', 21216],
      ['+15005550001', '+14155550100', 21212],
      ['+14155550199', '+14155550100', 21210],
    ];
    for (const [From, To, code] of cases) {
      expectError(
        await api('POST', path('Calls'), { auth, form: { From, To, Url: 'https://example.com/t' } }),
        400,
        code,
      );
    }
  });

  it('answers the magic numbers for IncomingPhoneNumbers and serves Lookups', async () => {
    const bought = await api('POST', path('IncomingPhoneNumbers'), {
      auth,
      form: { PhoneNumber: '+15005550006' },
    });
    expect(bought.status).toBe(201);
    expect(bought.body).toMatchObject({ phone_number: '+15005550006', sid: expect.stringMatching(/^PN/) });
    const byArea = await api('POST', path('IncomingPhoneNumbers'), { auth, form: { AreaCode: '500' } });
    expect(byArea.body['phone_number']).toBe('+15005550006');
    expectError(
      await api('POST', path('IncomingPhoneNumbers'), { auth, form: { PhoneNumber: '+15005550000' } }),
      400,
      21422,
    );
    expectError(
      await api('POST', path('IncomingPhoneNumbers'), { auth, form: { PhoneNumber: '+15005550001' } }),
      400,
      21421,
    );
    expectError(
      await api('POST', path('IncomingPhoneNumbers'), { auth, form: { AreaCode: '533' } }),
      400,
      21452,
    );

    const lookup = await api('GET', '/v2/PhoneNumbers/+15005550006', { auth });
    expect(lookup.status).toBe(200);
    expect(lookup.body).toMatchObject({
      phone_number: '+15005550006',
      valid: true,
      country_code: 'US',
      national_format: '(500) 555-0006',
    });
    const invalid = await api('GET', '/v2/PhoneNumbers/%2B1415', { auth });
    expect(invalid.body).toMatchObject({ valid: false, validation_errors: ['TOO_SHORT'] });
  });

  it('work only on their own account, and only with the test Auth Token', async () => {
    const form = { From: '+15005550006', To: '+14155550100', Body: 'x' };
    expectError(
      await api('POST', `/2010-04-01/Accounts/${acct.sid}/Messages.json`, { auth, form }),
      401,
      20003,
    );
    expectError(await api('POST', path('Messages'), { auth: [test.sid, acct.authToken], form }), 401, 20003);
    // Live credentials cannot post to the test account.
    expectError(await api('POST', path('Messages'), { auth: tok, form }), 401, 20003);
  });
});

describe('live messages', () => {
  const form = { From: '+14155550100', To: '+14155550101', Body: 'hello' };
  const messages = () => `/2010-04-01/Accounts/${acct.sid}/Messages.json`;

  it('needs /twilio/messaging/messages/create on a restricted key (else 403 / 70051)', async () => {
    const allowed = twilio.addKey({
      accountSid: acct.sid,
      type: 'restricted',
      policy: ['/twilio/messaging/messages/create'],
    });
    const wildcard = twilio.addKey({
      accountSid: acct.sid,
      type: 'restricted',
      policy: ['/twilio/messaging/messages/*'],
    });
    const denied = twilio.addKey({
      accountSid: acct.sid,
      type: 'restricted',
      policy: ['/twilio/messaging/messages/read'],
    });
    expect((await api('POST', messages(), { auth: keyAuth(allowed), form })).status).toBe(201);
    expect((await api('POST', messages(), { auth: keyAuth(wildcard), form })).status).toBe(201);
    expectError(await api('POST', messages(), { auth: keyAuth(denied), form }), 403, 70051);
    expectError(await api('POST', messages(), { auth: [acct.sid, 'nope'], form }), 401, 20003);
    expect(twilio.messages.map((m) => [m.authUser, m.test, m.status])).toEqual([
      [allowed.sid, false, 'queued'],
      [wildcard.sid, false, 'queued'],
    ]);
  });

  it('reaches subaccounts with the parent’s credentials, and nothing else', async () => {
    const sub = twilio.addAccount({ parentSid: acct.sid });
    const other = twilio.addAccount();
    expect(
      (await api('POST', `/2010-04-01/Accounts/${sub.sid}/Messages.json`, { auth: tok, form })).status,
    ).toBe(201);
    expectError(
      await api('POST', `/2010-04-01/Accounts/${other.sid}/Messages.json`, { auth: tok, form }),
      401,
      20003,
    );
    expectError(
      await api('POST', `/2010-04-01/Accounts/AC${'b'.repeat(32)}/Messages.json`, { auth: tok, form }),
      404,
      20404,
    );
    expectError(await api('POST', messages(), { auth: tok, form: { To: '+14155550101' } }), 400, 21603);
    expect(twilio.messages).toHaveLength(1);
    expect(twilio.messages[0]?.accountSid).toBe(sub.sid);
  });
});

describe('routing and request log', () => {
  it('answers unknown paths with 404 / 20404 and wrong methods with 405', async () => {
    expectError(await api('GET', '/v1/Nope', { auth: tok }), 404, 20404);
    expectError(await api('PUT', '/v1/Keys', { auth: tok }), 405, 20004);
  });

  it('records method, path, query, form, auth user, host, status, error code and timing', async () => {
    await createKey(tok, { AccountSid: acct.sid, FriendlyName: 'a' });
    await api('GET', '/v1/Keys', { auth: tok, query: { AccountSid: acct.sid, PageSize: '5' } });
    await api('POST', `/2010-04-01/Accounts/${acct.sid}/Messages.json`, {
      auth: tok,
      form: { To: '+1415', MediaUrl: ['https://a.example/1', 'https://a.example/2'] },
    });
    const [a, b, c] = twilio.requests;
    expect(a).toMatchObject({
      seq: 1,
      method: 'POST',
      path: '/v1/Keys',
      form: { AccountSid: acct.sid, FriendlyName: 'a' },
      authUser: acct.sid,
      host: new URL(twilio.url).host,
      status: 201,
      errorCode: undefined,
      fault: undefined,
    });
    expect(b).toMatchObject({
      seq: 2,
      method: 'GET',
      query: { AccountSid: acct.sid, PageSize: '5' },
      status: 200,
    });
    expect(c).toMatchObject({
      status: 400,
      errorCode: 21603,
      form: { MediaUrl: ['https://a.example/1', 'https://a.example/2'] },
    });
    for (const r of [a, b, c]) expect(r!.endedAt!).toBeGreaterThanOrEqual(r!.startedAt);
  });
});

describe('faults', () => {
  const list = () => api('GET', '/v1/Keys', { auth: tok, query: { AccountSid: acct.sid } });
  const create = () => createKey(tok, { AccountSid: acct.sid, FriendlyName: 'f' });

  it('status: answers Twilio’s error body with Retry-After and changes nothing', async () => {
    const id = twilio.faults.add({
      method: 'POST',
      path: '/v1/Keys',
      kind: 'status',
      status: 429,
      retryAfter: 7,
    });
    const res = await create();
    expectError(res, 429, 20429);
    expect(res.headers.get('retry-after')).toBe('7');
    const five = twilio.faults.add({ path: '/v1/Keys', method: 'GET', kind: 'status', status: 503 });
    expectError(await list(), 503, 20500);
    const custom = twilio.faults.add({ path: /^\/v1\/Keys\/SK/, kind: 'status', status: 404, code: 20404 });
    expectError(await api('GET', `/v1/Keys/SK${'0'.repeat(32)}`, { auth: tok }), 404, 20404);
    expect([twilio.faults.hits(id), twilio.faults.hits(five), twilio.faults.hits(custom)]).toEqual([1, 1, 1]);
    expect(twilio.keys()).toEqual([]);
    expect(twilio.requests[0]?.fault).toEqual({ id, kind: 'status' });
  });

  it('nth fires on the nth matching call only; times limits how often; clear() removes rules', async () => {
    const nth = twilio.faults.add({ method: 'GET', path: '/v1/Keys', nth: 2, kind: 'status', status: 500 });
    expect([(await list()).status, (await list()).status, (await list()).status]).toEqual([200, 500, 200]);
    expect(twilio.faults.hits(nth)).toBe(1);

    const times = twilio.faults.add({
      method: 'POST',
      path: '/v1/Keys',
      times: 2,
      kind: 'status',
      status: 502,
    });
    expect([(await create()).status, (await create()).status, (await create()).status]).toEqual([
      502, 502, 201,
    ]);
    expect(twilio.faults.hits(times)).toBe(2);

    const always = twilio.faults.add({ path: '/v1/Keys', kind: 'status', status: 500 });
    expect((await list()).status).toBe(500);
    expect((await create()).status).toBe(500);
    twilio.faults.clear();
    expect((await list()).status).toBe(200);
    expect(twilio.faults.hits(always)).toBe(2);
    expect(() => twilio.faults.hits('fault-999')).toThrow();
  });

  it('reset: destroys the socket without answering and changes nothing', async () => {
    const id = twilio.faults.add({ method: 'POST', path: '/v1/Keys', kind: 'reset' });
    await expect(create()).rejects.toThrow();
    expect(twilio.keys()).toEqual([]);
    expect(twilio.faults.hits(id)).toBe(1);
    expect(twilio.requests[0]).toMatchObject({ status: 0, fault: { id, kind: 'reset' } });
    expect(twilio.requests[0]?.endedAt).toBeDefined();
    // The next request (a new connection) works.
    expect((await list()).status).toBe(200);
  });

  it('lost-response: applies the change, then destroys the socket', async () => {
    twilio.faults.add({ method: 'POST', path: '/v1/Keys', kind: 'lost-response' });
    await expect(create()).rejects.toThrow();
    expect(twilio.keys(acct.sid)).toHaveLength(1);
    expect(twilio.keys(acct.sid)[0]?.friendlyName).toBe('f');
    expect(twilio.requests[0]).toMatchObject({ status: 0, fault: { kind: 'lost-response' } });

    const k = twilio.addKey({ accountSid: acct.sid, type: 'standard' });
    twilio.faults.add({ method: 'DELETE', path: `/v1/Keys/${k.sid}`, kind: 'lost-response' });
    await expect(api('DELETE', `/v1/Keys/${k.sid}`, { auth: tok })).rejects.toThrow();
    expect(twilio.keys().some((x) => x.sid === k.sid)).toBe(false);
  });

  it('hang: never answers; close() ends the hung request', async () => {
    twilio.faults.add({ method: 'GET', path: '/v1/Keys', kind: 'hang' });
    await expect(
      api('GET', '/v1/Keys', {
        auth: tok,
        query: { AccountSid: acct.sid },
        signal: AbortSignal.timeout(300),
      }),
    ).rejects.toThrow();

    const hung = list();
    const settled = hung.then(
      () => 'answered',
      () => 'failed',
    );
    while (twilio.requests.length < 2) await new Promise((r) => setTimeout(r, 5));
    const race = await Promise.race([settled, new Promise((r) => setTimeout(() => r('pending'), 200))]);
    expect(race).toBe('pending');
    expect(twilio.requests[1]).toMatchObject({ status: 0, endedAt: undefined, fault: { kind: 'hang' } });
    await twilio.close();
    expect(await settled).toBe('failed');
    expect(twilio.requests[1]?.endedAt).toBeDefined();
  });

  it('rejects malformed rules', () => {
    expect(() => twilio.faults.add({ path: '/v1/Keys', kind: 'status', nth: 0 })).toThrow();
    expect(() => twilio.faults.add({ path: '/v1/Keys', kind: 'reset', status: 500 })).toThrow();
  });
});

describe('latency', () => {
  it('delays every response, per request: concurrent requests overlap instead of queueing', async () => {
    twilio.latencyMs = 400;
    const t0 = performance.now();
    const [a, b] = await Promise.all([
      createKey(tok, { AccountSid: acct.sid, FriendlyName: 'a' }),
      createKey(tok, { AccountSid: acct.sid, FriendlyName: 'b' }),
    ]);
    const elapsed = performance.now() - t0;
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(elapsed).toBeGreaterThanOrEqual(395);
    const [ra, rb] = twilio.requests;
    expect(ra!.endedAt! - ra!.startedAt).toBeGreaterThanOrEqual(395);
    expect(rb!.endedAt! - rb!.startedAt).toBeGreaterThanOrEqual(395);
    expect(ra!.startedAt < rb!.endedAt! && rb!.startedAt < ra!.endedAt!).toBe(true);
  });

  it('delays error responses too, and can be changed at any time', async () => {
    twilio.latencyMs = 200;
    const t0 = performance.now();
    expectError(await api('GET', '/v1/Keys', { query: { AccountSid: acct.sid } }), 401, 20003);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(195);
    twilio.latencyMs = 0;
    await api('GET', '/v1/Keys', { query: { AccountSid: acct.sid } });
    expect(() => {
      twilio.latencyMs = -1;
    }).toThrow();
  });

  it('sequential requests take latency each (so a sequential client is visibly slower)', async () => {
    twilio.latencyMs = 100;
    const t0 = performance.now();
    for (let i = 0; i < 3; i++) await createKey(tok, { AccountSid: acct.sid });
    expect(performance.now() - t0).toBeGreaterThanOrEqual(295);
    const [r1, r2] = twilio.requests;
    expect(r2!.startedAt).toBeGreaterThanOrEqual(r1!.endedAt!);
  });
});

describe('cli', () => {
  it('prints {url, accountSid, authToken} on one line, serves, and exits on SIGTERM', async () => {
    const cli = new URL('./twilio/cli.ts', import.meta.url).pathname;
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const lines = createInterface({ input: child.stdout });
      const [line] = (await once(lines, 'line')) as [string];
      const info = JSON.parse(line) as {
        url: string;
        accountSid: string;
        authToken: string;
        testAccountSid: string;
      };
      expect(info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(info.accountSid).toMatch(/^AC[0-9a-f]{32}$/);
      const res = await call(info.url, 'POST', '/v1/Keys', {
        auth: [info.accountSid, info.authToken],
        form: { AccountSid: info.accountSid },
      });
      expect(res.status).toBe(201);
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = (await exited) as [number | null];
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
