export const id = 345;
export const ids = [345];
export const modules = {

/***/ 5345:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runRotate = runRotate;
exports.keyHeldAt = keyHeldAt;
// rotate: replace a lineage's key (and, with rotate-auth-token, the Auth Token) in GitHub secrets.
//
// 1. List the lineage (keys named exactly `gha:rot:<lineage>`).
// 2. Mint the new key under a run-unique ephemeral name while the targets' public keys (and the
//    secrets' updated_at) are read, then rename it to the lineage name: a key this run loses track of is
//    an ephemeral key that sweep removes, never a lineage key nobody holds.
// 3. Write <prefix>ACCOUNT_SID and <prefix>API_KEY to every target; only when every one of those
//    succeeded, write <prefix>API_SECRET to every target. A failure in the first round is undone:
//    targets that got the new SID get back the SID they held (keyHeldAt: the lineage key created before
//    their API_SECRET was last written, since targets may differ after an incomplete rotation), the new
//    key is deleted, and old secrets and keys are as they were.
// 4. Only when every write succeeded: delete superseded lineage keys whose successor is older than
//    grace-period (rotation-plan.ts). The previous key survives the grace period; the new one always.
// 5. rotate-auth-token: secondary token -> mask -> <prefix>AUTH_TOKEN on every target -> check it
//    authenticates -> promote. Any failure before promotion puts the primary back into the secrets
//    that got the secondary and deletes the secondary.
//
// A write that failed without an answer (or with a 5xx) may have landed. GitHub never returns values,
// but it does return each secret's updated_at: a secret whose updated_at changed since before this run
// wrote anything got the new value, and counts as written (with a warning).
//
// When some API_SECRET writes succeed and others fail (rare: the public-key reads and the first round
// proved access), GitHub cannot give the old values back, so a full rollback is impossible. Then the
// failed targets get back the SID they held (every target holds a matching working pair), every
// key is kept (the new one and all old ones), and the step fails naming the targets that hold the new
// key. The next rotation writes every target again and converges.
const node_crypto_1 = __webpack_require__(7598);
const duration_js_1 = __webpack_require__(7607);
const summary_js_1 = __webpack_require__(8855);
const keys_js_1 = __webpack_require__(6638);
const naming_js_1 = __webpack_require__(8499);
const retry_js_1 = __webpack_require__(9809);
const rotation_plan_js_1 = __webpack_require__(506);
const secrets_names_js_1 = __webpack_require__(60);
/** Checks of a new Auth Token before it is promoted, and the waits between them. */
const TOKEN_CHECK_WAITS_MS = [1_000, 3_000];
/** Problems found before any request: rotate refuses to start. */
async function runRotate(cfg, runner) {
    const { twilio, delivery } = cfg;
    const github = delivery.github;
    // src/inputs.ts refuses a rotation without targets; this only narrows the type.
    if (!github || delivery.targets.length === 0)
        throw new Error("Input 'secrets': rotate needs at least one target.");
    const [sidName, keyName, secretName] = (0, secrets_names_js_1.keySecretNames)(delivery.secretPrefix);
    const credentialType = cfg.keyType === 'restricted' ? 'restricted-key' : 'standard-key';
    const grace = (0, duration_js_1.formatDuration)(cfg.gracePeriodMs);
    const [{ createSecretsApi, ROUTES }, { describeTarget }, { createGitHubClient }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(166), __webpack_require__.e(298)]).then(__webpack_require__.bind(__webpack_require__, 298)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5617)),
        Promise.all(/* import() */[__webpack_require__.e(166), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 6584)),
    ]);
    const client = createGitHubClient(github, { log: runner });
    const api = createSecretsApi(github, { log: runner, client });
    const keys = (0, keys_js_1.createKeyApi)(twilio, { log: runner });
    // The admin key this run authenticates with is never deleted, even when it belongs to the lineage.
    const protect = new Set(twilio.credential.kind === 'api-key' ? [twilio.credential.username] : []);
    const targetLabels = delivery.targets.map(describeTarget);
    // Public keys are fetched while the lineage is listed and the key minted.
    const preparing = api.prepare(delivery.targets);
    preparing.catch(() => undefined); // awaited below; this only stops an early unhandled rejection
    const lineage = await keys.findByName(cfg.friendlyName);
    runner.info(`Lineage '${cfg.friendlyName}' has ${lineage.length} key(s)${lineage.length ? ': ' + lineage.map((k) => `${k.sid} (${k.dateCreated.toISOString()})`).join(', ') : ''}.`);
    if (cfg.dryRun) {
        await dryRun(cfg, runner, {
            keys,
            lineage,
            protect,
            preparing,
            targetLabels,
            names: [sidName, keyName, secretName],
        });
        return;
    }
    // The new key is minted under a name unique to this run, carrying the ephemeral tag, and gets the
    // lineage name only once its SID is known: a key whose create answer was lost, and which this run could
    // not find again, is then an ephemeral key that sweep removes, never a lineage key that nobody holds.
    const tempName = (0, naming_js_1.ephemeralName)({ runId: cfg.run.runId, runAttempt: cfg.run.runAttempt, nonce: (0, node_crypto_1.randomBytes)(3).toString('hex') }, `rot:${cfg.friendlyName.slice('gha:rot:'.length)}`);
    const stamps = createStamps(client, ROUTES, describeTarget);
    const tokenName = `${delivery.secretPrefix}AUTH_TOKEN`;
    // Read before anything is written (while the key is minted), so that a write whose answer was lost can
    // be told apart from one that never landed.
    const before = stamps.snapshot(delivery.targets, [
        keyName,
        secretName,
        ...(cfg.rotateAuthToken ? [tokenName] : []),
    ]);
    /**
     * Failed writes that landed all the same (GitHub's updated_at changed) count as written, with a
     * warning. `unsure`: failed, and it cannot tell whether they landed.
     */
    const settle = async (report, reference) => {
        const pre = report.failed.length ? await before : new Map();
        const verdicts = await Promise.all(report.failed.map((f) => landed(stamps, pre, f, reference)));
        const written = [...report.written];
        const failed = [];
        const unsure = [];
        report.failed.forEach((f, i) => {
            if (verdicts[i] === true) {
                written.push({ target: f.target, name: f.name });
                runner.warning(`${f.error.explain()} GitHub's updated_at shows that the new value landed all the same, so it counts as written.`);
                return;
            }
            failed.push(f);
            if (verdicts[i] === undefined)
                unsure.push(f);
        });
        return { written, failed, unsure };
    };
    let key;
    try {
        key = await keys.create({ friendlyName: tempName, keyType: cfg.keyType, permissions: cfg.permissions });
    }
    catch (e) {
        throw new Error(`Rotation stopped before any secret was written: ${message(e)} Old secrets and keys are untouched.`, { cause: e });
    }
    runner.mask(key.secret);
    runner.info(`Created ${cfg.keyType} key ${key.sid} ('${key.friendlyName}').`);
    try {
        await keys.rename(key.sid, cfg.friendlyName);
    }
    catch (e) {
        throw new Error(`Rotation stopped before any secret was written: ${message(e)} ${await discard(keys, key)}`, {
            cause: e,
        });
    }
    key = { ...key, friendlyName: cfg.friendlyName };
    runner.info(`Named it '${cfg.friendlyName}'.`);
    let prepared;
    try {
        prepared = await preparing;
    }
    catch (e) {
        const why = [e, ...(e.related ?? [])].map(explain).join(' ');
        throw new Error(`Rotation stopped before any secret was written: ${why} ${await discard(keys, key)}`, {
            cause: e,
        });
    }
    const plan = (0, rotation_plan_js_1.planRotation)(lineage, key, key.dateCreated.getTime(), cfg.gracePeriodMs, protect);
    const heldSid = async () => {
        const stampsBefore = await before;
        return (t) => keyHeldAt(lineage, stampsBefore.get(stamps.key(t, secretName)), plan.previous);
    };
    const label = (r) => `${describeTarget(r.target)}/${r.name}`;
    // Round 1: the account SID and the key SID, everywhere.
    const first = await settle(await api.write(prepared, [
        { name: sidName, value: twilio.accountSid },
        { name: keyName, value: key.sid },
    ]), sidName);
    if (first.failed.length > 0) {
        // Where the new SID landed, or may have, the SID that target held goes back.
        const restore = await restoreKeySid(api, prepared, [...first.written, ...first.unsure], keyName, await heldSid(), describeTarget);
        runner.output('secrets-written', JSON.stringify([]));
        runner.output('deleted-keys', '[]');
        throw new Error(`Rotation failed; nothing was rotated. ${first.failed.map((f) => f.error.explain()).join(' ')} ${restore.text} ${await discard(keys, key)} Old ${restore.ok ? 'secrets and keys are' : 'keys are'} untouched.`);
    }
    // Round 2: the secret, everywhere.
    const second = await settle(await api.write(prepared, [{ name: secretName, value: key.secret }]), keyName);
    const rotated = new Set(second.written.map((w) => describeTarget(w.target)));
    const written = [...first.written, ...second.written]
        .filter((w) => rotated.has(describeTarget(w.target)))
        .map(label);
    if (second.failed.length > 0) {
        const failedTargets = prepared.filter((p) => !rotated.has(describeTarget(p.target)));
        const restore = await restoreKeySid(api, failedTargets, failedTargets.map((p) => ({ target: p.target, name: keyName })), keyName, await heldSid(), describeTarget);
        const reasons = second.failed.map((f) => f.error.explain()).join(' ');
        runner.output('secrets-written', JSON.stringify(written));
        runner.output('deleted-keys', '[]');
        if (rotated.size === 0)
            throw new Error(`Rotation failed; nothing was rotated. ${reasons} ${restore.text} ${await discard(keys, key)} Old keys are untouched.`);
        // Some targets hold the new pair and their old values cannot be read back: keep every key.
        outputKey(cfg, runner, key, credentialType);
        runner.summary((0, summary_js_1.table)('Twilio key rotation (incomplete)', [
            ['Lineage', (0, summary_js_1.code)(cfg.friendlyName)],
            ['New key', (0, summary_js_1.code)(key.sid)],
            ['Targets holding the new key', (0, summary_js_1.list)([...rotated])],
            ['Targets still holding the previous key', (0, summary_js_1.list)(failedTargets.map((p) => describeTarget(p.target)))],
            ['Deleted', 'nothing: every key of the lineage is kept'],
        ]));
        throw new Error(`Rotation incomplete: ${[...rotated].join(', ')} ${rotated.size === 1 ? 'holds' : 'hold'} the new key ${key.sid}; ${failedTargets.map((p) => describeTarget(p.target)).join(', ')} kept the key each held before. ${reasons} ${restore.text} No key was deleted${restore.ok ? ', so every target holds a working pair' : ''}; the next rotation writes every target again and converges.`);
    }
    runner.info(`Wrote ${written.length} secret(s): ${written.join(', ')}.`);
    outputKey(cfg, runner, key, credentialType);
    runner.output('secrets-written', JSON.stringify(written));
    // Every target holds the new key: superseded keys past grace may go.
    const removal = await keys.removeMany(plan.remove.map((k) => k.sid));
    const deleted = plan.remove.map((k) => k.sid).filter((sid) => removal.deleted.includes(sid));
    for (const sid of removal.deleted)
        runner.info(`Deleted superseded key ${sid}.`);
    for (const f of removal.failed)
        runner.warning(`Could not delete superseded key ${f.sid}: ${f.error.message} The next rotation tries again.`);
    runner.output('deleted-keys', JSON.stringify(deleted));
    const rows = [
        ['Lineage', (0, summary_js_1.code)(cfg.friendlyName)],
        ['New key', `${(0, summary_js_1.code)(key.sid)} (${credentialType})`],
        ['Permissions', cfg.keyType === 'restricted' ? (0, summary_js_1.list)(cfg.permissions) : 'standard key'],
        ['Secrets written', (0, summary_js_1.list)(written)],
        ['Deleted (successor older than ' + grace + ')', (0, summary_js_1.list)(deleted)],
        ['Kept within grace', (0, summary_js_1.list)(plan.keep.map((k) => k.sid))],
    ];
    if (removal.failed.length)
        rows.push(['Not deleted (retried next rotation)', (0, summary_js_1.list)(removal.failed.map((f) => f.sid))]);
    if (cfg.rotateAuthToken) {
        try {
            await rotateAuthToken(cfg, runner, api, prepared, describeTarget, rows, (r) => settle(r, secretName));
        }
        catch (e) {
            rows.push(['Auth Token', 'NOT rotated: the current Auth Token still works']);
            runner.summary((0, summary_js_1.table)('Twilio rotation', rows));
            throw new Error(`The key rotation succeeded (${key.sid} is in every target), but the Auth Token rotation failed: ${message(e)}`, { cause: e });
        }
    }
    runner.summary((0, summary_js_1.table)('Twilio rotation', rows, `Targets: ${targetLabels.join(', ')}.`));
}
function outputKey(cfg, runner, key, credentialType) {
    runner.output('account-sid', cfg.twilio.accountSid);
    runner.output('api-key-sid', key.sid);
    runner.output('api-key-secret', key.secret);
    runner.output('credential-type', credentialType);
    runner.output('friendly-name', key.friendlyName);
    if (cfg.exportEnv) {
        runner.exportVariable('TWILIO_ACCOUNT_SID', cfg.twilio.accountSid);
        runner.exportVariable('TWILIO_API_KEY', key.sid);
        runner.exportVariable('TWILIO_API_SECRET', key.secret);
    }
}
/** Deletes the key this run minted; returns a sentence for the error message. */
async function discard(keys, key) {
    try {
        await keys.remove(key.sid);
        return `The new key ${key.sid} was deleted.`;
    }
    catch (e) {
        return `The new key ${key.sid} could not be deleted (${message(e)}); no secret holds it: delete it with mode: revoke and key-sid: ${key.sid}.`;
    }
}
/** No answer, or a server error: the write may or may not have landed. */
function unknownOutcome(f) {
    return f.error.status === undefined || f.error.status >= 500;
}
/** Reads secrets' updated_at (GET of the secret's metadata; GitHub never returns values). */
function createStamps(client, routes, describeTarget) {
    async function read(t, name) {
        const [route, params] = t.scope === 'repository'
            ? [routes.repoSecret, { owner: t.owner, repo: t.repo, secret_name: name }]
            : t.scope === 'environment'
                ? [
                    routes.envSecret,
                    { owner: t.owner, repo: t.repo, environment_name: t.environment, secret_name: name },
                ]
                : [routes.orgSecret, { org: t.org, secret_name: name }];
        try {
            const res = await client.request(`GET ${route}`, params);
            const at = Date.parse(String(res.data.updated_at));
            return Number.isNaN(at) ? undefined : at;
        }
        catch (e) {
            return e.status === 404 ? null : undefined;
        }
    }
    const key = (t, name) => `${describeTarget(t)}/${name}`;
    return {
        read,
        /** updated_at of every (target, name), read before anything is written. */
        async snapshot(targets, names) {
            const pairs = targets.flatMap((t) => names.map((n) => [t, n]));
            const stamps = await Promise.all(pairs.map(([t, n]) => read(t, n)));
            return new Map(pairs.map(([t, n], i) => [key(t, n), stamps[i]]));
        },
        key,
    };
}
/**
 * Whether a secret write reported failed landed anyway. Only an unknown outcome (no answer, or a 5xx)
 * can have; then the secret's updated_at now is compared with the one read before this run wrote
 * anything. Timestamps have whole seconds, so an unchanged stamp proves nothing when the old value was
 * written in the same second as `reference` (the secret this run wrote just before, on the same target).
 * undefined: cannot tell.
 */
