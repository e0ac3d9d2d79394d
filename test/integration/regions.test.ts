// Twilio Regions on the bundled action: job keys in IE1 and AU1 are minted, exported and deleted in their own
// Region (API 2010 Keys on api.{edge}.{region}.twilio.com), with that Region's Auth Token; restricted keys,
// test credentials and Auth Token rotation are refused outside US1 before any request.
import { describe, expect, it } from 'vitest';
import { runStep } from '../harness/action.js';
import { useEmulators } from '../harness/emulators.js';

const emu = useEmulators({ github: { tokens: { ghp_regions: 'write' } } });
const { twilio, github, account } = emu;

const REGIONS = [
  { region: 'ie1', edge: 'dublin' },
  { region: 'au1', edge: 'sydney' },
] as const;

const inRegion = (region: string, extra: Record<string, string> = {}) => ({
  'account-sid': account.sid,
  'auth-token': twilio.authTokenIn(account.sid, region),
  'twilio-region': region,
  'key-type': 'standard',
  'twilio-api-url': twilio.url,
  ...extra,
});

/** The requests the emulator received for this test's account, as `METHOD path @ host`. */
function requestsSince(seq: number): string[] {
  return twilio.requests
    .filter((r) => r.seq > seq)
    .map(
      (r) =>
        `${r.method} ${r.path.replace(account.sid, 'AC').replace(/SK[0-9a-f]{32}/, 'SK')} @ ${r.twilioHost}`,
    );
}
const lastSeq = () => twilio.requests.at(-1)?.seq ?? 0;

describe.each(REGIONS)('$region', ({ region, edge }) => {
  it('mints a standard job key in the Region, exports it with TWILIO_REGION/TWILIO_EDGE, post deletes it', async () => {
    const from = lastSeq();
    const main = await runStep('main', { inputs: inRegion(region) });
    expect(main.exitCode, main.stdout + main.stderr).toBe(0);
    const sid = main.outputs['api-key-sid'] as string;
    const [key] = twilio.keys(account.sid);
    expect(key).toMatchObject({ sid, region, type: 'standard' });
    expect(main.outputs['credential-type']).toBe('standard-key');
    expect(main.outputs['region']).toBe(region);
    expect(main.outputs['edge']).toBe(edge);
    expect(main.env).toMatchObject({
      TWILIO_ACCOUNT_SID: account.sid,
      TWILIO_API_KEY: sid,
      TWILIO_API_SECRET: key?.secret,
      TWILIO_REGION: region,
      TWILIO_EDGE: edge,
    });
    expect(main.commands.filter((c) => c.command === 'warning' || c.command === 'error')).toEqual([]);

    const post = await runStep('post', { inputs: inRegion(region), state: main.state });
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain(`Deleted key ${sid}`);
    expect(twilio.keys(account.sid)).toEqual([]);
    const host = `api.${edge}.${region}.twilio.com`;
    expect(requestsSince(from)).toEqual([
      `POST /2010-04-01/Accounts/AC/Keys.json @ ${host}`,
      `DELETE /2010-04-01/Accounts/AC/Keys/SK.json @ ${host}`,
    ]);
    // The emulator answered in the Region: the minted key authenticates there and nowhere else.
    expect(twilio.requests.filter((r) => r.seq > from).map((r) => [r.region, r.status])).toEqual([
      [region, 201],
      [region, 204],
    ]);
  });

  it('refuses a restricted key before any request, naming key-type: standard', async () => {
    const from = lastSeq();
    const main = await runStep('main', {
      inputs: inRegion(region, { 'key-type': 'restricted', permissions: 'messaging' }),
    });
    expect(main.exitCode).toBe(1);
    expect(main.stdout).toContain(`Input 'key-type': restricted keys exist only in US1`);
    expect(main.stdout).toContain(`key-type: standard`);
    expect(requestsSince(from)).toEqual([]);
    expect(main.state).toEqual({});
  });
});

describe('post step', () => {
  it('deletes the key in the Region main made it in (from state), even if the inputs now name another', async () => {
    const main = await runStep('main', { inputs: inRegion('au1') });
    expect(main.exitCode, main.stdout + main.stderr).toBe(0);
    expect(main.state['twilio-location']).toBe('au1.sydney');
    const sid = main.outputs['api-key-sid'] as string;
    const { 'twilio-region': _dropped, ...us1Inputs } = inRegion('au1');
    const post = await runStep('post', { inputs: us1Inputs, state: main.state });
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain(`Deleted key ${sid}`);
    expect(twilio.keys(account.sid)).toEqual([]);
  });
});

