import { generateSecret, generateURI, verify } from 'otplib';

export const TOTP_ISSUER = '政务公开管理平台';
const TOTP_PERIOD_SECONDS = 30;

export const createTotpSecret = (): string => generateSecret();

export const totpUri = (secret: string, username: string): string =>
  generateURI({ issuer: TOTP_ISSUER, label: username, secret });

/**
 * Accepts the current 30-second step and one either side, at the injected time, and never a step at or
 * before the last one used (a code read over a shoulder cannot be replayed). Returns the step, or null.
 */
export async function verifyTotp(secret: string, token: string, now: Date, lastUsedStep?: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(token)) return null;
  const epoch = Math.floor(now.getTime() / 1000);
  const result = await verify({
    secret,
    token,
    epoch,
    epochTolerance: 30,
    ...(lastUsedStep !== null && lastUsedStep !== undefined ? { afterTimeStep: lastUsedStep } : {}),
  });
  return result.valid ? Math.floor(epoch / TOTP_PERIOD_SECONDS) + result.delta : null;
}
