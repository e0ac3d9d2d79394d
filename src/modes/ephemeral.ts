// ephemeral: mint a key for this job; the post step deletes it (src/modes/cleanup.ts).
import type { EphemeralConfig } from '../config.js';
import { describeTarget } from '../github/targets.js';
import type { Runner } from '../runner.js';
import { STATE } from '../state.js';
import { code, list, table, type Row } from '../summary.js';
import { createKeyApi } from '../twilio/keys.js';
import { keySecretNames } from './secrets-names.js';

export async function runEphemeral(cfg: EphemeralConfig, runner: Runner): Promise<void> {
  const { twilio, delivery } = cfg;
  const credentialType = cfg.keyType === 'restricted' ? 'restricted-key' : 'standard-key';
  const names = keySecretNames(delivery.secretPrefix);

  if (cfg.dryRun) {
    runner.info(`Dry run: would create a ${cfg.keyType} key '${cfg.friendlyName}' on ${twilio.accountSid}.`);
    if (cfg.permissions.length)
      runner.info(`Permissions (${cfg.permissions.length}): ${cfg.permissions.join(', ')}`);
    for (const t of delivery.targets) runner.info(`Would write ${names.join(', ')} to ${describeTarget(t)}.`);
    runner.info(
      cfg.skipKeyDelete ? 'Would leave the key alive after the job.' : 'Would delete it in the post step.',
    );
    runner.output('credential-type', 'none');
    return;
  }

  // Learn mode: the proxy starts (its CA keys take a while) while the key is minted. If it fails, main
  // fails after minting, and the post step deletes the key as after any failure.
  const learn = cfg.learn ? await import('../learn/start.js') : undefined;
  const learnStarting = learn?.startLearnProxy(twilio.apiUrl, runner);
  learnStarting?.catch(() => undefined); // awaited below; this only stops an early unhandled rejection

  // Before the request: a post step after a cancel or a lost answer finds the key by this name.
  runner.saveState(STATE.friendlyName, cfg.friendlyName);
  if (cfg.skipKeyDelete) runner.saveState(STATE.skipKeyDelete, 'true');

  const github =
    delivery.targets.length > 0 && delivery.github
      ? import('../github/secrets.js').then((m) => m.createSecretsApi(delivery.github!, { log: runner }))
      : undefined;
  // Public keys are fetched while the key is minted, not after.
  const prepared = github?.then((api) => api.prepare(delivery.targets));
  prepared?.catch(() => undefined); // awaited below; this only stops an early unhandled rejection

  const keys = createKeyApi(twilio, { log: runner });
  const key = await keys.create({
    friendlyName: cfg.friendlyName,
    keyType: cfg.keyType,
    permissions: cfg.permissions,
    lostKeyHint: 'the post step looks for it by that name, and mode: sweep removes it later',
  });
  runner.mask(key.secret);
  runner.saveState(STATE.keySid, key.sid);
  runner.info(`Created ${cfg.keyType} key ${key.sid} ('${key.friendlyName}').`);

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
  const learnState = await learnStarting;
  if (learn && learnState) learn.exportLearnEnv(learnState, runner);

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
    ['Deleted', cfg.skipKeyDelete ? 'no (skip-key-delete): revoke it with mode: revoke' : 'in the post step'],
  ];
  if (learnState)
    rows.push(['Learn mode', 'recording proxy running; the post step lists the permissions the job used']);
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

  if (github && prepared) {
    const api = await github;
    const ready = await prepared;
    // Before the first write: the post step deletes whatever this run may have written.
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
