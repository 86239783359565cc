export { Rating360Assignment, Rating360Score } from './behaviour360.entity.ts';
export { CoreValue, RaterGroup } from './behaviour360.enums.ts';
