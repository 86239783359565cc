import { hash, verify } from '@node-rs/argon2';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.ts';
import { Role, signToken, verifyToken, type Viewer } from '../../shared/auth.ts';
import { ForbiddenError, InputError, NotFoundError, UnauthenticatedError } from '../../shared/errors.ts';
import { refId } from '../../shared/base.entity.ts';
import { countOf, likeEscape, type Page } from '../../shared/list.ts';
import { assignGiven, checkVersion, orderByOf, viewerOf } from '../../shared/resolve.ts';
import { governmentScope } from '../../shared/scope.ts';
import { Employee } from '../employee/index.ts';
import { Government, OrgUnit } from '../organization/index.ts';
import { isStrongPassword, UserSortField, type CreateUserInput, type UpdateUserInput, type UserFilter, type UserSort } from './auth.inputs.ts';
import { User } from './user.entity.ts';

const USER_SORT: Record<UserSortField, string> = {
  [UserSortField.EMAIL]: 'email',
  [UserSortField.DISPLAY_NAME]: 'displayName',
  [UserSortField.ROLE]: 'role',
  [UserSortField.ACTIVE]: 'active',
  [UserSortField.LAST_LOGIN_AT]: 'lastLoginAt',
  [UserSortField.CREATED_AT]: 'createdAt',
};

const USER_COLUMNS = ['id', 'createdAt', 'updatedAt', 'version', 'email', 'displayName', 'role', 'government', 'unit', 'employee', 'active', 'lastLoginAt'] as const;

// A fixed hash verified when the e-mail is unknown, so a failed login takes the same time either way.
let dummyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** The password policy (isStrongPassword), for passwords not sent through an input type. */
export function checkPassword(password: string, field = 'password'): void {
  if (!isStrongPassword(password)) {
    throw new InputError(field, 'WEAK_PASSWORD', `${field}: use at least 10 characters, with letters and digits`);
  }
}

/** `passwordChangedAt` as carried in a token (epoch milliseconds; 0 when never changed). */
const passwordEpoch = (changedAt: Date | null | undefined): number => changedAt?.getTime() ?? 0;

/**
 * Resolves the caller from a bearer token. The user row is read on every request so a disabled
 * account, a changed role or a changed password (which revokes every older token) takes effect at once.
 */
export async function resolveViewer(em: SqlEntityManager, secret: string, token: string): Promise<Viewer> {
  const claims = await verifyToken(secret, token);
  const [row] = await em.execute<{ id: string; email: string; role: Role; active: boolean; password_epoch: number | null; government_id: string | null; unit_id: string | null; employee_id: string | null; unit_path: string | null }[]>(
    `select u.id, u.email, u.role, u.active, floor(extract(epoch from u.password_changed_at) * 1000)::float8 as password_epoch,
            u.government_id, u.unit_id, u.employee_id, ou.path as unit_path
       from app_user u left join org_unit ou on ou.id = u.unit_id where u.id = ?`,
    [claims.sub],
  );
  if (!row || !row.active) throw new UnauthenticatedError('Your account is disabled or no longer exists', 'ACCOUNT_DISABLED');
  if ((row.password_epoch ?? 0) > claims.pwc) throw new UnauthenticatedError('The password was changed since this session began; log in again', 'TOKEN_REVOKED');
  return {
    userId: row.id,
    email: row.email,
    role: row.role,
    governmentId: row.government_id,
    unitId: row.unit_id,
    unitPath: row.unit_path,
    employeeId: row.employee_id,
  };
}

export class AuthService {
  constructor(private readonly ctx: Context) {}

