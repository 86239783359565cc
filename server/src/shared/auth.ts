import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { registerEnumType, type AuthChecker } from 'type-graphql';
import { UnauthenticatedError } from './errors.ts';

export enum Role {
  /** Every government (national operator, BKN-level support). */
  SUPER_ADMIN = 'SUPER_ADMIN',
  /** One government (BKPP / BKPSDM). */
  GOV_ADMIN = 'GOV_ADMIN',
  /** One unit and its sub-units; sees and edits only employees placed there. */
  UNIT_ADMIN = 'UNIT_ADMIN',
  /** Read-only; personal data masked. Bound to one government, or to all when none is set. */
  ANALYST = 'ANALYST',
  /** An employee using self-service (own record, own performance plan). */
  EMPLOYEE = 'EMPLOYEE',
}
registerEnumType(Role, { name: 'Role', description: 'What a user may see and do' });

export const ADMIN_ROLES = [Role.SUPER_ADMIN, Role.GOV_ADMIN, Role.UNIT_ADMIN] as const;
export const READER_ROLES = [...ADMIN_ROLES, Role.ANALYST] as const;

/** The authenticated caller, as resolved from the token and the user row on every request. */
export interface Viewer {
  userId: string;
  email: string;
  role: Role;
  governmentId: string | null;
  unitId: string | null;
  /** Materialized path of the unit (UNIT_ADMIN), used to scope to the unit's subtree. */
  unitPath: string | null;
  employeeId: string | null;
  /**
   * Set when the caller is an API key (a dashboard), not a person: the role is then ANALYST (read-only,
   * masked), `userId` is the key's id, and `unitPath` confines it when the key is for a unit.
   */
  apiKey?: ApiKeyIdentity | null;
}

/** What a request authenticated with an API key knows of the key. */
export interface ApiKeyIdentity {
  id: string;
  name: string;
  prefix: string;
  /** `DIRECTORY`: stricter than an analyst (the directory card of every employee). */
  view: 'MASKED' | 'DIRECTORY';
  /** Only the key's registered operations may run. */
  trustedOperationsOnly: boolean;
  rateLimit: { max: number; windowSeconds: number };
}

export interface AuthContext {
  viewer: Viewer | null;
  authError: UnauthenticatedError | null;
}

/**
 * The one authChecker. `@Authorized()` means any logged-in user; `@Authorized(roles)` restricts to
 * those roles. Row scoping (which government / unit) is enforced in services and queries.
 */
export const authChecker: AuthChecker<AuthContext, Role> = ({ context }, roles) => {
  if (!context.viewer) throw context.authError ?? new UnauthenticatedError();
  return roles.length === 0 || roles.includes(context.viewer.role);
};

export interface TokenClaims {
  sub: string;
  role: Role;
  /**
   * The account's `passwordChangedAt` when the token was issued (epoch milliseconds, 0 for never):
   * a later password change revokes the token. `iat` alone has one-second resolution, which would
   * let a token issued in the same second as the change survive it (or refuse the new login).
   */
  pwc: number;
  /** Issued at, epoch seconds. */
  iat?: number;
}

export async function signToken(secret: string, claims: Omit<TokenClaims, 'iat'>, ttlMinutes: number): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + ttlMinutes * 60_000);
  const token = await new SignJWT({ role: claims.role, pwc: claims.pwc })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setIssuer('asn-merit')
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(new TextEncoder().encode(secret));
  return { token, expiresAt };
}

export async function verifyToken(secret: string, token: string): Promise<TokenClaims> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), { issuer: 'asn-merit', algorithms: ['HS256'] });
    if (typeof payload.sub !== 'string' || typeof payload.role !== 'string') throw new UnauthenticatedError('Invalid token', 'TOKEN_INVALID');
    // Tokens issued before the claim existed: their issue time (seconds) stands in for it.
    const pwc = typeof payload.pwc === 'number' ? payload.pwc : (payload.iat ?? 0) * 1000;
    return { sub: payload.sub, role: payload.role as Role, pwc, iat: payload.iat };
  } catch (e) {
    if (e instanceof UnauthenticatedError) throw e;
    if (e instanceof joseErrors.JWTExpired) throw new UnauthenticatedError('Your session has expired; log in again', 'TOKEN_EXPIRED');
    throw new UnauthenticatedError('Invalid token', 'TOKEN_INVALID');
  }
}
