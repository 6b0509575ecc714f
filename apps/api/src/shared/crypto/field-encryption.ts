import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { chmod, link, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Encryption of single fields at rest (contact addresses, later whistleblowers' identities): AES-256-GCM,
 * authenticated, with a key ring so keys can be rotated — new writes use the current key, every key of
 * the ring still decrypts. A ciphertext names its key and format version:
 *
 *   v1.<keyId>.<iv>.<tag>.<ciphertext>      (base64url parts)
 *
 * Associated data (e.g. the row's id) binds a ciphertext to its place: copied into another row it no
 * longer decrypts. The key id and version are authenticated too.
 */
export interface FieldEncryption {
  /** The key new ciphertexts are written with. */
  readonly currentKeyId: string;
  encrypt(plain: string, associatedData?: string): string;
  /** Throws FieldDecryptionError for an unknown key, a tampered ciphertext or other associated data. */
  decrypt(cipher: string, associatedData?: string): string;
  /** Whether a ciphertext was written with an older key (a rotation job re-encrypts those). */
  isStale(cipher: string): boolean;
  /**
   * A keyed hash (HMAC-SHA256, hex) of a value for matching without decrypting (an applicant's ID number).
   * Keyed by the ring's first key, so rotation (which appends keys) keeps fingerprints comparable.
   */
  fingerprint(value: string, purpose: string): string;
}

export interface EncryptionKey {
  id: string;
  key: Buffer;
}

/** A ciphertext this key ring cannot open. The message names no data, only why. */
export class FieldDecryptionError extends Error {
  override readonly name = 'FieldDecryptionError';
}

/** Key material or configuration that cannot be used; the message is shown at start-up. */
export class EncryptionKeyConfigError extends Error {
  override readonly name = 'EncryptionKeyConfigError';
}

const VERSION = 'v1';
const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Key ids travel inside ciphertexts, between dots: letters, digits, `_` and `-` only. */
export const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

const headerOf = (keyId: string) => `${VERSION}.${keyId}`;
/** The key id and version are bound to the ciphertext along with the caller's associated data. */
const aadOf = (keyId: string, associatedData: string | undefined) =>
  Buffer.from(`${headerOf(keyId)}\u0000${associatedData ?? ''}`, 'utf8');

export function createKeyRing(keys: readonly EncryptionKey[], currentKeyId: string): FieldEncryption {
  const ring = new Map<string, Buffer>();
  for (const { id, key } of keys) {
    if (!KEY_ID_PATTERN.test(id)) throw new EncryptionKeyConfigError(`密钥标识“${id}”无效 / invalid key id: letters, digits, _ and - only (1–32)`);
    if (key.length !== KEY_BYTES) throw new EncryptionKeyConfigError(`密钥“${id}”须为 32 字节 / key "${id}" must be 32 bytes`);
    if (ring.has(id)) throw new EncryptionKeyConfigError(`密钥标识“${id}”重复 / duplicate key id "${id}"`);
    ring.set(id, Buffer.from(key));
  }
  const current = ring.get(currentKeyId);
  if (!current) {
    throw new EncryptionKeyConfigError(
      `当前密钥“${currentKeyId}”不在密钥列表中 / the current key "${currentKeyId}" is not in the key list`,
    );
  }

  const parse = (cipher: string) => {
    const parts = typeof cipher === 'string' ? cipher.split('.') : [];
    if (parts.length !== 5 || parts[0] !== VERSION || !KEY_ID_PATTERN.test(parts[1]) || !parts.slice(2).every((part) => BASE64URL.test(part))) {
      throw new FieldDecryptionError('密文格式无效 / malformed ciphertext');
    }
    const [, keyId, iv, tag, body] = parts;
    return { keyId, iv: Buffer.from(iv, 'base64url'), tag: Buffer.from(tag, 'base64url'), body: Buffer.from(body, 'base64url') };
  };

  return {
    currentKeyId,
    encrypt(plain, associatedData) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv(ALGORITHM, current, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(aadOf(currentKeyId, associatedData));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [headerOf(currentKeyId), iv.toString('base64url'), tag.toString('base64url'), body.toString('base64url')].join('.');
    },
    decrypt(text, associatedData) {
      const { keyId, iv, tag, body } = parse(text);
      const key = ring.get(keyId);
      if (!key) throw new FieldDecryptionError(`未知的密钥“${keyId}” / unknown key id`);
      if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new FieldDecryptionError('密文格式无效 / malformed ciphertext');
      try {
        const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
        decipher.setAAD(aadOf(keyId, associatedData));
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
      } catch {
        throw new FieldDecryptionError('密文校验失败（已被改动、或不属于此记录） / ciphertext failed authentication');
      }
    },
    isStale(text) {
      return parse(text).keyId !== currentKeyId;
    },
    fingerprint(value, purpose) {
      const [first] = ring.values();
      const key = Buffer.from(hkdfSync('sha256', first!, Buffer.alloc(0), `fingerprint:${purpose}`, KEY_BYTES));
      return createHmac('sha256', key).update(value, 'utf8').digest('hex');
    },
  };
}

/** `DATA_ENCRYPTION_KEYS`: comma-separated `keyId:base64(32 bytes)`. */
export function parseEncryptionKeys(text: string): EncryptionKey[] {
  const keys: EncryptionKey[] = [];
  for (const entry of text.split(',').map((part) => part.trim()).filter(Boolean)) {
    const separator = entry.indexOf(':');
    const id = separator > 0 ? entry.slice(0, separator).trim() : '';
    const material = separator > 0 ? entry.slice(separator + 1).trim() : '';
    if (!KEY_ID_PATTERN.test(id)) {
      throw new EncryptionKeyConfigError('每个密钥须写成“标识:base64 密钥” / each key must be "keyId:base64key" (id: letters, digits, _ and -)');
    }
    const key = Buffer.from(material, 'base64');
    if (key.length !== KEY_BYTES || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(material)) {
      throw new EncryptionKeyConfigError(`密钥“${id}”须为 32 字节的 base64 编码 / key "${id}" must be 32 bytes, base64-encoded`);
    }
    keys.push({ id, key });
  }
  return keys;
}

export const LOCAL_KEY_FILE = 'encryption-key.json';

interface LocalKeyFile {
  version: 1;
  currentKeyId: string;
  keys: Record<string, string>;
}

export interface KeyRingSettings {
  /** Keys from configuration (DATA_ENCRYPTION_KEYS). */
  dataEncryptionKeys: readonly EncryptionKey[];
  /** The key for new writes (DATA_ENCRYPTION_KEY_ID); may be omitted when exactly one key is configured. */
  dataEncryptionKeyId?: string;
  databaseUrl?: string;
  dataDir: string;
}

/**
 * The API's key ring. Configured keys win. Without them, the embedded database (a machine trying the
 * system) gets a key generated once into its data folder — readable by the owner only; keys of that file
 * keep decrypting after keys are configured. On PostgreSQL a missing key stops the start: a key
 * generated on one replica would be unknown to the others.
 */
export async function loadKeyRing(settings: KeyRingSettings): Promise<{ keyRing: FieldEncryption; source: 'config' | 'local-file' }> {
  const localFile = settings.databaseUrl ? null : path.join(settings.dataDir, LOCAL_KEY_FILE);
  if (settings.dataEncryptionKeys.length > 0) {
    const configured = settings.dataEncryptionKeys;
    const currentKeyId = settings.dataEncryptionKeyId ?? (configured.length === 1 ? configured[0].id : undefined);
    if (!currentKeyId) {
      throw new EncryptionKeyConfigError(
        '配置了多个数据加密密钥时须以 DATA_ENCRYPTION_KEY_ID 指定当前密钥 / set DATA_ENCRYPTION_KEY_ID when several keys are configured',
      );
    }
    const local = localFile ? await readLocalKeys(localFile) : null;
    const older = (local?.keys ?? []).filter((key) => !configured.some((entry) => entry.id === key.id));
    return { keyRing: createKeyRing([...configured, ...older], currentKeyId), source: 'config' };
  }
  if (settings.dataEncryptionKeyId) {
    throw new EncryptionKeyConfigError('已设置 DATA_ENCRYPTION_KEY_ID 但未配置 DATA_ENCRYPTION_KEYS / DATA_ENCRYPTION_KEY_ID is set but DATA_ENCRYPTION_KEYS is empty');
  }
  if (!localFile) {
    throw new EncryptionKeyConfigError(
      '使用 PostgreSQL（DATABASE_URL）时须配置数据加密密钥：DATA_ENCRYPTION_KEYS=“标识:base64(32 字节)”，各副本相同 / ' +
        'DATABASE_URL is set but no data encryption key is configured: set DATA_ENCRYPTION_KEYS="keyId:base64(32 bytes)" (the same on every replica), ' +
        'e.g. generated with `openssl rand -base64 32`',
    );
  }
  const local = (await readLocalKeys(localFile)) ?? (await createLocalKeyFile(localFile));
  return { keyRing: createKeyRing(local.keys, local.currentKeyId), source: 'local-file' };
}

async function readLocalKeys(file: string): Promise<{ keys: EncryptionKey[]; currentKeyId: string } | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  // Tighten a file whose mode was loosened (a copy, a restore from backup): the key reads every address.
  if (((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600);
  try {
    const parsed = JSON.parse(text) as LocalKeyFile;
    const keys = Object.entries(parsed.keys).map(([id, material]) => ({ id, key: Buffer.from(material, 'base64') }));
    return { keys, currentKeyId: parsed.currentKeyId };
  } catch {
    throw new EncryptionKeyConfigError(`数据加密密钥文件无法读取：${file} / the key file cannot be read`);
  }
}

/** Written to a temporary file first and linked into place: a crash never leaves half a key file. */
async function createLocalKeyFile(file: string): Promise<{ keys: EncryptionKey[]; currentKeyId: string }> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const id = `local-${randomBytes(4).toString('hex')}`;
  const key = randomBytes(KEY_BYTES);
  const content: LocalKeyFile = { version: 1, currentKeyId: id, keys: { [id]: key.toString('base64') } };
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600, flag: 'wx', flush: true });
  try {
    await link(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Another start won the race: its key is the one.
    await unlink(temporary);
    const existing = await readLocalKeys(file);
    if (!existing) throw error;
    return existing;
  }
  await unlink(temporary);
  return { keys: [{ id, key }], currentKeyId: id };
}
