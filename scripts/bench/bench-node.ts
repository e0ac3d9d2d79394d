// Everything measured with one Node binary: cold start, then critical path, and with --baseline the comparison.
import { measureColdStart, type ColdRow, type EmptyStats } from './cold-start.js';
import { compare, type Comparison } from './compare.js';
import { log, type Ctx } from './context.js';
import { measureCriticalPath, type PathRow } from './critical-path.js';

export interface NodeResult {
  readonly node: string;
  readonly version: string;
  /** `node -e 0` (not --baseline: that is baselineBundle). */
  readonly baseline: EmptyStats;
  readonly cold: ColdRow[];
  readonly paths: PathRow[];
  /** --baseline's bundle, measured in the same loops. */
  readonly baselineBundle?: { label: string; dir: string; cold: ColdRow[]; paths: PathRow[] };
  readonly comparison?: Comparison;
}

export async function benchNode(ctx: Ctx, node: string): Promise<NodeResult> {
  const version = ctx.children.version(node);
  log(`\n== ${version} (${node})`);
  const cold = await measureColdStart(ctx, node);
  const paths = await measureCriticalPath(ctx, node);
  const result = { node, version, baseline: cold.empty, cold: cold.rows[0] ?? [], paths: paths[0] ?? [] };
  const bundle = ctx.children.baseline;
  if (!bundle) return result;
  const before = { label: bundle.label, dir: bundle.source, cold: cold.rows[1] ?? [], paths: paths[1] ?? [] };
  return { ...result, baselineBundle: before, comparison: compare(cold.empty, result, before) };
}
