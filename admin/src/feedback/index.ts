import FeedbackIcon from '@mui/icons-material/Feedback';
import { lazy } from 'react';

// No create view: feedback comes from the public form.
export const feedback = {
  list: lazy(() => import('./FeedbackList').then((m) => ({ default: m.FeedbackList }))),
  show: lazy(() => import('./FeedbackShow').then((m) => ({ default: m.FeedbackShow }))),
  edit: lazy(() => import('./FeedbackEdit').then((m) => ({ default: m.FeedbackEdit }))),
  icon: FeedbackIcon,
  recordRepresentation: 'trackingCode',
};
