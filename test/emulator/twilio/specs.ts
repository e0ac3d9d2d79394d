/**
 * Twilio's official OpenAPI descriptions (twilio-oai, vendored in third_party/twilio-oai/), for contract
 * tests: openapi-backend routes and validates requests; responses are checked with Ajv (openapi-backend's
 * own Ajv 8) against the spec's response schema, translated from OpenAPI 3.0 to JSON Schema here.
 *
 * Spec files are read from $TWILIO_OAI_DIR, else the repository's third_party/twilio-oai/.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OpenAPIBackend, ValidationContext } from 'openapi-backend';

export type SpecName = 'twilio_iam_v1' | 'twilio_accounts_v1' | 'twilio_api_v2010' | 'twilio_lookups_v2';

export const SPEC_DIR =
  process.env['TWILIO_OAI_DIR'] ??
  fileURLToPath(new URL('../../../third_party/twilio-oai/', import.meta.url));

/** Which spec describes a path (all Twilio hosts share the emulator's one origin). */
export function specFor(path: string): SpecName {
  if (path.startsWith('/v1/Keys')) return 'twilio_iam_v1';
  if (path.startsWith('/v1/AuthTokens')) return 'twilio_accounts_v1';
  if (path.startsWith('/2010-04-01/')) return 'twilio_api_v2010';
  if (path.startsWith('/v2/')) return 'twilio_lookups_v2';
  throw new Error(`no Twilio spec for ${path}`);
}

type JsonObject = Record<string, unknown>;
type ValidateFn = ((data: unknown) => boolean) & { errors?: unknown[] | null | undefined };

const RFC2822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0000$/;

/** Twilio's custom formats, checked for real where the meaning is clear; other names are accepted. */
const FORMATS: Record<string, RegExp | ((s: string) => boolean)> = {
  'date-time-rfc-2822': RFC2822,
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  // API 2010 list pages carry path-absolute `*_uri` links (the spec's own examples do).
  uri: (s) => URL.canParse(s) || (s.startsWith('/') && URL.canParse(s, 'https://api.twilio.com')),
  'phone-number': /^\+\d{1,15}$/,
  currency: /^[A-Z]{3}$/,
  'http-method': /^(GET|POST|PUT|PATCH|DELETE|HEAD)$/,
  'iso-country-code': /^[A-Z]{2}$/,
};

export interface RequestShape {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Form body (POST); omit for GET / DELETE. */
  form?: Record<string, string | string[]>;
}

export interface Spec {
  name: SpecName;
  /** The raw document ($refs intact). */
  doc: JsonObject;
  backend: OpenAPIBackend;
  /** The operation openapi-backend routes the request to, and its validation errors (empty = conforms). */
  checkRequest(req: RequestShape): { operationId: string | undefined; errors: unknown[] };
  /**
   * Errors of `body` against the response schema of operationId/status (empty = conforms). With `exact`
   * (default), objects must also carry exactly the properties the spec lists.
   */
  checkResponse(operationId: string, status: number, body: unknown, exact?: boolean): string[];
  /** The spec's own response examples for operationId/status. */
  examples(operationId: string, status: number): { name: string; value: unknown }[];
  /** Method + path template of an operation, e.g. ['POST', '/v1/Keys']. */
  operation(operationId: string): { method: string; path: string } | undefined;
}

const cache = new Map<SpecName, Promise<Spec>>();

export function loadSpec(name: SpecName): Promise<Spec> {
  let spec = cache.get(name);
  if (!spec) {
    spec = createSpec(name);
    cache.set(name, spec);
  }
  return spec;
}

