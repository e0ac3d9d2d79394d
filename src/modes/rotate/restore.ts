// After a failed write round: the key SID each target held goes back where the new one landed (or may have),
// so every target again holds a matching pair.
import type { SecretTarget } from '../../config.js';
import type { PreparedTarget, SecretRef } from '../../github/secrets.js';
import type { Restored } from './outcome.js';
import { planRestore } from './plan.js';
import type { Run } from './run.js';

/** Puts back the SID each target in `written` held; says what it did, and whether every pair works. */
export async function restoreKeySid(
  run: Run,
  prepared: readonly PreparedTarget[],
  written: readonly SecretRef[],
  heldSid: (t: SecretTarget) => string | undefined,
): Promise<Restored> {
  const { api, describe } = run;
  const keyName = run.names.key;
  const got = new Set(written.filter((w) => w.name === keyName).map((w) => describe(w.target)));
  const targets = prepared.filter((p) => got.has(describe(p.target)));
  if (targets.length === 0) return { text: '', ok: true };
  const plan = planRestore(targets, heldSid);
  const where = (group: readonly { target: SecretTarget }[]) =>
    group.map((p) => describe(p.target)).join(', ');
  const texts: string[] = [];
  let ok = plan.unknown.length === 0;
  if (plan.unknown.length > 0)
    texts.push(
      `${where(plan.unknown)} got the new key SID in ${keyName} and the key it held before is not known: those targets may hold an unusable pair until a rotation succeeds.`,
    );
  for (const [sid, group] of plan.bySid) {
    const report = await api.write(group, [{ name: keyName, value: sid }]);
    if (report.failed.length === 0)
      texts.push(`${keyName} on ${where(group)} was set back to the key it held, ${sid}.`);
    else {
      ok = false;
      texts.push(
        `${keyName} could not be set back to ${sid} on ${where(report.failed)} (${report.failed.map((f) => f.error.explain()).join(' ')}); those targets may hold an unusable pair until a rotation succeeds.`,
      );
    }
  }
  return { text: texts.join(' '), ok };
}
