// ephemeral: mint a key for this job; the post step deletes it (src/modes/cleanup.ts).
import type { EphemeralConfig } from '../config.js';
import { describeTarget } from '../github/targets.js';
import type { Runner } from '../runner.js';
import { ENV } from '../names/env.js';
import { STATE } from '../names/state.js';
import { code, list, table, type Row } from '../summary.js';
import { createKeyApi, TwilioError, type KeyApi, type MintedKey } from '../twilio/keys.js';
import { shown } from '../validators.js';
import type { GitHubError } from '../github/errors.js';
import type { PreparedTarget } from '../github/secrets.js';
import { deletePermissionProblem } from './key-admin.js';
import { existingSecretsError } from './ownership.js';
import type { LearnState } from '../learn/start.js';
import { keySecretNames } from '../names/secrets.js';
import { outputKey } from './hand-out.js';
import { formatLocation, isLegacyUs1 } from '../twilio/regions.js';

export async function runEphemeral(cfg: EphemeralConfig, runner: Runner): Promise<void> {
  const { twilio, delivery } = cfg;
  const names = keySecretNames(delivery.secretPrefix);

  if (cfg.dryRun) return (await import('./preflight.js')).preflightEphemeral(cfg, runner);

  // Learn mode: the proxy starts (its CA keys take a while) while the key is minted. If it fails, main
  // fails after minting, and the post step deletes the key as after any failure.
  const learning = cfg.learn
    ? import('../learn/start.js').then(async (learn) => ({
        learn,
        state: await learn.startLearnProxy(twilio.apiUrl, runner),
      }))
    : undefined;
  learning?.catch(() => undefined); // awaited below; this only stops an early unhandled rejection

  const github =
    delivery.targets.length > 0 && delivery.github
      ? import('../github/secrets.js').then((m) => m.createSecretsApi(delivery.github!, { log: runner }))
      : undefined;
  // Public keys are fetched, and the target secrets' existence checked, while the key is minted, not after.
  const prepared = github?.then((api) =>
    Promise.all([api.prepare(delivery.targets), api.existing(delivery.targets, names)]),
  );
  prepared?.catch(() => undefined); // awaited below; this only stops an early unhandled rejection

  let creates = 0;
  const keys = createKeyApi(twilio, {
    log: runner,
    // Each create request (a retry after 429 too): the post step waits out one still in flight.
    onSend: (label) => {
      if (label !== 'POST /v1/Keys') return;
      creates++;
      runner.saveState(STATE.createSentAt, String(Date.now()));
      runner.saveState(STATE.createTimeoutMs, String(twilio.timeoutMs));
    },
  });
  // No key it cannot delete: an admin API key proves it may delete keys before one is minted.
  const refused = await deletePermissionProblem(twilio, keys);
  if (refused) throw new Error(refused);

  // Before the request: a post step after a cancel or a lost answer finds the key by this name, and
  // deletes it in this account with this credential, whatever the inputs evaluate to by then.
  runner.saveState(STATE.friendlyName, cfg.friendlyName);
  runner.saveState(STATE.accountSid, twilio.accountSid);
  runner.saveState(
    STATE.adminCredential,
    twilio.credential.kind === 'api-key' ? twilio.credential.username : 'auth-token',
  );
  if (twilio.apiUrl) runner.saveState(STATE.twilioApiUrl, twilio.apiUrl);
  if (twilio.location && !isLegacyUs1(twilio.location))
    runner.saveState(STATE.location, formatLocation(twilio.location));
  if (cfg.skipKeyDelete) runner.saveState(STATE.skipKeyDelete, 'true');

  let key: MintedKey;
  try {
    key = await keys.create({
      friendlyName: cfg.friendlyName,
      keyType: cfg.keyType,
      permissions: cfg.permissions,
      lostKeyHint: 'the post step looks for it by that name, and mode: sweep removes it later',
    });
  } catch (e) {
    // A 4xx answer to the only create sent is definitive: no key was made, so the post step has nothing
    // to look for. After an earlier send whose outcome was unknown, that one may still land.
    if (creates === 1 && e instanceof TwilioError && e.status !== undefined && e.status < 500)
      runner.saveState(STATE.createOutcome, 'refused');
    throw e;
  }
  runner.mask(key.secret);
  runner.saveState(STATE.keySid, key.sid);
  try {
    await handOut(cfg, runner, keys, key, github, prepared, learning);
  } catch (e) {
    if (!cfg.skipKeyDelete) throw e;
    // skip-key-delete leaves the key to a later revoke job, which does not run when this job fails.
    throw new Error(
      `${e instanceof Error ? e.message : String(e)} ${await deleteAfterFailure(keys, key.sid, runner)}`,
      {
        cause: e,
      },
    );
  }
}

