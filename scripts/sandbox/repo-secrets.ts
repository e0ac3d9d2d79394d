// The repository's secrets: the admin credential stored once by hand, and the TWILIO_* ones the action writes.
import { sealSecret } from '../../src/github/seal.js';
import type { Masker } from '../../test/harness/masker.js';
import { checker } from './checks.js';
import { dim, say } from './terminal.js';
import { REPO, type World } from './world.js';

/**
 * "Set up once" from the README: the admin credential stored as repository secrets. They are named
 * TWILIO_ADMIN_*, apart from the TWILIO_* secrets the action writes, and the action must leave them alone.
 */
export const SETUP_SECRETS = ['TWILIO_ADMIN_ACCOUNT_SID', 'TWILIO_ADMIN_AUTH_TOKEN'] as const;

export async function storeSetupSecrets(w: World): Promise<void> {
  const { keyId, key } = w.github.publicKey({ repository: REPO });
  const values = [w.live.sid, w.live.authToken];
  for (const [i, name] of SETUP_SECRETS.entries()) {
    const res = await fetch(`${w.github.url}/repos/${REPO}/actions/secrets/${name}`, {
      method: 'PUT',
      headers: { authorization: `token ${w.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ encrypted_value: await sealSecret(key, values[i] ?? ''), key_id: keyId }),
    });
    if (!res.ok) throw new Error(`sandbox: storing ${name} failed: ${res.status}`);
  }
}

export function setupSecretsIntact(w: World): boolean {
  const values = [w.live.sid, w.live.authToken];
  return SETUP_SECRETS.every(
    (name, i) => w.github.secret({ repository: REPO }, name)?.plaintext === values[i],
  );
}

export const secretNames = ['TWILIO_ACCOUNT_SID', 'TWILIO_API_KEY', 'TWILIO_API_SECRET'] as const;

/**
 * Prints the repository's secrets (decrypted by the emulator; the secret itself always shown as ***) and
 * checks them. With `masker` (the job that wrote them), also checks that the runner would mask the secret.
 */
export function checkSecrets(
  w: World,
  expected: Record<(typeof secretNames)[number], string>,
  what: string,
  masker?: Masker,
): void {
  const check = checker(w.session.results);
  const rows = secretNames.map(
    (name) => [name, w.github.secret({ repository: REPO }, name)?.plaintext] as const,
  );
  for (const [name, value] of rows) {
    const shown = value === undefined ? dim('(absent)') : name === 'TWILIO_API_SECRET' ? '***' : value;
    say(`  repository:${REPO}/${name} = ${shown}`);
  }
  check(
    rows.every(([name, value]) => value === expected[name]),
    `the three repository secrets decrypt to ${what}`,
    rows.map(([n, v]) => `${n} ${v === expected[n] ? 'ok' : 'differs'}`).join(', '),
  );
  const secret = rows.find(([n]) => n === 'TWILIO_API_SECRET')?.[1] ?? '';
  if (masker) check(masker.mask(secret) === '***', 'the runner masks that secret in every later log line');
}
