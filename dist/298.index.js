export const id = 298;
export const ids = [298,584];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.USER_AGENT = void 0;
exports.createGitHubClient = createGitHubClient;
// The GitHub REST client: @octokit/core + plugin-throttling, our retry policy, our node:http fetch.
//
// - Rate limits (plugin-throttling): a secondary limit (403/429 "secondary rate limit", Retry-After) or an
//   exhausted primary limit (x-ratelimit-remaining: 0) is waited out, at most `retries` times and never
//   longer than `maxRateLimitWaitMs` per wait, with a warning. The wait happens inside our handler through
//   the injectable `sleep` (the plugin's own delay is set to 0), so tests take no time.
// - Everything else (src/retry.ts, the one policy of this action): 5xx, 429 and network errors (including
//   a per-attempt timeout) are retried with jittered exponential backoff honouring Retry-After; no other
//   4xx is ever retried. All requests made here are idempotent (GET, PUT of a whole secret, DELETE).
//   Not @octokit/plugin-retry: it ignores Retry-After on 5xx, has no jitter and sleeps on its own timers.
// - Writes are not spaced 1 s apart (the throttling plugin's default for every PUT/DELETE): we make a
//   handful of them, with our own concurrency bound (src/github/secrets.ts).
const core_1 = __webpack_require__(5194);
const plugin_throttling_1 = __webpack_require__(6856);
const retry_js_1 = __webpack_require__(9809);
const http_js_1 = __webpack_require__(8003);
exports.USER_AGENT = 'configure-twilio-credentials';
const API_VERSION = '2022-11-28';
const ThrottledOctokit = core_1.Octokit.plugin(plugin_throttling_1.throttling);
const silent = { info: () => undefined, warning: () => undefined, debug: () => undefined };
// plugin-throttling's `write` group spaces writes 1 s apart with one in flight; this gate lets them through.
const openGate = { key: () => ({ schedule: (_opts, fn) => fn() }) };
function createGitHubClient(cfg, deps = {}) {
    const log = deps.log ?? silent;
    const sleep = deps.sleep ?? retry_js_1.sleep;
    const random = deps.random ?? Math.random;
    const retries = deps.retries ?? retry_js_1.DEFAULT_RETRY.attempts - 1;
    const maxWait = deps.maxRateLimitWaitMs ?? 60_000;
    const policy = { ...retry_js_1.DEFAULT_RETRY, attempts: retries + 1, maxRetryAfterMs: maxWait };
    const limitRetries = new WeakMap();
    const limitGaveUp = new WeakSet();
    const onLimit = (kind) => async (retryAfterS, options) => {
        const n = (limitRetries.get(options) ?? 0) + 1;
        limitRetries.set(options, n);
        const what = `${options.method} ${options.url}`;
        if (n > retries) {
            log.warning(`GitHub ${kind} on ${what}: still limited after ${retries} waits; giving up.`);
            limitGaveUp.add(options);
            return false;
        }
        const waitMs = Math.max(0, retryAfterS) * 1000;
        if (waitMs > maxWait) {
            log.warning(`GitHub ${kind} on ${what}: it asks to wait ${retryAfterS} s, more than ${maxWait / 1000} s; giving up.`);
            limitGaveUp.add(options);
            return false;
        }
        log.warning(`GitHub ${kind} on ${what}: waiting ${retryAfterS} s (retry ${n} of ${retries}).`);
        await sleep(waitMs);
        return true;
    };
    const octokit = new ThrottledOctokit({
        baseUrl: cfg.apiUrl.replace(/\/+$/, ''),
        auth: cfg.token,
        userAgent: exports.USER_AGENT,
        request: { fetch: deps.fetch ?? (0, http_js_1.createNodeFetch)({ timeoutMs: deps.timeoutMs ?? cfg.timeoutMs }) },
        log: {
            debug: (m) => log.debug(m),
            info: (m) => log.debug(m),
            warn: (m, e) => log.warning(e instanceof Error ? `${m}: ${e.message}` : m),
            error: (m, e) => log.warning(e instanceof Error ? `${m}: ${e.message}` : m),
        },
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            retryAfterBaseValue: 0, // the handler above already waited
            write: openGate,
        },
    });
    octokit.hook.before('request', (options) => {
        options.headers['x-github-api-version'] = API_VERSION;
    });
    // Outermost hook: each attempt passes through the throttling plugin again.
    octokit.hook.wrap('request', async (request, options) => {
        for (let attempt = 1;; attempt++) {
            try {
                return await request(options);
            }
            catch (error) {
                const e = error;
                // Only octokit's RequestError (it carries `request`) is retried; a rate limit the throttling
                // handler already gave up on is not retried again here.
                if (typeof error !== 'object' || error === null || !('request' in error) || limitGaveUp.has(options))
                    throw error;
                // A RequestError without a response is a network error or timeout (octokit reports those as 500).
                const status = e.response ? e.status : undefined;
                const headers = e.response?.headers ?? {};
                const decision = (0, retry_js_1.decideRetry)({ status, retryAfterS: (0, retry_js_1.parseRetryAfter)(headers['retry-after'], Date.now()), idempotent: true }, attempt, policy, random());
                if (!decision.retry)
                    throw error;
                log.debug(`GitHub ${options.method} ${options.url}: ${status ?? 'no answer'}; retry ${attempt} of ${retries} in ${decision.delayMs} ms.`);
                await sleep(decision.delayMs);
            }
        }
    });
    return octokit;
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GitHubError = void 0;
exports.toGitHubError = toGitHubError;
const targets_js_1 = __webpack_require__(5617);
const TOKEN_HELP = 'Pass `github-token` a fine-grained personal access token or a GitHub App installation token';
class GitHubError extends Error {
    name = 'GitHubError';
    status;
    method;
    route;
    /** describeTarget() label of the target. */
    target;
    secretTarget;
    operation;
    secretName;
    repository;
    githubMessage;
    documentationUrl;
    requestId;
    rateLimited;
    hint;
    /** Other targets that failed in the same prepare() call (this error is the first in input order). */
    related = [];
    constructor(init) {
        super('');
        this.status = init.status;
        this.method = init.method;
        this.route = init.route;
        this.secretTarget = init.target;
        this.target = (0, targets_js_1.describeTarget)(init.target);
        this.operation = init.operation;
        this.secretName = init.secretName;
        this.repository = init.repository;
        this.githubMessage = init.githubMessage;
        this.documentationUrl = init.documentationUrl;
        this.requestId = init.requestId;
        this.rateLimited = init.rateLimited ?? false;
        this.hint = init.hint;
        this.message = this.explain();
    }
    /** What failed, GitHub's answer, and what to do. */
    explain() {
        return `${this.what()} (${this.answer()}). ${this.advice()}`;
    }
    what() {
        switch (this.operation) {
            case 'read-public-key':
                return `Could not read the secrets public key of ${this.target}`;
            case 'write-secret':
                return `Could not write secret ${this.secretName ?? ''} to ${this.target}`;
            case 'delete-secret':
                return `Could not delete secret ${this.secretName ?? ''} from ${this.target}`;
            case 'resolve-repository':
                return `Could not look up repository ${this.repository ?? ''} for ${this.target} (repositories=)`;
        }
    }
    answer() {
        const status = this.status === undefined ? 'no answer' : String(this.status);
        const id = this.requestId ? `, request id ${this.requestId}` : '';
        return `${this.method} ${this.route} -> ${status}: ${this.githubMessage}${id}`;
    }
    permissionsNeeded() {
        const t = this.secretTarget;
        if (t.scope === 'organization')
            return `the organization permission "Secrets: write" on ${t.org} (a classic token needs the admin:org scope; a GitHub App must be installed on the organization)`;
        if (t.scope === 'environment')
            return `the repository permissions "Secrets: write" and "Environments: write" on ${t.owner}/${t.repo}`;
        return `the repository permission "Secrets: write" on ${t.owner}/${t.repo}`;
    }
    advice() {
        const t = this.secretTarget;
        const status = this.status;
        if (this.hint === 'bad-public-key')
            return 'GitHub returned a public key that is not 32 bytes of base64; check that github-api-url points at the GitHub API.';
        if (this.rateLimited || /rate limit/i.test(this.githubMessage))
            return 'GitHub rate-limited the token and the wait was too long or kept failing; run the job again later, or use fewer targets per run.';
        if (status === undefined || status >= 500)
            return `GitHub did not answer successfully after retries; this is usually temporary: re-run the job. If it persists, check github-api-url${status === undefined ? ' and the network (proxy, firewall)' : ''}.`;
        if (status === 401)
            return `The github-token is invalid, expired or revoked (401). ${TOKEN_HELP} with ${this.permissionsNeeded()}.`;
        if (status === 403) {
            if (/not accessible by integration/i.test(this.githubMessage))
                return `The token may not manage these secrets. The workflow's GITHUB_TOKEN (\${{ github.token }}) can never write or read Actions secrets, whatever its permissions: block. ${TOKEN_HELP} with ${this.permissionsNeeded()}.`;
            return `The token lacks a permission. ${TOKEN_HELP} with ${this.permissionsNeeded()} (the workflow's GITHUB_TOKEN cannot write secrets).`;
        }
        if (status === 404) {
            if (this.operation === 'resolve-repository')
                return `Repository ${t.scope === 'organization' ? t.org : ''}/${this.repository ?? ''} does not exist or the token cannot see it; fix repositories= on that secrets line, or give the token access to it.`;
            if (t.scope === 'environment') {
                if (this.hint === 'environment-missing')
                    return `The environment "${t.environment}" does not exist in ${t.owner}/${t.repo}: create it first (Settings > Environments, or PUT /repos/${t.owner}/${t.repo}/environments/{name}); writing a secret does not create it.`;
                if (this.hint === 'repository-missing')
                    return `Repository ${t.owner}/${t.repo} does not exist or the token cannot see it (GitHub answers 404, not 403, when a token lacks access). Check the spelling, and that the token's repository access includes it.`;
                return `Either the environment "${t.environment}" does not exist in ${t.owner}/${t.repo} (create it in Settings > Environments; writing a secret does not create it), or the token cannot see the repository. ${TOKEN_HELP} with ${this.permissionsNeeded()}.`;
            }
            if (t.scope === 'organization')
                return `Organization ${t.org} does not exist or the token cannot manage its secrets (GitHub answers 404 when it may not). ${TOKEN_HELP} with ${this.permissionsNeeded()}.`;
            return `Repository ${t.owner}/${t.repo} does not exist or the token cannot see it (GitHub answers 404, not 403, when a token lacks access). Check the spelling, and ${TOKEN_HELP.toLowerCase()} with ${this.permissionsNeeded()}.`;
        }
        if (status === 422) {
            if (this.operation === 'write-secret')
                return `GitHub rejected the secret: check secret-prefix (names take letters, digits and _, must not start with a digit or GITHUB_)${t.scope === 'organization' ? ' and the visibility/repositories options' : ''}.`;
            return 'GitHub rejected the request as invalid.';
        }
        if (status === 409)
            return 'GitHub reported a conflict; re-run the job.';
        return `Unexpected answer from GitHub. ${TOKEN_HELP} with ${this.permissionsNeeded()}.`;
    }
}
exports.GitHubError = GitHubError;
/** Turns whatever octokit threw into a GitHubError. */
function toGitHubError(error, ctx) {
    if (error instanceof GitHubError)
        return error;
    const e = (typeof error === 'object' && error !== null ? error : {});
    const response = e.response;
    const data = (response?.data ?? {});
    const headers = response?.headers ?? {};
    let message;
    if (response && typeof data.message === 'string')
        message = data.message;
    else if (response)
        message = typeof response.data === 'string' && response.data ? response.data.slice(0, 200) : 'no message';
    else
        message = error instanceof Error ? error.message.replace(/ - https:\/\/\S+$/, '') : String(error);
    const status = response && typeof e.status === 'number' ? e.status : undefined;
    return new GitHubError({
        ...ctx,
        status,
        githubMessage: message,
        documentationUrl: typeof data.documentation_url === 'string' ? data.documentation_url : undefined,
        requestId: headers['x-github-request-id'],
        rateLimited: status === 429 ||
            (status === 403 && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(message))),
    });
}


