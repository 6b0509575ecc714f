import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import { errorCodeOf, fieldErrorsFrom } from '../../providers/graphql-errors';
import type { FormValues } from '../../providers/resource-definition';
import type { FormErrors } from '../../shared/zod-validation';
import { stepErrorMessage } from '../documents/useWorkflowStep';

interface StepTarget {
  resource: string;
  /** The resource definition's action (and access) name. */
  action: string;
  /** The record the step acts on (a meeting, an invitation, an opinion, a representative). */
  id: string;
  version: number;
  successMessage: string;
}

/**
 * Runs one step with the version the organizer saw. The API's field errors go back to the form, its message
 * to the dialog; a CONFLICT (someone acted first) also reloads the page's record, so the next try is made on
 * what it is now. `onDone` receives the API's answer (an issued invitation carries its access code).
 */
export function useMeetingStep<TResult = unknown>(target: StepTarget, onDone: (result: TResult) => void) {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (data: FormValues): Promise<FormErrors | undefined> => {
    setError(null);
    setBusy(true);
    try {
      const result = await dataProvider.runAction<TResult>(target.resource, target.action, {
        id: target.id,
        version: target.version,
        data,
      });
      notify(target.successMessage, { type: 'success' });
      onDone(result);
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
