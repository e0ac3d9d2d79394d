/**
 * One scope's secrets: the public key, GET / DELETE of a secret, and PUT, which opens what it receives
 * with the scope's private key (422 when it cannot) and checks names, base64 and visibility as GitHub does.
 */
import sodium from 'libsodium-wrappers';
import { HttpError, notFound, SECRETS_DOCS, type Reply } from './errors.js';
import type { RouteContext } from './routes.js';
import { isoSeconds, type Org, type Scope, type StoredSecret } from './store.js';
import type { Grants } from './types.js';

/** GitHub's 422 for a body or name it will not take. */
const invalid = (message: string): HttpError => new HttpError(422, message, SECRETS_DOCS);

/** A secret as GET and the list show it: name and dates, never the value; visibility for organizations. */
export function secretJson(
  ctx: RouteContext,
  s: StoredSecret,
  org: Org | undefined,
): Record<string, unknown> {
  const item: Record<string, unknown> = { name: s.name, created_at: s.createdAt, updated_at: s.updatedAt };
  if (org) {
    item.visibility = s.visibility;
    if (s.visibility === 'selected')
      item.selected_repositories_url = `${ctx.url}/orgs/${org.login}/actions/secrets/${s.name}/repositories`;
  }
  return item;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{4})$/;

/** GitHub's secret-name rules, with the messages it answers (422). */
function secretNameError(name: string): string | undefined {
  if (!/^[A-Za-z0-9_]+$/.test(name) || /^[0-9]/.test(name))
    return 'Secret names can only contain alphanumeric characters ([a-z], [A-Z], [0-9]) or underscores (_). Spaces are not allowed. Must start with a letter ([a-z], [A-Z]) or underscores (_).';
  if (/^GITHUB_/i.test(name)) return 'Secret names must not start with GITHUB_.';
  return undefined;
}

export function secretsEndpoint(
  ctx: RouteContext,
  method: string,
  scope: Scope,
  name: string,
  grants: Grants,
  rawBody: string,
  org: Org | undefined,
): Reply {
  if (grants !== 'write') throw new HttpError(403, 'Resource not accessible by integration', SECRETS_DOCS);
  if (name === 'public-key') {
    if (method !== 'GET') throw notFound();
    return {
      status: 200,
      body: {
        key_id: scope.keyPair.keyId,
        key: sodium.to_base64(scope.keyPair.publicKey, sodium.base64_variants.ORIGINAL),
      },
    };
  }
  const key = name.toUpperCase();
  const existing = scope.secrets.get(key);
  if (method === 'GET') {
    if (!existing) throw notFound(SECRETS_DOCS);
    return { status: 200, body: secretJson(ctx, existing, org) };
  }
  if (method === 'DELETE') {
    if (!existing) throw notFound(SECRETS_DOCS);
    scope.secrets.delete(key);
    return { status: 204 };
  }
  if (method !== 'PUT') throw notFound();

  const nameError = secretNameError(name);
  if (nameError) throw invalid(nameError);
  let body: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(rawBody);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new Error('not an object');
    body = parsed as Record<string, unknown>;
  } catch {
    throw new HttpError(400, 'Problems parsing JSON', SECRETS_DOCS);
  }
  const { encrypted_value: encrypted, key_id: keyId } = body;
  if (typeof encrypted !== 'string' || typeof keyId !== 'string')
    throw invalid('Invalid request.\n\n"encrypted_value" and "key_id" are required and must be strings.');
  if (!BASE64.test(encrypted))
    throw invalid(
      'Invalid request.\n\nInvalid property /encrypted_value: does not match the base64 pattern.',
    );
  if (keyId !== scope.keyPair.keyId)
    throw invalid('Bad request - key_id does not match the current public key');
  try {
    sodium.crypto_box_seal_open(
      sodium.from_base64(encrypted, sodium.base64_variants.ORIGINAL),
      scope.keyPair.publicKey,
      scope.keyPair.privateKey,
    );
  } catch {
    throw invalid('Bad request - could not decrypt encrypted_value with the key of key_id');
  }
  let visibility: string | undefined;
  let selected: number[] | undefined;
  if (org) {
    visibility = body.visibility as string | undefined;
    if (visibility !== 'all' && visibility !== 'private' && visibility !== 'selected')
      throw invalid('Invalid request.\n\n"visibility" must be one of all, private, selected.');
    const ids = body.selected_repository_ids;
    if (ids !== undefined) {
      if (visibility !== 'selected')
        throw invalid(
          'Invalid request.\n\n"selected_repository_ids" may only be given with visibility "selected".',
        );
      if (!Array.isArray(ids))
        throw invalid('Invalid request.\n\n"selected_repository_ids" must be an array.');
      const orgRepoIds = ctx.store.orgRepoIds(org.login);
      selected = ids.map((x) => Number(x));
      if (selected.some((id) => !orgRepoIds.has(id)))
        throw invalid(`Invalid request.\n\nselected_repository_ids must be repositories of ${org.login}.`);
    } else if (visibility === 'selected') selected = [];
  } // (repository and environment secrets: GitHub ignores visibility / selected_repository_ids)
  const now = isoSeconds();
  const stored: StoredSecret = {
    name: key,
    encryptedValue: encrypted,
    keyPair: scope.keyPair,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  if (visibility !== undefined) stored.visibility = visibility;
  if (selected !== undefined) stored.selectedRepositoryIds = selected;
  scope.secrets.set(key, stored);
  return existing ? { status: 204 } : { status: 201, body: {} };
}
