// The five key requests, per Region: IAM v1 in US1 (the only API that makes restricted keys), the
// API 2010 Keys resource elsewhere (Twilio manages regional keys through it; it makes standard keys).
// src/twilio/keys.ts builds retries, lost-answer recovery and bulk deletes on top, the same in every Region.
import DomainModule from 'twilio/lib/base/Domain.js';
import VersionModule from 'twilio/lib/base/Version.js';
import IamBase from 'twilio/lib/rest/IamBase.js';
import { KeyListInstance } from 'twilio/lib/rest/api/v2010/account/key.js';
import { NewKeyListInstance } from 'twilio/lib/rest/api/v2010/account/newKey.js';
import type Twilio from 'twilio/lib/rest/Twilio.js';
import type { KeyType } from '../config.js';
import { DEFAULT_LOCATION, REGIONS, type TwilioLocation } from './regions.js';

/** `export default` classes of a CommonJS module: Node's ESM import gives the module, bundlers the class. */
function interop<T>(m: { default: T }): T {
  return (m as { default?: T }).default ?? (m as unknown as T);
}
const Domain = interop(DomainModule);
const Version = interop(VersionModule);

export interface KeyRecord {
  readonly sid: string;
  readonly friendlyName: string;
  readonly dateCreated: Date;
}

export interface KeyOps {
  create(spec: {
    friendlyName: string;
    keyType: KeyType;
    permissions: readonly string[];
  }): Promise<KeyRecord & { secret: string }>;
  list(pageSize: number): Promise<KeyRecord[]>;
  remove(sid: string): Promise<void>;
  update(sid: string, friendlyName: string): Promise<void>;
  fetchName(sid: string): Promise<string>;
}

function iamV1(client: Twilio, accountSid: string): KeyOps {
  const v1 = new IamBase(client).v1;
  return {
    async create(spec) {
      const k = await v1.newApiKey.create({
        accountSid,
        friendlyName: spec.friendlyName,
        // IAM's KeyType enum has only `restricted`; a standard key is made by leaving it out.
        ...(spec.keyType === 'restricted' && {
          keyType: 'restricted',
          policy: { allow: [...spec.permissions] },
        }),
      });
      return { sid: k.sid, secret: k.secret, friendlyName: k.friendlyName, dateCreated: k.dateCreated };
    },
    async list(pageSize) {
      const items = await v1.getApiKeys.list({ accountSid, pageSize });
      return items.map((k) => ({ sid: k.sid, friendlyName: k.friendlyName, dateCreated: k.dateCreated }));
    },
    async remove(sid) {
      await v1.apiKey(sid).remove();
    },
    async update(sid, friendlyName) {
      await v1.apiKey(sid).update({ friendlyName });
    },
    async fetchName(sid) {
      return (await v1.apiKey(sid).fetch()).friendlyName;
    },
  };
}

function api2010(client: Twilio, accountSid: string): KeyOps {
  // Only the two Key resources are loaded, not all of API 2010 (its Version class pulls in every resource).
  const version = new Version(new Domain(client, 'https://api.twilio.com'), '2010-04-01');
  const keys = KeyListInstance(version as never, accountSid);
  const newKeys = NewKeyListInstance(version as never, accountSid);
  return {
    async create(spec) {
      // The 2010 resource has no KeyType: it always makes a standard key (inputs refuse restricted here).
      if (spec.keyType !== 'standard') throw new Error('API 2010 makes standard keys only');
      const k = await newKeys.create({ friendlyName: spec.friendlyName });
      return { sid: k.sid, secret: k.secret, friendlyName: k.friendlyName, dateCreated: k.dateCreated };
    },
    async list(pageSize) {
      const items = await keys.list({ pageSize });
      return items.map((k) => ({ sid: k.sid, friendlyName: k.friendlyName, dateCreated: k.dateCreated }));
    },
    async remove(sid) {
      await keys(sid).remove();
    },
    async update(sid, friendlyName) {
      await keys(sid).update({ friendlyName });
    },
    async fetchName(sid) {
      return (await keys(sid).fetch()).friendlyName;
    },
  };
}

export function keyOpsFor(
  client: Twilio,
  accountSid: string,
  location: TwilioLocation = DEFAULT_LOCATION,
): KeyOps {
  return REGIONS[location.region].keyApi === 'iam-v1'
    ? iamV1(client, accountSid)
    : api2010(client, accountSid);
}
