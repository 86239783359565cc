import AssessmentIcon from '@mui/icons-material/Assessment';
import { lazy } from 'react';

export const assessments = {
  list: lazy(() => import('./AssessmentList').then((m) => ({ default: m.AssessmentList }))),
  show: lazy(() => import('./AssessmentShow').then((m) => ({ default: m.AssessmentShow }))),
  edit: lazy(() => import('./AssessmentEdit').then((m) => ({ default: m.AssessmentEdit }))),
  create: lazy(() => import('./AssessmentCreate').then((m) => ({ default: m.AssessmentCreate }))),
  icon: AssessmentIcon,
  recordRepresentation: (r: { employee?: { displayName: string }; assessedOn?: string }) => `${r.employee?.displayName ?? ''} (${r.assessedOn ?? ''})`,
};
