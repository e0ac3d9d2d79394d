/**
 * Fault injection, shared by the Twilio and GitHub emulators. A rule matches on method + path; every
 * matching call counts, and the rule fires on call `nth` (default 1) and then `times` times in all
 * (default: once when nth is set, else every call). Rules are tried in the order added; the first that
 * fires decides. Kinds (each emulator's server acts on them):
 *   status         answer with the emulator's error body, change nothing
 *   reset          destroy the socket (TCP RST) without answering, change nothing
 *   hang           never answer (until the emulator closes), change nothing
 *   lost-response  apply the change, then destroy the socket
 *   delay          hold the request before it commits (delayMs, or until release(id)), then go on as
 *                  usual, whether or not the client is still there: a create that lands late. held(id)
 *                  resolves once requests are held, so a test acts while they are surely in flight
 *                  (cancel, overlap) instead of guessing a window from latency
 * Each emulator adds its own 'status' fields to the rule (Twilio's error code, GitHub's Retry-After).
 */

export type FaultKind = 'status' | 'reset' | 'hang' | 'lost-response' | 'delay';

/** What every emulator's rule has; an emulator narrows `kind` and adds its 'status' fields. */
export interface BaseFaultRule {
  method?: string;
  /** Exact request path as sent (no query string), or a RegExp tested against it. Omit: any path. */
  path?: string | RegExp;
  /** 1-based: fire on the nth matching call (and, with `times`, on the following ones). Omit: from the first. */
  nth?: number;
  /** How many times the rule fires. Default: once when `nth` is set, otherwise every matching call. */
  times?: number;
  kind: FaultKind;
  /** 'delay' only: ms to hold the request before it commits (or until release(id)); default: until released. */
  delayMs?: number;
}

/** What a test holds: `emulator.faults`. */
export interface FaultController<R extends BaseFaultRule> {
  /** Adds a rule; returns its id. Rules are tried in the order added; the first that fires wins. */
  add(rule: R): string;
  remove(id: string): void;
  clear(): void;
  /** How many times the rule fired. */
  hits(id: string): number;
  /** Ends the wait of every request a 'delay' rule holds, now and later: they commit and answer. */
  release(id: string): void;
  /**
   * Resolves once `count` requests have reached the 'delay' rule's hold (they are in flight and stay so
   * until release); rejects after `timeoutMs`, so an action that never sends them fails the test.
   */
  held(id: string, count?: number, timeoutMs?: number): Promise<void>;
}

export interface FiredFault<R extends BaseFaultRule = BaseFaultRule> {
  id: string;
  kind: R['kind'];
  rule: R;
}

interface ActiveRule<R> {
  id: string;
  rule: R;
  matched: number;
  fired: number;
}

interface Gate {
  done: boolean;
  waiters: (() => void)[];
  /** Requests that reached the hold, released or not. */
  arrived: number;
  /** held() calls still waiting: how many arrivals each wants. */
  watchers: { count: number; wake: () => void }[];
}

export class Faults<R extends BaseFaultRule> implements FaultController<R> {
  private rules: ActiveRule<R>[] = [];
  private readonly fired = new Map<string, number>();
  private readonly gates = new Map<string, Gate>();
  private nextId = 1;

  /** `statusOnly`: the rule's fields that only a 'status' fault may set. */
  constructor(private readonly statusOnly: readonly (keyof R & string)[]) {}

  /** Adds a rule; returns its id. */
  add(rule: R): string {
    if (rule.nth !== undefined && (!Number.isInteger(rule.nth) || rule.nth < 1)) {
      throw new Error(`fault nth must be a positive integer, got ${rule.nth}`);
    }
    if (rule.times !== undefined && (!Number.isInteger(rule.times) || rule.times < 0)) {
      throw new Error(`fault times must be a non-negative integer, got ${rule.times}`);
    }
    if (rule.kind !== 'status' && this.statusOnly.some((field) => rule[field] !== undefined)) {
      throw new Error(`${this.statusOnly.join('/')} only apply to 'status' faults, not '${rule.kind}'`);
    }
    const id = `fault-${this.nextId++}`;
    this.rules.push({ id, rule: { ...rule }, matched: 0, fired: 0 });
    this.fired.set(id, 0);
    return id;
  }

  remove(id: string): void {
    this.rules = this.rules.filter((r) => r.id !== id);
  }

  /** Removes every rule; hits() still answers for them. */
  clear(): void {
    this.rules = [];
  }

  /** How many times the rule fired. */
  hits(id: string): number {
    const n = this.fired.get(id);
    if (n === undefined) throw new Error(`unknown fault rule ${id}`);
    return n;
  }

  /** Ends the wait of every request a 'delay' rule holds, now and later: they commit and answer. */
  release(id: string): void {
    const gate = this.gate(id);
    gate.done = true;
    for (const wake of gate.waiters.splice(0)) wake();
  }

  held(id: string, count = 1, timeoutMs = 10_000): Promise<void> {
    this.hits(id); // throws for an unknown rule
    const gate = this.gate(id);
    if (gate.arrived >= count) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        gate.watchers = gate.watchers.filter((w) => w !== watcher);
        reject(
          new Error(`${count} request(s) held by ${id} expected, ${gate.arrived} arrived in ${timeoutMs} ms`),
        );
      }, timeoutMs);
      const watcher = {
        count,
        wake: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      gate.watchers.push(watcher);
    });
  }

  /** Resolves after the rule's delayMs, on release(id), or when `signal` aborts (emulator closing). */
  async hold(fault: FiredFault<R>, signal: AbortSignal): Promise<void> {
    const gate = this.gate(fault.id);
    gate.arrived += 1;
    const ready = gate.watchers.filter((w) => w.count <= gate.arrived);
    gate.watchers = gate.watchers.filter((w) => w.count > gate.arrived);
    for (const w of ready) w.wake();
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

  /** Called once per request: counts matches and returns the fault to inject, if any. */
  match(method: string, path: string): FiredFault<R> | undefined {
    let chosen: FiredFault<R> | undefined;
    for (const active of this.rules) {
      const { rule } = active;
      if (rule.method !== undefined && rule.method.toUpperCase() !== method.toUpperCase()) continue;
      if (rule.path !== undefined && !pathMatches(rule.path, path)) continue;
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

  private gate(id: string): Gate {
    let gate = this.gates.get(id);
    if (!gate) this.gates.set(id, (gate = { done: false, waiters: [], arrived: 0, watchers: [] }));
    return gate;
  }
}

/** A 'delay' rule of an emulator's fault controller, for releaseWhenAllHeld(). */
export interface Hold {
  readonly faults: Pick<FaultController<BaseFaultRule>, 'held' | 'release'>;
  readonly id: string;
}

/**
 * Waits until every hold has a request held, so all of them are in flight at once, then releases them
 * all; released too when one never arrives (the rejection then fails the test, nothing stays held).
 */
export async function releaseWhenAllHeld(holds: readonly Hold[]): Promise<void> {
  try {
    await Promise.all(holds.map((h) => h.faults.held(h.id)));
  } finally {
    for (const h of holds) h.faults.release(h.id);
  }
}

function pathMatches(want: string | RegExp, path: string): boolean {
  if (typeof want === 'string') return want === path;
  want.lastIndex = 0; // global/sticky RegExps keep state between test() calls
  return want.test(path);
}
