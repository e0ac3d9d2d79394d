// rotate-auth-token: secondary token -> mask -> <prefix>AUTH_TOKEN on every target -> check it
// authenticates -> promote. Any failure before promotion puts the primary back into the secrets that got
// the secondary and deletes the secondary.
import type { PreparedTarget, SecretRef } from '../../github/secrets.js';
import { sleep } from '../../http/retry.js';
import { message, warnLanded, type Run } from './run.js';

/** Checks of a new Auth Token before it is promoted, and the waits between them. */
const TOKEN_CHECK_WAITS_MS = [1_000, 3_000];

export type AuthTokenResult =
  /** `where`: the target/secret labels that hold the promoted token. */
  { readonly ok: true; readonly where: string[] } | { readonly ok: false; readonly error: unknown };

export async function rotateAuthToken(
  run: Run,
  prepared: readonly PreparedTarget[],
): Promise<AuthTokenResult> {
  try {
    return { ok: true, where: await rotate(run, prepared) };
  } catch (error) {
    return { ok: false, error };
  }
}

async function rotate(run: Run, prepared: readonly PreparedTarget[]): Promise<string[]> {
  const { cfg, runner, api, describe } = run;
  const { createAuthTokenApi } = await import('../../twilio/auth-tokens.js');
  const tokens = createAuthTokenApi(cfg.twilio, { log: runner });
  const oldToken = cfg.twilio.credential.password;
  const tokenName = run.names.token;

  const secondary = await tokens.createSecondary();
  runner.mask(secondary);
  runner.info(`Created a secondary Auth Token; writing it to ${tokenName}.`);

  /** Undo before promotion: the primary back into the secrets that got the secondary, then delete the secondary. */
  const rollback = async (why: string, written: readonly SecretRef[]): Promise<never> => {
    const targets = prepared.filter((p) => written.some((w) => describe(w.target) === describe(p.target)));
    if (targets.length) {
      const restored = await api.write(targets, [{ name: tokenName, value: oldToken }]);
      if (restored.failed.length) {
        // Deleting the secondary now would leave those secrets with a dead token: keep it, both work.
        throw new Error(
          `${why} ${tokenName} could not be set back to the current token on ${restored.failed.map((f) => describe(f.target)).join(', ')}, so the secondary Auth Token was kept (it and the current token both work until one is promoted or the secondary is deleted). Re-run the rotation.`,
        );
      }
    }
    let secondaryFate: string;
    try {
      await tokens.deleteSecondary();
      secondaryFate = 'the secondary token was deleted';
    } catch (e) {
      secondaryFate = `the secondary token could not be deleted (${message(e)}); it is harmless while no secret holds it, and the next rotation replaces it`;
    }
    throw new Error(
      `${why} The current Auth Token still works${targets.length ? `, ${tokenName} on ${targets.map((p) => describe(p.target)).join(', ')} holds it again` : ''}, and ${secondaryFate}.`,
    );
  };

  const report = await api.write(prepared, [{ name: tokenName, value: secondary }], {
    verifyLanded: { before: run.before, reference: run.names.secret },
  });
  warnLanded(run, report);
  if (report.failed.length)
    return rollback(report.failed.map((f) => f.error.explain()).join(' '), [
      ...report.written,
      ...report.unsure,
    ]);

  // Check that the new token authenticates before the old one is invalidated.
  // A refusal right after creation is asked again a little later; no answer at all (already retried by
  // the transport) is not.
  let accepted = false;
  let lastProblem = 'Twilio refused it (401)';
  for (let attempt = 0; ; attempt++) {
    try {
      accepted = await tokens.authenticates(secondary);
    } catch (e) {
      lastProblem = message(e);
      break;
    }
    const wait = TOKEN_CHECK_WAITS_MS[attempt];
    if (accepted || wait === undefined) break;
    await sleep(wait);
  }
  if (!accepted) return rollback(`The new Auth Token did not authenticate: ${lastProblem}.`, report.written);

  try {
    await tokens.promote(oldToken);
  } catch (e) {
    // Was it promoted after all? The old token being refused says so.
    let oldWorks: boolean | undefined;
    try {
      oldWorks = await tokens.authenticates(oldToken);
    } catch {
      oldWorks = undefined;
    }
    if (oldWorks === true) return rollback(`Promotion failed: ${message(e)}`, report.written);
    if (oldWorks === undefined)
      throw new Error(
        `Promotion's outcome is unknown: ${message(e)} ${tokenName} holds the new token, which works either way (as primary, or as the secondary still waiting for promotion). Promote it in the Twilio Console or re-run the rotation.`,
        { cause: e },
      );
    runner.info('The old Auth Token is refused: the promotion took effect.');
  }
  const where = report.written.map((w) => `${describe(w.target)}/${w.name}`);
  runner.info(`Promoted the new Auth Token; the old one stopped working. It is in ${where.join(', ')}.`);
  return where;
}
