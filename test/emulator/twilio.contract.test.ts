/**
 * The Twilio emulator against Twilio's official OpenAPI descriptions (twilio-oai, vendored in third_party/twilio-oai/):
 * every route is driven by real twilio-node domains (Iam, Accounts, Api, Lookups) through a minimal client
 * that sends to the emulator's origin. Each request the emulator received must route to the expected
 * operation and pass openapi-backend's request validation; each response body must validate against the
 * operation's response schema and carry exactly the properties the spec lists.
 */
import Accounts from 'twilio/lib/rest/Accounts.js';
import Api from 'twilio/lib/rest/Api.js';
import Iam from 'twilio/lib/rest/Iam.js';
import Lookups from 'twilio/lib/rest/Lookups.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTwilioEmulator, type RequestRecord, type TwilioEmulator } from './twilio/index.js';
import { ROUTES } from './twilio/router.js';
import { loadSpec, specFor, type Spec, type SpecName } from './twilio/specs.js';
import { miniTwilioClient, type MiniTwilioClient } from './twilio/twilioNode.js';

const SPECS: SpecName[] = ['twilio_iam_v1', 'twilio_accounts_v1', 'twilio_api_v2010', 'twilio_lookups_v2'];
const specs = {} as Record<SpecName, Spec>;
let twilio: TwilioEmulator;
let acct: { sid: string; authToken: string };

/** `<spec> <operationId>`s whose request and response were both checked, with the status seen (IAM v1 and
 * API 2010 share operationIds such as FetchKey, so the spec is part of the key). */
const covered = new Map<string, Set<number>>();

beforeAll(async () => {
  for (const name of SPECS) specs[name] = await loadSpec(name);
  twilio = await startTwilioEmulator({ now: new Date('2026-04-14T09:30:00Z') });
  acct = twilio.addAccount();
});
afterAll(async () => {
  await twilio.close();
});

interface RestError {
  status: number;
  code: number;
  moreInfo: string;
}

/**
 * Checks the exchanges made through `client` since `from`, pairing each with the request the emulator
 * recorded: the request conforms to `operationIds[i]`, the response body to its schema.
 */
function checkExchanges(
  client: MiniTwilioClient,
  from: number,
  recordsFrom: number,
  operationIds: string[],
): void {
  const exchanges = client.exchanges.slice(from);
  const records: RequestRecord[] = twilio.requests.slice(recordsFrom);
  expect(exchanges.map((e) => e.status)).toHaveLength(operationIds.length);
  expect(records).toHaveLength(operationIds.length);
  operationIds.forEach((operationId, i) => {
    const record = records[i]!;
    const exchange = exchanges[i]!;
    const spec = specs[specFor(record.path)];
    const req = spec.checkRequest({
      method: record.method,
      path: record.path,
      query: record.query,
      ...(record.method === 'POST' ? { form: record.form } : {}),
    });
    expect({ at: `${record.method} ${record.path}`, ...req }).toEqual({
      at: `${record.method} ${record.path}`,
      operationId,
      errors: [],
    });
    expect(exchange.status).toBeLessThan(300);
    expect({ operationId, errors: spec.checkResponse(operationId, exchange.status, exchange.body) }).toEqual({
      operationId,
      errors: [],
    });
    const coveredKey = `${specFor(record.path)} ${operationId}`;
    const statuses = covered.get(coveredKey) ?? new Set<number>();
    statuses.add(exchange.status);
    covered.set(coveredKey, statuses);
  });
}

function mark(client: MiniTwilioClient): [number, number] {
  return [client.exchanges.length, twilio.requests.length];
}

describe('route table vs spec', () => {
  it('maps every emulator route to an operation with the same method and path in the right spec', () => {
    for (const route of ROUTES) {
      const spec = specs[specFor(route.template)];
      expect({ route: route.template, op: spec.operation(route.operationId) }).toEqual({
        route: route.template,
        op: { method: route.method, path: route.template },
      });
    }
  });
});