async function landed(stamps, before, f, reference) {
    if (!unknownOutcome(f))
        return false;
    const pre = before.get(stamps.key(f.target, f.name));
    const [post, ref] = await Promise.all([stamps.read(f.target, f.name), stamps.read(f.target, reference)]);
    if (post === null)
        return false;
    if (post === undefined || pre === undefined)
        return undefined;
    if (pre === null || post > pre)
        return true;
    return typeof ref === 'number' && pre < ref ? false : undefined;
}
/**
 * Puts back the SID each target held where the new SID was written, so each target again holds a matching
 * pair. Returns a sentence for the error message, and whether every such target now holds a working pair.
 */
async function restoreKeySid(api, prepared, written, keyName, heldSid, describeTarget) {
    const got = new Set(written.filter((w) => w.name === keyName).map((w) => describeTarget(w.target)));
    const targets = prepared.filter((p) => got.has(describeTarget(p.target)));
    if (targets.length === 0)
        return { text: '', ok: true };
    const unknown = targets.filter((p) => !heldSid(p.target));
    // Targets may hold different keys (after an incomplete rotation): each gets back its own.
    const bySid = new Map();
    for (const p of targets) {
        const sid = heldSid(p.target);
        if (sid)
            bySid.set(sid, [...(bySid.get(sid) ?? []), p]);
    }
    const texts = [];
    let ok = unknown.length === 0;
    if (unknown.length > 0)
        texts.push(`${unknown.map((p) => describeTarget(p.target)).join(', ')} got the new key SID in ${keyName} and the key it held before is not known: those targets may hold an unusable pair until a rotation succeeds.`);
    for (const [sid, group] of bySid) {
        const report = await api.write(group, [{ name: keyName, value: sid }]);
        const where = group.map((p) => describeTarget(p.target)).join(', ');
        if (report.failed.length === 0)
            texts.push(`${keyName} on ${where} was set back to the key it held, ${sid}.`);
        else {
            ok = false;
            texts.push(`${keyName} could not be set back to ${sid} on ${report.failed.map((f) => describeTarget(f.target)).join(', ')} (${report.failed.map((f) => f.error.explain()).join(' ')}); those targets may hold an unusable pair until a rotation succeeds.`);
        }
    }
    return { text: texts.join(' '), ok };
}
/**
 * How far apart GitHub's and Twilio's clocks may be when telling which key a secret was written for.
 * Both keep NTP time, and a rotation writes a secret a round trip or more after minting its key; a
 * newer lineage key appears only with the next rotation, normally hours later.
 */
