// The "Results" sections: printed to stdout, and copied into BENCHMARKS.md by --md.
import type { Options } from './args.js';
import type { NodeResult } from './bench-node.js';
import { comparisonTables } from './compare.js';
import { f0, f1, f2, mdTable, pf, textTable } from './format.js';
import type { Run } from './results.js';
import type { Sizes } from './sizes.js';
import { TARGET } from './targets.js';

function coldTable(r: NodeResult): string {
  return mdTable(
    ['step', 'median ms', 'p10-p90 ms', 'x `node -e 0`', 'target', '', 'min ms', 'min / min', 'peak RSS MB'],
    [
      [
        '`node -e 0`',
        f0(r.baseline.medianMs),
        `${f0(r.baseline.p10Ms)}-${f0(r.baseline.p90Ms)}`,
        '1.00',
        '',
        '',
        f0(r.baseline.minMs),
        '1.00',
        f1(r.baseline.rssMb),
      ],
      ...r.cold.map((c) => [
        c.label,
        f0(c.medianMs),
        `${f0(c.p10Ms)}-${f0(c.p90Ms)}`,
        f2(c.ratio),
        c.target === undefined ? '' : `<= ${c.target.toFixed(1)}`,
        pf(c.pass),
        f0(c.minMs),
        f2(c.minRatio),
        f1(c.rssMb),
      ]),
    ],
  );
}

function pathTable(r: NodeResult): string {
  return mdTable(
    [
      'step',
      'wall ms',
      'cold start ms (L=0)',
      '(wall - cold) / L',
      'requests span / L',
      'connections',
      'round trips',
      'target',
      '',
      'budget ms',
      '',
      'first request at ms',
      'exit after last answer ms',
    ],
    r.paths.map((p) => [
      p.label,
      f0(p.wallMs),
      f0(p.coldMs),
      f2(p.units),
      f2(p.spanUnits),
      String(p.connections),
      String(p.trips),
      `${p.targetTrips}`,
      pf(p.tripsPass),
      `<= ${f0(p.budgetMs)}`,
      pf(p.wallPass),
      f0(p.firstRequestMs),
      f0(p.exitAfterLastMs),
    ]),
  );
}

function sizeTable({ files, total }: Sizes): string {
  return mdTable(
    ['file', 'bytes'],
    [
      ...files.map((f) => [f.file, f.bytes.toLocaleString('en-US')]),
      [
        `**total** (target < ${(TARGET.distBytes / 1e6).toFixed(2)} MB)`,
        `**${total.toLocaleString('en-US')}** ${pf(total < TARGET.distBytes)}`,
      ],
    ],
  );
}

/** Load, and --rt. */
export function conditions(run: Run): string {
  const { before, after } = run.loadAverage;
  return (
    `load average ${before.toFixed(1)} before, ${after.toFixed(1)} after` +
    (run.realtime ? '; children under `chrt -f 1`' : '')
  );
}

export function resultSections(run: Run, opts: Options): string[] {
  const L = opts.latencyMs;
  const report: string[] = [];
  for (const r of run.results) {
    if (opts.sections.has('cold'))
      report.push(
        `### Cold start, Node ${r.version}\n\nMedian of ${opts.runs} runs per step, interleaved with ${r.baseline.runs} ` +
          `\`node -e 0\` runs (${conditions(run)}).\n\n${coldTable(r)}`,
      );
    if (opts.sections.has('paths'))
      report.push(
        `### Critical path, Node ${r.version}, L = ${L} ms${opts.handshake ? `, new connection = ${opts.handshake} x L` : ''}\n\n` +
          `Median of ${opts.pathRuns} runs per step, each paired with a run at L = 0 ("cold start"); round trips and ` +
          `connections: the most seen in any run.\n\n${pathTable(r)}`,
      );
  }
  report.push(`### dist/\n\n${sizeTable(run.dist)}`);
  return report;
}

/** --baseline on stdout: one compact before/after block per Node binary. */
export function comparisonText(run: Run): string {
  return run.results
    .flatMap((r) =>
      r.comparison && r.baselineBundle
        ? [
            `Before and after, Node ${r.version}: ${r.comparison.label} (${r.baselineBundle.dir}) vs current, ` +
              `same loops (${conditions(run)})\n\n${comparisonTables(r.comparison, textTable)}`,
          ]
        : [],
    )
    .join('\n\n');
}
