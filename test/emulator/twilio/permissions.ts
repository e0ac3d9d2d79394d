/** Restricted-key policies: validation on create/update, permission checks, and the shape Twilio returns. */
import { badRequest } from './errors.js';

export const PERMISSION = /^\/twilio\/[a-z0-9-]+\/[a-z0-9.-]+\/(read|list|create|update|delete|\*)$/;
export const MAX_PERMISSIONS = 100;
const ALL_ACTIONS = ['read', 'list', 'create', 'update', 'delete'] as const;

/**
 * Parses the `Policy` form value (a JSON string `{"allow":[...]}`). Every problem with its content is
 * 400 / 70002; the message names the bad permission. Duplicates are dropped, order kept.
 */
export function parsePolicy(raw: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw badRequest('Invalid Policy: not a JSON object of the form {"allow":[...]}', 70002);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw badRequest('Invalid Policy: expected a JSON object of the form {"allow":[...]}', 70002);
  }
  const allow = (parsed as Record<string, unknown>)['allow'];
  const extra = Object.keys(parsed).filter((k) => k !== 'allow');
  if (extra.length > 0) throw badRequest(`Invalid Policy: unknown field "${extra[0]}"`, 70002);
  if (!Array.isArray(allow)) throw badRequest('Invalid Policy: "allow" must be a list of permissions', 70002);
  if (allow.length === 0)
    throw badRequest('Invalid Policy: "allow" must hold at least one permission', 70002);
  if (allow.length > MAX_PERMISSIONS) {
    throw badRequest(
      `Invalid Policy: ${allow.length} permissions; the limit is ${MAX_PERMISSIONS} per key`,
      70002,
    );
  }
  for (const p of allow) {
    if (typeof p !== 'string' || !PERMISSION.test(p)) {
      throw badRequest(`Invalid permission: ${JSON.stringify(p)}`, 70002);
    }
  }
  return [...new Set(allow as string[])];
}

/** True when the policy grants `permission` exactly or through `<product>/<resource>/*`. */
export function allows(policy: readonly string[] | undefined, permission: string): boolean {
  if (!policy) return false;
  const wildcard = permission.replace(/\/[^/]+$/, '/*');
  return policy.includes(permission) || policy.includes(wildcard);
}

/** As Twilio returns a policy: the five actions of one resource collapse into `<resource>/*`. */
export function presentPolicy(policy: readonly string[]): { allow: string[] } {
  const actionsByResource = new Map<string, Set<string>>();
  for (const p of policy) {
    const cut = p.lastIndexOf('/');
    const resource = p.slice(0, cut);
    const set = actionsByResource.get(resource) ?? new Set<string>();
    set.add(p.slice(cut + 1));
    actionsByResource.set(resource, set);
  }
  const full = (resource: string): boolean => {
    const set = actionsByResource.get(resource);
    return set !== undefined && ALL_ACTIONS.every((a) => set.has(a));
  };
  const out: string[] = [];
  for (const p of policy) {
    const resource = p.slice(0, p.lastIndexOf('/'));
    const item = full(resource) ? `${resource}/*` : p;
    if (!out.includes(item)) out.push(item);
  }
  return { allow: out };
}
