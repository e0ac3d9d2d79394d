// Contract: every request src/github/secrets.ts makes, and every answer the emulator gives it, conform to
// GitHub's OpenAPI description (@octokit/openapi generated/api.github.com.json): the operation is found
// by method + path, the request body and path parameters validate, and so does the response body for
// its status. GitHub documents error bodies as `basic-error`; where an operation lists no error
// responses, that schema is added as its `default` response.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import sodium from 'libsodium-wrappers';
import { OpenAPIBackend } from 'openapi-backend';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretsApi, ROUTES, type SecretValue } from '../../src/github/secrets.js';
import { parseTargets } from '../../src/inputs/secret-targets.js';
import { startGitHubEmulator, type GitHubEmulator, type RequestRecord } from './github/index.js';

const require = createRequire(import.meta.url);
const SPEC_FILE = require.resolve('@octokit/openapi/generated/api.github.com.json');

/** The operations our code may call: path template -> methods. */
const USED: Record<string, string[]> = {
  [ROUTES.repo]: ['get'],
  [ROUTES.repoKey]: ['get'],
  [ROUTES.repoSecret]: ['put', 'delete'],
  [ROUTES.envKey]: ['get'],
  [ROUTES.envSecret]: ['put', 'delete'],
  [ROUTES.orgKey]: ['get'],
  [ROUTES.orgSecret]: ['put', 'delete'],
  [ROUTES.repoSecrets]: ['get'],
  [ROUTES.envSecrets]: ['get'],
  [ROUTES.orgSecrets]: ['get'],
};

type Json = Record<string, unknown>;

/** Keeps the used operations and only the components they reach through $ref. */
function prune(spec: Json): Json {
  const allPaths = spec.paths as Record<string, Record<string, Json>>;
  const paths: Record<string, Json> = {};
  for (const [path, methods] of Object.entries(USED)) {
    const item = allPaths[path];
    if (!item) throw new Error(`the spec has no path ${path}`);
    const kept: Json = {};
    if (item.parameters) kept.parameters = item.parameters;
    for (const m of methods) {
      const op = item[m];
      if (!op) throw new Error(`the spec has no ${m.toUpperCase()} ${path}`);
      const responses = { ...(op.responses as Json) };
      if (!Object.keys(responses).some((s) => s.startsWith('4'))) {
        responses.default = {
          description: 'GitHub error',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/basic-error' } } },
        };
      }
      kept[m] = { ...op, responses };
    }
    paths[path] = kept;
  }
  const components = spec.components as Record<string, Record<string, unknown>>;
  const pruned: Record<string, Record<string, unknown>> = {};
  const queue: unknown[] = [paths, { $ref: '#/components/schemas/basic-error' }];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const node = queue.pop();
    if (Array.isArray(node)) queue.push(...node);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === '$ref' && typeof v === 'string' && !seen.has(v)) {
          seen.add(v);
          const [, , section = '', name = ''] = v.split('/');
          const target = components[section]?.[name];
          if (target === undefined) throw new Error(`dangling $ref ${v}`);
          (pruned[section] ??= {})[name] = target;
          queue.push(target);
        } else queue.push(v);
      }
    }
  }
  return { openapi: spec.openapi, info: spec.info, paths, components: pruned };
}

const VALUES: SecretValue[] = [
  { name: 'TWILIO_ACCOUNT_SID', value: 'AC0123456789abcdef0123456789abcdef' },
  { name: 'TWILIO_API_KEY', value: 'SK0123456789abcdef0123456789abcdef' },
  { name: 'TWILIO_API_SECRET', value: 'secret+/=value' },
];

let api: OpenAPIBackend;
let emu: GitHubEmulator;
const records: RequestRecord[] = [];

