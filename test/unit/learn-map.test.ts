import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate } from '../../scripts/gen-learn-map.js';
import { encodeLearnMap } from '../../scripts/learn-map-encode.js';
import { coverage } from '../../scripts/learn-map-lib.js';
import { KNOWN_PERMISSIONS } from '../../src/data/permissions.js';
import { decodeLearnMap } from '../../src/learn/map-format.js';
import { canonicalHost, isTwilioHost, matchRequest } from '../../src/learn/map.js';

const AC = 'AC' + '0'.repeat(32);

describe('learn map', () => {
  it('is what the generator makes from the vendored specs (regenerate: npx tsx scripts/gen-learn-map.ts)', () => {
    expect(readFileSync(new URL('../../src/data/learn-map.ts', import.meta.url), 'utf8')).toBe(
      generate().text,
    );
  });

  it('is written compactly enough to stay a small source file (at most 300 lines)', () => {
    const text = readFileSync(new URL('../../src/data/learn-map.ts', import.meta.url), 'utf8');
    expect(text.split('\n').length).toBeLessThanOrEqual(300);
  });

  it('reads back every endpoint the generator wrote, in order', () => {
    const { list, text } = generate();
    const body = /`([^`]*)`/.exec(text)?.[1] ?? '';
    expect(decodeLearnMap(body)).toEqual(list);
  });

  it('reads its token format: host, base, paths, resources that carry over, methods', () => {
    const text = `@api.twilio.com ~=/2010-04-01/Accounts/{AccountSid}
      /2010-04-01/Accounts.json GET ~/Calls.json voice/calls GET=list
      POST=create ~/Calls/{Sid}.json DELETE=delete GET
      @iam.twilio.com /v1/Keys iam/api-keys GET=list`;
    const A = '/2010-04-01/Accounts';
    expect(decodeLearnMap(text)).toEqual([
      { host: 'api.twilio.com', method: 'GET', path: `${A}.json`, permission: undefined },
      {
        host: 'api.twilio.com',
        method: 'GET',
        path: `${A}/{AccountSid}/Calls.json`,
        permission: '/twilio/voice/calls/list',
      },
      {
        host: 'api.twilio.com',
        method: 'POST',
        path: `${A}/{AccountSid}/Calls.json`,
        permission: '/twilio/voice/calls/create',
      },
      {
        host: 'api.twilio.com',
        method: 'DELETE',
        path: `${A}/{AccountSid}/Calls/{Sid}.json`,
        permission: '/twilio/voice/calls/delete',
      },
      {
        host: 'api.twilio.com',
        method: 'GET',
        path: `${A}/{AccountSid}/Calls/{Sid}.json`,
        permission: undefined,
      },
      { host: 'iam.twilio.com', method: 'GET', path: '/v1/Keys', permission: '/twilio/iam/api-keys/list' },
    ]);
  });

  it('refuses to write what it could not read back', () => {
    const e = { host: 'api.twilio.com', method: 'GET', permission: undefined };
    expect(() => encodeLearnMap([{ ...e, path: '/v1/A B' }])).toThrow(/cannot write/);
    expect(() => encodeLearnMap([{ ...e, path: 'v1/Calls' }])).toThrow(/cannot write/);
    expect(() => encodeLearnMap([{ ...e, path: '/v1/Calls', permission: '/twilio/calls' }])).toThrow(
      /cannot write/,
    );
    expect(encodeLearnMap([{ ...e, path: '/v1/Calls' }])).toBe('@api.twilio.com\n/v1/Calls GET');
  });

  it('names only catalogue permissions and covers most endpoints', () => {
    const { list } = generate();
    for (const e of list) if (e.permission) expect(KNOWN_PERMISSIONS.has(e.permission)).toBe(true);
    const c = coverage(list);
    expect(c.mapped / c.endpoints).toBeGreaterThan(0.7);
    expect(c.reachable / c.catalogue).toBeGreaterThan(0.8);
  });

  it.each([
    [
      'POST',
      'api.twilio.com',
      `/2010-04-01/Accounts/${AC}/Messages.json`,
      '/twilio/messaging/messages/create',
    ],
    [
      'GET',
      'api.twilio.com',
      `/2010-04-01/Accounts/${AC}/Messages.json?To=%2B15551234567`,
      '/twilio/messaging/messages/list',
    ],
    [
      'GET',
      'api.twilio.com',
      `/2010-04-01/Accounts/${AC}/Messages/SM${'1'.repeat(32)}.json`,
      '/twilio/messaging/messages/read',
    ],
    ['POST', 'api.twilio.com', `/2010-04-01/Accounts/${AC}/Calls.json`, '/twilio/voice/calls/create'],
    ['GET', 'lookups.twilio.com', '/v2/PhoneNumbers/+15551234567', '/twilio/lookup/phone-numbers/read'],
    [
      'POST',
      'verify.twilio.com',
      `/v2/Services/VA${'2'.repeat(32)}/VerificationCheck`,
      '/twilio/verify/verification-check/create',
    ],
    ['GET', 'verify.twilio.com', '/v2/Attempts/Summary', '/twilio/verify/verification-attempts-summary/read'],
    [
      'POST',
      'studio.twilio.com',
      `/v2/Flows/FW${'3'.repeat(32)}/Executions`,
      '/twilio/studio/executions/create',
    ],
    [
      'GET',
      'taskrouter.twilio.com',
      `/v1/Workspaces/WS${'4'.repeat(32)}/TaskQueues/Statistics`,
      '/twilio/taskrouter/workspaces.task-queues.statistics/list',
    ],
    ['GET', 'monitor.twilio.com', '/v1/Alerts', '/twilio/monitor/alerts/list'],
    ['DELETE', 'iam.twilio.com', `/v1/Keys/SK${'5'.repeat(32)}`, '/twilio/iam/api-keys/delete'],
    ['GET', 'api.sydney.au1.twilio.com', `/2010-04-01/Accounts/${AC}/Calls.json`, '/twilio/voice/calls/list'],
  ])('%s %s%s needs %s', (method, host, path, permission) => {
    const m = matchRequest(method, host, path);
    expect(m.permission).toBe(permission);
    expect(m.template).not.toMatch(/AC0|\+1555|[A-Z]{2}\d{32}/);
  });

  it('replaces every unknown segment of an unknown endpoint', () => {
    const m = matchRequest(
      'GET',
      'api.twilio.com',
      '/2010-04-01/Accounts/AC1/Secret/+15551234567/Messages.json',
    );
    expect(m).toEqual({
      template: '/2010-04-01/Accounts/{id}/{id}/{id}/Messages.json',
      permission: undefined,
      known: false,
    });
  });

  it('knows Twilio hosts', () => {
    expect(isTwilioHost('api.twilio.com:443')).toBe(true);
    expect(isTwilioHost('eviltwilio.com')).toBe(false);
    expect(canonicalHost('lookups.dublin.ie1.twilio.com')).toBe('lookups.twilio.com');
  });
});