  /**
   * Two limits: attempts per client and e-mail (guessing one password), and failed attempts per
   * client whatever the e-mail (one address trying many accounts: password spraying). Every outcome
   * goes to the sign-in log (the access log), none to the audit trail.
   */
  async login(email: string, password: string): Promise<{ token: string; expiresAt: Date; user: User }> {
    const { access, clientIp, limits } = this.ctx;
    const address = email.toLowerCase();
    const key = `${clientIp}|${address}`;
    try {
      await limits.loginClient.check(clientIp);
      await limits.login.consume(key);
    } catch (e) {
      access.signInFailed(address, null, 'RATE_LIMITED');
      throw e;
    }
    const user = await this.ctx.em.findOne(User, { email: address }, { populate: ['passwordHash'] });
    dummyHash ??= hash('not-a-real-password-0');
    const ok = await verify(user?.passwordHash ?? (await dummyHash), password);
    const account = user && { id: user.id, email: user.email, role: user.role, governmentId: refId(user.government ?? null) };
    if (!user || !ok || !user.active) {
      access.signInFailed(address, account, !user ? 'UNKNOWN_EMAIL' : !ok ? 'WRONG_PASSWORD' : 'ACCOUNT_DISABLED');
      // Counted after the fact: only failures use up the client's allowance (an office behind one
      // address logs in freely); a concurrent overshoot is refused by the next check.
      await limits.loginClient.consume(clientIp).catch(() => undefined);
      throw new UnauthenticatedError('Wrong e-mail or password', 'INVALID_CREDENTIALS');
    }
    await limits.login.reset(key);
    access.signIn(account!);
    // Bookkeeping, not a change of the account: no audit entry, no new version (an admin editing
    // the account meanwhile keeps a valid version).
    const now = new Date();
    await this.ctx.em.execute('update app_user set last_login_at = ? where id = ?', [now, user.id]);
    user.lastLoginAt = now;
    const { token, expiresAt } = await signToken(this.ctx.config.jwtSecret, { sub: user.id, role: user.role, pwc: passwordEpoch(user.passwordChangedAt) }, this.ctx.config.tokenTtlMinutes);
    return { token, expiresAt, user };
  }

  async me(): Promise<User> {
    const viewer = viewerOf(this.ctx);
    const user = await this.ctx.loaders.byId(User).load(viewer.userId);
    if (!user) throw new UnauthenticatedError();
    return user;
  }

  async changePassword(current: string, next: string): Promise<boolean> {
    const viewer = viewerOf(this.ctx);
    const user = await this.ctx.em.findOneOrFail(User, viewer.userId, { populate: ['passwordHash'] });
    if (!(await verify(user.passwordHash, current))) throw new InputError('currentPassword', 'WRONG_PASSWORD', 'currentPassword: the current password is wrong');
    checkPassword(next, 'newPassword');
    user.passwordHash = await hashPassword(next);
    user.passwordChangedAt = new Date();
    await this.ctx.em.flush();
    return true;
  }

  // ---- user administration --------------------------------------------------------------------

  async list(filter: UserFilter = {}, sort: UserSort[] | undefined, limit: number, offset: number): Promise<Page<User>> {
    const viewer = this.requireUserAdmin();
    const qb = this.ctx.em.createQueryBuilder(User, 'u');
    const gov = governmentScope(viewer);
    if (gov) qb.andWhere({ government: gov });
    if (filter.governmentId) qb.andWhere({ government: filter.governmentId });
    if (filter.roles?.length) qb.andWhere({ role: { $in: filter.roles } });
    if (filter.active != null) qb.andWhere({ active: filter.active });
    if (filter.unitId) qb.andWhere({ unit: filter.unitId });
    if (filter.ids) qb.andWhere({ id: { $in: filter.ids } });
    if (filter.q) {
      const like = `%${likeEscape(filter.q.trim())}%`;
      qb.andWhere({ $or: [{ email: { $ilike: like } }, { displayName: { $ilike: like } }] });
    }
    const total = await countOf(qb);
    const items = (await qb
      .select([...USER_COLUMNS])
      // Never-logged-in accounts last when sorting by last login, whichever the direction.
      .orderBy(orderByOf(sort, USER_SORT, { email: 'asc' }).map((o) => ('lastLoginAt' in o ? { lastLoginAt: o.lastLoginAt === 'desc' ? 'desc nulls last' : 'asc nulls last' } : o)) as never)
      .limit(limit, offset)
      .execute('all', true)) as User[];
    return { items, total, limit, offset };
  }

  /** One account, within the admin's government. */
  async get(id: string): Promise<User> {
    const viewer = this.requireUserAdmin();
    const user = await this.ctx.loaders.byId(User).load(id);
    const scope = governmentScope(viewer);
    if (!user || (scope && refId(user.government ?? null) !== scope)) throw new NotFoundError('User', id);
    return user;
  }