const CLOCK_SLACK_MS = 5_000;
/**
 * The key a target held before this run: the newest lineage key created before the target's API_SECRET
 * was last written (restores never rewrite API_SECRET). Falls back to the newest previous key when the
 * timestamps cannot tell.
 */
function keyHeldAt(lineage, secretWrittenAt, previous) {
    if (typeof secretWrittenAt !== 'number')
        return previous?.sid;
    const before = lineage
        .filter((k) => k.dateCreated.getTime() <= secretWrittenAt + CLOCK_SLACK_MS)
        .sort((a, b) => b.dateCreated.getTime() - a.dateCreated.getTime());
    return before[0]?.sid ?? previous?.sid;
}
async function dryRun(cfg, runner, ctx) {
    // Reads are fine in a dry run: the public-key reads prove the token may reach every target.
    try {
        await ctx.preparing;
    }
    catch (e) {
        throw new Error(`Dry run: the secrets targets are not reachable: ${[e, ...(e.related ?? [])].map(explain).join(' ')}`, { cause: e });
    }
    const now = ctx.keys.serverTime() ?? Date.now();
    const plan = (0, rotation_plan_js_1.planRotation)(ctx.lineage, { sid: '(new key)', dateCreated: new Date(now) }, now, cfg.gracePeriodMs, ctx.protect);
    runner.info(`Dry run: would create a ${cfg.keyType} key '${cfg.friendlyName}' on ${cfg.twilio.accountSid}.`);
    for (const t of ctx.targetLabels)
        runner.info(`Would write ${ctx.names.join(', ')} to ${t}.`);
    runner.info(plan.remove.length
        ? `Would then delete ${plan.remove.map((k) => k.sid).join(', ')} (successor older than ${(0, duration_js_1.formatDuration)(cfg.gracePeriodMs)}).`
        : 'Would delete no key (none is superseded for longer than the grace period).');
    if (cfg.rotateAuthToken)
        runner.info(`Would rotate the Auth Token and write it to ${cfg.delivery.secretPrefix}AUTH_TOKEN.`);
    runner.output('credential-type', 'none');
    runner.output('deleted-keys', '[]');
    runner.summary((0, summary_js_1.table)('Twilio rotation (dry run)', [
        ['Lineage', (0, summary_js_1.code)(cfg.friendlyName)],
        ['Keys in lineage', (0, summary_js_1.list)(ctx.lineage.map((k) => k.sid))],
        ['Would write', `${(0, summary_js_1.list)(ctx.names)} to ${(0, summary_js_1.list)(ctx.targetLabels)}`],
        ['Would delete', (0, summary_js_1.list)(plan.remove.map((k) => k.sid))],
        ['Auth Token', cfg.rotateAuthToken ? 'would rotate' : 'not rotated'],
    ]));
}
async function rotateAuthToken(cfg, runner, api, prepared, describeTarget, rows, settle) {
    const { createAuthTokenApi } = await Promise.all(/* import() */[__webpack_require__.e(106), __webpack_require__.e(407)]).then(__webpack_require__.t.bind(__webpack_require__, 1788, 23));
    const tokens = createAuthTokenApi(cfg.twilio, { log: runner });
    const oldToken = cfg.twilio.credential.password;
    const tokenName = `${cfg.delivery.secretPrefix}AUTH_TOKEN`;
    const secondary = await tokens.createSecondary();
    runner.mask(secondary);
    runner.info(`Created a secondary Auth Token; writing it to ${tokenName}.`);
    /** Undo before promotion: the primary back into the secrets that got the secondary, then delete the secondary. */
    const rollback = async (why, written) => {
        const targets = prepared.filter((p) => written.some((w) => describeTarget(w.target) === describeTarget(p.target)));
        if (targets.length) {
            const restored = await api.write(targets, [{ name: tokenName, value: oldToken }]);
            if (restored.failed.length) {
                // Deleting the secondary now would leave those secrets with a dead token: keep it, both work.
                throw new Error(`${why} ${tokenName} could not be set back to the current token on ${restored.failed.map((f) => describeTarget(f.target)).join(', ')}, so the secondary Auth Token was kept (it and the current token both work until one is promoted or the secondary is deleted). Re-run the rotation.`);
            }
        }
        let secondaryFate;
        try {
            await tokens.deleteSecondary();
            secondaryFate = 'the secondary token was deleted';
        }
        catch (e) {
            secondaryFate = `the secondary token could not be deleted (${message(e)}); it is harmless while no secret holds it, and the next rotation replaces it`;
        }
        throw new Error(`${why} The current Auth Token still works${targets.length ? `, ${tokenName} on ${targets.map((p) => describeTarget(p.target)).join(', ')} holds it again` : ''}, and ${secondaryFate}.`);
    };
    const report = await settle(await api.write(prepared, [{ name: tokenName, value: secondary }]));
    if (report.failed.length)
        return rollback(report.failed.map((f) => f.error.explain()).join(' '), [
            ...report.written,
            ...report.unsure,
        ]);
    // Check that the new token authenticates before the old one is invalidated.
    // A refusal right after creation is asked again a little later; no answer at all (already retried by
    // the transport) is not.
    let accepted = false;
    let lastProblem = 'Twilio refused it (401)';
    for (let attempt = 0;; attempt++) {
        try {
            accepted = await tokens.authenticates(secondary);
        }
        catch (e) {
            lastProblem = message(e);
            break;
        }
        const wait = TOKEN_CHECK_WAITS_MS[attempt];
        if (accepted || wait === undefined)
            break;
        await (0, retry_js_1.sleep)(wait);
    }
    if (!accepted)
        return rollback(`The new Auth Token did not authenticate: ${lastProblem}.`, report.written);
    try {
        await tokens.promote(oldToken);
    }
    catch (e) {
        // Was it promoted after all? The old token being refused says so.
        let oldWorks;
        try {
            oldWorks = await tokens.authenticates(oldToken);
        }
        catch {
            oldWorks = undefined;
        }
        if (oldWorks === true)
            return rollback(`Promotion failed: ${message(e)}`, report.written);
        if (oldWorks === undefined)
            throw new Error(`Promotion's outcome is unknown: ${message(e)} ${tokenName} holds the new token, which works either way (as primary, or as the secondary still waiting for promotion). Promote it in the Twilio Console or re-run the rotation.`, { cause: e });
        runner.info('The old Auth Token is refused: the promotion took effect.');
    }
    const where = report.written.map((w) => `${describeTarget(w.target)}/${w.name}`);
    runner.info(`Promoted the new Auth Token; the old one stopped working. It is in ${where.join(', ')}.`);
    rows.push(['Auth Token', `rotated; written to ${(0, summary_js_1.list)(where)}`], [
        'Old Auth Token',
        'invalidated at once by the promotion. Anything still holding its value (other workflows, later steps of this job that read the secret at job start, servers) fails with 20003 until it reads the new secret.',
    ]);
}
function explain(e) {
    return e && typeof e === 'object' && 'explain' in e && typeof e.explain === 'function'
        ? String(e.explain())
        : message(e);
}
function message(e) {
    return e instanceof Error ? e.message : String(e);
}


