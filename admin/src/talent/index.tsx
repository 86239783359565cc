import GridViewIcon from '@mui/icons-material/GridView';
import { lazy } from 'react';
import { Route } from 'react-router-dom';
import type { MenuPage } from '../layout/Menu';
import { READER_ROLES } from '../authProvider';

const TalentPage = lazy(() => import('./TalentPage').then((m) => ({ default: m.TalentPage })));

/** Roles that read the 9-box (the API allows the same ones: administrators and analysts). */
export const TALENT_ROLES = READER_ROLES;

export const talentMenu: MenuPage = { to: '/talenta', label: 'asn.talent.menu', icon: GridViewIcon, roles: TALENT_ROLES };

/** The page's route, inside the admin layout. */
export const talentRoute = <Route key="talenta" path="/talenta" element={<TalentPage />} />;
