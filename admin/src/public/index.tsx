import { lazy } from 'react';
import { Route } from 'react-router-dom';

const PublicHome = lazy(() => import('./PublicHome').then((m) => ({ default: m.PublicHome })));

/** Routes open to anyone, outside the logged-in layout. */
export const publicRoutes = [<Route key="publik" path="/publik" element={<PublicHome />} />];
