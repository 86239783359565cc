// No orphan files: a stored file without a document row (a crash between storing and committing, a
// cascade that removed the row) and an upload abandoned half-way are removed once they are older
// than ORPHAN_FILE_GRACE_SECONDS (younger ones may belong to an upload still committing).
import { readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { FileStorageConfig } from '../../config.ts';
import { query, sql } from '../../shared/sql.ts';
import type { FileStore } from './document.store.ts';

export interface SweepDeps {
  orm: MikroORM;
  files: FileStore;
  logger: Logger;
  config: FileStorageConfig;
}

/** Removes orphans older than the grace period; returns how many files of each kind went. */
export async function sweepOrphans({ orm, files, config, logger }: SweepDeps, now = Date.now()): Promise<{ stored: number; uploads: number }> {
  const cutoff = now - config.orphanGraceSeconds * 1000;
  const em = orm.em.fork();
  let stored = 0;
  let batch: string[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const kept = new Set((await query<{ storage_key: string }>(em, sql`select storage_key from document where storage_key in (${sql.list(batch)})`)).map((r) => r.storage_key));
    for (const key of batch) {
      if (kept.has(key)) continue;
      await files.delete(key);
      stored++;
    }
    batch = [];
  };
  for await (const f of files.list()) {
    if (f.modifiedAt.getTime() > cutoff) continue;
    batch.push(f.key);
    if (batch.length >= 500) await flush();
  }
  await flush();

  let uploads = 0;
  const names = await readdir(config.tmpDir).catch(() => [] as string[]);
  for (const name of names) {
    if (!/\.(upload|part|json)$/.test(name)) continue;
    const file = path.join(config.tmpDir, name);
    const s = await stat(file).catch(() => null);
    if (!s || s.mtime.getTime() > cutoff) continue;
    await unlink(file).catch(() => undefined);
    uploads++;
  }
  if (stored || uploads) logger.info({ stored, uploads }, 'orphan files swept');
  return { stored, uploads };
}

/** Sweeps a minute after start and then every hour, never keeping the process alive. */
export function startOrphanSweep(deps: SweepDeps): { stop(): void; run(): Promise<{ stored: number; uploads: number }> } {
  let running: Promise<unknown> | null = null;
  const run = () => {
    const p = sweepOrphans(deps);
    running = p.catch((err: unknown) => deps.logger.warn({ err }, 'orphan sweep failed')).finally(() => (running = null));
    return p;
  };
  const first = setTimeout(() => void run().catch(() => undefined), 60_000);
  const every = setInterval(() => running ?? void run().catch(() => undefined), 3_600_000);
  first.unref();
  every.unref();
  return {
    run,
    stop() {
      clearTimeout(first);
      clearInterval(every);
    },
  };
}