/***/ }),

/***/ 506:
/***/ ((__unused_webpack_module, exports) => {


// Which keys of a rotation lineage to delete. Pure.
//
// Keys of one lineage replace each other. A key is superseded once a newer one exists, and it may go
// once its successor (the next newer key) has been alive for the grace period: by then every consumer
// has had time to read the successor's secret. So the newest previous key survives until the new key
// has aged past the grace period, and the newest key of all is never deleted.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.byAge = byAge;
exports.planRotation = planRotation;
/** Oldest first; keys created in the same second are ordered by SID, so the plan is deterministic. */
function byAge(keys) {
    return [...keys].sort((a, b) => a.dateCreated.getTime() - b.dateCreated.getTime() || (a.sid < b.sid ? -1 : a.sid > b.sid ? 1 : 0));
}
/**
 * @param existing the lineage's keys before this rotation (the new key excluded)
 * @param newest   the new key; it is the newest whatever its date says, and is never deleted
 * @param now      Twilio's clock (the new key's date_created), so a runner clock that is off changes nothing
 * @param protect  SIDs never to delete (e.g. the admin key this run authenticates with)
 */
function planRotation(existing, newest, now, graceMs, protect = new Set()) {
    const old = byAge(existing.filter((k) => k.sid !== newest.sid));
    const remove = [];
    const keep = [];
    old.forEach((key, i) => {
        const successor = old[i + 1] ?? newest;
        const successorAge = now - successor.dateCreated.getTime();
        if (successorAge >= graceMs && !protect.has(key.sid))
            remove.push(key);
        else
            keep.push(key);
    });
    return { remove, keep, previous: old[old.length - 1] };
}


/***/ }),

