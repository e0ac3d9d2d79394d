// Fault matrix table: rotate-auth-token mode (see framework.ts for the checks every cell makes).
import { envScope, H, problems, repoScope, seedSecret } from '../support.js';
import type { Mode } from './framework.js';
import { ENV_SECRET, rotateUnderFault, seedLineage } from './rotation.js';
import { KEYS } from './shared.js';

const SECONDARY = '/v1/AuthTokens/Secondary';

export const rotateAuthToken: Mode = {
  name: 'rotate + rotate-auth-token',
  calls: [
    {
      side: 'twilio',
      label: 'create secondary auth token',
      method: 'POST',
      path: SECONDARY,
      names: /create secondary auth token/,
      clean: 1,
      // 4 attempts on 429; after an unknown outcome, the DELETE of a secondary that may exist
      bound: 4,
      notRepeated:
        'src/twilio/auth-tokens.ts createSecondary: after an unknown outcome it deletes the secondary and fails (it could create once more, as keys.create does)',
    },
    {
      side: 'github',
      label: 'write AUTH_TOKEN (environment)',
      method: 'PUT',
      path: ENV_SECRET('TWILIO_AUTH_TOKEN'),
      names: /write secret TWILIO_AUTH_TOKEN/,
      clean: 1,
      bound: 4,
    },
    {
      side: 'twilio',
      label: 'check the new token (GET /v1/Keys with it)',
      method: 'GET',
      path: KEYS,
      nth: 2,
      names: /did not authenticate|check auth token/,
      // the lineage list, then the check
      clean: 2,
      // three checks (1 s and 3 s apart) of 4 attempts each
      bound: 1 + 3 * 4,
    },
    {
      side: 'twilio',
      label: 'promote secondary auth token',
      method: 'POST',
      path: '/v1/AuthTokens/Promote',
      names: /promot/i,
      clean: 1,
      bound: 2 * 4,
    },
    {
      side: 'twilio',
      label: 'delete secondary auth token (rollback after a failed write)',
      method: 'DELETE',
      path: SECONDARY,
      names: /secondary/,
      clean: 1,
      bound: 4,
      reach: (c) => {
        c.github.faults.add({
          method: 'PUT',
          path: ENV_SECRET('TWILIO_AUTH_TOKEN'),
          kind: 'status',
          status: 422,
        });
      },
      reachFails: true,
    },
  ],
  async run(cell) {
    const { c, expect } = cell;
    const { k1 } = await seedLineage(c);
    const old = c.account.authToken;
    for (const scope of [repoScope, envScope]) await seedSecret(c.github, scope, 'TWILIO_AUTH_TOKEN', old, H);
    // The key: as in rotate.
    const { main, created, held, spuriousTimeouts } = await rotateUnderFault(cell, k1, {
      'rotate-auth-token': 'true',
    });
    expect(
      created.filter((k) => !held.has(k.sid)).map((k) => k.sid),
      'no unheld key',
    ).toEqual([]);

    // The token: every target holds the same one, and Twilio accepts it.
    const { primary, secondary } = c.twilio.authToken(c.account.sid);
    const tokens = [repoScope, envScope].map(
      (scope) => c.github.secret(scope, 'TWILIO_AUTH_TOKEN')?.plaintext,
    );
    expect(new Set(tokens).size, 'all old or all new').toBe(1);
    const accepted = new Set([primary, ...(secondary ? [secondary] : [])]);
    expect(accepted.has(tokens[0] ?? ''), 'the token the targets hold works').toBe(true);
    if (main.exitCode === 0) {
      expect(tokens[0]).toBe(primary);
      expect(primary).not.toBe(old);
      expect(secondary).toBeUndefined();
    } else if (primary === old && secondary !== undefined) {
      // Not promoted and a secondary left behind: only when deleting it failed, and then the error says so.
      expect(problems([main]).errors.join('\n')).toMatch(/secondary/i);
    }
    return { steps: [main], followUps: [], spuriousTimeouts };
  },
};
