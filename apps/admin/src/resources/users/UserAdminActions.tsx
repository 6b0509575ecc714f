import LockOpenIcon from '@mui/icons-material/LockOpen';
import PasswordIcon from '@mui/icons-material/Password';
import {
  Alert,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Button as MuiButton,
  TextField,
  Typography,
} from '@mui/material';
import { checkPasswordPolicy } from '@gdp/domain';
import { useState } from 'react';
import {
  Button,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import { fieldErrorsFrom } from '../../providers/graphql-errors';
import type { User } from './user.resource';

/** SYSTEM_ADMIN: a new initial password (the user must change it; their sessions end). */
export const ResetPasswordButton = () => {
  const record = useRecordContext<User>();
  const { canAccess } = useCanAccess({ resource: 'users', action: 'resetPassword', record });
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!record || !canAccess) return null;
  const violations = password ? checkPasswordPolicy(password, { username: record.username }) : [];

  async function submit() {
    if (!record) return;
    setBusy(true);
    setError(null);
    try {
      await dataProvider.runAction('users', 'resetPassword', {
        id: record.id,
        version: record.version,
        initialPassword: password,
      });
      notify('gdp.users.password_reset', { type: 'success' });
      setOpen(false);
      setPassword('');
      refresh();
    } catch (caught) {
      setError(fieldErrorsFrom(caught).initialPassword?.join('；') ?? (caught as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button label="gdp.users.reset_password" onClick={() => setOpen(true)}>
        <PasswordIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="xs">
        <DialogTitle>{translate('gdp.users.reset_password')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {translate('gdp.users.reset_password_intro')}
          </Typography>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error}
            </Alert>
          )}
          <TextField
            fullWidth
            type="password"
            autoComplete="new-password"
            label={translate('resources.users.fields.initialPassword')}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={violations.length > 0}
            helperText={violations.join('；') || ' '}
          />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton
            variant="contained"
            onClick={submit}
            disabled={busy || !password || violations.length > 0}
          >
            {translate('ra.action.confirm')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};

/** SYSTEM_ADMIN: ends a sign-in lockout early (shown while the account is locked). */
export const UnlockButton = () => {
  const record = useRecordContext<User>();
  const { canAccess } = useCanAccess({ resource: 'users', action: 'unlock', record });
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  if (!record || !canAccess || !record.lockedUntil) return null;

  async function unlock() {
    if (!record) return;
    setBusy(true);
    try {
      await dataProvider.runAction('users', 'unlock', { id: record.id });
      notify('gdp.users.unlocked', { type: 'success' });
      refresh();
    } catch (caught) {
      notify((caught as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button label="gdp.users.unlock" onClick={unlock} disabled={busy} color="warning">
      <LockOpenIcon />
    </Button>
  );
};