beforeAll(async () => {
  const started = performance.now();
  const full = JSON.parse(readFileSync(SPEC_FILE, 'utf8')) as Json;
  const definition = prune(full);
  api = new OpenAPIBackend({
    definition: definition as never,
    validate: true,
    ajvOpts: { strict: false },
    customizeAjv: (ajv) => {
      ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/);
      ajv.addFormat('uri', { validate: (s: string) => URL.canParse(s) });
      ajv.addFormat('email', /^[^@\s]+@[^@\s]+$/);
      return ajv;
    },
  });
  await api.init();
  console.log(
    `github contract: spec loaded, pruned to ${Object.keys(definition.paths as Json).length} paths and initialised in ${Math.round(performance.now() - started)} ms`,
  );

  await sodium.ready;
  emu = await startGitHubEmulator();
  emu.addOrganization('octo-org');
  emu.addRepository('octo-org/app', { environments: ['prod / eu'] });
  emu.addRepository('octo-org/api');
  emu.addToken('w', 'write');
  emu.addToken('r', 'read-only');

  // Every kind of exchange our code has: success, update, delete, already gone, and the errors.
  const noWait = { sleep: async () => undefined, retries: 2, timeoutMs: 2000 };
  const secrets = createSecretsApi({ token: 'w', apiUrl: emu.url, timeoutMs: 2000 }, noWait);
  const byScope = parseTargets(
    'repository\nenvironment:prod / eu\norganization:octo-org visibility=selected repositories=app,api',
    'octo-org/app',
  ).value;
  const allOrg = parseTargets('organization:octo-org visibility=all', 'octo-org/app').value;
  const prepared = await secrets.prepare(byScope);
  await secrets.write(prepared, VALUES);
  await secrets.write(await secrets.prepare(allOrg), VALUES.slice(0, 1));
  await secrets.write(prepared, VALUES.slice(0, 1)); // updates: 204
  await secrets.existing(byScope, [...VALUES.map((v) => v.name), 'NEVER_WRITTEN']); // list secrets, every scope
  await secrets.write(prepared, [{ name: 'GITHUB_NOPE', value: 'x' }]); // 422 from the emulator's name check
  await secrets.remove(byScope, [...VALUES.map((v) => v.name), 'NEVER_WRITTEN']); // 204s and 404s
  await secrets.prepare(parseTargets('environment:missing', 'octo-org/app').value).catch(() => undefined); // 404 + GET repo
  await secrets
    .prepare(parseTargets('organization:octo-org visibility=selected repositories=ghost', 'x/y').value)
    .catch(() => undefined);
  await createSecretsApi({ token: 'r', apiUrl: emu.url, timeoutMs: 2000 }, noWait)
    .prepare(byScope)
    .catch(() => undefined); // 403
  await createSecretsApi({ token: 'nope', apiUrl: emu.url, timeoutMs: 2000 }, noWait)
    .prepare(byScope)
    .catch(() => undefined); // 401
  emu.secondaryRateLimit({ times: 1, retryAfter: 1 });
  await secrets.prepare(byScope.slice(0, 1)); // 403 secondary, then 200
  emu.faults.add({ method: 'PUT', kind: 'status', status: 502, times: 1 });
  await secrets.write(prepared.slice(0, 1), VALUES.slice(0, 1)); // 502, then 204
  records.push(...emu.requests);
}, 60_000);

afterAll(async () => {
  await emu?.close();
});

function parse(body: string | undefined): unknown {
  return body === undefined || body === '' ? undefined : JSON.parse(body);
}

