// What several mode tables share: the calls they fault alike, and the key they seed the way the action
// mints it.
import type { Cell } from '../support.js';
import type { Call } from './framework.js';

export const KEYS = '/v1/Keys';
export const KEY = /^\/v1\/Keys\/SK[0-9a-f]{32}$/;

/** The create's answer is lost (the key is made): the action searches for the twin it may have made. */
export const lostCreate = (c: Cell): void => {
  c.twilio.faults.add({ method: 'POST', path: KEYS, nth: 1, kind: 'lost-response' });
};

/** Creating the key (ephemeral, rotate). */
export const createKey: Call = {
  side: 'twilio',
  label: 'create key',
  method: 'POST',
  path: KEYS,
  names: /create key/,
  clean: 1,
  bound: 8,
};

/** The twin search a lost create leads to; `where` places it among the mode's other key lists. */
export const twinSearch = (where: Pick<Call, 'clean' | 'bound' | 'nth'>): Call => ({
  side: 'twilio',
  label: 'list keys (twin search after a lost create)',
  method: 'GET',
  path: KEYS,
  names: /create key|list keys/,
  reach: lostCreate,
  ...where,
});

/** Deleting one key; `label` and `names` say which (the run's own, the superseded one, ...). */
export const deleteKey = (label: string, names: RegExp): Call => ({
  side: 'twilio',
  label,
  method: 'DELETE',
  path: KEY,
  names,
  clean: 1,
  bound: 4,
});

/** Deleting the three repository secrets, 4 attempts each (ephemeral's post, revoke). */
export const deleteSecrets = (label: string): Call => ({
  side: 'github',
  label,
  method: 'DELETE',
  path: /\/actions\/secrets\/TWILIO_/,
  names: /delete secret/,
  clean: 3,
  bound: 3 * 4,
});

/** A key as the action mints it: restricted to sending messages. */
export const addMessagingKey = (
  c: Cell,
  friendlyName: string,
  createdAt?: Date,
): { sid: string; secret: string } =>
  c.twilio.addKey({
    accountSid: c.account.sid,
    type: 'restricted',
    policy: ['/twilio/messaging/messages/create'],
    friendlyName,
    ...(createdAt && { createdAt }),
  });
