// The `permissions` input: presets, the permission-string grammar, the 100-per-key limit, dedup.
// Pure: returns the permissions with their problems, and never logs or throws.
import { KNOWN_PERMISSIONS } from './data/permissions.js';
import { PRESETS } from './data/presets.js';
import { error, parsed, warning, type Parsed, type Problem } from './inputs/problems.js';

export { KNOWN_PERMISSIONS, PRESETS };
export type { Preset } from './data/presets.js';

/** Twilio's limit on the permissions of one restricted key. */
export const MAX_PERMISSIONS = 100;

/** What Twilio test credentials can do: POST Messages, POST Calls, POST IncomingPhoneNumbers, GET Lookups v2. */
export const TEST_CREDENTIAL_PERMISSIONS: ReadonlySet<string> = new Set([
  '/twilio/messaging/messages/create',
  '/twilio/voice/calls/create',
  '/twilio/phone-numbers/active-numbers/create',
  '/twilio/lookup/phone-numbers/read',
]);

const GRAMMAR = /^\/twilio\/[a-z0-9-]+\/[a-z0-9-]+(?:\.[a-z0-9-]+)*\/(?:read|list|create|update|delete|\*)$/;
const FORM =
  '/twilio/<product>/<resource>/<action> (lowercase letters, digits and hyphens; dots join sub-resources; ' +
  'action one of read, list, create, update, delete, *)';
const PRESET_NAMES = PRESETS.map((p) => p.name);
const PRESET_BY_NAME = new Map(PRESETS.map((p) => [p.name, p]));
/** A REST URL or path such as /2010-04-01/Accounts/{AccountSid}/Messages.json. */
const URL_PATH = /^(?:https?:\/\/[^/\s]+)?\/(?:\d{4}-\d{2}-\d{2}|v\d+|accounts)(?:[/.*]|$)/i;
/** 2010-04-01 REST collections (dot = nested) -> catalogue resource. */
const LEGACY: Record<string, string> = {
  messages: 'messaging/messages',
  'messages.media': 'messaging/messages.media',
  'messages.feedback': 'messaging/messages.feedback',
  calls: 'voice/calls',
  'calls.recordings': 'voice/calls.recordings',
  'calls.notifications': 'voice/calls.notifications',
  recordings: 'voice/recordings',
  'recordings.transcriptions': 'voice/recordings.transcriptions',
  'recordings.addonresults': 'voice/recordings.add-ons',
  transcriptions: 'voice/transcriptions',
  conferences: 'voice/conferences',
  'conferences.participants': 'voice/conferences.participants',
  'conferences.recordings': 'voice/conferences.recordings',
  queues: 'voice/queues',
  'queues.members': 'voice/queues.member',
  outgoingcallerids: 'voice/outgoing-caller-ids',
  applications: 'voice/twiml.apps',
  'sip.domains': 'voice/sip.domains',
  'sip.credentiallists': 'voice/sip.credential-lists',
  'sip.ipaccesscontrollists': 'voice/sip.ip-acls',
  incomingphonenumbers: 'phone-numbers/active-numbers',
  availablephonenumbers: 'phone-numbers/available-numbers',
  usage: 'billing/usage',
  keys: 'iam/api-keys',
};
const ACTION_ORDER = ['read', 'list', 'create', 'update', 'delete'];

/** Expanded, deduplicated permission strings; errors name the item and the fix. */
export function parsePermissions(raw: string): Parsed<string[]> {
  const permissions: string[] = [];
  const problems: Problem[] = [];
  const refuse = (message: string) => problems.push(error('permissions', message));
  const seen = new Set<string>();
  const add = (p: string): boolean => {
    if (seen.has(p)) return false;
    seen.add(p);
    permissions.push(p);
    return true;
  };

  for (const item of raw.split(/[,\n]/).map((s) => s.trim())) {
    if (item === '') continue;
    const preset = PRESET_BY_NAME.get(item.toLowerCase());
    if (preset) {
      preset.permissions.forEach(add);
    } else if (GRAMMAR.test(item)) {
      if (add(item) && !KNOWN_PERMISSIONS.has(item)) {
        // Close to a catalogued permission: a typo, which Twilio would accept or refuse only at key creation.
        // Far from all of them: possibly newer than the catalogue, so sent as is.
        const suggestion = didYouMean(item, false);
        if (suggestion) refuse(typoError(item, suggestion));
        else problems.push(warning('permissions', unknownWarning(item)));
      }
    } else if (URL_PATH.test(item)) {
      refuse(urlPathError(item));
    } else if (/^[\w:.-]+$/.test(item)) {
      refuse(
        `unknown preset "${item}".${didYouMean(item)} Available presets: ${PRESET_NAMES.join(', ')}; ` +
          `or give a permission string ${FORM}.`,
      );
    } else {
      refuse(`"${item}" is not a preset or a permission string.${didYouMean(item)} Expected ${FORM}.`);
    }
  }
  if (permissions.length > MAX_PERMISSIONS) refuse(tooManyError(permissions));
  return parsed(permissions, problems);
}

