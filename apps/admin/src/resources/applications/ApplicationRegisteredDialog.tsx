import KeyIcon from '@mui/icons-material/Key';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Typography,
} from '@mui/material';
import { CopyButton } from '../../shared/CopyButton';

const codeSx = {
  fontFamily: 'monospace',
  fontSize: 18,
  p: 1.5,
  bgcolor: 'grey.100',
  borderRadius: 1,
  wordBreak: 'break-all',
} as const;

/**
 * After an intake: the case number — to be told to the applicant — and, when one was issued, the access code,
 * shown exactly once (the API keeps only its hash). With both the applicant follows the case online.
 */
export const ApplicationRegisteredDialog = ({
  registered,
  onClose,
}: {
  registered: { caseNumber: string; accessCode: string | null } | null;
  onClose: () => void;
}) => (
  <Dialog open={registered !== null} maxWidth="sm" fullWidth disableEscapeKeyDown>
    <DialogTitle sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <KeyIcon color="primary" />
      政府信息公开申请已登记
    </DialogTitle>
    <DialogContent>
      {registered && (
        <Stack spacing={2}>
          <Box>
            <Typography variant="body2" color="text.secondary">
              案件编号
            </Typography>
            <Box data-testid="registered-case-number" sx={codeSx}>
              {registered.caseNumber}
            </Box>
          </Box>
          {registered.accessCode ? (
            <>
              <Alert severity="warning">
                请告知申请人，查询码仅显示一次，关闭后无法再次查看；凭案件编号和查询码可查询办理进度、补正告知和答复书。
              </Alert>
              <Box>
                <Typography variant="body2" color="text.secondary">
                  查询码
                </Typography>
                <Box data-testid="registered-access-code" sx={codeSx}>
                  {registered.accessCode}
                </Box>
              </Box>
              <Box>
                <CopyButton text={registered.accessCode} />
              </Box>
            </>
          ) : (
            <Alert severity="info">请将案件编号告知申请人，答复期限自收到申请之日的次日起算。</Alert>
          )}
        </Stack>
      )}
    </DialogContent>
    <DialogActions>
      <Button variant="contained" onClick={onClose}>
        关闭
      </Button>
    </DialogActions>
  </Dialog>
);
