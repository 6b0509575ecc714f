import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { ConsoleDataProvider } from '../providers/data-provider';
import { errorCodeOf, fieldErrorsFrom } from '../providers/graphql-errors';
import type { FormErrors } from './zod-validation';

/** A stale version means someone else acted first: the user reloads and decides again. */
export const CONFLICT_HINT = '记录已被他人更新，请刷新页面后重新操作';

export function stepErrorMessage(error: unknown): string {
  const message = (error as Error).message;
  return errorCodeOf(error) === 'CONFLICT' ? `${message}（${CONFLICT_HINT}）` : message;
}

export interface RecordStep {
  resource: string;
  /** The resource definition's action (and access) name. */
  action: string;
  successMessage: string;
}

/**
 * Runs one step of a record through the data provider. The API's field errors go back to the form, its
 * message to the dialog; on success a notice, then the page reloads the record. A CONFLICT (someone acted
 * first) reloads it too, so the next try is made on what it is now. `onDone` receives the API's answer.
 */
export function useRecordStep<TResult = unknown>(step: RecordStep, onDone: (result: TResult) => void) {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (params: object): Promise<FormErrors | undefined> => {
    setError(null);
    setBusy(true);
    try {
      const result = await dataProvider.runAction<TResult>(step.resource, step.action, params);
      notify(step.successMessage, { type: 'success' });
      onDone(result);
      refresh();
      return undefined;
    } catch (caught) {
      setError(stepErrorMessage(caught));
      if (errorCodeOf(caught) === 'CONFLICT') refresh();
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
