// Regions and edges (pure), the X-Twilio-Host header of the transport, and the Region rules of the inputs.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunContext } from '../../src/config.js';
import { INPUT_DEFAULTS } from '../../src/defaults.js';
import { parseInputs } from '../../src/inputs.js';
import { locationEnv, parseLocation, regionalHost } from '../../src/twilio/regions.js';
import { TwilioTransport } from '../../src/twilio/transport.js';

const IE1 = { region: 'ie1', edge: 'dublin' } as const;

describe('parseLocation', () => {
  it.each([
    ['', '', { region: 'us1', edge: undefined }],
    ['us1', 'ashburn', { region: 'us1', edge: 'ashburn' }],
    ['IE1', '', IE1],
    ['ie1', 'Dublin', IE1],
    ['au1', '', { region: 'au1', edge: 'sydney' }],
    ['jp1', '', { region: 'jp1', edge: 'tokyo' }],
  ])('%j + %j', (region, edge, location) => {
    expect(parseLocation(region, edge)).toEqual({ ok: true, location });
  });

  it.each([
    ['de1', '', 'twilio-region'],
    ['us2', '', 'twilio-region'],
    ['ie1', 'sydney', 'twilio-edge'],
    ['us1', 'dublin', 'twilio-edge'],
  ])('refuses %j + %j (%s)', (region, edge, input) => {
    expect(parseLocation(region, edge)).toMatchObject({ ok: false, input });
  });
});

describe('regionalHost', () => {
  it.each([
    ['api.twilio.com', IE1, 'api.dublin.ie1.twilio.com'],
    ['iam.twilio.com', { region: 'au1', edge: 'sydney' }, 'iam.sydney.au1.twilio.com'],
    ['iam.twilio.com', { region: 'us1', edge: 'ashburn' }, 'iam.ashburn.us1.twilio.com'],
    ['iam.twilio.com', { region: 'us1', edge: undefined }, 'iam.twilio.com'],
    // Already regional (a next-page link): placed again, not doubled.
    ['api.dublin.ie1.twilio.com', IE1, 'api.dublin.ie1.twilio.com'],
    ['127.0.0.1', IE1, '127.0.0.1'],
  ] as const)('%s in %j -> %s', (host, location, expected) => {
    expect(regionalHost(host, location)).toBe(expected);
  });

  it('exports TWILIO_REGION/TWILIO_EDGE outside legacy US1 only', () => {
    expect(locationEnv({ region: 'us1', edge: undefined })).toEqual([]);
    expect(locationEnv(IE1)).toEqual([
      ['TWILIO_REGION', 'ie1'],
      ['TWILIO_EDGE', 'dublin'],
    ]);
  });
});

describe('TwilioTransport: X-Twilio-Host', () => {
  const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
  const server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
  });
  let origin = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const send = (uri: string, location = IE1) =>
    new TwilioTransport({
      credential: { kind: 'auth-token', username: 'AC' + '1'.repeat(32), password: 'tok' },
      apiUrl: origin,
      location,
      log: { info: () => undefined, warning: () => undefined, debug: () => undefined },
    }).request({ method: 'GET', uri });

  it('names the regional host the request was meant for; the path is kept', async () => {
    seen.length = 0;
    await send('https://api.twilio.com/2010-04-01/Accounts/AC1/Keys.json?PageSize=2');
    expect(seen).toMatchObject([
      {
        url: '/2010-04-01/Accounts/AC1/Keys.json?PageSize=2',
        headers: { 'x-twilio-host': 'api.dublin.ie1.twilio.com' },
      },
    ]);
  });

  it('names no host for a link already on the apiUrl origin', async () => {
    seen.length = 0;
    await send(`${origin}/v1/Keys?Page=1`);
    expect(seen[0]?.headers['x-twilio-host']).toBeUndefined();
  });
});

describe('parseInputs: Region rules', () => {
  const run: RunContext = {
    eventName: 'push',
    repository: 'octo/app',
    runId: '1',
    runAttempt: '1',
    job: 'b',
  };
  const parse = (inputs: Record<string, string>, eventName = 'push') =>
    parseInputs((name) => ({ ...INPUT_DEFAULTS, ...inputs })[name] ?? '', {
      run: { ...run, eventName },
      nonce: 'abc123',
      env: {},
    });
  const base = { 'account-sid': 'AC' + 'a'.repeat(32), 'auth-token': 'b'.repeat(32) };

  it('a standard key in IE1 parses, with the location on the target', () => {
    const r = parse({ ...base, 'twilio-region': 'ie1', 'key-type': 'standard' });
    expect(r.ok && r.config.mode === 'ephemeral' && r.config.twilio.location).toEqual(IE1);
  });

  it('a restricted key (the default) in AU1 is refused on key-type', () => {
    const r = parse({ ...base, 'twilio-region': 'au1', permissions: 'messaging' });
    expect(r.ok ? [] : r.errors).toEqual([
      expect.stringMatching(/^Input 'key-type': restricted keys exist only in US1, not in Australia \(AU1\)/),
    ]);
  });

  it('a pull request in JP1 (test mode by default) is refused, naming pull-request: skip', () => {
    const r = parse(
      {
        ...base,
        'twilio-region': 'jp1',
        'test-account-sid': 'AC' + 'c'.repeat(32),
        'test-auth-token': 'd'.repeat(32),
      },
      'pull_request',
    );
    expect(r.ok ? [] : r.errors).toEqual([expect.stringContaining(`'pull-request: skip'`)]);
    const skipped = parse({ ...base, 'twilio-region': 'jp1', 'pull-request': 'skip' }, 'pull_request');
    expect(skipped.ok).toBe(true);
  });
});
