import type { FormValues } from '../../providers/resource-definition';
import { useRecordStep, type RecordStep } from '../../shared/useRecordStep';

interface StepTarget extends RecordStep {
  /** The record the step acts on (a meeting, an invitation, an opinion, a representative). */
  id: string;
  version: number;
}

/**
 * Runs one step with the version the organizer saw (see `useRecordStep`). `onDone` receives the API's answer
 * (an issued invitation carries its access code).
 */
export function useMeetingStep<TResult = unknown>(target: StepTarget, onDone: (result: TResult) => void) {
  const step = useRecordStep<TResult>(target, onDone);
  return { ...step, run: (data: FormValues) => step.run({ id: target.id, version: target.version, data }) };
}
