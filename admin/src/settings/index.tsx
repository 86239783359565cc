import SettingsIcon from '@mui/icons-material/Settings';
import { lazy } from 'react';
import { Route } from 'react-router-dom';
import type { MenuPage } from '../layout/Menu';
import { READER_ROLES } from '../authProvider';

const SettingsPage = lazy(() => import('./SettingsPage').then((m) => ({ default: m.SettingsPage })));

/** Roles that see the settings page (all read it; the API decides who changes what). */
export const SETTINGS_ROLES = READER_ROLES;

export const settingsMenu: MenuPage = { to: '/pengaturan', label: 'asn.settings.menu', icon: SettingsIcon, roles: SETTINGS_ROLES };

/** The page's routes, inside the admin layout (one per tab, so a tab can be linked to). */
export const settingsRoutes = [
  <Route key="settings" path="/pengaturan" element={<SettingsPage />} />,
  <Route key="settings-table" path="/pengaturan/:table" element={<SettingsPage />} />,
];
