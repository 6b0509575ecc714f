import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import { errorCodeOf, fieldErrorsFrom } from '../../providers/graphql-errors';
import type { FormErrors } from '../../shared/zod-validation';

/** A stale version means someone else acted first: the user reloads and decides again. */
export const CONFLICT_HINT = '记录已被他人更新，请刷新页面后重新操作';

export function stepErrorMessage(error: unknown): string {
  const message = (error as Error).message;
  return errorCodeOf(error) === 'CONFLICT' ? `${message}（${CONFLICT_HINT}）` : message;
}

/**
 * Runs one workflow action of a resource through the data provider: the API's field errors go back to the
 * form, its message to the dialog; on success a notice, then the page reloads the record.
 */
export function useWorkflowStep(
  resource: string,
  action: string,
  onDone: () => void,
  successMessage: string,
) {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (params: object): Promise<FormErrors | undefined> => {
    setError(null);
    setBusy(true);
    try {
      await dataProvider.runAction(resource, action, params);
      notify(successMessage, { type: 'success' });
      onDone();
      refresh();
      return undefined;
    } catch (caught) {
      setError(stepErrorMessage(caught));
      const fields = Object.entries(fieldErrorsFrom(caught));
      if (fields.length === 0) return undefined;
      return Object.fromEntries(
        fields.map(([field, messages]) => [field, ([] as unknown[]).concat(messages).join('；')]),
      ) as FormErrors;
    } finally {
      setBusy(false);
    }
  };
  return { run, error, busy };
}
