import PollIcon from '@mui/icons-material/Poll';
import { lazy } from 'react';

export const surveys = {
  list: lazy(() => import('./SurveyList').then((m) => ({ default: m.SurveyList }))),
  show: lazy(() => import('./SurveyShow').then((m) => ({ default: m.SurveyShow }))),
  edit: lazy(() => import('./SurveyEdit').then((m) => ({ default: m.SurveyEdit }))),
  create: lazy(() => import('./SurveyEdit').then((m) => ({ default: m.SurveyCreate }))),
  icon: PollIcon,
  recordRepresentation: 'title',
};
