// Parses the access-token-* inputs (client-SDK Access Tokens). Pure.
import type { AccessTokenGrant, AccessTokenRequest } from '../config.js';
import { isGiven } from '../defaults.js';
import { parseDuration } from '../duration.js';
import type { ReadInput } from './names.js';
import { parsed, Problems, type Parsed } from './problems.js';

export const MAX_ACCESS_TOKEN_TTL_S = 24 * 3600; // Twilio refuses longer tokens (error 20157)

const SID = (prefix: string) => new RegExp(`^${prefix}[0-9a-fA-F]{32}$`);

interface FieldSpec {
  readonly key: string;
  readonly check: (v: string) => string | undefined; // error text, or undefined when fine
}

const sidField = (key: string, prefix: string, what: string): FieldSpec => ({
  key,
  check: (v) => (SID(prefix).test(v) ? undefined : `must be ${what} ('${prefix}' + 32 hex digits)`),
});
const boolField = (key: string): FieldSpec => ({
  key,
  check: (v) => (v === 'true' || v === 'false' ? undefined : `must be 'true' or 'false'`),
});
const textField = (key: string): FieldSpec => ({
  key,
  check: (v) => (v.length > 0 && v.length <= 256 ? undefined : `must be 1 to 256 characters`),
});

const GRANTS: Record<
  AccessTokenGrant['kind'],
  { fields: readonly FieldSpec[]; required: readonly string[] }
> = {
  voice: {
    fields: [
      sidField('outgoing-application-sid', 'AP', 'a TwiML App SID'),
      boolField('incoming-allow'),
      sidField('push-credential-sid', 'CR', 'a push Credential SID'),
    ],
    required: [],
  },
  video: { fields: [textField('room')], required: [] },
  chat: {
    fields: [sidField('service-sid', 'IS', 'a Conversations/Chat Service SID')],
    required: ['service-sid'],
  },
  sync: { fields: [sidField('service-sid', 'IS', 'a Sync Service SID')], required: ['service-sid'] },
};

function parseGrant(line: string, p: Problems): AccessTokenGrant | undefined {
  const [kind = '', ...pairs] = line.split(/\s+/);
  const spec = GRANTS[kind as AccessTokenGrant['kind']];
  if (!spec) {
    p.error(
      'access-token-grants',
      `unknown grant '${kind}' in '${line}'. Grants are ${Object.keys(GRANTS).join(', ')}, one per line.`,
    );
    return undefined;
  }
  const values: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const key = eq > 0 ? pair.slice(0, eq) : pair;
    const field = spec.fields.find((f) => f.key === key);
    if (!field || eq < 0) {
      const known = spec.fields.map((f) => f.key).join(', ') || 'none';
      p.error(
        'access-token-grants',
        `'${pair}' is not a field of the ${kind} grant (fields: ${known}; write field=value).`,
      );
      continue;
    }
    const value = pair.slice(eq + 1);
    const problem = field.check(value);
    if (problem) p.error('access-token-grants', `${kind} ${key} ${problem}, got '${value}'.`);
    else values[key] = value;
  }
  for (const key of spec.required)
    if (!(key in values) && !pairs.some((p) => p.startsWith(key + '=')))
      p.error('access-token-grants', `the ${kind} grant needs ${key}=..., in '${line}'.`);
  switch (kind) {
    case 'voice':
      return {
        kind,
        ...(values['outgoing-application-sid'] && {
          outgoingApplicationSid: values['outgoing-application-sid'],
        }),
        ...(values['incoming-allow'] && { incomingAllow: values['incoming-allow'] === 'true' }),
        ...(values['push-credential-sid'] && { pushCredentialSid: values['push-credential-sid'] }),
      };
    case 'video':
      return { kind, ...(values['room'] && { room: values['room'] }) };
    case 'chat':
    case 'sync':
      return { kind, serviceSid: values['service-sid'] ?? '' };
  }
  return undefined;
}

/** undefined when no access-token-* input is given: no token is wanted. */
export function parseAccessToken(read: ReadInput): Parsed<AccessTokenRequest | undefined> {
  const identity = read('access-token-identity');
  const ttlRaw = read('access-token-ttl');
  const grantsRaw = read('access-token-grants');
  if (!identity && !grantsRaw && !isGiven('access-token-ttl', ttlRaw)) return parsed(undefined);
  const p = new Problems();
  if (!identity)
    p.error(
      'access-token-identity',
      `is required to sign an Access Token (the user identity the client SDK runs as).`,
    );
  else if (identity.length > 256 || /[\r\n]/.test(identity))
    p.error('access-token-identity', `must be one line of at most 256 characters.`);
  const ttlMs = parseDuration(ttlRaw || '1h');
  if (ttlMs === undefined)
    p.error('access-token-ttl', `'${ttlRaw}' is not a duration such as '15m' or '1h'.`);
  else if (ttlMs / 1000 > MAX_ACCESS_TOKEN_TTL_S)
    p.error(
      'access-token-ttl',
      `'${ttlRaw}' is longer than 24h, which Twilio refuses (error 20157). Use 24h or less.`,
    );
  const grants: AccessTokenGrant[] = [];
  for (const line of grantsRaw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))) {
    const grant = parseGrant(line, p);
    if (grant) grants.push(grant);
  }
  if (p.list.length > 0) return p.done(undefined);
  return p.done({ identity, ttlSeconds: Math.round((ttlMs ?? 3_600_000) / 1000), grants });
}
