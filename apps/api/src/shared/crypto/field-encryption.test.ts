import { mkdtemp, readFile, rm, stat, writeFile, chmod } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import {
  EncryptionKeyConfigError,
  FieldDecryptionError,
  LOCAL_KEY_FILE,
  createKeyRing,
  loadKeyRing,
  parseEncryptionKeys,
  type EncryptionKey,
} from './field-encryption.js';

const keyA: EncryptionKey = { id: 'k2026', key: Buffer.alloc(32, 1) };
const keyB: EncryptionKey = { id: 'k2027', key: Buffer.alloc(32, 2) };
const base64 = (key: EncryptionKey) => key.key.toString('base64');

describe('field encryption (AES-256-GCM with a key ring)', () => {
  const ring = createKeyRing([keyA], 'k2026');

  it('round-trips text, Chinese and empty included, under its key id', () => {
    for (const plain of ['13812345678', 'zhang.san@example.com', '浙江省湖州市仁皇山路 1 号', '']) {
      const cipher = ring.encrypt(plain, 'notice:1');
      expect(cipher).toMatch(/^v1\.k2026\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]*$/);
      expect(cipher).not.toContain(plain || '\u0000');
      expect(ring.decrypt(cipher, 'notice:1')).toBe(plain);
    }
  });

  it('writes a fresh IV each time: equal plaintexts give different ciphertexts', () => {
    expect(ring.encrypt('13812345678')).not.toBe(ring.encrypt('13812345678'));
  });

  it('refuses a ciphertext moved to another row (other associated data) or stripped of it', () => {
    const cipher = ring.encrypt('13812345678', 'notice:1');
    expect(() => ring.decrypt(cipher, 'notice:2')).toThrow(FieldDecryptionError);
    expect(() => ring.decrypt(cipher)).toThrow(FieldDecryptionError);
    expect(() => createKeyRing([keyA], 'k2026').decrypt(ring.encrypt('x'), 'notice:1')).toThrow(FieldDecryptionError);
  });

  it('refuses a tampered ciphertext, tag or IV', () => {
    const cipher = ring.encrypt('13812345678', 'row');
    const [version, keyId, iv, tag, body] = cipher.split('.');
    const flip = (part: string) => {
      const bytes = Buffer.from(part, 'base64url');
      bytes[0] ^= 1;
      return bytes.toString('base64url');
    };
    for (const tampered of [
      [version, keyId, iv, tag, flip(body)],
      [version, keyId, iv, flip(tag), body],
      [version, keyId, flip(iv), tag, body],
    ]) {
      expect(() => ring.decrypt(tampered.join('.'), 'row')).toThrow(/校验失败/);
    }
  });

  it('refuses an unknown key id, a relabelled key id and malformed text', () => {
    const cipher = ring.encrypt('13812345678', 'row');
    expect(() => ring.decrypt(cipher.replace('.k2026.', '.k1999.'), 'row')).toThrow(/未知的密钥/);
    // Both keys known: the key id is authenticated, so relabelling fails even though that key exists.
    const both = createKeyRing([keyA, keyB], 'k2026');
    expect(() => both.decrypt(cipher.replace('.k2026.', '.k2027.'), 'row')).toThrow(FieldDecryptionError);
    for (const bad of ['', 'plain text', 'v2.k2026.a.b.c', 'v1.k2026.a.b', 'v1.k 2026.a.b.c', 'v1.k2026.!!.b.c']) {
      expect(() => ring.decrypt(bad, 'row')).toThrow(/格式无效/);
    }
  });

  it('rotates: new writes use the current key, old ciphertexts still decrypt', () => {
    const old = ring.encrypt('13812345678', 'row');
    const rotated = createKeyRing([keyB, keyA], 'k2027');
    expect(rotated.currentKeyId).toBe('k2027');
    expect(rotated.decrypt(old, 'row')).toBe('13812345678');
    expect(rotated.isStale(old)).toBe(true);
    const fresh = rotated.encrypt('13812345678', 'row');
    expect(fresh.startsWith('v1.k2027.')).toBe(true);
    expect(rotated.isStale(fresh)).toBe(false);
    // A ring without the old key cannot read it.
    expect(() => createKeyRing([keyB], 'k2027').decrypt(old, 'row')).toThrow(/未知的密钥/);
  });

  it('refuses unusable key rings', () => {
    expect(() => createKeyRing([keyA], 'k2027')).toThrow(EncryptionKeyConfigError);
    expect(() => createKeyRing([{ id: 'short', key: Buffer.alloc(16) }], 'short')).toThrow(/32 字节/);
    expect(() => createKeyRing([keyA, { ...keyB, id: 'k2026' }], 'k2026')).toThrow(/重复/);
    expect(() => createKeyRing([{ id: 'a.b', key: Buffer.alloc(32) }], 'a.b')).toThrow(/标识/);
  });
});

