import { revealComplaintIdentitySchema } from '@gdp/domain';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import {
  Alert,
  Box,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Button as MuiButton,
  Table,
  TableBody,
  TableCell,
  TableRow,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import {
  Button,
  useCanAccess,
  useDataProvider,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import type { Complaint, ComplaintIdentity } from './complaint.resource';

/** As a case file lists them; the unit an online submitter named only when there is one. */
const IDENTITY_FIELDS = [
  'name',
  'workplace',
  'address',
  'phone',
  'email',
  'concernedDepartment',
  'content',
] as const;

/**
 * The sealed identity and material, read with a recorded reason. The values live in this dialog's state
 * only — never in react-admin's store, a list or Apollo's cache (the gateway caches nothing) — and are
 * dropped when the dialog closes.
 */
const RevealIdentityDialog = ({ complaint, onClose }: { complaint: Complaint; onClose: () => void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [identity, setIdentity] = useState<ComplaintIdentity | null>(null);

  const refresh = useRefresh();
  const close = () => {
    const revealed = identity !== null;
    setIdentity(null);
    setReason('');
    onClose();
    // The case's list of reveals now has this one (the values themselves are gone with the state).
    if (revealed) refresh();
  };

  async function reveal() {
    const checked = revealComplaintIdentitySchema.safeParse({ reason });
    if (!checked.success) {
      setReasonError(checked.error.issues[0]?.message ?? translate('gdp.complaints.reveal.reason_required'));
      return;
    }
    setReasonError(null);
    setError(null);
    setBusy(true);
    try {
      setIdentity(
        await dataProvider.runAction<ComplaintIdentity>('complaints', 'revealIdentity', {
          id: complaint.id,
          reason,
        }),
      );
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open onClose={close} fullWidth maxWidth="md" data-testid="reveal-identity-dialog">
      <DialogTitle>
        {translate('gdp.complaints.reveal.title', { caseNumber: complaint.caseNumber })}
      </DialogTitle>
      <DialogContent>
        {identity ? (
          <>
            <Alert severity="warning" sx={{ mb: 2 }}>
              {translate('gdp.complaints.reveal.recorded')}
            </Alert>
            <Table size="small" data-testid="revealed-identity">
              <TableBody>
                {IDENTITY_FIELDS.filter((field) => field !== 'concernedDepartment' || identity[field]).map(
                  (field) => (
                    <TableRow key={field} sx={{ verticalAlign: 'top' }}>
                      <TableCell sx={{ whiteSpace: 'nowrap', width: 140 }}>
                        {translate(`resources.complaints.fields.sealed.${field}`)}
                      </TableCell>
                      <TableCell>
                        <Box sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                          {identity[field] || '—'}
                        </Box>
                      </TableCell>
                    </TableRow>
                  ),
                )}
              </TableBody>
            </Table>
          </>
        ) : (
          <>
            <Alert severity="warning" sx={{ mb: 2 }}>
              {translate('gdp.complaints.reveal.intro')}
            </Alert>
            {error && (
              <Alert severity="error" sx={{ mb: 2 }}>
                {error}
              </Alert>
            )}
            <TextField
              label={translate('gdp.complaints.reveal.reason')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              error={reasonError !== null}
              helperText={reasonError ?? translate('gdp.complaints.reveal.reason_hint')}
              required
              multiline
              minRows={2}
              fullWidth
              autoFocus
            />
          </>
        )}
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={close}>{translate(identity ? 'ra.action.close' : 'ra.action.cancel')}</MuiButton>
        {!identity && (
          <MuiButton variant="contained" disabled={busy} onClick={() => void reveal()}>
            {translate('gdp.complaints.reveal.confirm')}
          </MuiButton>
        )}
      </DialogActions>
    </Dialog>
  );
};

/**
 * 查看保密信息: only for holders of COMPLAINT_IDENTITY_REVEAL (the fine-grained permission SECURITY_ADMIN
 * grants) when the API offers REVEAL_IDENTITY on the case. Every reveal is audited with its reason.
 */
export const RevealIdentityButton = () => {
  const complaint = useRecordContext<Complaint>();
  const { canAccess } = useCanAccess({ resource: 'complaints', action: 'revealIdentity', record: complaint });
  const [open, setOpen] = useState(false);
  // A row opened from the list carries no actions until `complaint(id)` answers.
  if (!complaint || !canAccess || !complaint.availableActions?.includes('REVEAL_IDENTITY')) return null;
  return (
    <>
      <Button label="gdp.complaints.reveal.button" onClick={() => setOpen(true)} color="warning">
        <LockOpenIcon />
      </Button>
      {open && <RevealIdentityDialog complaint={complaint} onClose={() => setOpen(false)} />}
    </>
  );
};
