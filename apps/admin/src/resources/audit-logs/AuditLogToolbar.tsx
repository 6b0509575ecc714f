import DownloadIcon from '@mui/icons-material/Download';
import VerifiedIcon from '@mui/icons-material/Verified';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, Button as MuiButton } from '@mui/material';
import { useState } from 'react';
import { Button, useCanAccess, useDataProvider, useListContext, useNotify, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import { downloadFile } from '../../shared/exporter';

interface ExportFile {
  filename: string;
  contentType: string;
  content: string;
  rows: number;
}

/**
 * `exportAuditLogs(filter)`: the server writes the CSV (UTF-8 BOM, masked values, up to 50 000 rows) and
 * audits the export itself; the console only downloads it.
 */
export const AuditLogExportButton = () => {
  const { filterValues } = useListContext();
  const { canAccess } = useCanAccess({ resource: 'auditLogs', action: 'export' });
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  if (!canAccess) return null;

  async function exportLogs() {
    setBusy(true);
    try {
      const file = await dataProvider.runAction<ExportFile>('auditLogs', 'export', { filter: filterValues });
      downloadFile(file.content, file.filename, file.contentType);
      notify('gdp.audit.exported', { type: 'success', messageArgs: { rows: file.rows } });
    } catch (caught) {
      notify((caught as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button label="gdp.audit.export" onClick={exportLogs} disabled={busy}>
      <DownloadIcon />
    </Button>
  );
};

interface ChainCheck {
  ok: boolean;
  checkedRows: number;
  brokenAtSeq: string | null;
}

/** `verifyAuditChain`: recomputes every row's hash and link; a break names the first bad row. */
export const VerifyAuditChainButton = () => {
  const { canAccess } = useCanAccess({ resource: 'auditLogs', action: 'verifyChain' });
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ChainCheck | null>(null);
  if (!canAccess) return null;

  async function verify() {
    setBusy(true);
    try {
      setResult(await dataProvider.runAction<ChainCheck>('auditLogs', 'verifyChain'));
    } catch (caught) {
      notify((caught as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button label="gdp.audit.verify" onClick={verify} disabled={busy}>
        <VerifiedIcon />
      </Button>
      <Dialog open={result !== null} onClose={() => setResult(null)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('gdp.audit.verify')}</DialogTitle>
        <DialogContent>
          {result && (
            <Alert severity={result.ok ? 'success' : 'error'} data-testid="chain-result">
              {result.ok
                ? translate('gdp.audit.verify_ok', { rows: result.checkedRows })
                : translate('gdp.audit.verify_broken', { seq: result.brokenAtSeq, rows: result.checkedRows })}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setResult(null)}>{translate('ra.action.close')}</MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
