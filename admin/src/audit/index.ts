import HistoryIcon from '@mui/icons-material/History';
import { lazy } from 'react';

/** Roles that read the audit trail (the API allows the same ones). */
export const AUDIT_ROLES = ['SUPER_ADMIN', 'GOV_ADMIN'];

export const audit = {
  list: lazy(() => import('./AuditList').then((m) => ({ default: m.AuditList }))),
  show: lazy(() => import('./AuditShow').then((m) => ({ default: m.AuditShow }))),
  icon: HistoryIcon,
};
