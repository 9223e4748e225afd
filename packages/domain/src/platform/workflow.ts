/**
 * A stateful record's steps, declared once in the domain: for each step, a pure rule that says why
 * it may not be taken now (a Chinese reason and the error code), or null when it may. The server
 * refuses with it (`assertStep`, apps/server/src/platform/policy/workflow.ts); the detail response
 * lists `allowedSteps` and the web offers exactly those.
 */
export interface StepRefusal {
  /** The stable error code (e.g. 'DISCLOSURE_REQUEST.WRONG_STATE'). */
  code: string;
  reasonZh: string;
}

export type StepRule<State, Facts> = (state: State, facts: Facts) => StepRefusal | null;

export interface Workflow<Step extends string, State, Facts> {
  steps: readonly Step[];
  /** Why `step` may not be taken now, or null. */
  refusal(step: Step, state: State, facts: Facts): StepRefusal | null;
  /** The steps that may be taken now, in declaration order. */
  allowedSteps(state: State, facts: Facts): Step[];
}

export function defineWorkflow<Step extends string, State, Facts>(
  rules: Record<Step, StepRule<State, Facts>>,
): Workflow<Step, State, Facts> {
  const steps = Object.keys(rules) as Step[];
  return {
    steps,
    refusal: (step, state, facts) => rules[step](state, facts),
    allowedSteps: (state, facts) => steps.filter((s) => rules[s](state, facts) === null),
  };
}
