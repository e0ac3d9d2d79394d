// The `secrets` input: where the key goes (pure). Target labels are on the GitHub side (src/github/targets.ts).
//
// One target per line:
//   repository                         the current repository (GITHUB_REPOSITORY)
//   repository:OWNER/REPO
//   environment:NAME                   an environment of the current repository
//   environment:OWNER/REPO:NAME
//   organization:ORG [visibility=all|private|selected] [repositories=NAME,NAME]
// Blank lines and lines starting with `#` are ignored. Environment names may contain spaces, `/`
// and `:`; for a name that itself looks like `OWNER/REPO:NAME`, write the explicit form.
import type { OrgVisibility, SecretTarget } from '../config.js';
import { describeTarget } from '../github/targets.js';
import { error, parsed, type Parsed, type Problem } from './problems.js';

/** GitHub account and organization logins: letters, digits, `-` (and `_` for enterprise managed users), at most 39. */
const LOGIN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,38}$/;
/** Repository names: letters, digits, `.`, `-`, `_`, at most 100. */
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
const ENV_MAX = 255;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const VISIBILITIES: readonly OrgVisibility[] = ['all', 'private', 'selected'];
const FORMS =
  'repository, repository:OWNER/REPO, environment:NAME, environment:OWNER/REPO:NAME or organization:ORG [visibility=all|private|selected] [repositories=NAME,NAME]';

/** Same target regardless of letter case (GitHub compares all these names case-insensitively). */
function targetKey(t: SecretTarget): string {
  return describeTarget(t).toLowerCase();
}

type LineResult = { target: SecretTarget } | { problem: string };

