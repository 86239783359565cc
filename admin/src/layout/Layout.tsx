import { AppBar, Layout as RaLayout, Logout, UserMenu, type LayoutProps } from 'react-admin';
import { LocaleFormats } from '../i18n/format';
import { ChangePasswordMenuItem } from './ChangePassword';
import { Menu } from './Menu';

// On a tablet the menu stays open beside the content: wide tables scroll inside their card instead
// of widening the whole page (and pushing the app bar's buttons off screen).
const fitContent = {
  minWidth: 0,
  '& .RaLayout-appFrame, & .RaLayout-contentWithSidebar, & .RaLayout-content, & .RaList-main': { minWidth: 0 },
  '& .RaList-content, & .RaDatagrid-tableWrapper, & .RaDataTable-tableWrapper': { overflowX: 'auto' },
};

const MyUserMenu = () => (
  <UserMenu>
    <ChangePasswordMenuItem />
    <Logout />
  </UserMenu>
);

const MyAppBar = () => <AppBar userMenu={<MyUserMenu />} />;

// NumberField and DateField write numbers and dates in the panel's language (LocaleFormats).
export const Layout = ({ children }: LayoutProps) => (
  <LocaleFormats>
    <RaLayout menu={Menu} appBar={MyAppBar} sx={fitContent}>
      {children}
    </RaLayout>
  </LocaleFormats>
);
