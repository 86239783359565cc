import PeopleIcon from '@mui/icons-material/People';
import { lazy } from 'react';

// Each view is its own chunk: the first page loads only what it shows.
export const employees = {
  list: lazy(() => import('./EmployeeList').then((m) => ({ default: m.EmployeeList }))),
  show: lazy(() => import('./EmployeeShow').then((m) => ({ default: m.EmployeeShow }))),
  edit: lazy(() => import('./EmployeeEdit').then((m) => ({ default: m.EmployeeEdit }))),
  create: lazy(() => import('./EmployeeCreate').then((m) => ({ default: m.EmployeeCreate }))),
  icon: PeopleIcon,
  recordRepresentation: (r: { displayName?: string; nip?: string }) => `${r.displayName ?? ''} (${r.nip ?? ''})`,
};
