import FormatListNumberedIcon from '@mui/icons-material/FormatListNumbered';
import { lazy } from 'react';
import { Route } from 'react-router-dom';
import type { MenuPage } from '../layout/Menu';
import { READER_ROLES } from '../authProvider';

const DukPage = lazy(() => import('./DukPage').then((m) => ({ default: m.DukPage })));

/** Roles that read the DUK (the API allows the same ones). */
export const DUK_ROLES = READER_ROLES;

export const dukMenu: MenuPage = { to: '/duk', label: 'asn.duk.menu', icon: FormatListNumberedIcon, roles: DUK_ROLES };

/** The page's route, inside the admin layout. */
export const dukRoute = <Route key="duk" path="/duk" element={<DukPage />} />;
