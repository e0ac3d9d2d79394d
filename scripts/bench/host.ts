// Where and what was measured: the machine, and the revision of the working tree.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { ROOT } from './args.js';

export function machine(): { cpu: string; cores: number; os: string; memGb: number } {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    // not Linux
  }
  return {
    cpu,
    cores: os.cpus().length,
    os: `${os.type()} ${os.release()}`,
    memGb: Math.round(os.totalmem() / 2 ** 30),
  };
}

export function gitRevision(): string {
  const rev = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).stdout.trim();
  return rev ? `${rev}${dirty ? ' + uncommitted src changes' : ''}` : 'unknown';
}

/** The 1-minute load average. */
export const load = (): number => os.loadavg()[0] ?? NaN;
