// What the bench asks the action to do: the permissions and the secret targets of each scenario.

/** A typical request: a preset and one explicit permission (test mode warns that some are unreachable). */
export const PERMISSIONS = 'messaging, /twilio/lookup/phone-numbers/read';

export type Scenario = 'none' | 'repo' | 'three';
export const SCENARIOS: Record<Scenario, { label: string; secrets: string }> = {
  none: { label: 'no targets', secrets: '' },
  repo: { label: '1 target (repository)', secrets: 'repository' },
  three: {
    label: '3 targets (repository, environment, organization)',
    secrets: 'repository\nenvironment:prod\norganization:octo visibility=private',
  },
};
export const SCENARIO_KEYS = Object.keys(SCENARIOS) as Scenario[];
