export const id = 867;
export const ids = [867];
export const modules = {

/***/ 867:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runEphemeral = runEphemeral;
const targets_js_1 = __webpack_require__(5617);
const state_js_1 = __webpack_require__(2462);
const summary_js_1 = __webpack_require__(8855);
const keys_js_1 = __webpack_require__(6638);
const secrets_names_js_1 = __webpack_require__(60);
async function runEphemeral(cfg, runner) {
    const { twilio, delivery } = cfg;
    const credentialType = cfg.keyType === 'restricted' ? 'restricted-key' : 'standard-key';
    const names = (0, secrets_names_js_1.keySecretNames)(delivery.secretPrefix);
    if (cfg.dryRun) {
        runner.info(`Dry run: would create a ${cfg.keyType} key '${cfg.friendlyName}' on ${twilio.accountSid}.`);
        if (cfg.permissions.length)
            runner.info(`Permissions (${cfg.permissions.length}): ${cfg.permissions.join(', ')}`);
        for (const t of delivery.targets)
            runner.info(`Would write ${names.join(', ')} to ${(0, targets_js_1.describeTarget)(t)}.`);
        runner.info(cfg.skipKeyDelete ? 'Would leave the key alive after the job.' : 'Would delete it in the post step.');
        runner.output('credential-type', 'none');
        return;
    }
    // Before the request: a post step after a cancel or a lost answer finds the key by this name.
    runner.saveState(state_js_1.STATE.friendlyName, cfg.friendlyName);
    if (cfg.skipKeyDelete)
        runner.saveState(state_js_1.STATE.skipKeyDelete, 'true');
    const github = delivery.targets.length > 0 && delivery.github
        ? Promise.all(/* import() */[__webpack_require__.e(166), __webpack_require__.e(298)]).then(__webpack_require__.bind(__webpack_require__, 298)).then((m) => m.createSecretsApi(delivery.github, { log: runner }))
        : undefined;
    // Public keys are fetched while the key is minted, not after.
    const prepared = github?.then((api) => api.prepare(delivery.targets));
    prepared?.catch(() => undefined); // awaited below; this only stops an early unhandled rejection
    const keys = (0, keys_js_1.createKeyApi)(twilio, { log: runner });
    const key = await keys.create({
        friendlyName: cfg.friendlyName,
        keyType: cfg.keyType,
        permissions: cfg.permissions,
        lostKeyHint: 'the post step looks for it by that name, and mode: sweep removes it later',
    });
    runner.mask(key.secret);
    runner.saveState(state_js_1.STATE.keySid, key.sid);
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
    const rows = [
        ['Key SID', (0, summary_js_1.code)(key.sid)],
        ['Type', credentialType],
        ['Friendly name', (0, summary_js_1.code)(key.friendlyName)],
        [
            'Permissions',
            cfg.keyType === 'restricted'
                ? (0, summary_js_1.list)(cfg.permissions)
                : 'standard key (all but key and account management)',
        ],
        ['Exported to env', cfg.exportEnv ? 'yes' : 'no'],
        ['Deleted', cfg.skipKeyDelete ? 'no (skip-key-delete): revoke it with mode: revoke' : 'in the post step'],
    ];
    if (cfg.pullRequestOptIn)
        rows.push([
            'Pull request',
            `live key minted on ${(0, summary_js_1.code)(cfg.run.eventName)} because pull-request: ephemeral`,
        ]);
    if (cfg.accessToken) {
        const { signAccessToken } = await Promise.all(/* import() */[__webpack_require__.e(785), __webpack_require__.e(964)]).then(__webpack_require__.t.bind(__webpack_require__, 4964, 23));
        const signed = signAccessToken(cfg.accessToken, { accountSid: twilio.accountSid, sid: key.sid, secret: key.secret }, Math.floor(Date.now() / 1000));
        runner.mask(signed.token);
        runner.output('access-token', signed.token);
        if (cfg.exportEnv)
            runner.exportVariable('TWILIO_ACCESS_TOKEN', signed.token);
        rows.push(['Access Token identity', (0, summary_js_1.code)(cfg.accessToken.identity)], ['Access Token grants', (0, summary_js_1.list)(cfg.accessToken.grants.map((g) => g.kind))], ['Access Token expires', signed.expiresAt.toISOString() + ' (or when the key is deleted)']);
    }
    if (github && prepared) {
        const api = await github;
        const ready = await prepared;
        // Before the first write: the post step deletes whatever this run may have written.
        runner.saveState(state_js_1.STATE.secrets, JSON.stringify({ targets: delivery.targets, names }));
        const values = [twilio.accountSid, key.sid, key.secret];
        // All at once: a job key's secrets are new, and post deletes them whatever state they are left in.
        const report = await api.write(ready, names.map((name, i) => ({ name, value: values[i] })), { ordered: false });
        const written = report.written.map((w) => `${(0, targets_js_1.describeTarget)(w.target)}/${w.name}`).sort();
        runner.output('secrets-written', JSON.stringify(written));
        rows.push(['Secrets written', (0, summary_js_1.list)(written)]);
        if (report.failed.length > 0) {
            runner.summary((0, summary_js_1.table)('Twilio credentials', rows));
            const reasons = [...new Set(report.failed.map((f) => f.error.explain()))];
            throw new Error(`Writing ${report.failed.length} secret(s) failed; the post step deletes the key and the secrets this run wrote. ${reasons.join(' ')}`);
        }
    }
    else {
        runner.output('secrets-written', '[]');
    }
    runner.summary((0, summary_js_1.table)('Twilio credentials', rows));
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
