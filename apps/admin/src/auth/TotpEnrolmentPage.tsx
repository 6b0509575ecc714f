import { Alert, Box, Button, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import type { FieldErrors } from '@gdp/domain';
import { useEffect, useState, type FormEvent } from 'react';
import { useLogout, useNavigate, useNotify, useTranslate } from 'react-admin';
import { BeginTotpEnrolmentMutation, ConfirmTotpEnrolmentMutation } from '../providers/auth.documents';
import { useConsoleServices } from '../providers/console-context';
import { fieldErrorsFrom } from '../providers/graphql-errors';
import { CopyButton } from '../shared/CopyButton';
import { AuthCard } from './AuthCard';
import { useAdvanceStage } from './useAdvanceStage';
import { useSignedInUser } from './useSignedInUser';

interface Enrolment {
  secret: string;
  otpauthUri: string;
}

/** The otpauth URI as a QR code; `qrcode` is loaded only on this page. */
function useQrCode(text: string | undefined): string | null {
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => {
    let active = true;
    if (!text) return;
    import('qrcode')
      .then(({ default: QRCode }) =>
        QRCode.toDataURL(text, { margin: 1, width: 220, errorCorrectionLevel: 'M' }),
      )
      .then((url) => active && setImage(url))
      .catch(() => active && setImage(null));
    return () => {
      active = false;
    };
  }, [text]);
  return text ? image : null;
}

/** The URI with its percent-encoded issuer (政务公开管理平台) shown as text. */
function readableUri(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}

const groupsOfFour = (secret: string) => secret.replace(/(.{4})/g, '$1 ').trim();

/**
 * TOTP enrolment (session stage TOTP_ENROLMENT, or by choice): `beginTotpEnrolment` gives a secret and its
 * otpauth URI, the first code from the authenticator app confirms it with `confirmTotpEnrolment`.
 */
export const TotpEnrolmentPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const logout = useLogout();
  const { api } = useConsoleServices();
  const advanceStage = useAdvanceStage();
  const me = useSignedInUser();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const qrCode = useQrCode(enrolment?.otpauthUri);

  if (!me) return null;
  const forced = me.stage === 'TOTP_ENROLMENT';

  async function begin() {
    setBusy(true);
    setError(null);
    try {
      const { beginTotpEnrolment } = await api.mutate(BeginTotpEnrolmentMutation, {});
      setEnrolment(beginTotpEnrolment);
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function confirm(event: FormEvent) {
    event.preventDefault();
    if (!/^\d{6}$/.test(code)) {
      setFieldErrors({ code: [translate('gdp.auth.totp_invalid_format')] });
      return;
    }
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      const { confirmTotpEnrolment } = await api.mutate(ConfirmTotpEnrolmentMutation, { code });
      notify('gdp.auth.totp_enrolled', { type: 'success' });
      await advanceStage(confirmTotpEnrolment);
    } catch (caught) {
      setError((caught as Error).message);
      setFieldErrors(fieldErrorsFrom(caught));
      setCode('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthCard title={translate('gdp.auth.totp_enrol')} width={520}>
      <Stack spacing={2}>
        {me.totpEnabled ? (
          <Alert severity="success">{translate('gdp.auth.totp_enrolled')}</Alert>
        ) : (
          <Alert severity="info">{translate('gdp.auth.totp_enrol_intro')}</Alert>
        )}
        {error && (
          <Alert severity="error" data-testid="totp-error">
            {error}
          </Alert>
        )}
        {!me.totpEnabled && !enrolment && (
          <Button variant="contained" size="large" onClick={begin} disabled={busy}>
            {busy ? <CircularProgress size={24} color="inherit" /> : translate('gdp.auth.totp_start')}
          </Button>
        )}
        {enrolment && (
          <form onSubmit={confirm} noValidate>
            <Stack spacing={2}>
              <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
                <Box
                  sx={{
                    width: 220,
                    height: 220,
                    border: 1,
                    borderColor: 'divider',
                    display: 'grid',
                    placeItems: 'center',
                  }}
                >
                  {qrCode ? (
                    <img
                      src={qrCode}
                      width={220}
                      height={220}
                      alt={translate('gdp.auth.totp_qr_alt')}
                      data-testid="totp-qr"
                    />
                  ) : (
                    <CircularProgress size={24} />
                  )}
                </Box>
                <Box sx={{ flex: 1, minWidth: 200 }}>
                  <Typography variant="subtitle2">{translate('gdp.auth.totp_secret')}</Typography>
                  <Typography
                    data-testid="totp-secret"
                    sx={{
                      fontFamily: 'monospace',
                      fontSize: 18,
                      letterSpacing: 1,
                      wordBreak: 'break-all',
                      my: 1,
                    }}
                  >
                    {groupsOfFour(enrolment.secret)}
                  </Typography>
                  <CopyButton text={enrolment.secret} />
                </Box>
              </Box>
              <Box>
                <Typography variant="subtitle2">{translate('gdp.auth.totp_uri')}</Typography>
                <Typography
                  variant="body2"
                  sx={{ fontFamily: 'monospace', wordBreak: 'break-all', color: 'text.secondary' }}
                >
                  {readableUri(enrolment.otpauthUri)}
                </Typography>
              </Box>
              <TextField
                label={translate('gdp.auth.totp_code')}
                name="code"
                autoComplete="one-time-code"
                autoFocus
                required
                value={code}
                onChange={(event) => setCode(event.target.value.replace(/\D/g, '').slice(0, 6))}
                slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 6 } }}
                error={Boolean(fieldErrors.code)}
                helperText={fieldErrors.code?.join('；') ?? translate('gdp.auth.totp_hint')}
              />
              <Button type="submit" variant="contained" size="large" disabled={busy}>
                {busy ? <CircularProgress size={24} color="inherit" /> : translate('gdp.auth.totp_confirm')}
              </Button>
            </Stack>
          </form>
        )}
        {forced ? (
          <Button onClick={() => logout()}>{translate('gdp.auth.logout')}</Button>
        ) : (
          <Button onClick={() => navigate('/')}>{translate('ra.action.back')}</Button>
        )}
      </Stack>
    </AuthCard>
  );
};
