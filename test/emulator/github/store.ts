/**
 * What the GitHub emulator holds: repositories with their environments, organizations, tokens, and per
 * scope a real libsodium key pair with the sealed secrets stored under it.
 */
import { randomBytes } from 'node:crypto';
import sodium from 'libsodium-wrappers';
import type { Grants, ScopeRef, SecretView } from './types.js';

export interface KeyPair {
  keyId: string;
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

export interface StoredSecret {
  name: string;
  encryptedValue: string;
  keyPair: KeyPair;
  createdAt: string;
  updatedAt: string;
  visibility?: string;
  selectedRepositoryIds?: number[];
}

export interface Scope {
  label: string;
  keyPair: KeyPair;
  secrets: Map<string, StoredSecret>;
}

export interface Repo {
  id: number;
  owner: string;
  name: string;
  createdAt: string;
  scope: Scope;
  environments: Map<string, { name: string; scope: Scope }>;
}

export interface Org {
  id: number;
  login: string;
  scope: Scope;
}

export const isoSeconds = (d = new Date()): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

function newKeyPair(): KeyPair {
  const kp = sodium.crypto_box_keypair();
  // GitHub's key ids are long decimal strings.
  const keyId = BigInt('0x' + randomBytes(8).toString('hex'))
    .toString()
    .slice(0, 18)
    .padStart(18, '1');
  return { keyId, publicKey: kp.publicKey, privateKey: kp.privateKey };
}

export class Store {
  readonly repos = new Map<string, Repo>();
  readonly orgs = new Map<string, Org>();
  readonly tokens = new Map<string, { grants: Grants; used: number }>();
  private nextId = 100_000;

  newId(): number {
    return this.nextId++;
  }

  private newScope(label: string): Scope {
    return { label, keyPair: newKeyPair(), secrets: new Map() };
  }

  addRepository(fullName: string, opts: { environments?: string[] } = {}): { id: number } {
    const [owner, name, ...extra] = fullName.split('/');
    if (!owner || !name || extra.length) throw new Error(`addRepository wants OWNER/REPO, got ${fullName}`);
    if (this.repos.has(fullName.toLowerCase())) throw new Error(`repository ${fullName} exists already`);
    const repo: Repo = {
      id: this.nextId++,
      owner,
      name,
      createdAt: isoSeconds(),
      scope: this.newScope(`repository:${owner}/${name}`),
      environments: new Map(),
    };
    this.repos.set(fullName.toLowerCase(), repo);
    for (const env of opts.environments ?? []) this.addEnvironment(fullName, env);
    return { id: repo.id };
  }

  addEnvironment(fullName: string, env: string): void {
    const repo = this.repos.get(fullName.toLowerCase());
    if (!repo) throw new Error(`unknown repository ${fullName}`);
    if (env === '' || env.length > 255) throw new Error(`bad environment name ${JSON.stringify(env)}`);
    if (repo.environments.has(env.toLowerCase())) return;
    repo.environments.set(env.toLowerCase(), {
      name: env,
      scope: this.newScope(`environment:${repo.owner}/${repo.name}:${env}`),
    });
  }

  addOrganization(org: string): void {
    if (this.orgs.has(org.toLowerCase())) throw new Error(`organization ${org} exists already`);
    this.orgs.set(org.toLowerCase(), {
      id: this.nextId++,
      login: org,
      scope: this.newScope(`organization:${org}`),
    });
  }

  addToken(token: string, grants: Grants): void {
    this.tokens.set(token, { grants, used: 0 });
  }

  /** Ids of the repositories under an organization's name. */
  orgRepoIds(login: string): Set<number> {
    return new Set(
      [...this.repos.values()].filter((r) => r.owner.toLowerCase() === login.toLowerCase()).map((r) => r.id),
    );
  }

  scopeOf(ref: ScopeRef): Scope | undefined {
    if ('organization' in ref) return this.orgs.get(ref.organization.toLowerCase())?.scope;
    const repo = this.repos.get(ref.repository.toLowerCase());
    if (!repo) return undefined;
    if ('environment' in ref) return repo.environments.get(ref.environment.toLowerCase())?.scope;
    return repo.scope;
  }

  mustScope(ref: ScopeRef): Scope {
    const scope = this.scopeOf(ref);
    if (!scope) throw new Error(`unknown scope ${JSON.stringify(ref)}`);
    return scope;
  }

  secret(ref: ScopeRef, name: string): SecretView | undefined {
    const s = this.scopeOf(ref)?.secrets.get(name.toUpperCase());
    if (!s) return undefined;
    const plaintext = sodium.to_string(
      sodium.crypto_box_seal_open(
        sodium.from_base64(s.encryptedValue, sodium.base64_variants.ORIGINAL),
        s.keyPair.publicKey,
        s.keyPair.privateKey,
      ),
    );
    const view: SecretView = { name: s.name, plaintext, createdAt: s.createdAt, updatedAt: s.updatedAt };
    if (s.visibility !== undefined) view.visibility = s.visibility;
    if (s.selectedRepositoryIds !== undefined) view.selectedRepositoryIds = [...s.selectedRepositoryIds];
    return view;
  }

  backdateSecret(ref: ScopeRef, name: string, ms: number): void {
    const s = this.mustScope(ref).secrets.get(name.toUpperCase());
    if (!s) throw new Error(`no secret ${name} in ${JSON.stringify(ref)}`);
    const back = (iso: string) => isoSeconds(new Date(Date.parse(iso) - ms));
    s.createdAt = back(s.createdAt);
    s.updatedAt = back(s.updatedAt);
  }

  secrets(): Array<{ scopeLabel: string; name: string }> {
    const scopes: Scope[] = [];
    for (const repo of this.repos.values())
      scopes.push(repo.scope, ...[...repo.environments.values()].map((e) => e.scope));
    for (const org of this.orgs.values()) scopes.push(org.scope);
    return scopes.flatMap((s) => [...s.secrets.values()].map((x) => ({ scopeLabel: s.label, name: x.name })));
  }

  publicKey(ref: ScopeRef): { keyId: string; key: string } {
    const { keyPair } = this.mustScope(ref);
    return {
      keyId: keyPair.keyId,
      key: sodium.to_base64(keyPair.publicKey, sodium.base64_variants.ORIGINAL),
    };
  }

  rotateKey(ref: ScopeRef): void {
    this.mustScope(ref).keyPair = newKeyPair();
  }
}
