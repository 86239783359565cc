import FolderSharedIcon from '@mui/icons-material/FolderShared';
import { lazy } from 'react';
import { Route } from 'react-router-dom';
import type { MenuPage } from '../layout/Menu';

const MyDocuments = lazy(() => import('./MyDocuments').then((m) => ({ default: m.MyDocuments })));

/** The employee's own documents (self-service); administrators see them on the employee's record. */
export const MY_DOCUMENTS_ROLES = ['EMPLOYEE'];

export const myDocumentsMenu: MenuPage = { to: '/my-documents', label: 'asn.documents.menu', icon: FolderSharedIcon, roles: MY_DOCUMENTS_ROLES };

export const myDocumentsRoute = <Route key="my-documents" path="/my-documents" element={<MyDocuments />} />;
