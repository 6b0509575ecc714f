import ReplayIcon from '@mui/icons-material/Replay';
import { useState } from 'react';
import { Button, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import type { OutboxMessage } from './outbox-message.resource';

/**
 * `retryOutboxMessage(id, version)`: puts a FAILED message back in the queue. Shown when the API lists
 * RETRY among the message's available actions (the domain's rule, never restated here).
 */
export const RetryOutboxMessageButton = () => {
  const record = useRecordContext<OutboxMessage>();
  const { canAccess } = useCanAccess({ resource: 'outboxMessages', action: 'retry', record });
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  if (!record || !canAccess || !record.availableActions.includes('RETRY')) return null;

  async function retry() {
    if (!record) return;
    setBusy(true);
    try {
      await dataProvider.runAction('outboxMessages', 'retry', { id: record.id, version: record.version });
      notify('gdp.outbox_messages.retried', { type: 'success' });
      refresh();
    } catch (caught) {
      notify((caught as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button
      label="gdp.outbox_messages.retry"
      onClick={(event) => {
        event.stopPropagation();
        void retry();
      }}
      disabled={busy}
    >
      <ReplayIcon />
    </Button>
  );
};
