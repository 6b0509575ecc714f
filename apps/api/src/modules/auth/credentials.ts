import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** argon2id with OWASP's recommended minimum (19 MiB, 2 passes). */
const ARGON2_OPTIONS = { algorithm: 2 /* Argon2id; the package's const enum cannot be imported under isolatedModules */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2_OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verified against when the username is unknown, so both paths take the same time. */
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = (): Promise<string> => (dummyHash ??= hashPassword('dummy-Password-1'));

export const SESSION_TOKEN_PREFIX = 'gdps_';
export const API_TOKEN_PREFIX = 'gdpt_';

/** 256 random bits, base64url; only its SHA-256 is stored (high entropy makes a slow hash unnecessary). */
export const generateSecretToken = (prefix: string): string => `${prefix}${randomBytes(32).toString('base64url')}`;

export const sha256Hex = (value: string): string => createHash('sha256').update(value).digest('hex');
