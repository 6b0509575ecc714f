import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import { errorCodeOf, fieldErrorsFrom } from '../../providers/graphql-errors';
import type { FormValues } from '../../providers/resource-definition';
import type { FormErrors } from '../../shared/zod-validation';
import { stepErrorMessage } from '../documents/useWorkflowStep';
import { applicationActionLabel } from './application-labels';
import type { Application } from './application.resource';
import {
  SUPPLY_STEP,
  SUPPLY_STEP_LABEL,
  consoleActionOf,
  type ApplicationCaseStep,
} from './application-steps';

/**
 * Runs one step of a case with the version the handler saw. The API's field errors go back to the form, its
 * message to the dialog; a CONFLICT (someone acted first) also reloads the case, so the next try is made on
 * what it is now.
 */
export function useApplicationStep(
  application: Application,
  action: ApplicationCaseStep,
  onDone: () => void,
) {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (data: FormValues): Promise<FormErrors | undefined> => {
    setError(null);
    setBusy(true);
    try {
      await dataProvider.runAction('applications', consoleActionOf(action), {
        id: application.id,
        version: application.version,
        data,
      });
      const label = action === SUPPLY_STEP ? SUPPLY_STEP_LABEL : applicationActionLabel(action);
      notify(`${application.caseNumber}：“${label}”已保存`, { type: 'success' });
      onDone();
      refresh();
      return undefined;
    } catch (caught) {
      setError(stepErrorMessage(caught));
      if (errorCodeOf(caught) === 'CONFLICT') refresh();
      const fields = Object.entries(fieldErrorsFrom(caught));
      return fields.length === 0
        ? undefined
        : (Object.fromEntries(fields.map(([field, messages]) => [field, messages.join('；')])) as FormErrors);
    } finally {
      setBusy(false);
    }
  };
  return { run, error, busy };
}