  async create(input: CreateUserInput): Promise<User> {
    const viewer = this.requireUserAdmin();
    const em = this.ctx.em;
    checkPassword(input.password);
    const email = input.email.toLowerCase();
    if (await em.count(User, { email })) throw new InputError('email', 'DUPLICATE', `email: ${email} already has an account`);
    const attach = await this.attachment(viewer, input.role, input.governmentId ?? null, input.unitId ?? null, input.employeeId ?? null);
    const user = em.create(User, {
      email,
      displayName: input.displayName,
      role: input.role,
      passwordHash: await hashPassword(input.password),
      government: attach.governmentId,
      unit: attach.unitId,
      employee: attach.employeeId,
    });
    await em.flush();
    return user;
  }

  async update(id: string, input: UpdateUserInput): Promise<User> {
    const viewer = this.requireUserAdmin();
    const em = this.ctx.em;
    const user = await em.findOne(User, id);
    const scope = governmentScope(viewer);
    if (!user || (scope && user.government?.id !== scope)) throw new NotFoundError('User', id);
    if (user.role === Role.SUPER_ADMIN && viewer.role !== Role.SUPER_ADMIN) throw new ForbiddenError('Only a super admin may change a super admin', 'ROLE');
    checkVersion('User', user, input.version);
    if (input.active === false && user.id === viewer.userId) throw new InputError('active', 'SELF', 'active: you cannot disable your own account');
    const role = input.role ?? user.role;
    const attach = await this.attachment(
      viewer,
      role,
      input.governmentId !== undefined ? input.governmentId : (user.government?.id ?? null),
      input.unitId !== undefined ? input.unitId : (user.unit?.id ?? null),
      input.employeeId !== undefined ? input.employeeId : (user.employee?.id ?? null),
    );
    assignGiven(user, input as Partial<User>, ['displayName', 'role', 'active']);
    user.government = attach.governmentId ? em.getReference(Government, attach.governmentId, { wrapped: true }) : null;
    user.unit = attach.unitId ? em.getReference(OrgUnit, attach.unitId, { wrapped: true }) : null;
    user.employee = attach.employeeId ? em.getReference(Employee, attach.employeeId, { wrapped: true }) : null;
    if (input.password) {
      checkPassword(input.password);
      user.passwordHash = await hashPassword(input.password);
      user.passwordChangedAt = new Date();
    }
    await em.flush();
    this.ctx.loaders.clear();
    return user;
  }

  private requireUserAdmin(): Viewer {
    const viewer = viewerOf(this.ctx);
    if (viewer.role !== Role.SUPER_ADMIN && viewer.role !== Role.GOV_ADMIN) throw new ForbiddenError('Only a super admin or a government admin manages users', 'ROLE');
    return viewer;
  }

  /** Checks the government / unit / employee a role needs, within the acting admin's reach. */
  private async attachment(viewer: Viewer, role: Role, governmentId: string | null, unitId: string | null, employeeId: string | null) {
    const em = this.ctx.em;
    if (role === Role.SUPER_ADMIN) {
      if (viewer.role !== Role.SUPER_ADMIN) throw new ForbiddenError('Only a super admin may create a super admin', 'ROLE', 'role');
      return { governmentId: null, unitId: null, employeeId: null };
    }
    const scope = governmentScope(viewer);
    if (scope) {
      if (governmentId && governmentId !== scope) throw new ForbiddenError('You may only manage users of your own government', 'OTHER_GOVERNMENT', 'governmentId');
      governmentId = scope;
    }
    if (!governmentId && role !== Role.ANALYST) throw new InputError('governmentId', 'REQUIRED', `governmentId: a ${role} belongs to a government`);
    if (governmentId && !(await em.count(Government, { id: governmentId }))) throw new NotFoundError('Government', governmentId, 'governmentId');
    if (role === Role.UNIT_ADMIN) {
      if (!unitId) throw new InputError('unitId', 'REQUIRED', 'unitId: a unit admin needs their unit');
      const unit = await em.findOne(OrgUnit, unitId);
      if (!unit || unit.government.id !== governmentId) throw new NotFoundError('Unit', unitId, 'unitId');
    } else unitId = null;
    if (role === Role.EMPLOYEE) {
      if (!employeeId) throw new InputError('employeeId', 'REQUIRED', 'employeeId: an employee account needs the employee record');
      const employee = await em.findOne(Employee, employeeId);
      if (!employee || employee.government.id !== governmentId) throw new NotFoundError('Employee', employeeId, 'employeeId');
    }
    return { governmentId, unitId, employeeId };
  }
}