type SecretsApi = Awaited<ReturnType<typeof import('../github/secrets.js').createSecretsApi>>;

async function handOut(
  cfg: EphemeralConfig,
  runner: Runner,
  keys: KeyApi,
  key: MintedKey,
  github: Promise<SecretsApi> | undefined,
  prepared:
    | Promise<[Awaited<ReturnType<SecretsApi['prepare']>>, Awaited<ReturnType<SecretsApi['existing']>>]>
    | undefined,
  learning: Promise<{ learn: typeof import('../learn/start.js'); state: LearnState }> | undefined,
): Promise<void> {
  const { twilio, delivery } = cfg;
  const credentialType = cfg.keyType === 'restricted' ? 'restricted-key' : 'standard-key';
  const names = keySecretNames(delivery.secretPrefix);
  // Every secret is masked before anything the user controls (the name) is printed.
  const signed = cfg.accessToken ? await signToken(cfg, key) : undefined;
  if (signed) runner.mask(signed.token);
  runner.info(`Created ${cfg.keyType} key ${key.sid} ('${shown(key.friendlyName)}').`);

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

  outputKey(runner, twilio, key, cfg.keyType, cfg.exportEnv);
  const learned = await learning;
  if (learned) learned.learn.exportLearnEnv(learned.state, runner);

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
  if (twilio.location && !isLegacyUs1(twilio.location))
    rows.push(['Region', `${twilio.location.region} (edge ${twilio.location.edge ?? 'none'})`]);
  if (learned)
    rows.push(['Learn mode', 'recording proxy running; the post step lists the permissions the job used']);
  if (cfg.pullRequestOptIn)
    rows.push([
      'Pull request',
      `live key minted on ${code(cfg.run.eventName)} because pull-request: ephemeral`,
    ]);

  if (cfg.accessToken && signed) {
    runner.output('access-token', signed.token);
    if (cfg.exportEnv) runner.exportVariable(ENV.accessToken, signed.token);
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

/** Deletes the key main minted under skip-key-delete when the step fails; says what happened. */
async function deleteAfterFailure(keys: KeyApi, sid: string, runner: Runner): Promise<string> {
  try {
    await keys.remove(sid);
    // The post step now deletes the secrets this run wrote; the key is already gone.
    runner.saveState(STATE.skipKeyDelete, 'false');
    return `The key ${sid} was deleted (skip-key-delete is set, but no later job would revoke it after a failure).`;
  } catch (e) {
    runner.saveState(STATE.skipKeyDelete, 'false');
    return `Deleting the key ${sid} failed (${e instanceof Error ? e.message : String(e)}); the post step tries again.`;
  }
}

async function signToken(cfg: EphemeralConfig, key: { sid: string; secret: string }) {
  const { signAccessToken } = await import('../twilio/access-token.js');
  return signAccessToken(
    cfg.accessToken!,
    { accountSid: cfg.twilio.accountSid, sid: key.sid, secret: key.secret },
    Math.floor(Date.now() / 1000),
    cfg.twilio.location,
  );
}

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
