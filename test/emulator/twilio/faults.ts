/**
 * Fault injection. A rule matches on method + path; every matching call counts, and the rule fires on
 * call `nth` (default 1) and then `times` times in all (default: once when nth is set, else every call).
 * Rules are tried in the order added; the first that fires decides.
 *   status         answer with Twilio's error body, change nothing
 *   reset          destroy the socket (TCP RST) without answering, change nothing
 *   hang           never answer (until the emulator closes), change nothing
 *   lost-response  apply the change, then destroy the socket
 *   delay          hold the request before it commits (delayMs, or until release(id)), then go on as
 *                  usual, whether or not the client is still there: a create that lands late
 */
import type { FaultController, FaultKind, FaultRule } from './types.js';

interface ActiveRule {
  id: string;
  rule: FaultRule;
  matched: number;
  fired: number;
}

export interface FiredFault {
  id: string;
  kind: FaultKind;
  rule: FaultRule;
}

export class Faults implements FaultController {
  private rules: ActiveRule[] = [];
  private readonly fired = new Map<string, number>();
  private nextId = 1;
  private readonly released = new Map<string, { done: boolean; waiters: (() => void)[] }>();

  add(rule: FaultRule): string {
    if (rule.nth !== undefined && (!Number.isInteger(rule.nth) || rule.nth < 1)) {
      throw new Error(`fault nth must be a positive integer, got ${rule.nth}`);
    }
    if (rule.times !== undefined && (!Number.isInteger(rule.times) || rule.times < 0)) {
      throw new Error(`fault times must be a non-negative integer, got ${rule.times}`);
    }
    if (rule.kind !== 'status' && (rule.status !== undefined || rule.code !== undefined)) {
      throw new Error(`status/code only apply to 'status' faults, not '${rule.kind}'`);
    }
    const id = `fault-${this.nextId++}`;
    this.rules.push({ id, rule: { ...rule }, matched: 0, fired: 0 });
    this.fired.set(id, 0);
    return id;
  }

  release(id: string): void {
    const gate = this.gate(id);
    gate.done = true;
    for (const wake of gate.waiters.splice(0)) wake();
  }

  /** Resolves after the rule's delayMs, on release(id), or when `signal` aborts (emulator closing). */
  async hold(fault: FiredFault, signal: AbortSignal): Promise<void> {
    const gate = this.gate(fault.id);
    if (gate.done) return;
    await new Promise<void>((resolve) => {
      const timer = fault.rule.delayMs !== undefined ? setTimeout(resolve, fault.rule.delayMs) : undefined;
      gate.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
      signal.addEventListener('abort', () => resolve(), { once: true });
    });
  }

  private gate(id: string): { done: boolean; waiters: (() => void)[] } {
    let gate = this.released.get(id);
    if (!gate) this.released.set(id, (gate = { done: false, waiters: [] }));
    return gate;
  }

  remove(id: string): void {
    this.rules = this.rules.filter((r) => r.id !== id);
  }

  clear(): void {
    this.rules = [];
  }

  hits(id: string): number {
    const n = this.fired.get(id);
    if (n === undefined) throw new Error(`unknown fault rule ${id}`);
    return n;
  }

  /** Called once per request: counts matches and returns the fault to inject, if any. */
  match(method: string, path: string): FiredFault | undefined {
    let chosen: FiredFault | undefined;
    for (const active of this.rules) {
      const { rule } = active;
      if (rule.method !== undefined && rule.method.toUpperCase() !== method.toUpperCase()) continue;
      if (typeof rule.path === 'string' ? rule.path !== path : !testRegExp(rule.path, path)) continue;
      active.matched += 1;
      if (chosen) continue;
      const from = rule.nth ?? 1;
      const times = rule.times ?? (rule.nth !== undefined ? 1 : Infinity);
      if (active.matched >= from && active.fired < times) {
        active.fired += 1;
        this.fired.set(active.id, active.fired);
        chosen = { id: active.id, kind: rule.kind, rule };
      }
    }
    return chosen;
  }
}

function testRegExp(re: RegExp, s: string): boolean {
  re.lastIndex = 0; // global/sticky RegExps keep state between test() calls
  return re.test(s);
}
