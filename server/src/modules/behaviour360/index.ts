export { Rating360Assignment, Rating360Score } from './behaviour360.entity.ts';
export { CoreValue, RaterGroup } from './behaviour360.enums.ts';
export { Behaviour360Service } from './behaviour360.service.ts';
import { Behaviour360Resolver } from './behaviour360.resolver.ts';

export const behaviour360Resolvers = [Behaviour360Resolver] as const;
