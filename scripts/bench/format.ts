// Number formats and tables, for the terminal and for BENCHMARKS.md.

export const pf = (b: boolean | undefined): string => (b === undefined ? '' : b ? 'PASS' : 'FAIL');
export const f0 = (x: number | undefined): string =>
  x === undefined || Number.isNaN(x) ? '-' : x.toFixed(0);
export const f1 = (x: number | undefined): string =>
  x === undefined || Number.isNaN(x) ? '-' : x.toFixed(1);
export const f2 = (x: number): string => x.toFixed(2);

export function mdTable(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Aligned columns: the first left-aligned, the others right-aligned (numbers). */
export function textTable(head: string[], rows: string[][]): string {
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    widths
      .map((w, i) => (i === 0 ? (cells[i] ?? '').padEnd(w) : (cells[i] ?? '').padStart(w)))
      .join('  ')
      .trimEnd();
  return all.map(line).join('\n');
}
