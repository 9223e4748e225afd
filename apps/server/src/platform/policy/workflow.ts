import type { ErrorCode, Workflow } from '@yifa/domain';
import { AppError } from '../http/app-error.ts';

/** Refuses a step the domain's workflow does not allow now, with the workflow's code and Chinese reason. */
export function assertStep<Step extends string, State, Facts>(
  workflow: Workflow<Step, State, Facts>,
  step: Step,
  state: State,
  facts: Facts,
): void {
  const refusal = workflow.refusal(step, state, facts);
  if (refusal) throw new AppError(refusal.code as ErrorCode, { userMessage: refusal.reasonZh, detail: `step ${step} not allowed` });
}