describe('IAM v1 through twilio-node', () => {
  it('creates, lists (all pages), fetches, updates and deletes keys', async () => {
    const client = miniTwilioClient(twilio.url, acct.sid, acct.authToken);
    const iam = new Iam(client);
    const [e0, r0] = mark(client);

    const restricted = await iam.v1.newApiKey.create({
      accountSid: acct.sid,
      friendlyName: 'gha:eph:42.1:octo/repo',
      keyType: 'restricted',
      policy: { allow: ['/twilio/messaging/messages/create', '/twilio/messaging/messages/read'] },
    });
    expect(restricted.sid).toMatch(/^SK[0-9a-f]{32}$/);
    expect(restricted.secret).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(restricted.dateCreated).toEqual(new Date('2026-04-14T09:30:00Z'));
    expect(restricted.policy).toEqual({
      allow: ['/twilio/messaging/messages/create', '/twilio/messaging/messages/read'],
    });

    const standard = await iam.v1.newApiKey.create({ accountSid: acct.sid, friendlyName: 'standard' });
    expect(standard.policy).toBeNull();
    for (let i = 0; i < 3; i++)
      await iam.v1.newApiKey.create({ accountSid: acct.sid, friendlyName: `more-${i}` });

    // pageSize 2 over 5 keys: twilio-node follows next_page_url (absolute, on the emulator's origin).
    const listed = await iam.v1.getApiKeys.list({ accountSid: acct.sid, pageSize: 2 });
    expect(listed.map((k) => k.friendlyName)).toEqual([
      'more-2',
      'more-1',
      'more-0',
      'standard',
      'gha:eph:42.1:octo/repo',
    ]);
    expect(listed[0]?.flags).toEqual(['rest_api', 'signing']);

    const fetched = await iam.v1.apiKey(restricted.sid).fetch();
    expect(fetched.policy).toEqual(restricted.policy);
    expect(fetched.friendlyName).toBe('gha:eph:42.1:octo/repo');

    const updated = await iam.v1.apiKey(restricted.sid).update({
      friendlyName: 'renamed',
      policy: { allow: ['/twilio/voice/calls/read'] },
    });
    expect(updated.friendlyName).toBe('renamed');
    expect(updated.policy).toEqual({ allow: ['/twilio/voice/calls/read'] });

    expect(await iam.v1.apiKey(standard.sid).remove()).toBe(true);
    expect(twilio.keys(acct.sid).map((k) => k.sid)).not.toContain(standard.sid);

    checkExchanges(client, e0, r0, [
      'CreateNewKey',
      'CreateNewKey',
      'CreateNewKey',
      'CreateNewKey',
      'CreateNewKey',
      'ListGetKeys',
      'ListGetKeys',
      'ListGetKeys',
      'FetchKey',
      'UpdateKey',
      'DeleteKey',
    ]);
  });

  it('surfaces Twilio error bodies as twilio-node RestExceptions with status and code', async () => {
    const iam = new Iam(miniTwilioClient(twilio.url, acct.sid, acct.authToken));
    const missing = await iam.v1
      .apiKey(`SK${'0'.repeat(32)}`)
      .fetch()
      .catch((e: unknown) => e as RestError);
    expect(missing).toMatchObject({
      status: 404,
      code: 20404,
      moreInfo: 'https://www.twilio.com/docs/errors/20404',
    });

    const bad = await iam.v1.newApiKey
      .create({ accountSid: acct.sid, keyType: 'restricted', policy: { allow: ['/twilio/nope'] } })
      .catch((e: unknown) => e as RestError);
    expect(bad).toMatchObject({ status: 400, code: 70002 });

    const standard = twilio.addKey({ accountSid: acct.sid, type: 'standard' });
    const asStandard = new Iam(miniTwilioClient(twilio.url, standard.sid, standard.secret, acct.sid));
    const denied = await asStandard.v1.getApiKeys
      .list({ accountSid: acct.sid })
      .catch((e: unknown) => e as RestError);
    expect(denied).toMatchObject({ status: 401, code: 20003 });
  });
});

describe('API 2010 Keys through twilio-node', () => {
  it('creates, lists (all pages), fetches, updates and deletes standard keys', async () => {
    const owner = twilio.addAccount();
    const client = miniTwilioClient(twilio.url, owner.sid, owner.authToken);
    const keys = new Api(client).v2010.accounts(owner.sid);
    const [e0, r0] = mark(client);

    const made = await keys.newKeys.create({ friendlyName: 'gha:eph:7.1:octo/repo' });
    expect(made.sid).toMatch(/^SK[0-9a-f]{32}$/);
    expect(made.secret).toMatch(/^[A-Za-z0-9]{32}$/);
    for (let i = 0; i < 2; i++) await keys.newKeys.create({ friendlyName: `more-${i}` });

    // pageSize 2 over 3 keys: twilio-node follows next_page_uri (relative, put on api.twilio.com).
    const listed = await keys.keys.list({ pageSize: 2 });
    expect(listed.map((k) => k.friendlyName)).toEqual(['more-1', 'more-0', 'gha:eph:7.1:octo/repo']);
    expect((await keys.keys(made.sid).fetch()).friendlyName).toBe('gha:eph:7.1:octo/repo');
    expect((await keys.keys(made.sid).update({ friendlyName: 'renamed' })).friendlyName).toBe('renamed');
    expect(await keys.keys(made.sid).remove()).toBe(true);
    expect(twilio.keys(owner.sid).map((k) => [k.type, k.region])).toEqual([
      ['standard', 'us1'],
      ['standard', 'us1'],
    ]);

    checkExchanges(client, e0, r0, [
      'CreateNewKey',
      'CreateNewKey',
      'CreateNewKey',
      'ListKey',
      'ListKey',
      'FetchKey',
      'UpdateKey',
      'DeleteKey',
    ]);
  });
});

