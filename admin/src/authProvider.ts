import type { AuthProvider } from 'react-admin';
import { request, tokenStore } from './dataProvider/client';
import { LoginDocument, type LoginMutation } from './gql/graphql';

const USER_KEY = 'asn-merit.user';

export type SessionUser = LoginMutation['login']['user'] & { expiresAt: string };

export function sessionUser(): SessionUser | null {
  try {
    return JSON.parse(localStorage.getItem(USER_KEY) ?? 'null');
  } catch {
    return null;
  }
}

function clear(): void {
  tokenStore.clear();
  localStorage.removeItem(USER_KEY);
}

function expired(user: SessionUser | null): boolean {
  return !user || new Date(user.expiresAt).getTime() <= Date.now();
}

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const { login } = await request(LoginDocument, { email: username, password });
    tokenStore.set(login.token);
    localStorage.setItem(USER_KEY, JSON.stringify({ ...login.user, expiresAt: login.expiresAt }));
  },
  async logout() {
    clear();
  },
  async checkAuth() {
    const user = sessionUser();
    if (!tokenStore.get() || !user) throw new Error('ra.auth.auth_check_error');
    if (expired(user)) {
      clear();
      throw { message: 'asn.auth.session_expired' };
    }
  },
  async checkError(error: { status?: number; body?: { reason?: string } }) {
    if (error?.status === 401) {
      // No clearing here: react-admin shows the message only while checkAuth still passes, then
      // calls logout(), which clears the session.
      const reason = error.body?.reason;
      throw { message: reason === 'TOKEN_EXPIRED' ? 'asn.auth.session_expired' : reason === 'TOKEN_REVOKED' ? 'asn.auth.session_revoked' : 'ra.auth.auth_check_error' };
    }
    // 403 is a refusal of one action, not a reason to log out.
  },
  async getPermissions() {
    return sessionUser()?.role ?? null;
  },
  async getIdentity() {
    const user = sessionUser();
    if (!user) throw new Error('ra.auth.auth_check_error');
    return { id: user.id, fullName: user.displayName, role: user.role, unit: user.unit?.name, government: user.government?.name };
  },
};

/** Roles that may change records (the panel hides write actions from the others). */
export const canWrite = (role: string | null | undefined) => role === 'SUPER_ADMIN' || role === 'GOV_ADMIN' || role === 'UNIT_ADMIN';

/** Roles that read the whole graph of their scope: administrators and analysts (not an employee, who sees their own record). */
export const READER_ROLES = ['SUPER_ADMIN', 'GOV_ADMIN', 'UNIT_ADMIN', 'ANALYST'];
export const isReader = (role: string | null | undefined) => !!role && READER_ROLES.includes(role);
