import { generateSecret, generateURI, verify } from 'otplib';

export const TOTP_ISSUER = '政务公开管理平台';

export const createTotpSecret = (): string => generateSecret();

export const totpUri = (secret: string, username: string): string =>
  generateURI({ issuer: TOTP_ISSUER, label: username, secret });

/** Accepts the current 30-second step and one either side, at the injected time. */
export async function verifyTotp(secret: string, token: string, now: Date): Promise<boolean> {
  if (!/^\d{6}$/.test(token)) return false;
  const result = await verify({ secret, token, epoch: Math.floor(now.getTime() / 1000), epochTolerance: 30 });
  return result.valid;
}
