// The runner's secret masker, one per job: every value registered with ::add-mask:: (and the secrets the
// workflow references, registered before the job starts) is replaced by *** in every later line, in its
// base64 and JSON-escaped forms too, each line of a multi-line value on its own. Used by
// scripts/sandbox.ts and scripts/local.ts to show a step's log as a runner would.
export class Masker {
  private readonly values = new Set<string>();

  add(value: string): void {
    for (const v of [value, ...value.split(/\r?\n/)]) {
      if (!v.trim()) continue;
      this.values.add(v);
      this.values.add(Buffer.from(v).toString('base64'));
      this.values.add(JSON.stringify(v).slice(1, -1));
    }
  }

  mask(text: string): string {
    // Longest first, so a value that contains another is masked whole.
    const sorted = [...this.values].sort((a, b) => b.length - a.length);
    return sorted.reduce((t, v) => t.split(v).join('***'), text);
  }

  /** One stdout line as the runner shows it: an ::add-mask:: line registers its value and shows nothing. */
  line(line: string): string | undefined {
    if (!line.startsWith('::add-mask::')) return this.mask(line);
    this.add(line.slice('::add-mask::'.length));
    return undefined;
  }
}
