// ephemeral: mint a key for this job; the post step deletes it (src/modes/cleanup.ts).
import type { EphemeralConfig } from '../config.js';
import { describeTarget } from '../github/targets.js';
import type { Runner } from '../runner.js';
import { STATE } from '../state.js';
import { code, list, table, type Row } from '../summary.js';
import { createKeyApi } from '../twilio/keys.js';
import type { GitHubError } from '../github/errors.js';
import type { PreparedTarget } from '../github/secrets.js';
import type { KeyApi } from '../twilio/keys.js';
import { deletePermissionProblem } from './key-admin.js';
import { existingSecretsError } from './ownership.js';
import { keySecretNames } from './secrets-names.js';

/** Deletes the key this run minted before it was handed out; returns a sentence for the error. */
async function discard(keys: KeyApi, sid: string): Promise<string> {
  try {
    await keys.remove(sid);
    return `Nothing was written, and the new key ${sid} was deleted.`;
  } catch (e) {
    return `Nothing was written; the new key ${sid} could not be deleted now (${e instanceof Error ? e.message : String(e)}), so the post step deletes it.`;
  }
}

function explain(e: unknown): string {
  if (e && typeof e === 'object' && 'explain' in e && typeof e.explain === 'function')
    return String(e.explain());
  return e instanceof Error ? e.message : String(e);
}

export async function runEphemeral(cfg: EphemeralConfig, runner: Runner): Promise<void> {
  const { twilio, delivery } = cfg;
  const credentialType = cfg.keyType === 'restricted' ? 'restricted-key' : 'standard-key';
  const names = keySecretNames(delivery.secretPrefix);

  if (cfg.dryRun) return (await import('./preflight.js')).preflightEphemeral(cfg, runner);

  const github =
    delivery.targets.length > 0 && delivery.github
      ? import('../github/secrets.js').then((m) => m.createSecretsApi(delivery.github!, { log: runner }))
      : undefined;
  // Public keys are fetched, and the target secrets' existence checked, while the key is minted, not after.
  const prepared = github?.then((api) =>
    Promise.all([api.prepare(delivery.targets), api.existing(delivery.targets, names)]),
  );
  prepared?.catch(() => undefined); // awaited below; this only stops an early unhandled rejection

  const keys = createKeyApi(twilio, { log: runner });
  const refused = await deletePermissionProblem(twilio, keys);
  if (refused) throw new Error(refused);

  // Before the request: a post step after a cancel or a lost answer finds the key by this name.
  runner.saveState(STATE.friendlyName, cfg.friendlyName);
  if (cfg.skipKeyDelete) runner.saveState(STATE.skipKeyDelete, 'true');

  const key = await keys.create({
    friendlyName: cfg.friendlyName,
    keyType: cfg.keyType,
    permissions: cfg.permissions,
    lostKeyHint: 'the post step looks for it by that name, and mode: sweep removes it later',
  });
  runner.mask(key.secret);
  runner.saveState(STATE.keySid, key.sid);
  runner.info(`Created ${cfg.keyType} key ${key.sid} ('${key.friendlyName}').`);

  // Before the key is handed to anyone: every target reachable, and none of its secrets someone else's.
  let ready: PreparedTarget[] | undefined;
  if (prepared) {
    try {
      const [targets, existing] = await prepared;
      if (existing.length > 0)
        throw new Error(existingSecretsError(existing, delivery.secretPrefix, describeTarget));
      ready = targets;
    } catch (e) {
      const why = [e, ...((e as GitHubError).related ?? [])].map(explain).join(' ');
      throw new Error(`${why} ${await discard(keys, key.sid)}`, { cause: e });
    }
  }

  runner.output('account-sid', twilio.accountSid);
  runner.output('api-key-sid', key.sid);
  runner.output('api-key-secret', key.secret);
  runner.output('credential-type', credentialType);
  runner.output('friendly-name', key.friendlyName);
  if (cfg.exportEnv) {
    runner.exportVariable('TWILIO_ACCOUNT_SID', twilio.accountSid);
    runner.exportVariable('TWILIO_API_KEY', key.sid);
    runner.exportVariable('TWILIO_API_SECRET', key.secret);
  }

  const rows: Row[] = [
    ['Key SID', code(key.sid)],
    ['Type', credentialType],
    ['Friendly name', code(key.friendlyName)],
    [
      'Permissions',
      cfg.keyType === 'restricted'
        ? list(cfg.permissions)
        : 'standard key (all but key and account management)',
    ],
    ['Exported to env', cfg.exportEnv ? 'yes' : 'no'],
    [
      'Deletion',
      cfg.skipKeyDelete
        ? 'none (skip-key-delete): revoke it with mode: revoke'
        : 'by the post step when the job ends (the admin credential may delete keys)',
    ],
  ];
  if (cfg.pullRequestOptIn)
    rows.push([
      'Pull request',
      `live key minted on ${code(cfg.run.eventName)} because pull-request: ephemeral`,
    ]);

  if (cfg.accessToken) {
    const { signAccessToken } = await import('../twilio/access-token.js');
    const signed = signAccessToken(
      cfg.accessToken,
      { accountSid: twilio.accountSid, sid: key.sid, secret: key.secret },
      Math.floor(Date.now() / 1000),
    );
    runner.mask(signed.token);
    runner.output('access-token', signed.token);
    if (cfg.exportEnv) runner.exportVariable('TWILIO_ACCESS_TOKEN', signed.token);
    rows.push(
      ['Access Token identity', code(cfg.accessToken.identity)],
      ['Access Token grants', list(cfg.accessToken.grants.map((g) => g.kind))],
      ['Access Token expires', signed.expiresAt.toISOString() + ' (or when the key is deleted)'],
    );
  }

  if (github && ready) {
    const api = await github;
    // Before the first write. None of these existed a moment ago (checked above), so these are exactly the
    // secrets this run creates, and the only ones its post step deletes.
    runner.saveState(STATE.secrets, JSON.stringify({ targets: delivery.targets, names }));
    const values = [twilio.accountSid, key.sid, key.secret];
    // All at once: a job key's secrets are new, and post deletes them whatever state they are left in.
    const report = await api.write(
      ready,
      names.map((name, i) => ({ name, value: values[i] as string })),
      { ordered: false },
    );
    const written = report.written.map((w) => `${describeTarget(w.target)}/${w.name}`).sort();
    runner.output('secrets-written', JSON.stringify(written));
    rows.push(['Secrets written', list(written)]);
    if (report.failed.length > 0) {
      runner.summary(table('Twilio credentials', rows));
      const reasons = [...new Set(report.failed.map((f) => f.error.explain()))];
      throw new Error(
        `Writing ${report.failed.length} secret(s) failed; the post step deletes the key and the secrets this run wrote. ${reasons.join(' ')}`,
      );
    }
  } else {
    runner.output('secrets-written', '[]');
  }
  runner.summary(table('Twilio credentials', rows));
}
