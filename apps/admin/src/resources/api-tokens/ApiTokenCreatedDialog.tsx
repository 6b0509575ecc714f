import KeyIcon from '@mui/icons-material/Key';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import { CopyButton } from '../../shared/CopyButton';

/** The token text, shown exactly once: after this dialog closes no one can read it again. */
export const ApiTokenCreatedDialog = ({ token, onClose }: { token: string | null; onClose: () => void }) => {
  const translate = useTranslate();
  return (
    <Dialog open={token !== null} maxWidth="sm" fullWidth disableEscapeKeyDown>
      <DialogTitle sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <KeyIcon color="primary" />
        {translate('gdp.api_tokens.created_title')}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Alert severity="warning">{translate('gdp.api_tokens.created_warning')}</Alert>
          <Box
            data-testid="created-token"
            sx={{
              fontFamily: 'monospace',
              fontSize: 15,
              p: 1.5,
              bgcolor: 'grey.100',
              borderRadius: 1,
              wordBreak: 'break-all',
            }}
          >
            {token}
          </Box>
          <Box>{token && <CopyButton text={token} />}</Box>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose}>
          {translate('ra.action.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
