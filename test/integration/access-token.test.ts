// Access Tokens signed by a job-scoped standard key, dead once the post step deletes the key.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { leaks, runJob, runStep } from '../harness/action.js';
import { useEmulators } from '../harness/emulators.js';

const { twilio, account } = useEmulators();

const AP = 'AP' + '1'.repeat(32);
const IS = 'IS' + '2'.repeat(32);
const inputs = (extra: Record<string, string> = {}) => ({
  'account-sid': account.sid,
  'auth-token': account.authToken,
  'twilio-api-url': twilio.url,
  'access-token-identity': 'alice@example.com',
  'access-token-ttl': '30m',
  'access-token-grants': `voice outgoing-application-sid=${AP} incoming-allow=true\nvideo room=standup\nchat service-sid=${IS}\nsync service-sid=${IS}`,
  ...extra,
});

function decode(jwt: string) {
  const [h = '', p = '', s = ''] = jwt.split('.');
  const json = (part: string) =>
    JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
  return { header: json(h), payload: json(p), signingInput: `${h}.${p}`, signature: s };
}

describe('Access Tokens', () => {
  it('signs a token with a standard key; it verifies with the key secret and dies with the key', async () => {
    const main = await runStep('main', { inputs: inputs() });
    expect(main.exitCode, main.stdout).toBe(0);
    expect(main.stdout).toContain('key-type');
    const token = main.outputs['access-token'] ?? '';
    const [key] = twilio.keys(account.sid);
    expect(key?.type).toBe('standard');

    const { header, payload, signingInput, signature } = decode(token);
    expect(header).toMatchObject({ alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1' });
    expect(payload.iss).toBe(key?.sid);
    expect(payload.sub).toBe(account.sid);
    expect((payload.exp as number) - (payload.iat as number)).toBe(1800);
    expect(payload.grants).toEqual({
      identity: 'alice@example.com',
      voice: { incoming: { allow: true }, outgoing: { application_sid: AP } },
      video: { room: 'standup' },
      chat: { service_sid: IS },
      data_sync: { service_sid: IS },
    });
    const expected = createHmac('sha256', key?.secret ?? '')
      .update(signingInput)
      .digest('base64url');
    expect(signature).toBe(expected);

    expect(main.env.TWILIO_ACCESS_TOKEN).toBe(token);
    expect(leaks(main, token)).toEqual([]);
    expect(main.summary).toContain('alice@example.com');
    expect(main.summary).toContain('voice');

    const post = await runStep('post', { inputs: inputs(), state: main.state });
    expect(post.exitCode).toBe(0);
    expect(twilio.keys(account.sid)).toHaveLength(0);
  });

  it('export-env: false keeps the token out of the environment', async () => {
    const { main } = await runJob({ inputs: inputs({ 'export-env': 'false' }) });
    expect(main.outputs['access-token']).toMatch(/^ey/);
    expect(main.env).toEqual({});
  });

  it.each([
    ['ttl over 24h', { 'access-token-ttl': '25h' }, 'access-token-ttl'],
    ['a restricted key with grants', { permissions: 'messaging' }, 'access-token-identity'],
    ['a malformed grant', { 'access-token-grants': 'video room=' }, 'access-token-grants'],
    ['an unknown grant field', { 'access-token-grants': 'chat sid=IS1' }, 'access-token-grants'],
  ])('%s fails before any request', async (_t, extra, input) => {
    const before = twilio.requests.length;
    const main = await runStep('main', { inputs: inputs(extra) });
    expect(main.exitCode).toBe(1);
    expect(main.commands.some((c) => c.command === 'error' && c.message.startsWith(`Input '${input}'`))).toBe(
      true,
    );
    expect(twilio.requests.length).toBe(before);
  });

  it('test mode hands out no token and says why', async () => {
    const t = twilio.addTestAccount();
    const main = await runStep('main', {
      inputs: inputs({ 'test-account-sid': t.sid, 'test-auth-token': t.authToken }),
      env: { GITHUB_EVENT_NAME: 'pull_request' },
    });
    expect(main.exitCode).toBe(0);
    expect(main.outputs['access-token']).toBeUndefined();
    expect(
      main.commands.some((c) => c.command === 'notice' && c.message.includes('cannot sign Access Tokens')),
    ).toBe(true);
  });
});
