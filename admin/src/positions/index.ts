import WorkIcon from '@mui/icons-material/Work';
import { lazy } from 'react';

export const positions = {
  list: lazy(() => import('./PositionList').then((m) => ({ default: m.PositionList }))),
  show: lazy(() => import('./PositionShow').then((m) => ({ default: m.PositionShow }))),
  edit: lazy(() => import('./PositionEdit').then((m) => ({ default: m.PositionEdit }))),
  create: lazy(() => import('./PositionEdit').then((m) => ({ default: m.PositionCreate }))),
  icon: WorkIcon,
  recordRepresentation: 'title',
};
