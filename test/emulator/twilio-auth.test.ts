/**
 * Who may call the Twilio emulator: the authentication matrix and who may manage keys.
 * Over real HTTP with plain fetch; see twilio/testing.ts for the shared setup.
 */
import { describe, expect, it } from 'vitest';
import type { CallOptions } from './twilio/client.js';
import type { TwilioEmulator } from './twilio/index.js';
import type { Account, ErrorBody } from './twilio/testing.js';
import { api, createKey, expectError, keyAuth, restrictedKey, useTwilio } from './twilio/testing.js';

let twilio: TwilioEmulator, acct: Account, tok: [string, string];
useTwilio((t) => ({ twilio, acct, tok } = t));

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
    const creator = restrictedKey([create]);
    const wildcard = restrictedKey(['/twilio/iam/api-keys/*']);
    const lister = restrictedKey(['/twilio/iam/api-keys/list']);
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
      const without = restrictedKey(others.map((a) => `/twilio/iam/api-keys/${a}`));
      const withIt = restrictedKey([`/twilio/iam/api-keys/${c.action}`]);
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
