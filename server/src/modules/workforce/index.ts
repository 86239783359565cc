export { WorkloadAnalysis, WorkloadTask } from './analysis.entity.ts';
export { FormasiProposal, FormasiProposalLine } from './formasi.entity.ts';
export { WorkforceTargetRatio } from './ratio.entity.ts';
export { NeedsService } from './needs.service.ts';
export { WorkforceErrors } from './workforce.errors.ts';
import { WorkloadAnalysisResolver } from './analysis.resolver.ts';
import { FormasiLineResolver, FormasiProposalResolver } from './formasi.resolver.ts';
import { WorkforceNeedsResolver } from './needs.resolver.ts';
import { TargetRatioResolver } from './ratio.resolver.ts';

export const workforceResolvers = [WorkloadAnalysisResolver, WorkforceNeedsResolver, TargetRatioResolver, FormasiProposalResolver, FormasiLineResolver] as const;
export { PLAN_EXPORT_DOCUMENT, planColumns, writePlanXlsx, type PlanExportRow } from './workforce.export.ts';
