export { Rank } from './rank.entity.ts';
export { EducationLevel } from './education-level.entity.ts';
export { AsnType, RankScheme, rankSchemeOf } from './reference.enums.ts';
import { ReferenceResolver } from './reference.resolver.ts';

export const referenceResolvers = [ReferenceResolver] as const;
