import AssignmentIcon from '@mui/icons-material/Assignment';
import GroupsIcon from '@mui/icons-material/Groups';
import { lazy } from 'react';
import { Route } from 'react-router-dom';
import type { MenuPage } from '../layout/Menu';
import { READER_ROLES } from '../authProvider';

const NeedsPage = lazy(() => import('./NeedsPage').then((m) => ({ default: m.NeedsPage })));
const FormasiPage = lazy(() => import('./FormasiPage').then((m) => ({ default: m.FormasiPage })));

/** Roles that read the needs and the plan (the API allows the same ones; employees see nothing). */
export const WORKFORCE_ROLES = READER_ROLES;
/** Formasi proposals: government-level, read by super and government admins and analysts. */
export const FORMASI_ROLES = ['SUPER_ADMIN', 'GOV_ADMIN', 'ANALYST'];

export const workforceMenu: MenuPage = { to: '/kebutuhan-pegawai', label: 'asn.workforce.menu', icon: GroupsIcon, roles: WORKFORCE_ROLES };
export const formasiMenu: MenuPage = { to: '/usulan-formasi', label: 'asn.workforce.formasi_menu', icon: AssignmentIcon, roles: FORMASI_ROLES };

export const workforceRoute = <Route key="kebutuhan-pegawai" path="/kebutuhan-pegawai" element={<NeedsPage />} />;
export const formasiRoute = <Route key="usulan-formasi" path="/usulan-formasi" element={<FormasiPage />} />;
