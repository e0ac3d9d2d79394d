// The emulator's Regions: X-Twilio-Host picks the Region; credentials and keys belong to one Region.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTwilioEmulator, type TwilioEmulator } from './twilio/index.js';
import { basicAuth, formBody } from './twilio/client.js';
import { regionOf } from './twilio/regions.js';

let twilio: TwilioEmulator;
beforeAll(async () => {
  twilio = await startTwilioEmulator();
});
afterAll(() => twilio.close());

async function send(
  method: string,
  path: string,
  auth: [string, string],
  host?: string,
  form?: Record<string, string>,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const headers: Record<string, string> = { Authorization: basicAuth(...auth) };
  if (host) headers['X-Twilio-Host'] = host;
  if (form) headers['Content-Type'] = 'application/x-www-form-urlencoded';
  const res = await fetch(new URL(path, twilio.url), {
    method,
    headers,
    ...(form && { body: formBody(form) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

describe('regionOf', () => {
  it.each([
    [undefined, 'us1'],
    ['api.twilio.com', 'us1'],
    ['iam.twilio.com', 'us1'],
    ['api.us1.twilio.com', 'us1'],
    ['api.dublin.ie1.twilio.com', 'ie1'],
    ['API.SYDNEY.AU1.TWILIO.COM', 'au1'],
    ['127.0.0.1:4010', 'us1'],
  ])('%s -> %s', (host, region) => expect(regionOf(host)).toBe(region));
});

describe('regional credentials', () => {
  it('an IE1 Auth Token makes IE1 keys through API 2010; each Region sees only its own keys', async () => {
    const acct = twilio.addAccount();
    const ie1: [string, string] = [acct.sid, twilio.authTokenIn(acct.sid, 'ie1')];
    const keys = `/2010-04-01/Accounts/${acct.sid}/Keys.json`;
    const made = await send('POST', keys, ie1, 'api.dublin.ie1.twilio.com', { FriendlyName: 'job' });
    expect(made.status).toBe(201);
    const sid = made.body['sid'] as string;
    expect(twilio.keys(acct.sid)).toMatchObject([{ sid, region: 'ie1', type: 'standard' }]);

    expect((await send('GET', keys, ie1, 'api.dublin.ie1.twilio.com')).body['keys']).toMatchObject([{ sid }]);
    expect((await send('GET', keys, [acct.sid, acct.authToken])).body['keys']).toEqual([]);
    // The IE1 key authenticates in IE1 only.
    const key: [string, string] = [sid, made.body['secret'] as string];
    const lookup = '/v2/PhoneNumbers/+15558675310';
    expect((await send('GET', lookup, key, 'lookups.dublin.ie1.twilio.com')).status).toBe(200);
    expect((await send('GET', lookup, key)).body).toMatchObject({ status: 401, code: 20003 });
    expect((await send('GET', lookup, key, 'lookups.sydney.au1.twilio.com')).status).toBe(401);
  });

  it('refuses another Region’s Auth Token (401 / 20003) and test credentials outside US1', async () => {
    const acct = twilio.addAccount();
    const test = twilio.addTestAccount();
    const keys = `/2010-04-01/Accounts/${acct.sid}/Keys.json`;
    expect(
      (await send('GET', keys, [acct.sid, acct.authToken], 'api.dublin.ie1.twilio.com')).body,
    ).toMatchObject({ status: 401, code: 20003 });
    const au1 = twilio.authTokenIn(acct.sid, 'au1');
    expect((await send('GET', keys, [acct.sid, au1], 'api.dublin.ie1.twilio.com')).status).toBe(401);
    expect((await send('GET', keys, [acct.sid, au1], 'api.sydney.au1.twilio.com')).status).toBe(200);
    const msg = `/2010-04-01/Accounts/${test.sid}/Messages.json`;
    const form = { To: '+15558675310', From: '+15005550006', Body: 'x' };
    expect((await send('POST', msg, [test.sid, test.authToken], undefined, form)).status).toBe(201);
    expect(
      (await send('POST', msg, [test.sid, test.authToken], 'api.dublin.ie1.twilio.com', form)).status,
    ).toBe(401);
  });

  it('IAM v1 and Accounts v1 answer 404 / 20404 outside US1', async () => {
    const acct = twilio.addAccount();
    const ie1: [string, string] = [acct.sid, twilio.authTokenIn(acct.sid, 'ie1')];
    const iam = await send('POST', '/v1/Keys', ie1, 'iam.dublin.ie1.twilio.com', { AccountSid: acct.sid });
    expect(iam.body).toMatchObject({ status: 404, code: 20404 });
    const tokens = await send('POST', '/v1/AuthTokens/Secondary', ie1, 'accounts.dublin.ie1.twilio.com', {});
    expect(tokens.body).toMatchObject({ status: 404, code: 20404 });
    expect(twilio.keys(acct.sid)).toEqual([]);
    expect(twilio.requests.at(-1)).toMatchObject({
      twilioHost: 'accounts.dublin.ie1.twilio.com',
      region: 'ie1',
    });
  });
});
