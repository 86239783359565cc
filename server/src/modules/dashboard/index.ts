export { DashboardService } from './dashboard.service.ts';
export { HeadcountGroup } from './dashboard.types.ts';
import { DashboardResolver } from './dashboard.resolver.ts';

export const dashboardResolvers = [DashboardResolver] as const;
