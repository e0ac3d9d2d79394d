export const id = 584;
export const ids = [584];
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


/***/ })

};
