// A CSV download in progress, and the set of them. A download ends early when its client goes
// away (the response closes), when the client stops reading for EXPORT_IDLE_TIMEOUT_MS, or when the
// server shuts down; its rows' iterator is then ended, which closes a database cursor and releases
// its connection at once (a download left waiting for a `drain` that never comes held both for as
// long as the process lived, and ten of them exhausted the pool).
import type { Response } from 'express';

export type AbortReason = 'client closed' | 'client idle' | 'shutdown';

/** Thrown inside a download's loop once it is aborted; never an error to report. */
export class DownloadAborted extends Error {
  constructor(readonly reason: AbortReason) {
    super(`download aborted: ${reason}`);
  }
}

export class Download {
  private abortedWith: AbortReason | null = null;
  private rejectAbort!: (e: DownloadAborted) => void;
  private readonly abortPromise = new Promise<never>((_, reject) => (this.rejectAbort = reject));
  private markSettled!: () => void;
  /** Settles once the handler is done and the rows' iterator ended (cursor closed, connection released). */
  private readonly done = new Promise<void>((resolve) => (this.markSettled = resolve));

  constructor(
    readonly res: Response,
    private readonly idleTimeoutMs: number,
  ) {
    this.abortPromise.catch(() => undefined);
    res.once('close', () => {
      if (!res.writableFinished) this.abort('client closed');
    });
  }

  get aborted(): AbortReason | null {
    return this.abortedWith;
  }

  abort(reason: AbortReason): void {
    if (this.abortedWith) return;
    this.abortedWith = reason;
    this.rejectAbort(new DownloadAborted(reason));
    // A truncated file must not look complete: the client sees the connection break.
    if (!this.res.destroyed) this.res.destroy();
  }

  /** `p`, or DownloadAborted as soon as the download is aborted (`p` may then settle later). */
  race<T>(p: Promise<T>): Promise<T> {
    p.catch(() => undefined);
    return Promise.race([p, this.abortPromise]);
  }

  /** Writes a chunk; waits while the client's buffer is full, up to the idle timeout. */
  async write(chunk: string): Promise<void> {
    if (this.abortedWith) throw new DownloadAborted(this.abortedWith);
    if (this.res.write(chunk)) return;
    let timer: NodeJS.Timeout | undefined;
    const drained = new Promise<void>((resolve) => {
      this.res.once('drain', resolve);
      if (this.idleTimeoutMs > 0) timer = setTimeout(() => this.abort('client idle'), this.idleTimeoutMs);
    });
    try {
      await this.race(drained);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Called once by the handler when it is done: ends `iterator` (a no-op after the last row; after an
   * abort it closes the cursor). An iterator in the middle of a fetch ends when that fetch returns
   * (bounded by the export's statement timeout).
   */
  finish(iterator?: AsyncIterator<unknown>): void {
    void Promise.resolve(iterator?.return?.(undefined))
      .catch(() => undefined)
      .finally(() => this.markSettled());
  }

  settled(): Promise<void> {
    return this.done;
  }
}

/** The downloads in progress, so that shutdown can abort them. */
export class Downloads {
  private readonly running = new Set<Download>();

  constructor(private readonly idleTimeoutMs: number) {}

  /** Registers a download for the response; it leaves the set when the response closes. */
  start(res: Response): Download {
    const d = new Download(res, this.idleTimeoutMs);
    this.running.add(d);
    void d.settled().then(() => this.running.delete(d));
    return d;
  }

  get inFlight(): number {
    return this.running.size;
  }

  /** Aborts every download and waits (up to `waitMs`) for their cursors and connections to be freed. */
  async abortAll(reason: AbortReason, waitMs: number): Promise<void> {
    const all = [...this.running];
    for (const d of all) d.abort(reason);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled(all.map((d) => d.settled())), new Promise((r) => (timer = setTimeout(r, waitMs)))]);
    clearTimeout(timer);
  }
}
