import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { lazy } from 'react';

/** Roles that manage accounts (the API allows the same ones). */
export const USER_ADMIN_ROLES = ['SUPER_ADMIN', 'GOV_ADMIN'];

export const users = {
  list: lazy(() => import('./UserList').then((m) => ({ default: m.UserList }))),
  edit: lazy(() => import('./UserEdit').then((m) => ({ default: m.UserEdit }))),
  create: lazy(() => import('./UserEdit').then((m) => ({ default: m.UserCreate }))),
  icon: ManageAccountsIcon,
  recordRepresentation: (r: { displayName?: string; email?: string }) => `${r.displayName ?? ''} <${r.email ?? ''}>`,
};
