/**
 * Every Twilio host collapses onto one origin, so routes are told apart by path:
 *   /v1/Keys...          IAM (iam.twilio.com)
 *   /v1/AuthTokens/...   Accounts (accounts.twilio.com)
 *   /2010-04-01/...      API (api.twilio.com)
 *   /v2/PhoneNumbers/... Lookups (lookups.twilio.com)
 */
import { createCall, createIncomingPhoneNumber, createMessage } from './api2010.js';
import { createKey2010, deleteKey2010, fetchKey2010, listKeys2010, updateKey2010 } from './api2010Keys.js';
import { createSecondary, deleteSecondary, promote } from './authTokens.js';
import type { Handler } from './context.js';
import { methodNotAllowed, notFound } from './errors.js';
import { createKey, deleteKey, fetchKey, listKeys, updateKey } from './keys.js';
import { lookupPhoneNumber } from './lookups.js';

export interface Route {
  method: string;
  template: string;
  /** Twilio's operationId in the official OpenAPI description. */
  operationId: string;
  /** Reachable with test credentials (everything else answers 403 / 20008 to them). */
  testCredentials: boolean;
  handler: Handler;
  pattern: RegExp;
  paramNames: string[];
}

function route(method: string, template: string, operationId: string, handler: Handler): Route {
  const paramNames: string[] = [];
  const source = template
    .split(/(\{[A-Za-z]+\})/)
    .map((part) => {
      const param = /^\{([A-Za-z]+)\}$/.exec(part);
      if (param?.[1]) {
        paramNames.push(param[1]);
        return '([^/]+)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return {
    method,
    template,
    operationId,
    testCredentials: false,
    handler,
    pattern: new RegExp(`^${source}/?$`),
    paramNames,
  };
}

/** A route that answers test credentials too (Twilio's magic numbers). */
const openToTest = (...args: Parameters<typeof route>): Route => ({
  ...route(...args),
  testCredentials: true,
});

const ACCOUNT = '/2010-04-01/Accounts/{AccountSid}';

export const ROUTES: readonly Route[] = [
  route('POST', '/v1/Keys', 'CreateNewKey', createKey),
  route('GET', '/v1/Keys', 'ListGetKeys', listKeys),
  route('GET', '/v1/Keys/{Sid}', 'FetchKey', fetchKey),
  route('POST', '/v1/Keys/{Sid}', 'UpdateKey', updateKey),
  route('DELETE', '/v1/Keys/{Sid}', 'DeleteKey', deleteKey),
  route('POST', '/v1/AuthTokens/Secondary', 'CreateSecondaryAuthToken', createSecondary),
  route('DELETE', '/v1/AuthTokens/Secondary', 'DeleteSecondaryAuthToken', deleteSecondary),
  route('POST', '/v1/AuthTokens/Promote', 'UpdateAuthTokenPromotion', promote),
  openToTest('POST', `${ACCOUNT}/Messages.json`, 'CreateMessage', createMessage),
  openToTest('POST', `${ACCOUNT}/Calls.json`, 'CreateCall', createCall),
  openToTest(
    'POST',
    `${ACCOUNT}/IncomingPhoneNumbers.json`,
    'CreateIncomingPhoneNumber',
    createIncomingPhoneNumber,
  ),
  openToTest('GET', '/v2/PhoneNumbers/{PhoneNumber}', 'FetchPhoneNumber', lookupPhoneNumber),
  // API 2010 Keys: the key resource of every Region (IAM v1 is US1 only).
  route('POST', `${ACCOUNT}/Keys.json`, 'CreateNewKey', createKey2010),
  route('GET', `${ACCOUNT}/Keys.json`, 'ListKey', listKeys2010),
  route('GET', `${ACCOUNT}/Keys/{Sid}.json`, 'FetchKey', fetchKey2010),
  route('POST', `${ACCOUNT}/Keys/{Sid}.json`, 'UpdateKey', updateKey2010),
  route('DELETE', `${ACCOUNT}/Keys/{Sid}.json`, 'DeleteKey', deleteKey2010),
];

export interface Match {
  route: Route;
  params: Record<string, string>;
}

/** The route for method + path, or a 404 / 405 Twilio error. */
export function matchRoute(method: string, path: string): Match {
  let pathKnown = false;
  for (const r of ROUTES) {
    const m = r.pattern.exec(path);
    if (!m) continue;
    pathKnown = true;
    if (r.method !== method) continue;
    const params: Record<string, string> = {};
    for (const [i, name] of r.paramNames.entries()) {
      try {
        params[name] = decodeURIComponent(m[i + 1] ?? '');
      } catch {
        throw notFound(path); // malformed percent-encoding
      }
    }
    return { route: r, params };
  }
  throw pathKnown ? methodNotAllowed(method) : notFound(path);
}

/** True when test credentials may call method + path (decides 403 / 20008 before routing). */
export function testCredentialsAllowed(method: string, path: string): boolean {
  return ROUTES.some((r) => r.testCredentials && r.method === method && r.pattern.test(path));
}