describe('DATA_ENCRYPTION_KEYS', () => {
  it('parses comma-separated keyId:base64 entries', () => {
    const keys = parseEncryptionKeys(` k2026:${base64(keyA)} , k2027:${base64(keyB)}`);
    expect(keys.map((key) => key.id)).toEqual(['k2026', 'k2027']);
    expect(keys[1].key.equals(keyB.key)).toBe(true);
    expect(parseEncryptionKeys('')).toEqual([]);
  });

  it.each([
    ['no id', base64(keyA)],
    ['a short key', `k1:${Buffer.alloc(16).toString('base64')}`],
    ['not base64', `k1:${'!'.repeat(44)}`],
    ['a bad id', `k.1:${base64(keyA)}`],
  ])('refuses %s', (_name, text) => {
    expect(() => parseEncryptionKeys(text)).toThrow(EncryptionKeyConfigError);
  });

  it('is read by loadConfig, which names the problem without the key', () => {
    const config = loadConfig({ DATA_ENCRYPTION_KEYS: `k2026:${base64(keyA)}`, DATA_ENCRYPTION_KEY_ID: 'k2026' });
    expect(config.dataEncryptionKeys).toHaveLength(1);
    expect(config.dataEncryptionKeyId).toBe('k2026');
    const secret = Buffer.alloc(16, 9).toString('base64');
    let message = '';
    try {
      loadConfig({ DATA_ENCRYPTION_KEYS: `k1:${secret}` });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^配置无效：DATA_ENCRYPTION_KEYS: .*32 字节/);
    expect(message).not.toContain(secret);
  });
});

describe('loadKeyRing', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'gdp-keys-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('uses the configured keys; the current one by DATA_ENCRYPTION_KEY_ID, or the only one', async () => {
    const { keyRing, source } = await loadKeyRing({ dataEncryptionKeys: [keyA, keyB], dataEncryptionKeyId: 'k2027', dataDir });
    expect(source).toBe('config');
    expect(keyRing.currentKeyId).toBe('k2027');
    expect((await loadKeyRing({ dataEncryptionKeys: [keyA], dataDir })).keyRing.currentKeyId).toBe('k2026');
    await expect(loadKeyRing({ dataEncryptionKeys: [keyA, keyB], dataDir })).rejects.toThrow(/DATA_ENCRYPTION_KEY_ID/);
    await expect(loadKeyRing({ dataEncryptionKeys: [keyA], dataEncryptionKeyId: 'k9', dataDir })).rejects.toThrow(/不在密钥列表中/);
  });

  it('refuses to start on PostgreSQL without a configured key, saying what to set (zh-CN and English)', async () => {
    const attempt = loadKeyRing({ dataEncryptionKeys: [], databaseUrl: 'postgres://db/gdp', dataDir });
    await expect(attempt).rejects.toThrow(EncryptionKeyConfigError);
    await expect(attempt).rejects.toThrow(/须配置数据加密密钥.*DATA_ENCRYPTION_KEYS.*no data encryption key is configured/);
    await expect(readFile(path.join(dataDir, LOCAL_KEY_FILE))).rejects.toThrow(/ENOENT/);
  });

  it('on the embedded database generates a key once, owner-readable only, and keeps using it', async () => {
    const first = await loadKeyRing({ dataEncryptionKeys: [], dataDir: path.join(dataDir, 'nested') });
    expect(first.source).toBe('local-file');
    const file = path.join(dataDir, 'nested', LOCAL_KEY_FILE);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const cipher = first.keyRing.encrypt('13812345678', 'row');
    const second = await loadKeyRing({ dataEncryptionKeys: [], dataDir: path.join(dataDir, 'nested') });
    expect(second.keyRing.currentKeyId).toBe(first.keyRing.currentKeyId);
    expect(second.keyRing.decrypt(cipher, 'row')).toBe('13812345678');
    // A loosened mode (a copy, a restore) is tightened again.
    await chmod(file, 0o644);
    await loadKeyRing({ dataEncryptionKeys: [], dataDir: path.join(dataDir, 'nested') });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('two starts at once end up with one key', async () => {
    const [a, b] = await Promise.all([
      loadKeyRing({ dataEncryptionKeys: [], dataDir }),
      loadKeyRing({ dataEncryptionKeys: [], dataDir }),
    ]);
    expect(a.keyRing.currentKeyId).toBe(b.keyRing.currentKeyId);
    expect(b.keyRing.decrypt(a.keyRing.encrypt('x', 'r'), 'r')).toBe('x');
  });

  it('keeps the generated key for decryption once keys are configured (moving off the generated key)', async () => {
    const local = await loadKeyRing({ dataEncryptionKeys: [], dataDir });
    const old = local.keyRing.encrypt('13812345678', 'row');
    const { keyRing } = await loadKeyRing({ dataEncryptionKeys: [keyA], dataDir });
    expect(keyRing.currentKeyId).toBe('k2026');
    expect(keyRing.decrypt(old, 'row')).toBe('13812345678');
  });

  it('refuses a damaged key file rather than generating a new key over it', async () => {
    await writeFile(path.join(dataDir, LOCAL_KEY_FILE), '{"version":1', { mode: 0o600 });
    await expect(loadKeyRing({ dataEncryptionKeys: [], dataDir })).rejects.toThrow(/密钥文件无法读取/);
  });
});