/***/ 60:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.keySecretNames = keySecretNames;
// The secrets each mode writes. API_SECRET last: a target whose write stops half way then holds
// the old SID with the old secret, or the new SID with the old secret, which revoke/rotate can repair;
// never a new secret under an old SID.
function keySecretNames(prefix) {
    return [`${prefix}ACCOUNT_SID`, `${prefix}API_KEY`, `${prefix}API_SECRET`];
}


/***/ }),

/***/ 9809:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sleep = exports.DEFAULT_RETRY = void 0;
exports.decideRetry = decideRetry;
exports.parseRetryAfter = parseRetryAfter;
exports.DEFAULT_RETRY = {
    attempts: 4,
    baseDelayMs: 250,
    maxDelayMs: 8_000,
    maxRetryAfterMs: 60_000,
};
/** @param attempt the attempt that just failed, from 1. @param random a number in [0, 1). */
function decideRetry(outcome, attempt, policy, random) {
    if (attempt >= policy.attempts)
        return { retry: false };
    const { status } = outcome;
    // 429 means the server refused the request before acting on it, so even a create may be repeated.
    const retryable = status === 429 || (outcome.idempotent && (status === undefined || (status >= 500 && status <= 599)));
    if (!retryable)
        return { retry: false };
    const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    const jittered = Math.round(backoff / 2 + random * (backoff / 2));
    if (outcome.retryAfterS !== undefined) {
        const wait = outcome.retryAfterS * 1000;
        if (wait > policy.maxRetryAfterMs)
            return { retry: false };
        return { retry: true, delayMs: Math.max(wait, Math.round(random * policy.baseDelayMs)) };
    }
    return { retry: true, delayMs: jittered };
}
/** Retry-After is either seconds or an HTTP date. */
function parseRetryAfter(header, now) {
    if (!header)
        return undefined;
    if (/^\d+$/.test(header.trim()))
        return Number(header.trim());
    const at = Date.parse(header);
    return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
exports.sleep = sleep;


/***/ }),

