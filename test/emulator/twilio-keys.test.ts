/**
 * Key resources of the Twilio emulator (IAM v1): validation, fetch/update/delete, paging and the clock.
 * Over real HTTP with plain fetch; see twilio/testing.ts for the shared setup.
 */
import { describe, expect, it } from 'vitest';
import { call } from './twilio/client.js';
import { startTwilioEmulator, type TwilioEmulator } from './twilio/index.js';
import type { Account, ErrorBody, KeyBody, ListBody } from './twilio/testing.js';
import {
  api,
  createKey,
  expectError,
  expectStatus,
  keyAuth,
  NOW,
  policy,
  restrictedKey,
  RFC2822,
  useTwilio,
} from './twilio/testing.js';

let twilio: TwilioEmulator, acct: Account, tok: [string, string];
useTwilio((t) => ({ twilio, acct, tok } = t));

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
    const k = restrictedKey(['/twilio/voice/calls/read']);
    twilio.clock.advance(90_000);
    const res = await api<KeyBody>('POST', `/v1/Keys/${k.sid}`, {
      auth: tok,
      form: { FriendlyName: 'renamed', Policy: policy('/twilio/voice/calls/list') },
    });
    expectStatus(res, 200).toEqual({
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
