import { Alert, Box, Button, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import { checkPasswordPolicy, type FieldErrors } from '@gdp/domain';
import { useState, type FormEvent } from 'react';
import { useLogout, useNavigate, useNotify, useTranslate } from 'react-admin';
import { ChangePasswordMutation } from '../providers/auth.documents';
import { useConsoleServices } from '../providers/console-context';
import { fieldErrorsFrom } from '../providers/graphql-errors';
import { AuthCard } from './AuthCard';
import { useAdvanceStage } from './useAdvanceStage';
import { useSignedInUser } from './useSignedInUser';

/**
 * `changePassword`: forced for an initial password (session stage PASSWORD_CHANGE), or by choice. The
 * domain's policy is checked as the user types; the API's violations (extensions.fields) show on submit.
 */
export const ChangePasswordPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const logout = useLogout();
  const { api } = useConsoleServices();
  const advanceStage = useAdvanceStage();
  const me = useSignedInUser();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  if (!me) return null;
  const forced = me.stage === 'PASSWORD_CHANGE';
  const violations = newPassword ? checkPasswordPolicy(newPassword, { username: me.username }) : [];
  // The rules as the domain words them: those an empty password and the username itself break.
  const policyHints = [
    ...new Set([...checkPasswordPolicy(''), ...checkPasswordPolicy(me.username, { username: me.username })]),
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (newPassword !== confirmPassword) {
      setFieldErrors({ confirmPassword: [translate('gdp.auth.password_mismatch')] });
      return;
    }
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      const { changePassword } = await api.mutate(ChangePasswordMutation, { currentPassword, newPassword });
      notify('gdp.auth.password_changed', { type: 'success' });
      await advanceStage(changePassword);
    } catch (caught) {
      setError((caught as Error).message);
      setFieldErrors(fieldErrorsFrom(caught));
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (field: string) => fieldErrors[field];
  const helperOf = (field: string) => {
    const messages = fieldError(field);
    if (!messages) return undefined;
    return messages.length === 1 ? (
      messages[0]
    ) : (
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </Box>
    );
  };

  return (
    <AuthCard title={translate('gdp.auth.change_password')} width={460}>
      <form onSubmit={submit} noValidate>
        <Stack spacing={2}>
          {forced && <Alert severity="info">{translate('gdp.auth.change_password_intro')}</Alert>}
          {error && (
            <Alert severity="error" data-testid="change-password-error">
              {error}
            </Alert>
          )}
          <TextField label={translate('ra.auth.username')} value={me.username} disabled />
          <TextField
            label={translate('gdp.auth.current_password')}
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
            autoFocus
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.target.value)}
            error={Boolean(fieldError('currentPassword'))}
            helperText={helperOf('currentPassword')}
          />
          <TextField
            label={translate('gdp.auth.new_password')}
            name="newPassword"
            type="password"
            autoComplete="new-password"
            required
            value={newPassword}
            onChange={(event) => setNewPassword(event.target.value)}
            error={Boolean(fieldError('newPassword'))}
            helperText={helperOf('newPassword')}
          />
          <TextField
            label={translate('gdp.auth.confirm_password')}
            name="confirmPassword"
            type="password"
            autoComplete="new-password"
            required
            value={confirmPassword}
            onChange={(event) => setConfirmPassword(event.target.value)}
            error={Boolean(fieldError('confirmPassword'))}
            helperText={helperOf('confirmPassword')}
          />
          <Box data-testid="password-policy">
            <Typography variant="subtitle2">{translate('gdp.auth.password_policy')}</Typography>
            {policyHints.map((rule) => {
              const unmet = newPassword === '' || violations.includes(rule);
              return (
                <Typography
                  key={rule}
                  variant="body2"
                  sx={{
                    display: 'flex',
                    alignItems: 'center',
                    gap: 0.5,
                    color: unmet ? 'text.secondary' : 'success.main',
                  }}
                >
                  {unmet ? <CloseIcon fontSize="inherit" /> : <CheckIcon fontSize="inherit" />}
                  {rule}
                </Typography>
              );
            })}
          </Box>
          <Button type="submit" variant="contained" size="large" disabled={busy}>
            {busy ? <CircularProgress size={24} color="inherit" /> : translate('ra.action.save')}
          </Button>
          {forced ? (
            <Button onClick={() => logout()}>{translate('gdp.auth.logout')}</Button>
          ) : (
            <Button onClick={() => navigate('/')}>{translate('ra.action.back')}</Button>
          )}
        </Stack>
      </form>
    </AuthCard>
  );
};
