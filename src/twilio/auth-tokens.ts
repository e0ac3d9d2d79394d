// The Auth Token dance through Accounts v1: create a secondary token, check it, promote it.
// These endpoints act on the credential's own account. Promotion makes the secondary the primary and
// the old primary stops working at once.
import AccountsBase from 'twilio/lib/rest/AccountsBase.js';
import IamBase from 'twilio/lib/rest/IamBase.js';
import type { TwilioTarget } from '../config.js';
import { twilioClient, type ClientDeps } from './client.js';
import { failureOf, outcomeUnknown, TwilioError, twilioError } from './errors.js';

const wrap = twilioError;

export type AuthTokenApi = ReturnType<typeof createAuthTokenApi>;

export function createAuthTokenApi(target: TwilioTarget, deps: ClientDeps) {
  const v1 = new AccountsBase(twilioClient(target, deps)).v1;
  const accountSid = target.accountSid;

  /**
   * Whether `token` authenticates as the account: one cheap authenticated read (the first key of a
   * one-item page), sent with Account SID + token instead of the admin credential.
   * @returns false on 401 (refused); throws when Twilio gives no usable answer.
   */
  async function authenticates(token: string): Promise<boolean> {
    const iam = new IamBase(
      twilioClient(
        { ...target, credential: { kind: 'auth-token', username: accountSid, password: token } },
        deps,
      ),
    ).v1;
    try {
      await iam.getApiKeys.page({ accountSid, pageSize: 1 });
      return true;
    } catch (e) {
      if (failureOf(e).status === 401) return false;
      throw wrap('check auth token', e);
    }
  }

  async function deleteSecondary(): Promise<'deleted' | 'gone'> {
    try {
      await v1.secondaryAuthToken().remove();
      return 'deleted';
    } catch (e) {
      if (failureOf(e).status === 404) return 'gone';
      throw wrap('delete secondary auth token', e);
    }
  }

  /**
   * Creates the secondary token (replacing any existing secondary). The POST is not repeated: when its
   * answer is lost a secondary may exist whose value we never saw, so it is deleted before throwing.
   */
  async function createSecondary(): Promise<string> {
    try {
      const created = await v1.secondaryAuthToken().create();
      const token = created.secondaryAuthToken;
      if (!token)
        throw new TwilioError(
          'Twilio create secondary auth token failed: the answer holds no token.',
          undefined,
          undefined,
        );
      return token;
    } catch (e) {
      if (e instanceof TwilioError) throw e;
      const error = wrap('create secondary auth token', e);
      if (outcomeUnknown(e)) {
        try {
          await deleteSecondary();
        } catch (cleanup) {
          throw new TwilioError(
            `${error.message} A secondary Auth Token may exist and could not be deleted (${failureOf(cleanup).message}); the primary still works. Delete the secondary in the Twilio Console (Account > API keys & tokens).`,
            error.code,
            error.status,
          );
        }
      }
      throw error;
    }
  }

  /**
   * Promotes the secondary. When the answer is lost, asks Twilio which token is primary now: the old
   * primary (`oldToken`) being refused means the promotion happened; still accepted means it did not,
   * and promoting once more is safe (the secondary is still there).
   */
  async function promote(oldToken: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await v1.authTokenPromotion().update();
        return;
      } catch (e) {
        if (!outcomeUnknown(e) || attempt >= 2) throw wrap('promote secondary auth token', e);
        deps.log.info(
          `Promotion's outcome is unknown (${failureOf(e).message}); checking which token Twilio accepts.`,
        );
        let oldWorks: boolean;
        try {
          oldWorks = await authenticates(oldToken);
        } catch {
          throw wrap('promote secondary auth token', e);
        }
        if (!oldWorks) {
          deps.log.info('The old Auth Token is refused: the promotion took effect.');
          return;
        }
      }
    }
  }

  return { createSecondary, deleteSecondary, promote, authenticates };
}
