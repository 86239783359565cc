import { lazy } from 'react';
import { Route } from 'react-router-dom';

const PublicHome = lazy(() => import('./PublicHome').then((m) => ({ default: m.PublicHome })));
const SurveyFormPage = lazy(() => import('./SurveyFormPage').then((m) => ({ default: m.SurveyFormPage })));
const FeedbackFormPage = lazy(() => import('./FeedbackFormPage').then((m) => ({ default: m.FeedbackFormPage })));
const FeedbackStatusPage = lazy(() => import('./FeedbackStatusPage').then((m) => ({ default: m.FeedbackStatusPage })));
const TransparencyPage = lazy(() => import('./TransparencyPage').then((m) => ({ default: m.TransparencyPage })));

/** Routes open to anyone, outside the logged-in layout. */
export const publicRoutes = [
  <Route key="publik" path="/publik" element={<PublicHome />} />,
  <Route key="survei" path="/publik/survei" element={<SurveyFormPage />} />,
  <Route key="pengaduan" path="/publik/pengaduan" element={<FeedbackFormPage />} />,
  <Route key="lacak" path="/publik/lacak" element={<FeedbackStatusPage />} />,
  <Route key="lacak-kode" path="/publik/lacak/:code" element={<FeedbackStatusPage />} />,
  <Route key="transparansi" path="/publik/transparansi" element={<TransparencyPage />} />,
];