/** The permissions (of those given) that Twilio test credentials cannot exercise. */
export function unreachableWithTestCredentials(permissions: readonly string[]): string[] {
  return permissions.filter((p) => !TEST_CREDENTIAL_PERMISSIONS.has(p));
}

/** Markdown table of the presets: preset | permissions | description. */
export function presetTable(): string {
  const rows = PRESETS.map(
    (p) => `| \`${p.name}\` | ${p.permissions.map((s) => `\`${s}\``).join('<br>')} | ${p.description} |`,
  );
  return ['| preset | permissions | description |', '| --- | --- | --- |', ...rows].join('\n');
}

// A warning is a sentence of its own, so it names its input itself.
function unknownWarning(item: string): string {
  return (
    `permissions: "${item}" is not in this action's catalogue of known permissions; it will be sent to Twilio ` +
    `as is (Twilio rejects an invalid one with error 70002).`
  );
}

function typoError(item: string, suggestion: string): string {
  return (
    `"${item}" is not a known permission.${suggestion} Fix the spelling; a key minted with it ` +
    `would lack the permission the job needs.`
  );
}

function urlPathError(item: string): string {
  const resource = legacyResource(item);
  const equivalents = resource ? catalogueActions(resource) : [];
  const hint =
    equivalents.length > 0
      ? ` The equivalent permissions are ${equivalents.join(', ')}: keep only the actions the job needs` +
        (presetsCovering(equivalents).length > 0
          ? `, or use a preset: ${presetsCovering(equivalents).join(', ')}.`
          : '.')
      : ` No equivalent is known for this path; see the presets (${PRESET_NAMES.join(', ')}) or Twilio's restricted-key permission list.`;
  return (
    `"${item}" is a REST URL path, but restricted API keys take permission strings of the form ` +
    `/twilio/<product>/<resource>/<action>, not URL paths.${hint}`
  );
}

/** The catalogue resource (product/resource) for a 2010-04-01 URL path, by its longest known collection chain. */
function legacyResource(item: string): string | undefined {
  const keys = Object.keys(LEGACY);
  let chain = '';
  let found: string | undefined;
  for (const segment of item.replace(/^https?:\/\/[^/]+/i, '').split('/')) {
    const name = segment
      .replace(/\*/g, '')
      .replace(/\.(json|xml|csv)$/i, '')
      .toLowerCase();
    const next = chain ? `${chain}.${name}` : name;
    if (name === '' || !keys.some((k) => k === next || k.startsWith(`${next}.`))) continue;
    chain = next;
    found = LEGACY[chain] ?? found;
  }
  return found;
}

/** Known `/twilio/<resource>/<action>` strings for one resource, without the `/*` wildcard. */
function catalogueActions(resource: string): string[] {
  return ACTION_ORDER.map((a) => `/twilio/${resource}/${a}`).filter((p) => KNOWN_PERMISSIONS.has(p));
}

function presetsCovering(permissions: readonly string[]): string[] {
  return PRESETS.filter((p) => p.permissions.some((s) => permissions.includes(s))).map((p) => p.name);
}

function tooManyError(permissions: readonly string[]): string {
  const byResource = new Map<string, number>();
  for (const p of permissions) {
    const resource = p.slice(0, p.lastIndexOf('/'));
    if (!p.endsWith('/*')) byResource.set(resource, (byResource.get(resource) ?? 0) + 1);
  }
  const wildcards = [...byResource]
    .filter(([resource, n]) => n > 1 && KNOWN_PERMISSIONS.has(`${resource}/*`))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([resource, n]) => `${resource}/* (replaces ${n})`);
  return (
    `${permissions.length} permissions after expanding presets and removing duplicates, but Twilio ` +
    `allows at most ${MAX_PERMISSIONS} per API key. Use fewer presets or permissions, or split the work across ` +
    `two keys` +
    (wildcards.length > 0
      ? `, or replace a resource's actions by its wildcard (it grants every action on the resource; Twilio ` +
        `shows keys this way, but whether it accepts one at key creation is unconfirmed): ${wildcards.join(', ')}.`
      : '.')
  );
}

/** " Did you mean "x"?" for a close preset or known permission, else "". */
function didYouMean(item: string, includeNormalized = true): string {
  const normalized = item
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/\/+$/, '')
    .replace(/^(?=twilio\/)/, '/');
  if (includeNormalized && (PRESET_BY_NAME.has(normalized) || GRAMMAR.test(normalized))) {
    return ` Did you mean "${normalized}"?`;
  }
  const completions = [...KNOWN_PERMISSIONS].filter((p) => p.slice(0, p.lastIndexOf('/')) === normalized);
  if (completions.length > 0) return ` Did you mean one of ${completions.join(', ')}?`;
  const limit = Math.max(1, Math.min(3, Math.floor(normalized.length / 4)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of [...PRESET_NAMES, ...KNOWN_PERMISSIONS]) {
    const d = editDistance(normalized, candidate);
    if (d < bestDistance && candidate !== item) [best, bestDistance] = [candidate, d];
  }
  return best === undefined ? '' : ` Did you mean "${best}"?`;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? Infinity;
}
