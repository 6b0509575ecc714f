import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { useState } from 'react';
import {
  Button,
  Confirm,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useResourceContext,
} from 'react-admin';
import type { ConsoleDataProvider } from '../providers/data-provider';

/**
 * Deactivate / reactivate (the API's `set<X>Active(id, version, isActive)`): records are never deleted.
 * Shown only to those allowed the resource's `setActive` action.
 */
export const ActiveToggleButton = ({ nameField = 'name' }: { nameField?: string }) => {
  const record = useRecordContext();
  const resource = useResourceContext() ?? '';
  const { canAccess } = useCanAccess({ resource, action: 'setActive', record });
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!record || !canAccess) return null;
  const activate = !record.isActive;

  async function confirm() {
    if (!record) return;
    setBusy(true);
    try {
      await dataProvider.runAction(resource, 'setActive', {
        id: record.id,
        version: record.version,
        isActive: activate,
      });
      notify(activate ? 'gdp.action.activated' : 'gdp.action.deactivated', { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
      setOpen(false);
    }
  }

  return (
    <>
      <Button
        label={activate ? 'gdp.action.activate' : 'gdp.action.deactivate'}
        color={activate ? 'primary' : 'error'}
        onClick={() => setOpen(true)}
        disabled={busy}
      >
        {activate ? <CheckCircleIcon /> : <BlockIcon />}
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title={activate ? 'gdp.action.activate' : 'gdp.action.deactivate'}
        content={activate ? 'gdp.action.activate_confirm' : 'gdp.action.deactivate_confirm'}
        translateOptions={{ name: String(record[nameField] ?? record.id) }}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