describe('Accounts v1 through twilio-node', () => {
  it('creates, promotes and deletes secondary Auth Tokens', async () => {
    const account = twilio.addAccount();
    let client = miniTwilioClient(twilio.url, account.sid, account.authToken);
    const [e0, r0] = mark(client);
    const created = await new Accounts(client).v1
      .secondaryAuthToken()
      .create({ suppressEmailNotification: true });
    expect(created.secondaryAuthToken).toMatch(/^[0-9a-f]{32}$/);
    expect(created.accountSid).toBe(account.sid);

    const promoted = await new Accounts(client).v1.authTokenPromotion().update();
    expect(promoted.authToken).toBe(created.secondaryAuthToken);
    checkExchanges(client, e0, r0, ['CreateSecondaryAuthToken', 'UpdateAuthTokenPromotion']);

    // The old primary is rejected at once; the promoted token works.
    const stale = await new Accounts(client).v1
      .secondaryAuthToken()
      .create()
      .catch((e: unknown) => e as RestError);
    expect(stale).toMatchObject({ status: 401, code: 20003 });

    client = miniTwilioClient(twilio.url, account.sid, promoted.authToken ?? '');
    const [e1, r1] = mark(client);
    await new Accounts(client).v1.secondaryAuthToken().create();
    expect(await new Accounts(client).v1.secondaryAuthToken().remove()).toBe(true);
    checkExchanges(client, e1, r1, ['CreateSecondaryAuthToken', 'DeleteSecondaryAuthToken']);
  });
});

describe('API 2010 and Lookups through twilio-node', () => {
  it('sends a message, places a call and buys a number with test credentials', async () => {
    const test = twilio.addTestAccount();
    const client = miniTwilioClient(twilio.url, test.sid, test.authToken);
    const api = new Api(client);
    const [e0, r0] = mark(client);

    const message = await api.v2010.account.messages.create({
      from: '+15005550006',
      to: '+14155550100',
      body: 'hello',
    });
    expect(message.status).toBe('queued');
    const call = await api.v2010.account.calls.create({
      from: '+15005550006',
      to: '+14155550100',
      url: 'https://demo.twilio.com/docs/voice.xml',
    });
    expect(call.sid).toMatch(/^CA/);
    const number = await api.v2010.account.incomingPhoneNumbers.create({ phoneNumber: '+15005550006' });
    expect(number.phoneNumber).toBe('+15005550006');
    checkExchanges(client, e0, r0, ['CreateMessage', 'CreateCall', 'CreateIncomingPhoneNumber']);

    const failed = await api.v2010.account.messages
      .create({ from: '+15005550006', to: '+15005550001', body: 'x' })
      .catch((e: unknown) => e as RestError);
    expect(failed).toMatchObject({ status: 400, code: 21211 });
  });

  it('sends live messages (From, and MessagingServiceSid with media)', async () => {
    const client = miniTwilioClient(twilio.url, acct.sid, acct.authToken);
    const api = new Api(client);
    const [e0, r0] = mark(client);
    await api.v2010.account.messages.create({ from: '+14155550100', to: '+14155550101', body: 'live' });
    const mms = await api.v2010.account.messages.create({
      messagingServiceSid: `MG${'1'.repeat(32)}`,
      to: '+14155550101',
      mediaUrl: ['https://example.com/a.png', 'https://example.com/b.png'],
    });
    expect(mms.sid).toMatch(/^MM/);
    expect(mms.numMedia).toBe('2');
    expect(mms.status).toBe('accepted');
    checkExchanges(client, e0, r0, ['CreateMessage', 'CreateMessage']);
  });

  it('looks up valid and invalid numbers', async () => {
    const test = twilio.addTestAccount();
    const client = miniTwilioClient(twilio.url, test.sid, test.authToken);
    const lookups = new Lookups(client);
    const [e0, r0] = mark(client);
    const valid = await lookups.v2.phoneNumbers('+15005550006').fetch();
    expect(valid.valid).toBe(true);
    const invalid = await lookups.v2.phoneNumbers('+1415').fetch();
    expect(invalid.valid).toBe(false);
    checkExchanges(client, e0, r0, ['FetchPhoneNumber', 'FetchPhoneNumber']);
  });
});