describe('Access Tokens in a Region', () => {
  it('a token signed with a JP1 job key names its Region (twr), as twilio-node does for `region`', async () => {
    const main = await runStep('main', {
      inputs: inRegion('jp1', {
        'access-token-identity': 'alice',
        'access-token-grants': 'video room=standup',
      }),
    });
    expect(main.exitCode, main.stdout + main.stderr).toBe(0);
    const [header = ''] = (main.outputs['access-token'] ?? '').split('.');
    expect(JSON.parse(Buffer.from(header, 'base64url').toString('utf8'))).toMatchObject({ twr: 'jp1' });
    expect(twilio.keys(account.sid)).toMatchObject([{ region: 'jp1', type: 'standard' }]);
    expect(main.env).toMatchObject({ TWILIO_REGION: 'jp1', TWILIO_EDGE: 'tokyo' });
  });
});

describe('credentials are regional', () => {
  it('a US1 Auth Token is refused by an IE1 request (401 / 20003), and no key is left', async () => {
    const from = lastSeq();
    const main = await runStep('main', {
      inputs: inRegion('ie1', { 'auth-token': account.authToken }),
    });
    expect(main.exitCode).toBe(1);
    expect(main.stdout).toMatch(/20003/);
    expect(twilio.requests.filter((r) => r.seq > from).map((r) => [r.region, r.status, r.errorCode])).toEqual(
      [['ie1', 401, 20003]],
    );
    expect(twilio.keys(account.sid)).toEqual([]);
  });

  it('an IE1 key is not listed, nor deletable, in AU1 or US1', async () => {
    const { sid } = twilio.addKey({ accountSid: account.sid, type: 'standard', region: 'ie1' });
    const au = await runStep('main', { inputs: inRegion('au1', { mode: 'revoke', 'key-sid': sid }) });
    expect(au.exitCode, au.stdout).toBe(0);
    expect(au.stdout).toContain(`Key ${sid} was already gone`);
    expect(twilio.keys(account.sid).map((k) => k.sid)).toEqual([sid]);
  });
});

describe('revoke and sweep in a Region', () => {
  it('revoke deletes an IE1 key through api.dublin.ie1.twilio.com', async () => {
    const { sid } = twilio.addKey({ accountSid: account.sid, type: 'standard', region: 'ie1' });
    const from = lastSeq();
    const revoke = await runStep('main', { inputs: inRegion('ie1', { mode: 'revoke', 'key-sid': sid }) });
    expect(revoke.exitCode, revoke.stdout + revoke.stderr).toBe(0);
    expect(JSON.parse(revoke.outputs['deleted-keys'] ?? '')).toEqual([sid]);
    expect(twilio.keys(account.sid)).toEqual([]);
    expect(requestsSince(from)).toEqual([
      `DELETE /2010-04-01/Accounts/AC/Keys/SK.json @ api.dublin.ie1.twilio.com`,
    ]);
  });

  it('sweep in AU1 deletes only old tagged AU1 keys, on every page, and never another Region’s', async () => {
    const add = (friendlyName: string, hoursOld: number, region: string) =>
      emu.addAgedKey(friendlyName, hoursOld, { region }).sid;
    const old = new Set<string>();
    for (let i = 0; i < 1200; i++) old.add(add(`gha:eph:${7000 + i}.1.abcdef:octo/app:build`, 30, 'au1'));
    const young = add('gha:eph:6999.1.abcdef:octo/app:build', 1, 'au1');
    const untagged = add('deploy', 1000, 'au1');
    const otherRegion = add('gha:eph:6998.1.abcdef:octo/app:build', 1000, 'ie1');
    const us1 = add('gha:eph:6997.1.abcdef:octo/app:build', 1000, 'us1');

    const sweep = await runStep('main', { inputs: inRegion('au1', { mode: 'sweep', 'max-age': '24h' }) });
    expect(sweep.exitCode, sweep.stdout + sweep.stderr).toBe(0);
    expect(new Set(JSON.parse(sweep.outputs['deleted-keys'] ?? '[]'))).toEqual(old);
    expect(
      twilio
        .keys(account.sid)
        .map((k) => k.sid)
        .sort(),
    ).toEqual([young, untagged, otherRegion, us1].sort());
  });
});

