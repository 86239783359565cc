import GradingIcon from '@mui/icons-material/Grading';
import { lazy } from 'react';

export const evaluations = {
  list: lazy(() => import('./EvaluationList').then((m) => ({ default: m.EvaluationList }))),
  show: lazy(() => import('./EvaluationShow').then((m) => ({ default: m.EvaluationShow }))),
  icon: GradingIcon,
  recordRepresentation: (r: { employee?: { displayName: string }; year?: number; period?: string }) => `${r.employee?.displayName ?? ''} ${r.period ?? ''} ${r.year ?? ''}`,
};