/***/ }),

/***/ 8003:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createNodeFetch = createNodeFetch;
// A small `fetch` for octokit on node:http/https.
//
// Why not the global fetch: on Node 20 and 24 it loads undici (~40-70 ms, plus ~60 ms for `Response`
// alone), and a process that used it takes ~130-200 ms to exit after its work is done (its pooled
// sockets); with node:http it exits in ~13 ms (measured; see the issue 3 notes). The main and the post
// step each pay that. Octokit reads only status, url, headers (iterable + get) and text()/arrayBuffer()
// of a response, which is what this returns.
//
// Also: one timeout per attempt (a hung connection becomes a network error that the retry hook retries),
// redirects followed (renamed repositories answer 301/307; Authorization is dropped across origins), and
// on Node >= 24.5 the HTTP(S)_PROXY / NO_PROXY variables of self-hosted runners are honoured.
const node_http_1 = __importDefault(__webpack_require__(7067));
const node_https_1 = __importDefault(__webpack_require__(4708));
function responseHeaders(raw) {
    const map = new Map();
    for (const [name, value] of Object.entries(raw)) {
        if (value !== undefined)
            map.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    return { get: (name) => map.get(name.toLowerCase()) ?? null, [Symbol.iterator]: () => map.entries() };
}
const MAX_REDIRECTS = 5;
function createNodeFetch(options) {
    // Keep-alive pools: targets are written concurrently to one host. Pooled idle sockets are unref'd by
    // node, so they never hold the process open. `proxyEnv` is read by Node >= 24.5 and ignored before.
    const agentOptions = { keepAlive: true, maxSockets: 16, proxyEnv: process.env };
    const agents = { 'http:': new node_http_1.default.Agent(agentOptions), 'https:': new node_https_1.default.Agent(agentOptions) };
    const nodeFetch = async (input, init = {}) => {
        let url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
        let method = (init.method ?? 'GET').toUpperCase();
        if (init.body != null && typeof init.body !== 'string')
            throw new TypeError('node fetch: only string bodies are supported');
        let body = init.body ?? undefined;
        const headers = { ...init.headers };
        for (let hop = 0;; hop++) {
            const res = await once(url, method, headers, body, init.signal ?? undefined);
            const location = res.headers.get('location');
            if (init.redirect !== 'manual' && location && [301, 302, 303, 307, 308].includes(res.status)) {
                if (hop >= MAX_REDIRECTS)
                    throw new Error(`More than ${MAX_REDIRECTS} redirects from ${url.origin}`);
                const next = new URL(location, url);
                if (next.origin !== url.origin) {
                    for (const name of Object.keys(headers))
                        if (name.toLowerCase() === 'authorization')
                            delete headers[name];
                }
                if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST')) {
                    method = 'GET';
                    body = undefined;
                }
                url = next;
                continue;
            }
            return { ...res, redirected: hop > 0 };
        }
    };
    function once(url, method, headers, body, signal) {
        const transport = url.protocol === 'https:' ? node_https_1.default : url.protocol === 'http:' ? node_http_1.default : undefined;
        if (!transport)
            return Promise.reject(new TypeError(`Unsupported protocol ${url.protocol}`));
        return new Promise((resolve, reject) => {
            const reqHeaders = { ...headers };
            if (body !== undefined)
                reqHeaders['content-length'] = Buffer.byteLength(body);
            const req = transport.request(url, {
                method,
                headers: reqHeaders,
                agent: agents[url.protocol],
            });
            const timer = setTimeout(() => {
                req.destroy(new Error(`No answer from ${url.origin} within ${options.timeoutMs} ms`));
            }, options.timeoutMs);
            const onAbort = () => {
                const err = new Error('The request was aborted');
                err.name = 'AbortError';
                req.destroy(err);
            };
            if (signal?.aborted)
                onAbort();
            signal?.addEventListener('abort', onAbort, { once: true });
            const done = () => {
                clearTimeout(timer);
                signal?.removeEventListener('abort', onAbort);
            };
            req.on('error', (err) => {
                done();
                reject(err);
            });
            req.on('response', (res) => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('error', (err) => {
                    done();
                    reject(err);
                });
                res.on('end', () => {
                    done();
                    const buf = Buffer.concat(chunks);
                    const status = res.statusCode ?? 0;
                    resolve({
                        ok: status >= 200 && status < 300,
                        status,
                        statusText: res.statusMessage ?? '',
                        url: url.href,
                        headers: responseHeaders(res.headers),
                        body: null,
                        text: () => Promise.resolve(buf.toString('utf8')),
                        json: () => Promise.resolve(JSON.parse(buf.toString('utf8'))),
                        arrayBuffer: () => Promise.resolve(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength)),
                    });
                });
            });
            req.end(body);
        });
    }
    return nodeFetch;
}


