export { Government } from './government.entity.ts';
export { OrgUnit } from './org-unit.entity.ts';
export { GovernmentKind, OrgUnitKind, Sector } from './organization.enums.ts';
export { OrganizationService } from './organization.service.ts';
import { GovernmentResolver, OrgUnitResolver } from './organization.resolver.ts';
export { OrgUnitPage } from './organization.resolver.ts';

export const organizationResolvers = [GovernmentResolver, OrgUnitResolver] as const;
