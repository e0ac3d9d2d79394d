// Fault matrix table: ephemeral mode (see framework.ts for the checks every cell makes).
import { absent, H, problems, REPO, repoScope, triple } from '../support.js';
import { githubInputs, runStep, sweepAfter, twilioInputs, underFault, type Mode } from './framework.js';
import { addMessagingKey, createKey, deleteKey, deleteSecrets, KEYS, twinSearch } from './shared.js';

export const ephemeral: Mode = {
  name: 'ephemeral',
  calls: [
    createKey,
    // main's twin search, then post's search by name (main never learned the SID)
    twinSearch({ clean: 1, bound: 4 + 4 }),
    deleteKey('delete key (post)', /delete key/i),
    {
      side: 'twilio',
      label: 'list keys (post, SID unknown)',
      method: 'GET',
      path: KEYS,
      names: /list keys|delete key/i,
      clean: 1,
      bound: 4,
      postOnly: true,
    },
    {
      side: 'github',
      label: 'read public key',
      method: 'GET',
      path: /\/actions\/secrets\/public-key$/,
      names: /public key/,
      clean: 1,
      bound: 4,
    },
    {
      side: 'github',
      label: 'write secret (3rd PUT: API_SECRET)',
      method: 'PUT',
      path: /\/actions\/secrets\/TWILIO_/,
      nth: 3,
      names: /write secret/,
      clean: 3,
      bound: 2 + 4,
    },
    deleteSecrets('delete secret (post)'),
  ],
  async run(cell) {
    const { c, call, persistence, expect } = cell;
    // Keys minted here look 25 h old to Twilio's clock, so a later sweep (max-age 24h) may take them.
    c.twilio.clock.advance(-25 * H);
    const inputs = {
      ...twilioInputs(c, { permissions: 'messaging' }),
      ...githubInputs(c, 'repository'),
    };
    const followUps: string[] = [];
    const { steps, spuriousTimeouts } = await underFault(cell, async (env) => {
      if (call.postOnly) {
        // Main was stopped between the create request and its answer: post knows only the name.
        const name = 'gha:eph:12345678901.1.c0ffee:octo/app:build';
        addMessagingKey(c, name);
        // The create was sent long enough ago that its own timeout has passed: post looks once.
        const state = {
          'key-friendly-name': name,
          'account-sid': c.account.sid,
          'admin-credential': 'auth-token',
          'twilio-api-url': inputs['twilio-api-url'] ?? '',
          'create-sent-at': String(Date.now() - 60_000),
          'create-timeout-ms': '30000',
        };
        return [await runStep('post', { inputs, env, state })];
      }
      const main = await runStep('main', { inputs, env });
      expect(main.state['key-friendly-name'], 'the name is saved before the create').toMatch(/^gha:eph:/);
      if (main.exitCode === 0) {
        // All new: the target holds the minted key, which works.
        const sid = main.outputs['api-key-sid'];
        const secret = main.outputs['api-key-secret'];
        expect(triple(c.github, repoScope)).toEqual({ accountSid: c.account.sid, sid, secret });
        expect(c.twilio.keys(c.account.sid).map((k) => [k.sid, k.secret])).toEqual([[sid, secret]]);
      }
      return [main, await runStep('post', { inputs, env, state: main.state })];
    });

    // No orphan: post deleted the key, or (the design) it warned and sweep removes it.
    if (c.twilio.keys(c.account.sid).length > 0) {
      expect(persistence, 'a transient fault never leaves a key behind').toBe('always');
      await sweepAfter(cell, followUps);
    }
    expect(c.twilio.keys(c.account.sid), 'no orphaned key').toEqual([]);

    // Secrets: post deleted what the run wrote; only a persistent DELETE fault leaves them, with a warning each.
    const t = triple(c.github, repoScope);
    if (!absent(t)) {
      expect(call.label).toBe('delete secret (post)');
      expect(
        [t.accountSid, t.sid, t.secret].every((v) => v !== undefined),
        'all or nothing',
      ).toBe(true);
      const { warnings } = problems(steps);
      for (const name of ['TWILIO_ACCOUNT_SID', 'TWILIO_API_KEY', 'TWILIO_API_SECRET'])
        expect(warnings.join('\n')).toContain(`${REPO}/${name}`);
    }
    return { steps, followUps, spuriousTimeouts };
  },
};
