import { Layout as RaLayout, type LayoutProps } from 'react-admin';
import { Menu } from './Menu';

export const Layout = ({ children }: LayoutProps) => <RaLayout menu={Menu}>{children}</RaLayout>;
