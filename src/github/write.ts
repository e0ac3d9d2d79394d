// write(): seals and PUTs values, ordered per target (stopping at a target's first failure) or all at once.
import { GitHubError } from './errors.js';
import { pool, secretRoute, type Call } from './routes.js';
import { sealSecret } from './seal.js';
import type { PreparedTarget, SecretValue, WriteReport } from './secrets.js';

export function createWrite(call: Call, concurrency: number) {
  /** Seals and PUTs one value; reports success or failure, never throws. */
  async function writeOne(
    p: PreparedTarget,
    { name, value }: SecretValue,
    report: WriteReport,
  ): Promise<boolean> {
    const t = p.target;
    const ctx = { target: t, operation: 'write-secret' as const, secretName: name };
    try {
      const body: Record<string, unknown> = {
        encrypted_value: await sealSecret(p.key, value),
        key_id: p.keyId,
      };
      if (t.scope === 'organization') {
        body.visibility = t.visibility;
        if (t.visibility === 'selected') body.selected_repository_ids = [...(p.repositoryIds ?? [])];
      }
      await call('PUT', secretRoute(t, name), ctx, body);
      report.written.push({ target: t, name });
      return true;
    } catch (error) {
      const e =
        error instanceof GitHubError
          ? error
          : new GitHubError({
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

  async function writeTargetInOrder(
    p: PreparedTarget,
    values: readonly SecretValue[],
    report: WriteReport,
  ): Promise<void> {
    for (const [i, value] of values.entries()) {
      if (await writeOne(p, value, report)) continue;
      for (const rest of values.slice(i + 1)) report.skipped.push({ target: p.target, name: rest.name });
      return;
    }
  }

  return async (
    prepared: readonly PreparedTarget[],
    values: readonly SecretValue[],
    ordered = true,
  ): Promise<WriteReport> => {
    const report: WriteReport = { written: [], failed: [], skipped: [] };
    if (!ordered) {
      const pairs = prepared.flatMap((p) => values.map((v) => [p, v] as const));
      await pool(pairs, concurrency, ([p, v]) => writeOne(p, v, report));
    } else await pool(prepared, concurrency, (p) => writeTargetInOrder(p, values, report));
    return report;
  };
}
