import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { lazy } from 'react';

const views = () => import('./GovernmentViews');

/** Governments: the super admin's resource (other roles have exactly one government). */
export const governments = {
  list: lazy(() => views().then((m) => ({ default: m.GovernmentList }))),
  show: lazy(() => views().then((m) => ({ default: m.GovernmentShow }))),
  edit: lazy(() => views().then((m) => ({ default: m.GovernmentEdit }))),
  create: lazy(() => views().then((m) => ({ default: m.GovernmentCreate }))),
  icon: AccountBalanceIcon,
  recordRepresentation: 'name',
};
