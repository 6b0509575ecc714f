import type { S3Client } from '@aws-sdk/client-s3';
import type { AppConfig } from '../../config.js';
import type { FileStorage } from './file-storage.js';
import { assertStorageKey, storageNotFound } from './storage-support.js';

export type S3Settings = NonNullable<AppConfig['s3']>;

/** Files as objects of one bucket in S3-compatible object storage (the bureau's own, or a cloud's). */
export function createS3FileStorage(settings: S3Settings): FileStorage {
  // The SDK is large: it is loaded only by a process configured for S3.
  let loading: Promise<{ client: S3Client; sdk: typeof import('@aws-sdk/client-s3') }> | undefined;
  const connect = () =>
    (loading ??= import('@aws-sdk/client-s3').then((sdk) => ({
      sdk,
      client: new sdk.S3Client({
        endpoint: settings.endpoint,
        region: settings.region,
        forcePathStyle: settings.forcePathStyle,
        credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
      }),
    })));
  const Bucket = settings.bucket;
  return {
    backend: 's3',
    async put(_manager, key, data, contentType) {
      assertStorageKey(key);
      const { client, sdk } = await connect();
      await client.send(new sdk.PutObjectCommand({ Bucket, Key: key, Body: data, ContentType: contentType }));
    },
    async get(_manager, key) {
      assertStorageKey(key);
      const { client, sdk } = await connect();
      try {
        const response = await client.send(new sdk.GetObjectCommand({ Bucket, Key: key }));
        if (!response.Body) throw storageNotFound();
        return Buffer.from(await response.Body.transformToByteArray());
      } catch (error) {
        if (error instanceof sdk.NoSuchKey) throw storageNotFound();
        throw error;
      }
    },
    async delete(_manager, key) {
      assertStorageKey(key);
      const { client, sdk } = await connect();
      // S3 answers a delete of a missing key with success.
      await client.send(new sdk.DeleteObjectCommand({ Bucket, Key: key }));
    },
  };
}
