import { Alert, Button, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import type { FieldErrors } from '@gdp/domain';
import { useState, type FormEvent } from 'react';
import { useLogin, useTranslate } from 'react-admin';
import { TotpRequiredError } from '../providers/auth-provider';
import { fieldErrorsFrom } from '../providers/graphql-errors';
import { takeSignInNotice } from '../providers/sign-in-notice';
import { useServerInfo } from '../layout/useServerInfo';
import { AuthCard } from './AuthCard';

const TOTP_CODE = /^\d{6}$/;

/**
 * Username and password; when the API answers TOTP_REQUIRED, the 6-digit code, and login again with it.
 * Errors are the API's own zh-CN messages (wrong credentials, locked until …, rate limits).
 */
export const LoginPage = () => {
  const translate = useTranslate();
  const login = useLogin();
  const { data: serverInfo } = useServerInfo();
  const [notice] = useState(() => takeSignInNotice());
  const [step, setStep] = useState<'password' | 'totp'>('password');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totpCode, setTotpCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (step === 'totp' && !TOTP_CODE.test(totpCode.trim())) {
      setFieldErrors({ totpCode: [translate('gdp.auth.totp_invalid_format')] });
      return;
    }
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      await login({ username, password, ...(step === 'totp' ? { totpCode } : {}) });
    } catch (caught) {
      if (caught instanceof TotpRequiredError) {
        setStep('totp');
      } else {
        setError((caught as Error).message || translate('ra.auth.sign_in_error'));
        setFieldErrors(fieldErrorsFrom(caught));
        if (step === 'totp') setTotpCode('');
      }
    } finally {
      setBusy(false);
    }
  }

  const helper = (field: string) => fieldErrors[field]?.join('；');

  return (
    <AuthCard title={translate('gdp.auth.title')}>
      <form onSubmit={submit} noValidate>
        <Stack spacing={2}>
          {notice && !error && <Alert severity="warning">{notice}</Alert>}
          {error && (
            <Alert severity="error" data-testid="login-error">
              {error}
            </Alert>
          )}
          {step === 'password' ? (
            <>
              <TextField
                label={translate('ra.auth.username')}
                name="username"
                autoComplete="username"
                autoFocus
                required
                value={username}
                onChange={(event) => setUsername(event.target.value)}
                error={Boolean(helper('username'))}
                helperText={helper('username')}
              />
              <TextField
                label={translate('ra.auth.password')}
                name="password"
                type="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                error={Boolean(helper('password'))}
                helperText={helper('password')}
              />
            </>
          ) : (
            <>
              <Typography color="text.secondary">{translate('gdp.auth.totp_hint')}</Typography>
              <TextField
                label={translate('gdp.auth.totp_code')}
                name="totpCode"
                autoComplete="one-time-code"
                autoFocus
                required
                value={totpCode}
                onChange={(event) => setTotpCode(event.target.value.replace(/\D/g, '').slice(0, 6))}
                slotProps={{ htmlInput: { inputMode: 'numeric', pattern: '[0-9]{6}', maxLength: 6 } }}
                error={Boolean(helper('totpCode'))}
                helperText={helper('totpCode')}
              />
            </>
          )}
          <Button type="submit" variant="contained" size="large" disabled={busy}>
            {busy ? <CircularProgress size={24} color="inherit" /> : translate('ra.auth.sign_in')}
          </Button>
          {step === 'totp' && (
            <Button
              onClick={() => {
                setStep('password');
                setTotpCode('');
                setError(null);
                setFieldErrors({});
              }}
            >
              {translate('gdp.auth.back')}
            </Button>
          )}
          {serverInfo?.demoMode && <Alert severity="info">{translate('gdp.app.demo_mode_hint')}</Alert>}
        </Stack>
      </form>
    </AuthCard>
  );
};
