import type { FormValues } from '../../providers/resource-definition';
import { useRecordStep } from '../../shared/useRecordStep';
import { applicationActionLabel } from './application-labels';
import type { Application } from './application.resource';
import {
  SUPPLY_STEP,
  SUPPLY_STEP_LABEL,
  consoleActionOf,
  type ApplicationCaseStep,
} from './application-steps';

/** Runs one step of a case with the version the handler saw (see `useRecordStep`). */
export function useApplicationStep(
  application: Application,
  action: ApplicationCaseStep,
  onDone: () => void,
) {
  const label = action === SUPPLY_STEP ? SUPPLY_STEP_LABEL : applicationActionLabel(action);
  const step = useRecordStep(
    {
      resource: 'applications',
      action: consoleActionOf(action),
      successMessage: `${application.caseNumber}：“${label}”已保存`,
    },
    onDone,
  );
  return {
    ...step,
    run: (data: FormValues) => step.run({ id: application.id, version: application.version, data }),
  };
}
