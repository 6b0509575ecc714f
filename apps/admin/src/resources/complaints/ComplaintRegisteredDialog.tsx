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
import { useTranslate } from 'react-admin';
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
 * After an intake: the case number and, when one was issued, the access code — shown exactly once (the API
 * keeps only its hash). With both the complainant reads their own case through the bureau's external apps.
 */
export const ComplaintRegisteredDialog = ({
  registered,
  onClose,
}: {
  registered: { caseNumber: string; accessCode: string | null } | null;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  return (
    <Dialog open={registered !== null} maxWidth="sm" fullWidth disableEscapeKeyDown>
      <DialogTitle sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <KeyIcon color="primary" />
        {translate('gdp.complaints.registered_title')}
      </DialogTitle>
      <DialogContent>
        {registered && (
          <Stack spacing={2}>
            <Box>
              <Typography variant="body2" color="text.secondary">
                {translate('resources.complaints.fields.caseNumber')}
              </Typography>
              <Box data-testid="registered-case-number" sx={codeSx}>
                {registered.caseNumber}
              </Box>
            </Box>
            {registered.accessCode ? (
              <>
                <Alert severity="warning">{translate('gdp.complaints.access_code_once')}</Alert>
                <Box>
                  <Typography variant="body2" color="text.secondary">
                    {translate('gdp.complaints.access_code')}
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
              <Alert severity="info">{translate('gdp.complaints.no_access_code')}</Alert>
            )}
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose}>
          {translate('ra.action.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
