import BlockIcon from '@mui/icons-material/Block';
import { useState } from 'react';
import {
  Button,
  Confirm,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import type { ApiToken } from './api-token.resource';

/** `revokeApiToken(id, version)`: the token stops working at once; the record stays for the audit. */
export const RevokeApiTokenButton = () => {
  const record = useRecordContext<ApiToken>();
  const { canAccess } = useCanAccess({ resource: 'apiTokens', action: 'revoke', record });
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!record || !canAccess || record.revokedAt) return null;

  async function revoke() {
    if (!record) return;
    setBusy(true);
    try {
      await dataProvider.runAction('apiTokens', 'revoke', { id: record.id, version: record.version });
      notify('gdp.api_tokens.revoked', { type: 'success' });
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
      <Button label="gdp.api_tokens.revoke" color="error" onClick={() => setOpen(true)} disabled={busy}>
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title="gdp.api_tokens.revoke"
        content="gdp.api_tokens.revoke_confirm"
        translateOptions={{ name: record.name }}
        onConfirm={revoke}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
