export { Employee } from './employee.entity.ts';
export { RankHistory } from './rank-history.entity.ts';
export { PositionHistory } from './position-history.entity.ts';
export { EducationHistory } from './education-history.entity.ts';
export { EmployeeStatus, QualificationKind, SanctionLevel, Sex } from './employee.enums.ts';
export { DisciplinarySanction, Qualification } from './qualification.entity.ts';
export { EmployeeService } from './employee.service.ts';
export { EmployeeErrors, type EmployeeReason } from './employee.errors.ts';
export { EMPLOYEE_FIELDS, EmployeeView, ageBand, employeeFieldGuard, employeeScope, employeeView, masksPersonalData } from './employee.access.ts';
export { formatNip, parseNip, validateNip, displayName } from './employee.rules.ts';
export * as employeeLoaders from './employee.loaders.ts';
import { EmployeeResolver, OrgUnitEmployeesResolver, PositionHoldersResolver } from './employee.resolver.ts';
import { EducationHistoryResolver, PositionHistoryResolver, RankHistoryResolver } from './history.resolver.ts';
import { QualificationResolver, SanctionResolver } from './qualification.resolver.ts';
export { EmployeePage } from './employee.resolver.ts';

export const employeeResolvers = [
  EmployeeResolver,
  OrgUnitEmployeesResolver,
  PositionHoldersResolver,
  RankHistoryResolver,
  PositionHistoryResolver,
  EducationHistoryResolver,
  QualificationResolver,
  SanctionResolver,
] as const;
