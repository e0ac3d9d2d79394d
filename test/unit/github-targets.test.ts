import { describe, expect, it } from 'vitest';
import type { SecretTarget } from '../../src/config.js';
import { describeTarget, secretNameProblem } from '../../src/github/targets.js';
import { errorsOf } from '../../src/inputs/problems.js';
import { parseSecretPrefix } from '../../src/inputs/secret-prefix.js';
import { parseTargets } from '../../src/inputs/secret-targets.js';

const CURRENT = 'octo-org/app';

function ok(raw: string, current = CURRENT): SecretTarget[] {
  const r = parseTargets(raw, current);
  expect(r.problems).toEqual([]);
  return r.value;
}

function fails(raw: string, current = CURRENT): string {
  const r = parseTargets(raw, current);
  expect(errorsOf(r)).toHaveLength(1);
  const [error = ''] = errorsOf(r);
  expect(error).toMatch(/^Input 'secrets': line \d+ "/);
  return error;
}

describe('parseTargets: forms', () => {
  it('repository means the current repository', () => {
    expect(ok('repository')).toEqual([{ scope: 'repository', owner: 'octo-org', repo: 'app' }]);
  });

  it('repository:OWNER/REPO', () => {
    expect(ok('repository:someone/other.repo_1-x')).toEqual([
      { scope: 'repository', owner: 'someone', repo: 'other.repo_1-x' },
    ]);
  });

  it('environment:NAME is an environment of the current repository; spaces, / and : stay in the name', () => {
    expect(ok('environment:production')).toEqual([
      { scope: 'environment', owner: 'octo-org', repo: 'app', environment: 'production' },
    ]);
    expect(ok('environment:prod / eu')).toEqual([
      { scope: 'environment', owner: 'octo-org', repo: 'app', environment: 'prod / eu' },
    ]);
    expect(ok('environment:stage: 2')[0]).toMatchObject({ environment: 'stage: 2', owner: 'octo-org' });
    expect(ok('environment:Ünïcode & 100%?#')[0]).toMatchObject({ environment: 'Ünïcode & 100%?#' });
  });

  it('environment:OWNER/REPO:NAME names another repository; the name may contain : and /', () => {
    expect(ok('environment:someone/other:prod / eu')).toEqual([
      { scope: 'environment', owner: 'someone', repo: 'other', environment: 'prod / eu' },
    ]);
    expect(ok('environment:someone/other:a/b:c')[0]).toMatchObject({
      owner: 'someone',
      repo: 'other',
      environment: 'a/b:c',
    });
  });

  it('organization:ORG defaults to visibility private', () => {
    expect(ok('organization:octo-org')).toEqual([
      { scope: 'organization', org: 'octo-org', visibility: 'private', repositories: [] },
    ]);
  });

  it('organization visibility=all|private', () => {
    expect(ok('organization:octo-org visibility=all')[0]).toMatchObject({
      visibility: 'all',
      repositories: [],
    });
    expect(ok('organization:octo-org visibility=PRIVATE')[0]).toMatchObject({ visibility: 'private' });
  });

  it('organization visibility=selected repositories=..., in any order, with spaces after commas, OWNER/ prefix, deduplicated', () => {
    expect(ok('organization:octo-org repositories=app, api ,octo-org/web,APP visibility=selected')).toEqual([
      { scope: 'organization', org: 'octo-org', visibility: 'selected', repositories: ['app', 'api', 'web'] },
    ]);
  });

  it('keywords are case-insensitive', () => {
    expect(ok('Repository\nENVIRONMENT:x\nOrganization:o')).toHaveLength(3);
  });

  it('one target per line; blank lines, surrounding spaces, CRLF and # comments are ignored', () => {
    const targets = ok(
      '\n  # deliver to:\n  repository  \r\n\n\tenvironment:production\t\n# organization:nope\norganization:octo-org\n',
    );
    expect(targets.map(describeTarget)).toEqual([
      'repository:octo-org/app',
      'environment:octo-org/app:production',
      'organization:octo-org',
    ]);
  });

  it('an empty input gives no targets and no errors', () => {
    expect(parseTargets('', CURRENT)).toEqual({ value: [], problems: [] });
    expect(parseTargets('  \n# only a comment\n', CURRENT)).toEqual({ value: [], problems: [] });
  });
});

describe('parseTargets: errors name the input, quote the line and say the fix', () => {
  it.each([
    ['repo:octo-org/app', /write repository in full, e\.g\. repository:octo-org\/app/],
    ['env:prod', /write environment in full/],
    ['org:octo-org', /write organization in full/],
    ['secret:foo', /is not a target\. Write one target per line: repository, repository:OWNER\/REPO/],
    ['octo-org/app', /is not a target/],
    ['repository:', /nothing after "repository:"/],
    ['repository:octo-org', /OWNER\/REPO/],
    ['repository:a/b/c', /OWNER\/REPO/],
    ['repository:-bad/app', /invalid owner "-bad"/],
    ['repository:octo org/app', /extra text|invalid owner/],
    ['repository:octo-org/app extra', /extra text "extra"/],
    ['repository:octo-org/a b', /extra text "b"/],
    ['repository:octo-org/..', /invalid repository name ".."/],
    [`repository:octo-org/${'r'.repeat(101)}`, /at most 100/],
    [`repository:${'o'.repeat(40)}/app`, /at most 39/],
    ['repository visibility=all', /only organization targets take/],
    ['environment:', /no environment name/],
    ['environment', /no environment name/],
    ['environment:octo-org/app:', /no environment name/],
    ['environment:octo-org/app:  ', /no environment name/],
    [`environment:${'e'.repeat(256)}`, /256 characters; GitHub allows at most 255/],
    ['environment:-bad/app:x', /invalid owner "-bad"/],
    ['environment:prod visibility=all', /only organization targets take/],
    ['organization:', /no organization name/],
    ['organization', /no organization name/],
    ['organization:octo_org!', /invalid organization name/],
    [
      'organization:octo-org visibility=public',
      /visibility=public\. Use visibility=all, visibility=private \(the default\) or visibility=selected/,
    ],
    [
      'organization:octo-org visibility=selected',
      /visibility=selected but no repositories\. Add repositories=NAME,NAME/,
    ],
    ['organization:octo-org visibility=selected repositories=', /no repositories/],
    ['organization:octo-org repositories=app', /without visibility=selected\. Add visibility=selected/],
    ['organization:octo-org visibility=all repositories=app', /without visibility=selected/],
    ['organization:octo-org visibility=selected repositories=other/app', /not a repository of octo-org/],
    [
      'organization:octo-org visibility=selected repositories=a/b/c',
      /not a repository of octo-org|invalid repository/,
    ],
    ['organization:octo-org visibility=selected repositories=bad!name', /invalid repository name "bad!name"/],
    ['organization:octo-org colour=blue', /unknown option "colour"/],
    ['organization:octo-org visibility=all visibility=private', /visibility= twice/],
    ['organization:octo-org stray', /unexpected word "stray"/],
  ])('%j', (line, message) => {
    const error = fails(line);
    expect(error).toContain(`Input 'secrets': line 1 ${JSON.stringify(line.trim())}`);
    expect(error).toMatch(message);
  });

  it('numbers lines as written, counting blank and comment lines', () => {
    expect(fails('repository\n\n# c\nrepo:x/y')).toMatch(/^Input 'secrets': line 4 "repo:x\/y"/);
  });

  it('the bare forms need GITHUB_REPOSITORY', () => {
    expect(fails('repository', '')).toMatch(/GITHUB_REPOSITORY is not set.*Write repository:OWNER\/REPO/);
    expect(fails('environment:prod', 'not-a-repo')).toMatch(
      /GITHUB_REPOSITORY.*Write environment:OWNER\/REPO:NAME/,
    );
    expect(ok('repository:a/b\nenvironment:a/b:prod', '')).toHaveLength(2);
  });

  it('duplicates, also across forms and letter case, name both lines', () => {
    const r = parseTargets(
      'repository\nrepository:Octo-Org/App\nenvironment:prod\nenvironment:octo-org/app:PROD\norganization:octo-org\norganization:OCTO-ORG visibility=all',
      CURRENT,
    );
    expect(r.value.map(describeTarget)).toEqual([
      'repository:octo-org/app',
      'environment:octo-org/app:prod',
      'organization:octo-org',
    ]);
    expect(errorsOf(r)).toEqual([
      `Input 'secrets': line 2 "repository:Octo-Org/App" names the same target as line 1 "repository" (repository:Octo-Org/App). Remove one of the two lines.`,
      `Input 'secrets': line 4 "environment:octo-org/app:PROD" names the same target as line 3 "environment:prod" (environment:octo-org/app:PROD). Remove one of the two lines.`,
      `Input 'secrets': line 6 "organization:OCTO-ORG visibility=all" names the same target as line 5 "organization:octo-org" (organization:OCTO-ORG). Remove one of the two lines.`,
    ]);
  });

  it('reports every bad line, and still returns the good ones', () => {
    const r = parseTargets('repo:x\nrepository\norganization:\nenvironment:prod', CURRENT);
    expect(errorsOf(r)).toHaveLength(2);
    expect(errorsOf(r).every((e) => e.startsWith(`Input 'secrets': `))).toBe(true);
    expect(r.value).toHaveLength(2);
  });
});

describe('describeTarget', () => {
  it('gives stable labels', () => {
    expect(describeTarget({ scope: 'repository', owner: 'o', repo: 'r' })).toBe('repository:o/r');
    expect(describeTarget({ scope: 'environment', owner: 'o', repo: 'r', environment: 'prod / eu' })).toBe(
      'environment:o/r:prod / eu',
    );
    expect(
      describeTarget({ scope: 'organization', org: 'o', visibility: 'selected', repositories: ['a'] }),
    ).toBe('organization:o');
  });

  it('a label parses back to the same target', () => {
    for (const line of ['repository:o/r', 'environment:o/r:prod / eu', 'organization:o']) {
      expect(describeTarget(ok(line)[0] as SecretTarget)).toBe(line);
    }
  });
});

describe('parseSecretPrefix', () => {
  it.each([
    ['TWILIO_', 'TWILIO_'],
    ['twilio_', 'TWILIO_'],
    ['  STAGING_TWILIO_ ', 'STAGING_TWILIO_'],
    ['_X', '_X'],
    ['', ''],
    ['GITHUB', 'GITHUB'],
    ['GIT_HUB_', 'GIT_HUB_'],
  ])('%j -> %j', (raw, prefix) => {
    expect(parseSecretPrefix(raw)).toEqual({ value: prefix, problems: [] });
  });

  it.each([
    ['TWILIO-', /only letters, digits and _/],
    ['TW ILIO_', /only letters, digits and _/],
    ['TWILIO.', /only letters, digits and _/],
    ['1TWILIO_', /must not start with a digit/],
    ['GITHUB_', /must not start with GITHUB_/],
    ['github_x_', /must not start with GITHUB_/],
  ])('%j is refused, naming secret-prefix', (raw, message) => {
    const r = parseSecretPrefix(raw);
    expect(errorsOf(r)).toHaveLength(1);
    const [error = ''] = errorsOf(r);
    expect(error).toMatch(/^Input 'secret-prefix': "/);
    expect(error).toMatch(message);
  });
});

describe('secretNameProblem', () => {
  it('follows GitHub', () => {
    expect(secretNameProblem('TWILIO_API_KEY')).toBeUndefined();
    expect(secretNameProblem('_A1')).toBeUndefined();
    expect(secretNameProblem('')).toMatch(/empty/);
    expect(secretNameProblem('A-B')).toMatch(/letters, digits and _/);
    expect(secretNameProblem('1A')).toMatch(/digit/);
    expect(secretNameProblem('github_token')).toMatch(/GITHUB_/);
  });
});
