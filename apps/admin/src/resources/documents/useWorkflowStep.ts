import { useRecordStep } from '../../shared/useRecordStep';

/** Runs one workflow action of a resource with the params its dialog builds (see `useRecordStep`). */
export function useWorkflowStep(
  resource: string,
  action: string,
  onDone: () => void,
  successMessage: string,
) {
  return useRecordStep({ resource, action, successMessage }, onDone);
}
