// Writing the access log: a request collects its entries on its context (`ctx.access`) and they are
// inserted in one statement when the answer is sent, outside the request's transaction, so a read is
// not slowed and a refused mutation's rollback does not take its log entry with it.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { v7 as uuidv7 } from 'uuid';
import { Role, type Viewer } from '../../shared/auth.ts';
import { AccessAction, AccessEntry } from './access-entry.entity.ts';

export type AccessRow = Omit<AccessEntry, 'id' | 'occurredAt' | 'fields'> & { fields?: string[] };

/** The account a sign-in concerns. */
export interface SignInAccount {
  id: string;
  email: string;
  role: string;
  governmentId: string | null;
}

/** Most rows per insert (PostgreSQL allows 65,535 parameters; a row has 16). */
const CHUNK = 1000;

// Text from clients (a tried e-mail, an operation name) must never make the insert itself fail.
function text(value: string | null | undefined, max: number): string | null {
  if (value == null) return null;
  return value.replace(/\u0000/g, '').toWellFormed().slice(0, max);
}

/** One per server: inserts the entries of finished requests, and waits for them on shutdown. */
export class AccessLogWriter {
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly orm: MikroORM,
    private readonly logger: Logger,
  ) {}

  /** Starts the insert and returns it; errors are logged, never thrown at the client. */
  write(rows: AccessRow[]): Promise<void> {
    if (!rows.length) return Promise.resolve();
    const now = new Date();
    const p: Promise<void> = this.insert(
      rows.map((r) => ({
        ...r,
        id: uuidv7(),
        occurredAt: now,
        fields: r.fields ?? [],
        actorEmail: text(r.actorEmail, 160),
        operation: text(r.operation, 200) ?? '',
        entityName: text(r.entityName, 64),
        entityId: text(r.entityId, 64),
        reason: text(r.reason, 64),
        clientIp: text(r.clientIp, 64),
        requestId: text(r.requestId, 64),
      })),
    )
      .catch((err: unknown) => this.logger.error({ err, rows: rows.length }, 'access log write failed'))
      .finally(() => this.pending.delete(p));
    this.pending.add(p);
    return p;
  }

  private async insert(rows: AccessEntry[]): Promise<void> {
    const em = this.orm.em.fork();
    for (let i = 0; i < rows.length; i += CHUNK) await em.insertMany(AccessEntry, rows.slice(i, i + CHUNK));
  }

  /** Resolves once every write started so far has finished (tests, shutdown). */
  async drain(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }
}

/**
 * The access log of one request (`ctx.access`). Resolvers report what they showed; the server
 * flushes it once, when the answer is sent.
 */
export class AccessRecorder {
  private readonly reads = new Map<string, { entityName: string; entityId: string; governmentId: string | null; fields: Set<string> }>();
  private events: AccessRow[] = [];
  /** An API key's request refused before it ran: logged as refused, not as a use. */
  private refusedKey = false;

  constructor(
    private readonly writer: AccessLogWriter | null,
    private readonly request: { viewer: Viewer | null; clientIp: string; requestId: string },
  ) {}

  private actor(): Pick<AccessRow, 'actorId' | 'actorEmail' | 'actorRole' | 'actorGovernmentId' | 'clientIp' | 'requestId'> {
    const v = this.request.viewer;
    return { actorId: v?.userId ?? null, actorEmail: v?.email ?? null, actorRole: v?.apiKey ? 'API_KEY' : (v?.role ?? null), actorGovernmentId: v?.governmentId ?? null, clientIp: this.request.clientIp, requestId: this.request.requestId };
  }

  /**
   * Personal data of one record was shown in full: which fields (never their values). `governmentId`
   * is the record's government (its administrators read the entry); the viewer's when not given.
   * An employee reading their own record is not logged.
   */
  personalDataRead(entityName: string, id: string, fields: readonly string[], governmentId?: string | null): void {
    const v = this.request.viewer;
    if (!v || (v.role === Role.EMPLOYEE && entityName === 'Employee' && v.employeeId === id)) return;
    const key = `${entityName}:${id}`;
    let read = this.reads.get(key);
    if (!read) this.reads.set(key, (read = { entityName, entityId: id, governmentId: governmentId !== undefined ? governmentId : v.governmentId, fields: new Set() }));
    for (const f of fields) read.fields.add(f);
  }

  signIn(account: SignInAccount): void {
    this.events.push({ ...this.actor(), action: AccessAction.SIGN_IN, operation: 'login', actorId: account.id, actorEmail: account.email, actorRole: account.role, actorGovernmentId: account.governmentId, governmentId: account.governmentId });
  }

  /** A refused login: the e-mail tried, the account when it exists, and why (never the password). */
  signInFailed(email: string, account: SignInAccount | null, reason: string): void {
    this.events.push({
      ...this.actor(),
      action: AccessAction.SIGN_IN_FAILED,
      operation: 'login',
      actorId: account?.id ?? null,
      actorEmail: account?.email ?? email,
      actorRole: account?.role ?? null,
      actorGovernmentId: account?.governmentId ?? null,
      governmentId: account?.governmentId ?? null,
      reason,
    });
  }

  mutationRefused(operation: string, reason: string | null, target: { entityName?: string | null; entityId?: string | null } = {}): void {
    const actor = this.actor();
    this.events.push({ ...actor, action: AccessAction.MUTATION_REFUSED, operation, reason, entityName: target.entityName ?? null, entityId: target.entityId ?? null, governmentId: actor.actorGovernmentId });
  }

  /** A CSV download: the list, its columns and how many rows left the server (null: it broke off). */
  exported(list: string, columns: readonly string[], rowCount: number | null, governmentId?: string | null): void {
    const actor = this.actor();
    this.events.push({
      ...actor,
      action: AccessAction.EXPORT,
      operation: `export ${list}`,
      entityName: list,
      fields: [...columns],
      rowCount,
      reason: rowCount === null ? 'INCOMPLETE' : null,
      governmentId: governmentId !== undefined ? governmentId : actor.actorGovernmentId,
    });
  }

  /** A request of an API key refused before it ran (rate, an operation not registered, a mutation). */
  apiKeyRefused(operation: string, reason: string): void {
    const key = this.request.viewer?.apiKey;
    if (!key) return;
    this.refusedKey = true;
    this.events.push({ ...this.actor(), action: AccessAction.API_KEY_REFUSED, operation, reason, entityName: 'ApiKey', entityId: key.id, governmentId: this.request.viewer!.governmentId });
  }

  /** Hands everything collected to the writer (one insert) and starts over. `operation` labels the reads. */
  flush(operation: string): Promise<void> {
    const actor = this.actor();
    const rows: AccessRow[] = [...this.events];
    // Every use of an API key is kept (which key, which operation), like a sign-in of a person.
    const key = this.request.viewer?.apiKey;
    if (key && !this.refusedKey) rows.push({ ...actor, action: AccessAction.API_KEY_USE, operation, entityName: 'ApiKey', entityId: key.id, governmentId: this.request.viewer!.governmentId });
    for (const r of this.reads.values()) {
      rows.push({ ...actor, action: AccessAction.PERSONAL_DATA_READ, operation, entityName: r.entityName, entityId: r.entityId, governmentId: r.governmentId, fields: [...r.fields].sort() });
    }
    this.events = [];
    this.reads.clear();
    return this.writer?.write(rows) ?? Promise.resolve();
  }
}
