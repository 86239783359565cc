import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { lazy } from 'react';

export const units = {
  list: lazy(() => import('./UnitList').then((m) => ({ default: m.UnitList }))),
  show: lazy(() => import('./UnitShow').then((m) => ({ default: m.UnitShow }))),
  edit: lazy(() => import('./UnitEdit').then((m) => ({ default: m.UnitEdit }))),
  create: lazy(() => import('./UnitEdit').then((m) => ({ default: m.UnitCreate }))),
  icon: AccountTreeIcon,
  recordRepresentation: 'name',
};
