import RoomServiceIcon from '@mui/icons-material/RoomService';
import { lazy } from 'react';

export const services = {
  list: lazy(() => import('./ServiceList').then((m) => ({ default: m.ServiceList }))),
  show: lazy(() => import('./ServiceShow').then((m) => ({ default: m.ServiceShow }))),
  edit: lazy(() => import('./ServiceEdit').then((m) => ({ default: m.ServiceEdit }))),
  create: lazy(() => import('./ServiceEdit').then((m) => ({ default: m.ServiceCreate }))),
  icon: RoomServiceIcon,
  recordRepresentation: 'name',
};
