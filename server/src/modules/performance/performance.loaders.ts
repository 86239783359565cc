// Batch loaders of the performance module: one statement per batch of plans or employees.
import DataLoader from 'dataloader';
import type { Context } from '../../context.ts';
import { refId } from '../../shared/base.entity.ts';
import { groupBy } from '../../shared/loaders.ts';
import { PerformanceEvaluation } from './evaluation.entity.ts';
import { CoachingPlan, Recognition } from './followup.entity.ts';
import { PerformanceTarget } from './plan.entity.ts';

export const targetsLoader = (ctx: Context) =>
  ctx.loaders.get('performance.targets', (em) =>
    new DataLoader<string, PerformanceTarget[]>(async (planIds) => {
      const rows = (await em.createQueryBuilder(PerformanceTarget).select('*').where({ plan: { $in: [...planIds] } }).orderBy({ ordinal: 'asc' }).execute('all', true)) as PerformanceTarget[];
      return groupBy(planIds, rows, (r) => refId(r.plan)!);
    }),
  );

export const planEvaluationsLoader = (ctx: Context) =>
  ctx.loaders.get('performance.planEvaluations', (em) =>
    new DataLoader<string, PerformanceEvaluation[]>(async (planIds) => {
      const rows = (await em.createQueryBuilder(PerformanceEvaluation).select('*').where({ plan: { $in: [...planIds] } }).orderBy({ period: 'asc' }).execute('all', true)) as PerformanceEvaluation[];
      return groupBy(planIds, rows, (r) => refId(r.plan)!);
    }),
  );

export const byEmployee = <T extends { employee: unknown }>(key: string, entity: new () => T) => (ctx: Context) =>
  ctx.loaders.get(key, (em) =>
    new DataLoader<string, T[]>(async (ids) => {
      const rows = (await em.createQueryBuilder(entity).select('*').where({ employee: { $in: [...ids] } } as never).orderBy({ year: 'desc' } as never).execute('all', true)) as T[];
      return groupBy(ids, rows, (r) => refId(r.employee as string)!);
    }),
  );
export const recognitionsLoader = byEmployee('performance.recognitions', Recognition);
export const coachingLoader = byEmployee('performance.coaching', CoachingPlan);