/***/ }),

/***/ 7286:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.loadSodium = loadSodium;
exports.isValidPublicKey = isValidPublicKey;
exports.sealSecret = sealSecret;
let loading;
/** Loads and initialises libsodium once (its WebAssembly start costs ~50 ms); safe to call early. */
function loadSodium() {
    loading ??= __webpack_require__.e(/* import() */ 768).then(__webpack_require__.bind(__webpack_require__, 4768)).then(async (m) => {
        const sodium = m.default;
        await sodium.ready;
        return sodium;
    });
    return loading;
}
/** Whether a base64 (ORIGINAL) public key decodes to a 32-byte Curve25519 key. */
async function isValidPublicKey(publicKeyBase64) {
    const sodium = await loadSodium();
    try {
        return (sodium.from_base64(publicKeyBase64, sodium.base64_variants.ORIGINAL).length ===
            sodium.crypto_box_PUBLICKEYBYTES);
    }
    catch {
        return false;
    }
}
/** Seals `value` for the holder of the private key matching `publicKeyBase64`; returns standard base64. */
async function sealSecret(publicKeyBase64, value) {
    const sodium = await loadSodium();
    let key;
    try {
        key = sodium.from_base64(publicKeyBase64, sodium.base64_variants.ORIGINAL);
    }
    catch {
        throw new Error('The public key is not valid base64.');
    }
    if (key.length !== sodium.crypto_box_PUBLICKEYBYTES)
        throw new Error(`The public key is ${key.length} bytes; a sealed box needs ${sodium.crypto_box_PUBLICKEYBYTES}.`);
    const sealed = sodium.crypto_box_seal(sodium.from_string(value), key);
    return sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL);
}


