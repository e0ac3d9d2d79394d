// Which permission a Twilio request needs, from the generated src/data/learn-map.ts. Also turns a
// request path into its template, so that no identifier (SID, phone number, name) is ever recorded.
import { LEARN_MAP } from '../data/learn-map.js';
import { decodeLearnMap } from './map-format.js';

interface Entry {
  readonly method: string;
  readonly template: string;
  readonly pattern: RegExp;
  readonly params: number;
  readonly permission: string | undefined;
}

let byHost: Map<string, Entry[]> | undefined;
let literals: Set<string> | undefined;

function load(): Map<string, Entry[]> {
  if (byHost) return byHost;
  byHost = new Map();
  literals = new Set();
  for (const { host, method, path: template, permission } of decodeLearnMap(LEARN_MAP)) {
    for (const seg of template.split('/')) if (!seg.includes('{')) literals.add(seg);
    const source = template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+');
    const entries = byHost.get(host) ?? [];
    entries.push({
      method,
      template,
      pattern: new RegExp(`^${source}$`),
      params: (template.match(/\{/g) ?? []).length,
      permission,
    });
    byHost.set(host, entries);
  }
  // Literal segments beat parameters: /v2/Attempts/Summary before /v2/Attempts/{Sid}.
  for (const entries of byHost.values()) entries.sort((a, b) => a.params - b.params);
  return byHost;
}

/** api.sydney.au1.twilio.com -> api.twilio.com (regional and edge hosts serve the same paths). */
export function canonicalHost(host: string): string {
  const h = host.toLowerCase().replace(/:\d+$/, '');
  return h.replace(/^([a-z0-9-]+)\.(?:[a-z]+\.)?[a-z]{2}\d\.twilio\.com$/, '$1.twilio.com');
}

export function isTwilioHost(host: string): boolean {
  const h = host.toLowerCase().replace(/:\d+$/, '');
  return h === 'twilio.com' || h.endsWith('.twilio.com');
}

export interface Match {
  /** The path with every identifier replaced: the spec's template, or {id} per unknown segment. */
  readonly template: string;
  /** undefined: a known endpoint with no catalogue permission, or an unknown endpoint (known = false). */
  readonly permission: string | undefined;
  readonly known: boolean;
}

export function matchRequest(method: string, host: string, rawPath: string): Match {
  const path = rawPath.split(/[?#]/)[0] ?? '';
  const entries = load().get(canonicalHost(host)) ?? [];
  const m = method.toUpperCase();
  const hit = entries.find((e) => e.method === m && e.pattern.test(path));
  if (hit) return { template: hit.template, permission: hit.permission, known: true };
  // Unknown endpoint: keep only words that occur literally in some Twilio path; the rest may be personal.
  const template = path
    .split('/')
    .map((seg) => (seg === '' || literals!.has(seg) ? seg : '{id}'))
    .join('/');
  return { template, permission: undefined, known: false };
}
