import { Menu as RaMenu, usePermissions } from 'react-admin';
import type { ComponentType } from 'react';
import { myDocumentsMenu } from '../documents';
import { dukMenu } from '../duk';
import { talentMenu } from '../talent';
import { settingsMenu } from '../settings';
import { formasiMenu, workforceMenu } from '../workforce';

/** A page of the panel that is not a resource (reports, tools): shown in the menu after the resources. */
export interface MenuPage {
  to: string;
  /** i18n key of the label. */
  label: string;
  icon: ComponentType;
  /** Roles that see it; all signed-in roles when absent. */
  roles?: string[];
}

// Pages add themselves here (and their route in App.tsx's CustomRoutes).
export const MENU_PAGES: MenuPage[] = [myDocumentsMenu, dukMenu, talentMenu, workforceMenu, formasiMenu, settingsMenu];

export const Menu = () => {
  const { permissions } = usePermissions<string>();
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      <RaMenu.ResourceItems />
      {MENU_PAGES.filter((p) => !p.roles || (permissions && p.roles.includes(permissions))).map((p) => {
        const Icon = p.icon;
        return <RaMenu.Item key={p.to} to={p.to} primaryText={p.label} leftIcon={<Icon />} />;
      })}
    </RaMenu>
  );
};