/***/ }),

/***/ 298:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ROUTES = void 0;
exports.createSecretsApi = createSecretsApi;
const client_js_1 = __webpack_require__(6584);
const errors_js_1 = __webpack_require__(3116);
const seal_js_1 = __webpack_require__(7286);
exports.ROUTES = {
    repoKey: '/repos/{owner}/{repo}/actions/secrets/public-key',
    repoSecret: '/repos/{owner}/{repo}/actions/secrets/{secret_name}',
    envKey: '/repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key',
    envSecret: '/repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}',
    orgKey: '/orgs/{org}/actions/secrets/public-key',
    orgSecret: '/orgs/{org}/actions/secrets/{secret_name}',
    repo: '/repos/{owner}/{repo}',
};
function keyRoute(t) {
    switch (t.scope) {
        case 'repository':
            return { route: exports.ROUTES.repoKey, params: { owner: t.owner, repo: t.repo } };
        case 'environment':
            return {
                route: exports.ROUTES.envKey,
                params: { owner: t.owner, repo: t.repo, environment_name: t.environment },
            };
        case 'organization':
            return { route: exports.ROUTES.orgKey, params: { org: t.org } };
    }
}
function secretRoute(t, name) {
    switch (t.scope) {
        case 'repository':
            return { route: exports.ROUTES.repoSecret, params: { owner: t.owner, repo: t.repo, secret_name: name } };
        case 'environment':
            // octokit percent-encodes every path parameter (encodeURIComponent), as GitHub requires of
            // environment names: "prod / eu" -> prod%20%2F%20eu.
            return {
                route: exports.ROUTES.envSecret,
                params: { owner: t.owner, repo: t.repo, environment_name: t.environment, secret_name: name },
            };
        case 'organization':
            return { route: exports.ROUTES.orgSecret, params: { org: t.org, secret_name: name } };
    }
}
/** Runs `fn` over `items` with at most `limit` in flight; results in input order. */
async function pool(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}
function createSecretsApi(cfg, deps = {}) {
    const octokit = deps.client ?? (0, client_js_1.createGitHubClient)(cfg, deps);
    const concurrency = deps.concurrency ?? 10;
    const call = async (method, r, ctx, body) => {
        try {
            const res = await octokit.request(`${method} ${r.route}`, { ...r.params, ...body });
            return { status: res.status, data: res.data };
        }
        catch (error) {
            throw (0, errors_js_1.toGitHubError)(error, { method, route: r.route, ...ctx });
        }
    };
    async function resolveRepositoryIds(t) {
        return Promise.all(t.repositories.map(async (name) => {
            const ctx = { target: t, operation: 'resolve-repository', repository: name };
            const { data } = await call('GET', { route: exports.ROUTES.repo, params: { owner: t.org, repo: name } }, ctx);
            const owner = typeof data.owner?.login === 'string' ? data.owner.login : '';
            if (typeof data.id !== 'number' || owner.toLowerCase() !== t.org.toLowerCase())
                throw new errors_js_1.GitHubError({
                    ...ctx,
                    status: 404,
                    method: 'GET',
                    route: exports.ROUTES.repo,
                    githubMessage: `the repository is not in ${t.org}${owner ? ` (it is ${owner}/${name})` : ''}`,
                });
            return data.id;
        }));
    }
    /** After a 404 on an environment's public key: is the repository there (so the environment is not)? */
    async function environmentHint(t) {
        try {
            await octokit.request(`GET ${exports.ROUTES.repo}`, { owner: t.owner, repo: t.repo });
            return 'environment-missing';
        }
        catch (error) {
            return error.status === 404 ? 'repository-missing' : undefined;
        }
    }
    async function prepareOne(target) {
        const r = keyRoute(target);
        const ctx = { target, operation: 'read-public-key' };
        const [key, repositoryIds] = await Promise.all([
            call('GET', r, ctx).catch(async (error) => {
                if (error instanceof errors_js_1.GitHubError && error.status === 404 && target.scope === 'environment') {
                    const hint = await environmentHint(target);
                    if (hint)
                        throw new errors_js_1.GitHubError({
                            ...ctx,
                            status: error.status,
                            method: error.method,
                            route: error.route,
                            githubMessage: error.githubMessage,
                            documentationUrl: error.documentationUrl,
                            requestId: error.requestId,
                            hint,
                        });
                }
                throw error;
            }),
            target.scope === 'organization' && target.visibility === 'selected'
                ? resolveRepositoryIds(target)
                : undefined,
        ]);
        const { key_id: keyId, key: publicKey } = key.data;
        if (typeof keyId !== 'string' || typeof publicKey !== 'string' || !(await (0, seal_js_1.isValidPublicKey)(publicKey)))
            throw new errors_js_1.GitHubError({
                ...ctx,
                status: key.status,
                method: 'GET',
                route: r.route,
                githubMessage: 'unexpected public key',
                hint: 'bad-public-key',
            });
        return repositoryIds
            ? { target, keyId, key: publicKey, repositoryIds }
            : { target, keyId, key: publicKey };
    }
    /** Seals and PUTs one value; reports success or failure, never throws. */
    async function writeOne(p, { name, value }, report) {
        const t = p.target;
        const ctx = { target: t, operation: 'write-secret', secretName: name };
        try {
            const body = {
                encrypted_value: await (0, seal_js_1.sealSecret)(p.key, value),
                key_id: p.keyId,
            };
            if (t.scope === 'organization') {
                body.visibility = t.visibility;
                if (t.visibility === 'selected')
                    body.selected_repository_ids = [...(p.repositoryIds ?? [])];
            }
            await call('PUT', secretRoute(t, name), ctx, body);
            report.written.push({ target: t, name });
            return true;
        }
        catch (error) {
            const e = error instanceof errors_js_1.GitHubError
                ? error
                : new errors_js_1.GitHubError({
                    ...ctx,
                    status: undefined,
                    method: 'PUT',
                    route: secretRoute(t, name).route,
                    githubMessage: `could not seal the value: ${error instanceof Error ? error.message : String(error)}`,
                });
            report.failed.push({ target: t, name, error: e });
            return false;
        }
    }
    async function writeTargetInOrder(p, values, report) {
        for (const [i, value] of values.entries()) {
            if (await writeOne(p, value, report))
                continue;
            for (const rest of values.slice(i + 1))
                report.skipped.push({ target: p.target, name: rest.name });
            return;
        }
    }
    return {
        async prepare(targets) {
            const settled = await Promise.allSettled(targets.map(prepareOne));
            const [first, ...rest] = settled.flatMap((s, i) => {
                if (s.status === 'fulfilled')
                    return [];
                const target = targets[i];
                return [
                    (0, errors_js_1.toGitHubError)(s.reason, {
                        method: 'GET',
                        route: keyRoute(target).route,
                        target,
                        operation: 'read-public-key',
                    }),
                ];
            });
            if (first) {
                first.related = rest;
                throw first;
            }
            return settled.map((s) => s.value);
        },
        async write(prepared, values, options) {
            const report = { written: [], failed: [], skipped: [] };
            if (options?.ordered === false) {
                const pairs = prepared.flatMap((p) => values.map((v) => [p, v]));
                await pool(pairs, concurrency, ([p, v]) => writeOne(p, v, report));
            }
            else
                await pool(prepared, concurrency, (p) => writeTargetInOrder(p, values, report));
            return report;
        },
        async remove(targets, names) {
            const report = { removed: [], failed: [] };
            // Every DELETE at once (bounded): they are independent.
            const pairs = targets.flatMap((target) => names.map((name) => [target, name]));
            await pool(pairs, concurrency, async ([target, name]) => {
                try {
                    await call('DELETE', secretRoute(target, name), {
                        target,
                        operation: 'delete-secret',
                        secretName: name,
                    });
                    report.removed.push({ target, name, alreadyGone: false });
                }
                catch (error) {
                    const e = error;
                    if (e.status === 404)
                        report.removed.push({ target, name, alreadyGone: true });
                    else
                        report.failed.push({ target, name, error: e });
                }
            });
            return report;
        },
    };
}


/***/ })

};