describe('rotate in a Region', () => {
  it('rotates an IE1 lineage: the new key is written to the secrets, works in IE1 only, the oldest goes', async () => {
    github.addRepository('octo/ie1');
    const lineage = (hoursOld: number) => emu.addAgedKey('gha:rot:billing', hoursOld, { region: 'ie1' }).sid;
    // The oldest's successor is 3 h old (past the grace period); the previous key's successor is the new one.
    const oldest = lineage(5);
    const previous = emu.addAgedKey('gha:rot:billing', 3, { region: 'ie1' });
    const rotate = await runStep('main', {
      inputs: inRegion('ie1', {
        mode: 'rotate',
        'friendly-name': 'billing',
        'grace-period': '1h',
        secrets: 'repository:octo/ie1',
        'github-token': 'ghp_regions',
        'github-api-url': github.url,
      }),
    });
    expect(rotate.exitCode, rotate.stdout + rotate.stderr).toBe(0);
    const sid = rotate.outputs['api-key-sid'] as string;
    expect(twilio.keys(account.sid)).toMatchObject([
      { sid: previous.sid, region: 'ie1' },
      { sid, region: 'ie1', friendlyName: 'gha:rot:billing' },
    ]);
    expect(JSON.parse(rotate.outputs['deleted-keys'] ?? '')).toEqual([oldest]);
    const secret = github.secret({ repository: 'octo/ie1' }, 'TWILIO_API_SECRET')?.plaintext ?? '';
    expect(github.secret({ repository: 'octo/ie1' }, 'TWILIO_API_KEY')?.plaintext).toBe(sid);

    // The pair in the secrets sends a message in IE1, and is refused in US1.
    const send = (host: string | undefined) =>
      fetch(`${twilio.url}/2010-04-01/Accounts/${account.sid}/Messages.json`, {
        method: 'POST',
        headers: {
          Authorization: 'Basic ' + Buffer.from(`${sid}:${secret}`).toString('base64'),
          'Content-Type': 'application/x-www-form-urlencoded',
          ...(host && { 'X-Twilio-Host': host }),
        },
        body: new URLSearchParams({ To: '+15558675310', From: '+15017122661', Body: 'hi' }),
      }).then((r) => r.status);
    expect(await send('api.dublin.ie1.twilio.com')).toBe(201);
    expect(await send(undefined)).toBe(401);
  });
});

describe('what outside US1 refuses before any request', () => {
  it.each([
    [
      'test credentials',
      { mode: 'test', 'test-account-sid': 'AC' + 'e'.repeat(32), 'test-auth-token': 'f'.repeat(32) },
      `Input 'twilio-region': Twilio documents test credentials only for US1`,
    ],
    [
      'Auth Token rotation',
      {
        mode: 'rotate',
        'friendly-name': 'billing',
        'rotate-auth-token': 'true',
        secrets: 'repository',
        'github-token': 'ghp_x',
      },
      `Input 'rotate-auth-token': Twilio documents Auth Token rotation (Accounts v1) only for US1`,
    ],
    [
      'an unknown region',
      { 'twilio-region': 'de1' },
      `Input 'twilio-region': 'de1' is not a supported Twilio Region`,
    ],
    [
      'an edge of another region',
      { 'twilio-edge': 'sydney' },
      `Input 'twilio-edge': 'sydney' is not a documented Edge Location for Ireland (IE1)`,
    ],
  ])('%s', async (_what, extra, message) => {
    const from = lastSeq();
    const main = await runStep('main', { inputs: inRegion('ie1', extra) });
    expect(main.exitCode).toBe(1);
    expect(main.stdout).toContain(message);
    expect(requestsSince(from)).toEqual([]);
  });
});

describe('US1', () => {
  it('keeps the legacy hosts and environment: IAM v1 on iam.twilio.com, no TWILIO_REGION/TWILIO_EDGE', async () => {
    const from = lastSeq();
    const main = await runStep('main', {
      inputs: {
        'account-sid': account.sid,
        'auth-token': account.authToken,
        permissions: 'messaging',
        'twilio-api-url': twilio.url,
      },
    });
    expect(main.exitCode, main.stdout + main.stderr).toBe(0);
    expect(main.outputs['region']).toBe('us1');
    expect(main.outputs['edge']).toBe('');
    expect(main.env['TWILIO_REGION']).toBeUndefined();
    expect(main.env['TWILIO_EDGE']).toBeUndefined();
    expect(requestsSince(from)).toEqual(['POST /v1/Keys @ iam.twilio.com']);
    expect(twilio.keys(account.sid)).toMatchObject([{ type: 'restricted', region: 'us1' }]);
  });
});