describe('GitHub contract (api.github.com.json)', () => {
  it('exercised every used operation and status class', () => {
    const seen = new Set(
      records.map(
        (r) =>
          `${api.matchOperation({ method: r.method, path: r.path, headers: {} })?.operationId} ${r.response?.status}`,
      ),
    );
    for (const expected of [
      'actions/get-repo-public-key 200',
      'actions/get-environment-public-key 200',
      'actions/get-environment-public-key 404',
      'actions/get-org-public-key 200',
      'repos/get 200',
      'repos/get 404',
      'actions/create-or-update-repo-secret 201',
      'actions/create-or-update-repo-secret 204',
      'actions/create-or-update-repo-secret 422',
      'actions/create-or-update-repo-secret 502',
      'actions/create-or-update-environment-secret 201',
      'actions/create-or-update-org-secret 201',
      'actions/delete-repo-secret 204',
      'actions/delete-repo-secret 404',
      'actions/delete-environment-secret 204',
      'actions/delete-org-secret 204',
      'actions/get-repo-public-key 401',
      'actions/get-repo-public-key 403',
      'actions/list-repo-secrets 200',
      'actions/list-environment-secrets 200',
      'actions/list-org-secrets 200',
    ]) {
      expect(seen).toContain(expected);
    }
    expect(records.length).toBeGreaterThan(40);
  });

  it('every request matches an operation, and its parameters, headers and body validate', () => {
    for (const r of records) {
      const req = {
        method: r.method,
        path: r.path,
        headers: r.requestHeaders,
        query: r.query,
        body: parse(r.requestBody),
      };
      const op = api.matchOperation(req);
      expect(op, `${r.method} ${r.path}`).toBeDefined();
      const result = api.validateRequest(req, op);
      expect(result.errors, `${r.method} ${r.path}`).toBeNull();
      expect(r.requestHeaders['x-github-api-version']).toBe('2022-11-28');
      expect(r.requestHeaders.accept).toBe('application/vnd.github.v3+json');
      expect(r.requestHeaders['user-agent']).toMatch(/^configure-twilio-credentials /);
      if (r.method === 'PUT') {
        expect(r.requestHeaders['content-type']).toMatch(/^application\/json/);
        const body = parse(r.requestBody) as Json;
        const expectedKeys = r.path.startsWith('/orgs/')
          ? body.visibility === 'selected'
            ? ['encrypted_value', 'key_id', 'selected_repository_ids', 'visibility']
            : ['encrypted_value', 'key_id', 'visibility']
          : ['encrypted_value', 'key_id'];
        expect(Object.keys(body).sort()).toEqual(expectedKeys);
      } else expect(r.requestBody).toBe('');
    }
  });

  it('environment names travel percent-encoded in one path segment', () => {
    const env = records.filter((r) => r.path.includes('/environments/'));
    expect(env.length).toBeGreaterThan(0);
    for (const r of env) expect(r.path).toMatch(/\/environments\/(prod%20%2F%20eu|missing)\/secrets(\/|$)/);
  });

  it('every response body validates against the schema for its status', () => {
    for (const r of records) {
      const op = api.matchOperation({ method: r.method, path: r.path, headers: {} });
      expect(r.response, `${r.method} ${r.path}`).toBeDefined();
      if (!op || !r.response) continue;
      const { status, body, headers } = r.response;
      const declared = Object.keys(op.responses ?? {});
      if (status < 400) expect(declared, `${op.operationId} ${status}`).toContain(String(status));
      if (status === 204) {
        expect(body).toBeUndefined();
        continue;
      }
      const data = parse(body);
      const result = api.validateResponse(data, op, status);
      expect(result.errors, `${op.operationId} ${status}: ${body?.slice(0, 200)}`).toBeNull();
      expect(headers['content-type']).toBe('application/json; charset=utf-8');
      if (status >= 400) {
        expect(data).toMatchObject({
          message: expect.any(String),
          documentation_url: expect.stringMatching(/^https:\/\/docs\.github\.com\//),
          status: String(status),
        });
      }
      for (const h of ['limit', 'remaining', 'reset', 'used', 'resource'])
        expect(headers[`x-ratelimit-${h}`]).toBeDefined();
    }
  });

  it('GET /repos/{owner}/{repo} answers were among them (the 75 required fields of full-repository)', () => {
    const repoGets = records.filter(
      (r) => r.method === 'GET' && /^\/repos\/[^/]+\/[^/]+$/.test(r.path) && r.response?.status === 200,
    );
    expect(repoGets.length).toBeGreaterThanOrEqual(2);
  });
});