/***/ 8855:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.table = table;
exports.code = code;
exports.list = list;
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function table(title, rows, note) {
    const lines = [
        `### ${title}`,
        '',
        '| | |',
        '|---|---|',
        ...rows.map(([k, v]) => `| ${cell(k)} | ${cell(v)} |`),
    ];
    if (note)
        lines.push('', note);
    return lines.join('\n') + '\n';
}
function code(text) {
    return '`' + text.replace(/`/g, "'") + '`';
}
function list(items, empty = 'none') {
    return items.length ? items.map(code).join(', ') : empty;
}


/***/ }),

/***/ 281:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.twilioClient = twilioClient;
const transport_js_1 = __webpack_require__(3637);
function twilioClient(target, deps) {
    const transport = new transport_js_1.TwilioTransport({
        timeoutMs: target.timeoutMs,
        ...deps,
        credential: target.credential,
        apiUrl: target.apiUrl,
    });
    // The domains call only `request()`, which the transport provides.
    return transport;
}


/***/ }),

/***/ 4717:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.failureOf = failureOf;
exports.explainTwilioError = explainTwilioError;
// Twilio errors turned into messages that say what to do. Pure.
const transport_js_1 = __webpack_require__(3637);
/** Reads twilio-node's RestException, our NetworkError, or anything else. */
function failureOf(error) {
    if (error instanceof transport_js_1.NetworkError)
        return { status: undefined, code: undefined, message: error.message };
    if (error && typeof error === 'object' && 'status' in error) {
        const e = error;
        return { status: e.status, code: e.code, message: e.message ?? 'request failed' };
    }
    return {
        status: undefined,
        code: undefined,
        message: error instanceof Error ? error.message : String(error),
    };
}
function advice(op, f) {
    switch (f.code) {
        case 20003:
            return op.endsWith(' key') || op === 'list keys'
                ? 'The admin credential may not manage API keys. Standard keys never can, and a wrong Account SID / secret pair is refused the same way. Use the Auth Token (auth-token), a Main key, or a restricted key holding /twilio/iam/api-keys/create, /list and /delete (api-key + api-secret), for the account in account-sid or its parent.'
                : 'The credential was refused. Check account-sid and the Auth Token; managing Auth Tokens needs the Auth Token itself or a Main key.';
        case 20008:
            return 'These are test credentials, which reach only Messages, Calls, IncomingPhoneNumbers and Lookups. Key management needs live credentials.';
        case 20404:
            return op === 'delete key'
                ? 'The key is already gone.'
                : 'Twilio has no such resource: check account-sid and key-sid.';
        case 20429:
            return 'Twilio is rate limiting this account. The action retried with backoff; run again later, or spread jobs out.';
        case 70002:
            return "Twilio refused a permission string. Check 'permissions' against the presets table and Twilio's list of restricted-key permissions.";
        case 70051:
            return 'The restricted admin key lacks a permission this call needs (for key management: /twilio/iam/api-keys/create, /list, /delete).';
        case 70151:
            return "The account reached Twilio's limit on API keys. Run this action with mode: sweep to delete keys that jobs left behind, or delete unused keys in the Console.";
        case 20157:
            return 'Access Tokens may live at most 24 hours: lower access-token-ttl.';
    }
    if (f.status === undefined)
        return 'Twilio did not answer (network error or timeout), even after retries. Check the runner\u2019s network, proxy and twilio-api-url.';
    if (f.status >= 500)
        return 'Twilio had a server error, even after retries. Try again later (status.twilio.com).';
    return '';
}
function explainTwilioError(op, error) {
    const f = failureOf(error);
    const code = f.code !== undefined
        ? ` (Twilio error ${f.code}${f.status ? `, HTTP ${f.status}` : ''})`
        : f.status
            ? ` (HTTP ${f.status})`
            : '';
    const more = advice(op, f);
    return `Twilio ${op} failed${code}: ${f.message}${more ? `. ${more}` : ''}`;
}


