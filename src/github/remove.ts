// remove(): DELETEs the named secrets from every target; a 404 counts as removed (already gone).
import type { SecretTarget } from '../config.js';
import type { GitHubError } from './errors.js';
import { pool, secretRoute, type Call } from './routes.js';
import type { RemoveReport } from './secrets.js';

export function createRemove(call: Call, concurrency: number) {
  return async (targets: readonly SecretTarget[], names: readonly string[]): Promise<RemoveReport> => {
    const report: RemoveReport = { removed: [], failed: [] };
    // Every DELETE at once (bounded): they are independent.
    const pairs = targets.flatMap((target) => names.map((name) => [target, name] as const));
    await pool(pairs, concurrency, async ([target, name]) => {
      try {
        await call('DELETE', secretRoute(target, name), {
          target,
          operation: 'delete-secret',
          secretName: name,
        });
        report.removed.push({ target, name, alreadyGone: false });
      } catch (error) {
        const e = error as GitHubError;
        if (e.status === 404) report.removed.push({ target, name, alreadyGone: true });
        else report.failed.push({ target, name, error: e });
      }
    });
    return report;
  };
}
