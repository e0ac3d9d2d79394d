// Turns the proxy's recording into the table and the smallest `permissions:` value. Pure.
import { PRESETS } from '../data/presets.js';
import { code, list } from '../summary.js';
import { matchRequest } from './map.js';
import type { Recorded } from './proxy.js';

export interface LearnRow {
  readonly request: string;
  readonly permission: string | undefined;
  readonly known: boolean;
  readonly count: number;
  readonly statuses: readonly number[];
}

export interface LearnResult {
  readonly rows: readonly LearnRow[];
  readonly permissions: readonly string[];
  /** Presets and strings, in the order to paste. */
  readonly value: readonly string[];
}

export function analyse(records: readonly Recorded[]): LearnResult {
  const groups = new Map<
    string,
    { row: Omit<LearnRow, 'count' | 'statuses'>; count: number; statuses: Set<number> }
  >();
  for (const r of records) {
    const m = matchRequest(r.method, r.host, r.path);
    const request = `${r.method} ${r.host}${m.template}`;
    const g = groups.get(request) ?? {
      row: { request, permission: m.permission, known: m.known },
      count: 0,
      statuses: new Set<number>(),
    };
    g.count++;
    g.statuses.add(r.status);
    groups.set(request, g);
  }
  const rows = [...groups.values()]
    .map((g) => ({ ...g.row, count: g.count, statuses: [...g.statuses].sort() }))
    .sort((a, b) => (a.request < b.request ? -1 : 1));
  const permissions = [...new Set(rows.flatMap((r) => (r.permission ? [r.permission] : [])))].sort();
  return { rows, permissions, value: smallestValue(permissions) };
}

/** Presets that grant nothing beyond what was used (largest first), then the remaining strings. */
export function smallestValue(permissions: readonly string[]): string[] {
  const needed = new Set(permissions);
  const covered = new Set<string>();
  const chosen: string[] = [];
  for (const preset of [...PRESETS].sort((a, b) => b.permissions.length - a.permissions.length)) {
    const fits = preset.permissions.every((p) => needed.has(p));
    const adds = preset.permissions.some((p) => !covered.has(p));
    if (!fits || !adds) continue;
    chosen.push(preset.name);
    preset.permissions.forEach((p) => covered.add(p));
  }
  return [...chosen.sort(), ...permissions.filter((p) => !covered.has(p))];
}

export function yamlSnippet(value: readonly string[]): string {
  return ['key-type: restricted', 'permissions: |', ...value.map((v) => `  ${v}`)].join('\n');
}

export function markdown(result: LearnResult): string {
  const lines = ['### Twilio permissions this job used', ''];
  if (result.rows.length === 0) {
    lines.push('No Twilio request went through the learn proxy, so no permission can be suggested.');
    return lines.join('\n') + '\n';
  }
  lines.push('| Request | Permission | Count | Status |', '|---|---|---|---|');
  for (const r of result.rows) {
    const permission = r.permission
      ? code(r.permission)
      : r.known
        ? 'no known permission string'
        : 'unknown endpoint';
    lines.push(`| ${code(r.request)} | ${permission} | ${r.count} | ${r.statuses.join(', ')} |`);
  }
  lines.push('');
  if (result.value.length > 0) {
    lines.push(
      'Smallest inputs that would have served these requests (paste into the step, remove `learn-permissions`):',
      '',
    );
    lines.push('```yaml', yamlSnippet(result.value), '```');
  }
  const unmapped = result.rows.filter((r) => !r.permission).map((r) => r.request);
  if (unmapped.length > 0)
    lines.push(
      '',
      `Not mapped to a permission (check Twilio's permission list for these, or keep a standard key): ${list(unmapped)}.`,
    );
  return lines.join('\n') + '\n';
}
