/**
 * One scope's secrets: the public key, GET / DELETE of a secret, and PUT, which opens what it receives
 * with the scope's private key (422 when it cannot) and checks names, base64 and visibility as GitHub does.
 */
import sodium from 'libsodium-wrappers';
import { HttpError, notFound, SECRETS_DOCS, type Reply } from './errors.js';
import type { RouteContext } from './routes.js';
import { isoSeconds, type Org, type Scope, type StoredSecret } from './store.js';
import type { Grants } from './types.js';

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
    const body: Record<string, unknown> = {
      name: existing.name,
      created_at: existing.createdAt,
      updated_at: existing.updatedAt,
    };
    if (org) {
      body.visibility = existing.visibility;
      if (existing.visibility === 'selected')
        body.selected_repositories_url = `${ctx.url}/orgs/${org.login}/actions/secrets/${existing.name}/repositories`;
    }
    return { status: 200, body };
  }
  if (method === 'DELETE') {
    if (!existing) throw notFound(SECRETS_DOCS);
    scope.secrets.delete(key);
    return { status: 204 };
  }
  if (method !== 'PUT') throw notFound();

  const nameError = secretNameError(name);
  if (nameError) throw new HttpError(422, nameError, SECRETS_DOCS);
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
    throw new HttpError(
      422,
      'Invalid request.\n\n"encrypted_value" and "key_id" are required and must be strings.',
      SECRETS_DOCS,
    );
  if (!BASE64.test(encrypted))
    throw new HttpError(
      422,
      'Invalid request.\n\nInvalid property /encrypted_value: does not match the base64 pattern.',
      SECRETS_DOCS,
    );
  if (keyId !== scope.keyPair.keyId)
    throw new HttpError(422, 'Bad request - key_id does not match the current public key', SECRETS_DOCS);
  try {
    sodium.crypto_box_seal_open(
      sodium.from_base64(encrypted, sodium.base64_variants.ORIGINAL),
      scope.keyPair.publicKey,
      scope.keyPair.privateKey,
    );
  } catch {
    throw new HttpError(
      422,
      'Bad request - could not decrypt encrypted_value with the key of key_id',
      SECRETS_DOCS,
    );
  }
  let visibility: string | undefined;
  let selected: number[] | undefined;
  if (org) {
    visibility = body.visibility as string | undefined;
    if (visibility !== 'all' && visibility !== 'private' && visibility !== 'selected')
      throw new HttpError(
        422,
        'Invalid request.\n\n"visibility" must be one of all, private, selected.',
        SECRETS_DOCS,
      );
    const ids = body.selected_repository_ids;
    if (ids !== undefined) {
      if (visibility !== 'selected')
        throw new HttpError(
          422,
          'Invalid request.\n\n"selected_repository_ids" may only be given with visibility "selected".',
          SECRETS_DOCS,
        );
      if (!Array.isArray(ids))
        throw new HttpError(
          422,
          'Invalid request.\n\n"selected_repository_ids" must be an array.',
          SECRETS_DOCS,
        );
      const orgRepoIds = ctx.store.orgRepoIds(org.login);
      selected = ids.map((x) => Number(x));
      if (selected.some((id) => !orgRepoIds.has(id)))
        throw new HttpError(
          422,
          `Invalid request.\n\nselected_repository_ids must be repositories of ${org.login}.`,
          SECRETS_DOCS,
        );
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
