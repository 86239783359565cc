export { Position } from './position.entity.ts';
export { FunctionalLevel, PositionKind, isManagerial } from './position.enums.ts';
export { PositionService } from './position.service.ts';
import { OrgUnitPositionsResolver, PositionResolver } from './position.resolver.ts';

export const positionResolvers = [PositionResolver, OrgUnitPositionsResolver] as const;