async function createSpec(name: SpecName): Promise<Spec> {
  const text = readFileSync(`${SPEC_DIR}/${name}.json`, 'utf8');
  const doc = JSON.parse(text) as JsonObject;
  const formatNames = new Set([...text.matchAll(/"format":\s*"([^"]+)"/g)].map((m) => m[1] ?? ''));
  const backend = new OpenAPIBackend({
    // A separate copy: openapi-backend dereferences its input in place.
    definition: JSON.parse(text) as never,
    // Twilio puts siblings next to $ref, which strict definition validation rejects.
    quick: true,
    coerceTypes: true,
    ajvOpts: { allErrors: true },
    customizeAjv: (ajv) => {
      for (const format of formatNames) {
        const known = FORMATS[format];
        if (known) ajv.addFormat(format, known);
        else if (!ajv.formats[format]) ajv.addFormat(format, true);
      }
      return ajv;
    },
  });
  await backend.init();
  const ajv = backend.validator.getAjv(ValidationContext.Response);
  const compiled = new Map<string, { validate: ValidateFn; schema: JsonObject }>();

  const operation = (operationId: string) => findOperation(doc, operationId);

  const responseEntry = (operationId: string, status: number) => {
    const key = `${operationId} ${status}`;
    let entry = compiled.get(key);
    if (!entry) {
      const op = operation(operationId);
      if (!op) throw new Error(`${name}: no operation ${operationId}`);
      const response = (op.node['responses'] as Record<string, JsonObject> | undefined)?.[String(status)];
      if (!response) throw new Error(`${name}: ${operationId} has no ${status} response`);
      const media = (response['content'] as Record<string, JsonObject> | undefined)?.['application/json'];
      // A response without content (204) has no body.
      const raw = (media?.['schema'] as JsonObject | undefined) ?? { not: {} };
      const schema = toJsonSchema(doc, raw, []);
      allowExampleNulls(schema, exampleValues(media));
      entry = { validate: ajv.compile(schema) as ValidateFn, schema };
      compiled.set(key, entry);
    }
    return entry;
  };

  return {
    name,
    doc,
    backend,
    operation: (operationId) => {
      const op = operation(operationId);
      return op && { method: op.method, path: op.path };
    },
    checkRequest(req) {
      const request = {
        method: req.method.toLowerCase(),
        path: req.path,
        query: req.query,
        headers: req.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {},
        ...(req.form ? { body: req.form } : {}),
      };
      // openapi-backend's Operation type collapses to never for the OpenAPI 3.0 | 3.1 union; read the id only.
      const matched = backend.matchOperation(request) as { operationId?: string } | undefined;
      const operationId = matched?.operationId;
      if (operationId === undefined) return { operationId: undefined, errors: ['no operation matches'] };
      const result = backend.validateRequest(request, operationId);
      return { operationId, errors: result.errors ?? [] };
    },
    checkResponse(operationId, status, body, exact = true) {
      const { validate, schema } = responseEntry(operationId, status);
      if (status === 204) return body === undefined ? [] : ['204 must have no body'];
      const errors = validate(body) ? [] : (validate.errors ?? []).map((e) => JSON.stringify(e));
      return exact ? [...errors, ...propertySetErrors(schema, body, '')] : errors;
    },
    examples(operationId, status) {
      const op = operation(operationId);
      const response = (op?.node['responses'] as Record<string, JsonObject> | undefined)?.[String(status)];
      const media = (response?.['content'] as Record<string, JsonObject> | undefined)?.['application/json'];
      const examples = (media?.['examples'] ?? {}) as Record<string, { value: unknown }>;
      return Object.entries(examples).map(([n, e]) => ({ name: n, value: e.value }));
    },
  };
}

function findOperation(
  doc: JsonObject,
  operationId: string,
): { method: string; path: string; node: JsonObject } | undefined {
  for (const [path, item] of Object.entries(doc['paths'] as Record<string, JsonObject>)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const node = item[method] as JsonObject | undefined;
      if (node?.['operationId'] === operationId) return { method: method.toUpperCase(), path, node };
    }
  }
  return undefined;
}

function resolvePointer(doc: JsonObject, ref: string): JsonObject {
  if (!ref.startsWith('#/')) throw new Error(`external $ref not supported: ${ref}`);
  let node: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as JsonObject)[part];
    if (node === undefined) throw new Error(`unresolvable $ref ${ref}`);
  }
  return node as JsonObject;
}

/**
 * OpenAPI 3.0 schema -> JSON Schema, $refs inlined:
 * - a $ref replaces its siblings (3.0 semantics; Twilio adds description/type next to $ref);
 * - `nullable: true` adds null to `type` (and `enum`);
 * - annotations and x- extensions are dropped.
 */
