import { Admin, CustomRoutes, Resource } from 'react-admin';
import { assessments } from './assessments';
import { AUDIT_ROLES, audit } from './audit';
import { authProvider, canWrite, isReader } from './authProvider';
import { COMPETENCY_EDIT_ROLES, COMPETENCY_ROLES, competencies } from './competencies';
import { dataProvider } from './dataProvider';
import { MY_DOCUMENTS_ROLES, myDocumentsRoute } from './documents';
import { DUK_ROLES, dukRoute } from './duk';
import { employees } from './employees';
import { governments } from './governments';
import { evaluations } from './evaluations';
import { feedback } from './feedback';
import { i18nProvider } from './i18n';
import { Dashboard } from './dashboard/Dashboard';
import { Layout } from './layout/Layout';
import { darkTheme, lightTheme } from './layout/themes';
import { positions } from './positions';
import { publicRoutes } from './public';
import { services } from './services';
import { SETTINGS_ROLES, settingsRoutes } from './settings';
import { surveys } from './surveys';
import { TALENT_ROLES, talentRoute } from './talent';
import { units } from './units';
import { USER_ADMIN_ROLES, users } from './users';
import { FORMASI_ROLES, WORKFORCE_ROLES, formasiRoute, workforceRoute } from './workforce';

/** Read-only roles get no edit or create views: react-admin then shows no such buttons or routes. */
function forRole<T extends { edit?: unknown; create?: unknown }>(resource: T, role: string | undefined) {
  return canWrite(role) ? resource : readOnly(resource);
}

/** A resource without its edit and create views. */
function readOnly<T extends { edit?: unknown; create?: unknown }>(resource: T) {
  const { edit: _edit, create: _create, ...rest } = resource;
  void _edit;
  void _create;
  return rest;
}

export const App = () => (
  <Admin
    title="ASN Merit"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
    theme={lightTheme}
    darkTheme={darkTheme}
    disableTelemetry
  >
    {/* Public pages (surveys, feedback, transparency): no login, no admin layout. */}
    <CustomRoutes noLayout>{publicRoutes}</CustomRoutes>
    {(role: string | undefined) => (
      <>
        <Resource name="employees" {...forRole(employees, role)} />
        {/* Units and positions are read by administrators and analysts; an employee sees their own record. */}
        {/* Governments: registered and edited by the super admin; the other roles have one. */}
        {role === 'SUPER_ADMIN' && <Resource name="governments" {...governments} />}
        {isReader(role) && <Resource name="units" {...forRole(units, role)} />}
        {isReader(role) && <Resource name="positions" {...forRole(positions, role)} />}
        <Resource name="assessments" {...forRole(assessments, role)} />
        <Resource name="evaluations" {...evaluations} />
        {isReader(role) && <Resource name="surveys" {...forRole(surveys, role)} />}
        {isReader(role) && <Resource name="services" {...forRole(services, role)} />}
        {/* Feedback holds senders' contacts: administrators only (the API refuses others too). */}
        {canWrite(role) && <Resource name="feedback" {...feedback} />}
        {/* The competency dictionary: technical entries defined by super and government admins. */}
        {role && COMPETENCY_ROLES.includes(role) && <Resource name="competencies" {...(COMPETENCY_EDIT_ROLES.includes(role) ? competencies : readOnly(competencies))} />}
        {/* Accounts and the audit trail: super and government admins only (as in the API). */}
        {role && USER_ADMIN_ROLES.includes(role) && <Resource name="users" {...users} />}
        {role && AUDIT_ROLES.includes(role) && <Resource name="audit" {...audit} />}
        {/* Report pages (their menu entries: MENU_PAGES in layout/Menu.tsx). */}
        {role && MY_DOCUMENTS_ROLES.includes(role) && <CustomRoutes>{myDocumentsRoute}</CustomRoutes>}
        {role && DUK_ROLES.includes(role) && <CustomRoutes>{dukRoute}</CustomRoutes>}
        {role && TALENT_ROLES.includes(role) && <CustomRoutes>{talentRoute}</CustomRoutes>}
        {role && WORKFORCE_ROLES.includes(role) && <CustomRoutes>{workforceRoute}</CustomRoutes>}
        {role && FORMASI_ROLES.includes(role) && <CustomRoutes>{formasiRoute}</CustomRoutes>}
        {role && SETTINGS_ROLES.includes(role) && <CustomRoutes>{settingsRoutes}</CustomRoutes>}
      </>
    )}
  </Admin>
);
