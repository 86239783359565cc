// Where document files live: a private folder under the data directory (default), or an
// S3-compatible object store (FILE_STORAGE=s3, e.g. MinIO). Files arrive as finished temp files
// (already hashed and checked); the store only keeps, streams back, deletes and lists them.
import { createReadStream } from 'node:fs';
import { chmod, copyFile, mkdir, readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { FileStorageConfig } from '../../config.ts';

export interface StoredFile {
  key: string;
  modifiedAt: Date;
}

export interface FileStore {
  readonly kind: 'disk' | 's3';
  /** Keeps the temp file `source` under `key` (the temp file is moved or copied; the caller removes it). */
  put(key: string, source: string, size: number, contentType: string): Promise<void>;
  /** The file's bytes, or null when there is none under `key`. */
  get(key: string): Promise<Readable | null>;
  delete(key: string): Promise<void>;
  /** Every stored file (the orphan sweep). */
  list(): AsyncIterable<StoredFile>;
}

/** Keys are `<uuid>/<uuid>`: nothing a client wrote, so never a path outside the store. */
const KEY = /^[0-9a-f-]{36}\/[0-9a-f-]{36}$/;
function checkKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`not a storage key: ${key}`);
  return key;
}

export class DiskStore implements FileStore {
  readonly kind = 'disk' as const;
  constructor(private readonly root: string) {}

  private file(key: string): string {
    return path.join(this.root, checkKey(key));
  }

  async put(key: string, source: string): Promise<void> {
    const target = this.file(key);
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    try {
      await copyFile(source, target);
    } catch (e) {
      await unlink(target).catch(() => undefined);
      throw e;
    }
    await chmod(target, 0o600);
  }

  async get(key: string): Promise<Readable | null> {
    const file = this.file(key);
    try {
      await stat(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    return createReadStream(file);
  }

  async delete(key: string): Promise<void> {
    await unlink(this.file(key)).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
  }

  async *list(): AsyncIterable<StoredFile> {
    let dirs: string[];
    try {
      dirs = await readdir(this.root);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw e;
    }
    for (const dir of dirs) {
      const files = await readdir(path.join(this.root, dir)).catch(() => [] as string[]);
      for (const f of files) {
        const key = `${dir}/${f}`;
        if (!KEY.test(key)) continue;
        const s = await stat(path.join(this.root, key)).catch(() => null);
        if (s?.isFile()) yield { key, modifiedAt: s.mtime };
      }
    }
  }
}

export class S3Store implements FileStore {
  readonly kind = 's3' as const;
  private readonly client: S3Client;

  constructor(private readonly s3: NonNullable<FileStorageConfig['s3']>) {
    this.client = new S3Client({
      endpoint: s3.endpoint,
      region: s3.region,
      forcePathStyle: s3.forcePathStyle,
      credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
      // Checksums only where S3 requires them: the SDK's default streams uploads as aws-chunked
      // bodies with trailing checksums, which many S3-compatible servers store verbatim or refuse.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, source: string, size: number, contentType: string): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.s3.bucket, Key: checkKey(key), Body: createReadStream(source), ContentLength: size, ContentType: contentType }));
  }

  async get(key: string): Promise<Readable | null> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.s3.bucket, Key: checkKey(key) }));
      return (out.Body as Readable | undefined) ?? null;
    } catch (e) {
      if (e instanceof NoSuchKey || (e as { name?: string }).name === 'NoSuchKey') return null;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.s3.bucket, Key: checkKey(key) }));
  }

  async *list(): AsyncIterable<StoredFile> {
    let token: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.s3.bucket, ContinuationToken: token }));
      for (const o of page.Contents ?? []) if (o.Key && KEY.test(o.Key)) yield { key: o.Key, modifiedAt: o.LastModified ?? new Date(0) };
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  destroy(): void {
    this.client.destroy();
  }
}

export function fileStoreOf(config: FileStorageConfig): FileStore {
  return config.driver === 's3' ? new S3Store(config.s3!) : new DiskStore(config.dir);
}