export function toJsonSchema(doc: JsonObject, node: JsonObject, stack: string[]): JsonObject {
  const ref = node['$ref'];
  if (typeof ref === 'string') {
    if (stack.includes(ref)) return {}; // recursive schema: accept anything below this point
    return toJsonSchema(doc, resolvePointer(doc, ref), [...stack, ref]);
  }
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (
      k.startsWith('x-') ||
      [
        'description',
        'example',
        'examples',
        'nullable',
        'title',
        'externalDocs',
        'xml',
        'discriminator',
        'readOnly',
        'writeOnly',
        'deprecated',
      ].includes(k)
    )
      continue;
    if (k === 'properties') {
      out[k] = Object.fromEntries(
        Object.entries(v as Record<string, JsonObject>).map(([p, s]) => [p, toJsonSchema(doc, s, stack)]),
      );
    } else if (k === 'items' || (k === 'additionalProperties' && typeof v === 'object') || k === 'not') {
      out[k] = toJsonSchema(doc, v as JsonObject, stack);
    } else if (k === 'allOf' || k === 'anyOf' || k === 'oneOf') {
      out[k] = (v as JsonObject[]).map((s) => toJsonSchema(doc, s, stack));
    } else {
      out[k] = v;
    }
  }
  if (node['nullable'] === true) return withNull(out);
  return out;
}

function withNull(schema: JsonObject): JsonObject {
  if (typeof schema['type'] === 'string') {
    const out: JsonObject = { ...schema, type: [schema['type'], 'null'] };
    if (Array.isArray(schema['enum'])) out['enum'] = [...(schema['enum'] as unknown[]), null];
    return out;
  }
  return { anyOf: [schema, { type: 'null' }] };
}

function exampleValues(media: JsonObject | undefined): unknown[] {
  const examples = (media?.['examples'] ?? {}) as Record<string, { value?: unknown }>;
  return Object.values(examples).map((e) => e.value);
}

/**
 * Twilio's examples show null for fields whose schema is a bare $ref, an array or a non-nullable scalar
 * (Lookups: data packages that weren't requested, and their error_code). Where the spec's own examples
 * say null, at any depth, null is allowed.
 */
function allowExampleNulls(schema: JsonObject, examples: unknown[]): void {
  for (const example of examples) allowNullsOf(schema, example);
}

function allowNullsOf(schema: JsonObject, example: unknown): void {
  if (Array.isArray(example)) {
    const items = schema['items'] as JsonObject | undefined;
    if (items) for (const item of example) allowNullsOf(items, item);
    return;
  }
  const props = schema['properties'] as Record<string, JsonObject> | undefined;
  if (!props || typeof example !== 'object' || example === null) return;
  for (const [name, value] of Object.entries(example)) {
    const prop = props[name];
    if (!prop) continue;
    if (value === null && !acceptsNull(prop)) props[name] = withNull(prop);
    else allowNullsOf(prop, value);
  }
}

function acceptsNull(schema: JsonObject): boolean {
  const type = schema['type'];
  return type === undefined || type === 'null' || (Array.isArray(type) && type.includes('null'));
}

/** Object bodies must carry exactly the properties the spec lists (no invented, none missing). */
function propertySetErrors(schema: JsonObject, body: unknown, at: string): string[] {
  const props = schema['properties'] as Record<string, JsonObject> | undefined;
  if (!props || typeof body !== 'object' || body === null || Array.isArray(body)) return [];
  const expected = Object.keys(props).sort();
  const actual = Object.keys(body).sort();
  const errors: string[] = [];
  const extra = actual.filter((k) => !expected.includes(k));
  const missing = expected.filter((k) => !actual.includes(k));
  if (extra.length) errors.push(`${at || '/'}: properties not in the spec: ${extra.join(', ')}`);
  if (missing.length) errors.push(`${at || '/'}: spec properties missing: ${missing.join(', ')}`);
  for (const [name, sub] of Object.entries(props)) {
    const value = (body as JsonObject)[name];
    if (Array.isArray(value) && sub['items']) {
      value.forEach((item, i) =>
        errors.push(...propertySetErrors(sub['items'] as JsonObject, item, `${at}/${name}/${i}`)),
      );
    } else if (sub['properties'] && typeof value === 'object' && value !== null) {
      errors.push(...propertySetErrors(sub, value, `${at}/${name}`));
    }
  }
  return errors;
}
