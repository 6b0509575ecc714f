import { useState, type ReactElement } from 'react';
import {
  Button,
  Confirm,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import type { ConsoleDataProvider } from '../providers/data-provider';

interface ConfirmedActionButtonProps<T extends { id: string; version: number }> {
  resource: string;
  /** The workflow action, as the resource definition and `canAccess` name it. */
  action: string;
  /** Whether the record has already had the action (the button is then not shown). */
  isDone: (record: T) => boolean;
  label: string;
  icon: ReactElement;
  color?: 'primary' | 'error';
  successMessage: string;
  title: string;
  content: string;
  translateOptions: (record: T) => Record<string, unknown>;
}

/**
 * A one-way workflow action on the shown record (publish, revoke…): asks for confirmation, runs the
 * action at the version shown, reports the outcome and refreshes.
 */
export function ConfirmedActionButton<T extends { id: string; version: number }>(
  props: ConfirmedActionButtonProps<T>,
) {
  const record = useRecordContext<T>();
  const { canAccess } = useCanAccess({ resource: props.resource, action: props.action, record });
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!record || !canAccess || props.isDone(record)) return null;

  async function run() {
    if (!record) return;
    setBusy(true);
    try {
      await dataProvider.runAction(props.resource, props.action, { id: record.id, version: record.version });
      notify(props.successMessage, { type: 'success' });
      refresh();
    } catch (caught) {
      notify((caught as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
      setOpen(false);
    }
  }

  return (
    <>
      <Button label={props.label} color={props.color} onClick={() => setOpen(true)} disabled={busy}>
        {props.icon}
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title={props.title}
        content={props.content}
        translateOptions={props.translateOptions(record)}
        onConfirm={run}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