/***/ }),

/***/ 6638:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TwilioError = void 0;
exports.createKeyApi = createKeyApi;
// API keys through IAM v1 (POST /v1/Keys makes restricted keys; the 2010 /Keys.json silently makes standard ones).
const IamBase_js_1 = __importDefault(__webpack_require__(6827));
const errors_js_1 = __webpack_require__(4717);
const client_js_1 = __webpack_require__(281);
class TwilioError extends Error {
    code;
    status;
    constructor(message, code, status) {
        super(message);
        this.code = code;
        this.status = status;
    }
}
exports.TwilioError = TwilioError;
const PAGE_SIZE = 1000;
/** Create attempts in all when a create's outcome is unknown (lost answer, 5xx). */
const CREATE_ATTEMPTS = 2;
function wrap(op, e) {
    const f = (0, errors_js_1.failureOf)(e);
    return new TwilioError((0, errors_js_1.explainTwilioError)(op, e), f.code, f.status);
}
/** No answer, or a server error: the key may or may not exist now. */
function outcomeUnknown(e) {
    const { status } = (0, errors_js_1.failureOf)(e);
    return status === undefined || status >= 500;
}
function createKeyApi(target, deps) {
    const transport = (0, client_js_1.twilioClient)(target, deps);
    // Twilio's clock, from the Date header of its last answer: ages are measured against it.
    let serverTime;
    const client = {
        async request(opts) {
            const response = await transport.request(opts);
            const date = Date.parse(String(response.headers?.['date'] ?? ''));
            if (!Number.isNaN(date))
                serverTime = date;
            return response;
        },
    };
    const v1 = new IamBase_js_1.default(client).v1;
    const accountSid = target.accountSid;
    async function list() {
        try {
            const items = await v1.getApiKeys.list({ accountSid, pageSize: PAGE_SIZE });
            return items.map((k) => ({ sid: k.sid, friendlyName: k.friendlyName, dateCreated: k.dateCreated }));
        }
        catch (e) {
            throw wrap('list keys', e);
        }
    }
    async function remove(sid) {
        try {
            await v1.apiKey(sid).remove();
            return 'deleted';
        }
        catch (e) {
            if ((0, errors_js_1.failureOf)(e).status === 404)
                return 'gone';
            throw wrap('delete key', e);
        }
    }
    async function findByName(friendlyName) {
        return (await list()).filter((k) => k.friendlyName === friendlyName);
    }
    /**
     * Never repeats a create blindly: when the answer is lost the key may exist, and its secret is gone
     * with the answer. So it finds keys with this run's unique name, deletes them, and tries once more.
     */
    async function create(spec) {
        for (let attempt = 1;; attempt++) {
            try {
                const k = await v1.newApiKey.create({
                    accountSid,
                    friendlyName: spec.friendlyName,
                    // IAM's KeyType enum has only `restricted`; a standard key is made by leaving it out.
                    ...(spec.keyType === 'restricted' && {
                        keyType: 'restricted',
                        policy: { allow: [...spec.permissions] },
                    }),
                });
                return { sid: k.sid, secret: k.secret, friendlyName: k.friendlyName, dateCreated: k.dateCreated };
            }
            catch (e) {
                if (!outcomeUnknown(e))
                    throw wrap('create key', e);
                deps.log.info(`Key creation's outcome is unknown (${(0, errors_js_1.failureOf)(e).message}); looking for the key by its name.`);
                let twins;
                try {
                    twins = await findByName(spec.friendlyName);
                    for (const twin of twins)
                        await remove(twin.sid);
                }
                catch (cleanupError) {
                    throw new TwilioError(`${(0, errors_js_1.explainTwilioError)('create key', e)} A key named '${spec.friendlyName}' may exist and could not be checked (${(0, errors_js_1.failureOf)(cleanupError).message}); ${spec.lostKeyHint ?? 'a scheduled mode: sweep removes it, as it carries the ephemeral tag'}.`, (0, errors_js_1.failureOf)(e).code, (0, errors_js_1.failureOf)(e).status);
                }
                if (twins.length > 0)
                    deps.log.info(`Deleted ${twins.length} key(s) whose secret was lost with the answer.`);
                if (attempt >= CREATE_ATTEMPTS)
                    throw wrap('create key', e);
            }
        }
    }
    /**
     * Gives a key another friendly name. Setting a name is idempotent, so when the answer is lost the key
     * is read back (a GET, retried) and the update repeated once if the name did not change.
     */
    async function rename(sid, friendlyName) {
        const fail = (e) => wrap('rename key', e);
        for (let attempt = 1;; attempt++) {
            try {
                await v1.apiKey(sid).update({ friendlyName });
                return;
            }
            catch (e) {
                if (!outcomeUnknown(e) || attempt >= 2)
                    throw fail(e);
                let current;
                try {
                    current = (await v1.apiKey(sid).fetch()).friendlyName;
                }
                catch (fetchError) {
                    throw wrap('fetch key', fetchError);
                }
                if (current === friendlyName)
                    return;
            }
        }
    }
    /** Deletes many keys, at most `concurrency` at a time; never throws. */
    async function removeMany(sids, concurrency = 8, onResult) {
        const report = { deleted: [], gone: [], failed: [] };
        let next = 0;
        async function worker() {
            while (next < sids.length) {
                const sid = sids[next++];
                try {
                    const result = await remove(sid);
                    (result === 'deleted' ? report.deleted : report.gone).push(sid);
                    onResult?.(sid, result);
                }
                catch (e) {
                    const error = e instanceof TwilioError ? e : wrap('delete key', e);
                    report.failed.push({ sid, error });
                    onResult?.(sid, error);
                }
            }
        }
        await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, sids.length)) }, worker));
        return report;
    }
    return {
        create,
        rename,
        list,
        remove,
        removeMany,
        findByName,
        serverTime: () => serverTime,
    };
}


