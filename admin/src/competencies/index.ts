import PsychologyIcon from '@mui/icons-material/Psychology';
import { lazy } from 'react';
import { READER_ROLES } from '../authProvider';

/** Roles that read the dictionary in the panel (every signed-in role may through the API). */
export const COMPETENCY_ROLES = READER_ROLES;
/** Roles that define and edit technical competencies (the API allows the same ones). */
export const COMPETENCY_EDIT_ROLES = ['SUPER_ADMIN', 'GOV_ADMIN'];

export const competencies = {
  list: lazy(() => import('./CompetencyList').then((m) => ({ default: m.CompetencyList }))),
  show: lazy(() => import('./CompetencyShow').then((m) => ({ default: m.CompetencyShow }))),
  edit: lazy(() => import('./CompetencyEdit').then((m) => ({ default: m.CompetencyEdit }))),
  create: lazy(() => import('./CompetencyEdit').then((m) => ({ default: m.CompetencyCreate }))),
  icon: PsychologyIcon,
  recordRepresentation: (r: { code?: string; name?: string }) => `${r.code ?? ''} ${r.name ?? ''}`,
};

/** What a role may do with one competency: national ones are the super admin's, technical ones their government's. */
export const canEditCompetency = (role: string | undefined, record: { government?: { id: string } | null } | undefined) =>
  role === 'SUPER_ADMIN' || (role === 'GOV_ADMIN' && !!record?.government);
