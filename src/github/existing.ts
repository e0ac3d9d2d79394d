// existing(): which of the named secrets a target already holds, from its secret list (names, never values).
import type { SecretTarget } from '../config.js';
import { listRoute, type Call } from './routes.js';
import type { SecretRef } from './secrets.js';

/** Secrets per page when listing names (GitHub's maximum). */
const LIST_PAGE = 100;

export function createExisting(call: Call) {
  const listNames = async (target: SecretTarget): Promise<Set<string>> => {
    const found = new Set<string>();
    for (let page = 1; ; page++) {
      const r = listRoute(target);
      const { data } = await call<{ total_count?: unknown; secrets?: { name?: unknown }[] }>(
        'GET',
        { route: r.route, params: { ...r.params, per_page: String(LIST_PAGE), page: String(page) } },
        { target, operation: 'list-secrets' },
      );
      const items = Array.isArray(data.secrets) ? data.secrets : [];
      // Secret names are case-insensitive on GitHub (stored upper case).
      for (const s of items) if (typeof s.name === 'string') found.add(s.name.toUpperCase());
      const total = typeof data.total_count === 'number' ? data.total_count : 0;
      if (items.length < LIST_PAGE || page * LIST_PAGE >= total) return found;
    }
  };
  return async (targets: readonly SecretTarget[], names: readonly string[]): Promise<SecretRef[]> => {
    const lists = await Promise.all(targets.map(listNames));
    return targets.flatMap((target, i) =>
      names.filter((name) => lists[i]?.has(name.toUpperCase())).map((name) => ({ target, name })),
    );
  };
}