/***/ }),

/***/ 3637:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TwilioTransport = exports.USER_AGENT = exports.NetworkError = void 0;
exports.redirect = redirect;
exports.describe = describe;
// The "client" twilio-node's generated domains call: `request(opts)` -> { statusCode, body, headers }.
// It replaces twilio-node's RequestClient (which loads axios: ~850 KB and ~110 ms of start-up, measured)
// with node:http, sends every request to `apiUrl` when one is given (twilio-api-url), and applies the
// one retry policy of src/retry.ts.
const node_http_1 = __importDefault(__webpack_require__(7067));
const node_https_1 = __importDefault(__webpack_require__(4708));
const retry_js_1 = __webpack_require__(9809);
/** No HTTP answer came: the connection failed, was reset, or timed out. */
class NetworkError extends Error {
    request;
    reason;
    constructor(request, reason) {
        super(`${request}: no answer from Twilio (${reason})`);
        this.request = request;
        this.reason = reason;
    }
}
exports.NetworkError = NetworkError;
exports.USER_AGENT = 'configure-twilio-credentials (twilio-node domains)';
function encode(values) {
    const out = new URLSearchParams();
    for (const [k, v] of Object.entries(values ?? {})) {
        if (v === undefined || v === null)
            continue;
        for (const item of Array.isArray(v) ? v : [v])
            out.append(k, String(item));
    }
    return out.toString();
}
/** Where a Twilio URL really goes: the same path and query on `apiUrl`, or unchanged. */
function redirect(uri, apiUrl) {
    const url = new URL(uri);
    if (!apiUrl)
        return url;
    const to = new URL(apiUrl);
    url.protocol = to.protocol;
    url.host = to.host;
    return url;
}
/** Path without query, for messages: `POST /v1/Keys`. */
function describe(method, uri) {
    return `${method.toUpperCase()} ${new URL(uri).pathname}`;
}
const agents = {
    'http:': new node_http_1.default.Agent({ keepAlive: true }),
    'https:': new node_https_1.default.Agent({ keepAlive: true }),
};
class TwilioTransport {
    o;
    constructor(options) {
        this.o = options;
    }
    /** Also used by twilio-node's Page for next_page_url, which is absolute and idempotent. */
    async request(opts) {
        const method = opts.method.toUpperCase();
        const idempotent = method === 'GET' || method === 'DELETE';
        const policy = this.o.retry ?? retry_js_1.DEFAULT_RETRY;
        const sleep = this.o.sleep ?? retry_js_1.sleep;
        const label = describe(method, opts.uri);
        for (let attempt = 1;; attempt++) {
            let response;
            let failure;
            try {
                response = await this.once(method, opts);
            }
            catch (e) {
                if (!(e instanceof NetworkError))
                    throw e;
                failure = e;
            }
            const status = response?.statusCode;
            if (response && status !== undefined && status < 500 && status !== 429)
                return response;
            const retryHeader = response?.headers['retry-after'];
            const decision = (0, retry_js_1.decideRetry)({
                status,
                retryAfterS: (0, retry_js_1.parseRetryAfter)(Array.isArray(retryHeader) ? retryHeader[0] : retryHeader, Date.now()),
                idempotent,
            }, attempt, policy, (this.o.random ?? Math.random)());
            if (!decision.retry) {
                if (response)
                    return response;
                throw failure ?? new NetworkError(label, 'unknown');
            }
            this.o.log.info(`${label} ${status ? `answered ${status}` : `failed (${failure?.reason})`}; retry ${attempt}/${policy.attempts - 1} in ${decision.delayMs} ms.`);
            await sleep(decision.delayMs);
        }
    }
    once(method, opts) {
        const url = redirect(opts.uri, this.o.apiUrl);
        const query = encode(opts.params);
        if (query)
            url.search = url.search ? `${url.search}&${query}` : query;
        const body = method === 'GET' || method === 'DELETE' ? '' : encode(opts.data);
        const { username, password } = this.o.credential;
        const headers = {
            ...opts.headers,
            'User-Agent': exports.USER_AGENT,
            Accept: 'application/json',
            Authorization: 'Basic ' + Buffer.from(`${username}:${password}`).toString('base64'),
        };
        if (body) {
            headers['Content-Type'] = 'application/x-www-form-urlencoded';
            headers['Content-Length'] = String(Buffer.byteLength(body));
        }
        const label = describe(method, opts.uri);
        const timeout = this.o.timeoutMs ?? 30_000;
        const lib = url.protocol === 'https:' ? node_https_1.default : node_http_1.default;
        return new Promise((resolve, reject) => {
            const req = lib.request(url, { method, headers, agent: agents[url.protocol] }, (res) => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('end', () => resolve({
                    statusCode: res.statusCode ?? 0,
                    body: Buffer.concat(chunks).toString('utf8'),
                    headers: res.headers,
                }));
                res.on('error', (e) => reject(new NetworkError(label, e.message)));
            });
            req.setTimeout(timeout, () => req.destroy(new Error(`timed out after ${timeout} ms`)));
            req.on('error', (e) => reject(new NetworkError(label, e.code ?? e.message)));
            req.end(body);
        });
    }
}
exports.TwilioTransport = TwilioTransport;


/***/ })

};
