/**
 * Accounts of the Twilio emulator: the Auth Token dance (Accounts v1), test credentials and live messages.
 * Over real HTTP with plain fetch; see twilio/testing.ts for the shared setup.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { TwilioEmulator } from './twilio/index.js';
import type { Account, ErrorBody } from './twilio/testing.js';
import { api, expectError, expectStatus, keyAuth, restrictedKey, useTwilio } from './twilio/testing.js';

let twilio: TwilioEmulator, acct: Account, tok: [string, string];
useTwilio((t) => ({ twilio, acct, tok } = t));

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
    const restricted = restrictedKey(['/twilio/iam/api-keys/*']);
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

/** Twilio's magic test numbers: the resource, From and To, and the 400 error code the pair draws. */
const MAGIC: [resource: 'Messages' | 'Calls', from: string, to: string, code: number][] = [
  ['Messages', '+15005550006', '+15005550001', 21211],
  ['Messages', '+15005550006', '+15005550002', 21612],
  ['Messages', '+15005550006', '+15005550003', 21408],
  ['Messages', '+15005550006', '+15005550004', 21610],
  ['Messages', '+15005550006', '+15005550009', 21614],
  ['Messages', '+15005550001', '+14155550100', 21212],
  ['Messages', '+15005550007', '+14155550100', 21606],
  ['Messages', '+15005550008', '+14155550100', 21611],
  ['Messages', '+14155550199', '+14155550100', 21606],
  ['Calls', '+15005550006', '+15005550001', 21217],
  ['Calls', '+15005550006', '+15005550002', 21214],
  ['Calls', '+15005550006', '+15005550003', 21215],
  ['Calls', '+15005550006', '+15005550004', 21216],
  ['Calls', '+15005550001', '+14155550100', 21212],
  ['Calls', '+14155550199', '+14155550100', 21210],
];

describe('test credentials', () => {
  let test: { sid: string; authToken: string };
  let auth: [string, string];
  beforeEach(() => {
    test = twilio.addTestAccount();
    auth = [test.sid, test.authToken];
  });
  const path = (resource: string) => `/2010-04-01/Accounts/${test.sid}/${resource}.json`;
  /** Each From/To pair draws a 400 with its error code; the pair leads the body so a failure names it. */
  async function expectMagic(resource: 'Messages' | 'Calls', form: Record<string, string>) {
    for (const [, From, To, code] of MAGIC.filter(([r]) => r === resource)) {
      const res = await api('POST', path(resource), { auth, form: { From, To, ...form } });
      expect({ From, To, ...(res.body as unknown as ErrorBody) }).toMatchObject({
        From,
        To,
        code,
        status: 400,
      });
      expectError(res, 400, code);
    }
  }

  it('sends a message from +15005550006 (201, queued, SM sid) and records it', async () => {
    const res = await api('POST', path('Messages'), {
      auth,
      form: { From: '+15005550006', To: '+14155550100', Body: 'hello' },
    });
    expectStatus(res, 201).toMatchObject({
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
    await expectMagic('Messages', { Body: 'x' });
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
    expectStatus(ok, 201).toMatchObject({
      sid: expect.stringMatching(/^CA[0-9a-f]{32}$/),
      status: 'queued',
      from: '+15005550006',
    });
    await expectMagic('Calls', { Url: 'https://example.com/t' });
  });

  it('answers the magic numbers for IncomingPhoneNumbers and serves Lookups', async () => {
    const bought = await api('POST', path('IncomingPhoneNumbers'), {
      auth,
      form: { PhoneNumber: '+15005550006' },
    });
    expectStatus(bought, 201).toMatchObject({
      phone_number: '+15005550006',
      sid: expect.stringMatching(/^PN/),
    });
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
    expectStatus(lookup, 200).toMatchObject({
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
    const allowed = restrictedKey(['/twilio/messaging/messages/create']);
    const wildcard = restrictedKey(['/twilio/messaging/messages/*']);
    const denied = restrictedKey(['/twilio/messaging/messages/read']);
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
