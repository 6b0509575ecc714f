import LockOpenIcon from '@mui/icons-material/LockOpen';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useDataProvider } from 'react-admin';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import { applicantIdTypeLabel } from './application-labels';
import type { Application, RevealedIdNumber } from './application.resource';

const REASON_MAX = 200;

/**
 * The full ID number, read with a recorded reason. It lives in this dialog's state only — never in
 * react-admin's store or a list — and is dropped when the dialog closes; the API audits every reveal.
 */
const RevealIdNumberDialog = ({
  application,
  onClose,
}: {
  application: Application;
  onClose: () => void;
}) => {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [idNumber, setIdNumber] = useState<string | null>(null);

  async function reveal() {
    const text = reason.trim();
    if (!text) return setReasonError('请填写查看理由');
    if (text.length > REASON_MAX) return setReasonError(`查看理由最多 ${REASON_MAX} 个字符`);
    setReasonError(null);
    setError(null);
    setBusy(true);
    try {
      const revealed = await dataProvider.runAction<RevealedIdNumber>('applications', 'revealIdNumber', {
        id: application.id,
        reason: text,
      });
      const type = revealed.idType ? `${applicantIdTypeLabel(revealed.idType)}：` : '';
      setIdNumber(revealed.idNumber ? `${type}${revealed.idNumber}` : '（无证件号码）');
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const close = () => {
    setIdNumber(null);
    onClose();
  };

  return (
    <Dialog open onClose={close} fullWidth maxWidth="sm" data-testid="reveal-id-number-dialog">
      <DialogTitle>查看完整证件号码 · {application.caseNumber}</DialogTitle>
      <DialogContent>
        {idNumber ? (
          <>
            <Alert severity="warning" sx={{ mb: 2 }}>
              本次查看已记入审计日志。请勿抄录或转告与办理无关的人员。
            </Alert>
            <Box
              data-testid="revealed-id-number"
              sx={{ fontFamily: 'monospace', fontSize: 20, p: 1.5, bgcolor: 'grey.100', borderRadius: 1 }}
            >
              {idNumber}
            </Box>
          </>
        ) : (
          <>
            <Alert severity="warning" sx={{ mb: 2 }}>
              证件号码属个人信息，仅因办理本件申请需要方可查看；查看理由和查看人将记入审计日志。
            </Alert>
            {error && (
              <Alert severity="error" sx={{ mb: 2 }}>
                {error}
              </Alert>
            )}
            <TextField
              label="查看理由"
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              error={reasonError !== null}
              helperText={reasonError ?? '如：核实申请人身份、邮寄答复书'}
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
        <Button onClick={close}>{idNumber ? '关闭' : '取消'}</Button>
        {!idNumber && (
          <Button variant="contained" disabled={busy} onClick={() => void reveal()}>
            查看
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
};

/** 查看完整证件号码: for those allowed the reveal, when the applicant gave an ID number. */
export const RevealIdNumberButton = ({ application }: { application: Application }) => {
  const { canAccess } = useCanAccess({
    resource: 'applications',
    action: 'revealIdNumber',
    record: application,
  });
  const [open, setOpen] = useState(false);
  if (!canAccess || !application.applicant?.idNumberMasked) return null;
  return (
    <>
      <Button size="small" color="warning" startIcon={<LockOpenIcon />} onClick={() => setOpen(true)}>
        查看完整证件号码
      </Button>
      {open && <RevealIdNumberDialog application={application} onClose={() => setOpen(false)} />}
    </>
  );
};