/** Every good line's target; each bad line is one problem that quotes it. */
export function parseTargets(raw: string, currentRepository: string): Parsed<SecretTarget[]> {
  const targets: SecretTarget[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, { line: number; text: string }>();
  const lines = raw.split(/\r?\n/);
  lines.forEach((rawLine, index) => {
    const text = rawLine.trim();
    if (text === '' || text.startsWith('#')) return;
    const lineNo = index + 1;
    const where = `line ${lineNo} ${JSON.stringify(text)}`;
    const result = parseLine(text, currentRepository);
    if ('problem' in result) {
      problems.push(error('secrets', `${where} ${result.problem}`));
      return;
    }
    const key = targetKey(result.target);
    const first = seen.get(key);
    if (first) {
      problems.push(
        error(
          'secrets',
          `${where} names the same target as line ${first.line} ${JSON.stringify(first.text)} (${describeTarget(result.target)}). Remove one of the two lines.`,
        ),
      );
      return;
    }
    seen.set(key, { line: lineNo, text });
    targets.push(result.target);
  });
  return parsed(targets, problems);
}

function parseLine(text: string, currentRepository: string): LineResult {
  const colon = text.indexOf(':');
  const firstWord = (colon === -1 ? text : text.slice(0, colon)).split(/\s/)[0] ?? '';
  const kind = firstWord.toLowerCase();
  const rest = colon === -1 ? text.slice(firstWord.length).trim() : text.slice(colon + 1).trim();
  const hasColon = colon !== -1 && !/\s/.test(text.slice(0, colon));
  switch (kind) {
    case 'repository':
      return parseRepository(hasColon ? rest : undefined, hasColon ? '' : rest, currentRepository);
    case 'environment':
      if (!hasColon)
        return { problem: `has no environment name. Write environment:NAME or environment:OWNER/REPO:NAME.` };
      return parseEnvironment(rest, currentRepository);
    case 'organization':
      if (!hasColon) return { problem: `has no organization name. Write organization:ORG.` };
      return parseOrganization(rest);
  }
  const alias: Record<string, string> = {
    repo: 'repository',
    env: 'environment',
    org: 'organization',
    organisation: 'organization',
  };
  const suggestion = alias[kind];
  return {
    problem: suggestion
      ? `starts with ${JSON.stringify(firstWord)}; write ${suggestion} in full, e.g. ${suggestion}${hasColon ? ':' + rest : ''}.`
      : `is not a target. Write one target per line: ${FORMS}.`,
  };
}

function currentRepo(currentRepository: string): { owner: string; repo: string } | undefined {
  const [owner, repo, ...extra] = currentRepository.split('/');
  if (
    owner === undefined ||
    repo === undefined ||
    extra.length > 0 ||
    !LOGIN.test(owner) ||
    !validRepoName(repo)
  )
    return undefined;
  return { owner, repo };
}

function validRepoName(name: string): boolean {
  return REPO.test(name) && name !== '.' && name !== '..';
}

function ownerRepoProblem(owner: string, repo: string): string | undefined {
  if (!LOGIN.test(owner))
    return `has an invalid owner ${JSON.stringify(owner)}: a GitHub user or organization name has only letters, digits and -, at most 39 characters.`;
  if (!validRepoName(repo))
    return `has an invalid repository name ${JSON.stringify(repo)}: use only letters, digits, '.', '-' and '_', at most 100 characters.`;
  return undefined;
}

const noOptions = (rest: string): string | undefined =>
  /(^|\s)(visibility|repositories)=/i.test(rest)
    ? `has visibility=/repositories= options, which only organization targets take. Remove them, or write organization:ORG visibility=selected repositories=NAME.`
    : undefined;

function parseRepository(
  rawSpec: string | undefined,
  trailing: string,
  currentRepository: string,
): LineResult {
  let spec = rawSpec;
  let extra = trailing;
  if (rawSpec !== undefined) {
    const m = /^(\S*)\s*(.*)$/.exec(rawSpec);
    spec = m?.[1] ?? '';
    extra = m?.[2] ?? '';
  }
  if (extra) {
    return {
      problem:
        noOptions(extra) ??
        `has extra text ${JSON.stringify(extra)}. Write repository or repository:OWNER/REPO, one per line.`,
    };
  }
  if (spec === undefined || spec === '') {
    if (spec === '')
      return {
        problem: `has nothing after "repository:". Write repository (this repository) or repository:OWNER/REPO.`,
      };
    const current = currentRepo(currentRepository);
    if (!current)
      return {
        problem: `means the current repository, but GITHUB_REPOSITORY is not set (or not OWNER/REPO). Write repository:OWNER/REPO.`,
      };
    return { target: { scope: 'repository', ...current } };
  }
  const parts = spec.split('/');
  if (parts.length !== 2)
    return { problem: `must name a repository as OWNER/REPO, e.g. repository:octo-org/app.` };
  const [owner = '', repo = ''] = parts;
  const problem = ownerRepoProblem(owner, repo);
  return problem ? { problem } : { target: { scope: 'repository', owner, repo } };
}

function parseEnvironment(rest: string, currentRepository: string): LineResult {
  const options = noOptions(rest);
  if (options) return { problem: options };
  // OWNER/REPO:NAME when the part before the first ':' is an OWNER/REPO; otherwise all of it is the name.
  const explicit = /^([^/:\s]+)\/([^/:\s]+):(.*)$/.exec(rest);
  let owner: string;
  let repo: string;
  let name: string;
  if (explicit) {
    [, owner = '', repo = '', name = ''] = explicit;
    const problem = ownerRepoProblem(owner, repo);
    if (problem) return { problem };
    name = name.trim();
  } else {
    const current = currentRepo(currentRepository);
    if (!current)
      return {
        problem: `means an environment of the current repository, but GITHUB_REPOSITORY is not set (or not OWNER/REPO). Write environment:OWNER/REPO:NAME.`,
      };
    ({ owner, repo } = current);
    name = rest;
  }
  if (name === '')
    return { problem: `has no environment name. Write environment:NAME or environment:OWNER/REPO:NAME.` };
  if (name.length > ENV_MAX)
    return {
      problem: `has an environment name of ${name.length} characters; GitHub allows at most ${ENV_MAX}. Use the environment's exact name.`,
    };
  if (CONTROL.test(name))
    return { problem: `has a control character in the environment name. Use the environment's exact name.` };
  // In a URL path '.' and '..' are not names: they would address the environments list or the repository.
  if (name === '.' || name === '..')
    return {
      problem: `has the environment name '${name}', which is not a name. Use the environment's exact name.`,
    };
  return { target: { scope: 'environment', owner, repo, environment: name } };
}

function parseOrganization(rest: string): LineResult {
  const [org = '', ...words] = rest.split(/\s+/);
  if (org === '') return { problem: `has no organization name. Write organization:ORG.` };
  if (!LOGIN.test(org))
    return {
      problem: `has an invalid organization name ${JSON.stringify(org)}: only letters, digits and -, at most 39 characters (write organization:ORG; options follow after a space).`,
    };
  // Options are `key=value` words; a word without `=` continues a repositories list ("repositories=a, b").
  const options = new Map<string, string>();
  let current: string | undefined;
  for (const word of words) {
    const eq = word.indexOf('=');
    if (eq === -1) {
      if (current === 'repositories') {
        options.set(current, (options.get(current) ?? '') + word);
        continue;
      }
      return {
        problem: `has an unexpected word ${JSON.stringify(word)}. Options are visibility=all|private|selected and repositories=NAME,NAME.`,
      };
    }
    const key = word.slice(0, eq).toLowerCase();
    if (key !== 'visibility' && key !== 'repositories')
      return {
        problem: `has an unknown option ${JSON.stringify(word.slice(0, eq))}. Options are visibility=all|private|selected and repositories=NAME,NAME.`,
      };
    if (options.has(key)) return { problem: `gives ${key}= twice. Give it once.` };
    options.set(key, word.slice(eq + 1));
    current = key;
  }
  const rawVisibility = options.get('visibility');
  const visibility = rawVisibility === undefined ? 'private' : rawVisibility.toLowerCase();
  if (!(VISIBILITIES as readonly string[]).includes(visibility))
    return {
      problem: `has visibility=${rawVisibility}. Use visibility=all, visibility=private (the default) or visibility=selected.`,
    };
  const rawRepos = options.get('repositories');
  if (visibility !== 'selected') {
    if (rawRepos !== undefined)
      return {
        problem: `lists repositories= without visibility=selected. Add visibility=selected, or remove repositories= to share the secret with ${visibility === 'all' ? 'all' : 'all private'} repositories.`,
      };
    return {
      target: { scope: 'organization', org, visibility: visibility as OrgVisibility, repositories: [] },
    };
  }
  const names = (rawRepos ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (names.length === 0)
    return {
      problem: `has visibility=selected but no repositories. Add repositories=NAME,NAME (repositories of ${org}).`,
    };
  const repositories: string[] = [];
  for (const entry of names) {
    const slash = entry.indexOf('/');
    const owner = slash === -1 ? org : entry.slice(0, slash);
    const name = slash === -1 ? entry : entry.slice(slash + 1);
    if (owner.toLowerCase() !== org.toLowerCase())
      return {
        problem: `lists ${JSON.stringify(entry)}, which is not a repository of ${org}. An organization secret can only be shared with that organization's repositories.`,
      };
    if (!validRepoName(name))
      return {
        problem: `lists an invalid repository name ${JSON.stringify(entry)}. Use NAME or ${org}/NAME, separated by commas.`,
      };
    if (!repositories.some((r) => r.toLowerCase() === name.toLowerCase())) repositories.push(name);
  }
  return { target: { scope: 'organization', org, visibility: 'selected', repositories } };
}
