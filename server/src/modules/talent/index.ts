export { TalentBox, TalentPerformanceLevel } from './talent.entity.ts';
export { PotentialLevel } from './talent.enums.ts';
export { TalentService } from './talent.service.ts';
export { SUCCESSION_BOXES } from './talent.rules.ts';
import { TalentResolver } from './talent.resolver.ts';

import { TalentReferenceResolver } from './reference.resolver.ts';

export const talentResolvers = [TalentReferenceResolver, TalentResolver] as const;