describe('the checks themselves', () => {
  it('covered every route of the emulator', () => {
    expect([...covered.keys()].sort()).toEqual(
      ROUTES.map((r) => `${specFor(r.template)} ${r.operationId}`).sort(),
    );
  });

  it('accept the spec’s own response examples', () => {
    const checked: string[] = [];
    for (const [coveredKey, statuses] of covered) {
      const [specName, operationId] = coveredKey.split(' ') as [SpecName, string];
      const spec = specs[specName];
      for (const status of statuses) {
        for (const example of spec.examples(operationId, status)) {
          expect({
            example: `${operationId} ${status} ${example.name}`,
            errors: spec.checkResponse(operationId, status, example.value, false),
          }).toEqual({
            example: `${operationId} ${status} ${example.name}`,
            errors: [],
          });
          checked.push(example.name);
        }
      }
    }
    expect(checked.length).toBeGreaterThan(10);
  });

  it('reject responses that break the schema', () => {
    const iam = specs.twilio_iam_v1;
    const good = {
      sid: `SK${'a'.repeat(32)}`,
      friendly_name: 'x',
      date_created: 'Tue, 14 Apr 2026 09:30:00 +0000',
      date_updated: 'Tue, 14 Apr 2026 09:30:00 +0000',
      policy: null,
    };
    expect(iam.checkResponse('FetchKey', 200, good)).toEqual([]);
    expect(iam.checkResponse('FetchKey', 200, { ...good, date_created: '2026-04-14T09:30:00Z' })).not.toEqual(
      [],
    );
    expect(iam.checkResponse('FetchKey', 200, { ...good, sid: 'SK123' })).not.toEqual([]);
    expect(iam.checkResponse('FetchKey', 200, { ...good, policy: ['/twilio/voice/calls/read'] })).not.toEqual(
      [],
    );
    expect(iam.checkResponse('FetchKey', 200, { ...good, secret: 'leaked' })).not.toEqual([]);
    const { policy: _dropped, ...withoutPolicy } = good;
    expect(iam.checkResponse('FetchKey', 200, withoutPolicy)).not.toEqual([]);
    expect(iam.checkResponse('DeleteKey', 204, {})).not.toEqual([]);
    const meta = {
      page: 0,
      page_size: 50,
      first_page_url: 'not a url',
      previous_page_url: null,
      url: 'http://x/v1/Keys',
      next_page_url: null,
      key: 'keys',
    };
    expect(iam.checkResponse('ListGetKeys', 200, { keys: [], meta }).join()).toContain('format');
    expect(specs.twilio_api_v2010.checkResponse('CreateMessage', 201, { status: 'sent-ish' })).not.toEqual(
      [],
    );
  });

  it('reject requests that break the spec (and show that KeyType=standard is not in it)', () => {
    const iam = specs.twilio_iam_v1;
    const form = { AccountSid: `AC${'a'.repeat(32)}`, FriendlyName: 'x' };
    expect(iam.checkRequest({ method: 'POST', path: '/v1/Keys', query: {}, form }).errors).toEqual([]);
    expect(
      iam.checkRequest({ method: 'POST', path: '/v1/Keys', query: {}, form: { FriendlyName: 'x' } }).errors,
    ).not.toEqual([]);
    expect(
      iam.checkRequest({ method: 'POST', path: '/v1/Keys', query: {}, form: { ...form, AccountSid: 'AC1' } })
        .errors,
    ).not.toEqual([]);
    // The spec's KeyType enum is ["restricted"]: a standard key is made by omitting KeyType. The emulator
    // also accepts KeyType=standard, but a client should not send it.
    expect(
      iam.checkRequest({
        method: 'POST',
        path: '/v1/Keys',
        query: {},
        form: { ...form, KeyType: 'standard' },
      }).errors,
    ).not.toEqual([]);
    expect(
      iam.checkRequest({
        method: 'GET',
        path: '/v1/Keys',
        query: { AccountSid: form.AccountSid, PageSize: '1001' },
      }).errors,
    ).not.toEqual([]);
    expect(iam.checkRequest({ method: 'GET', path: '/v1/Nope', query: {} }).operationId).toBeUndefined();
  });
});
