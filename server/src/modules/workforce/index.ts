export { WorkloadAnalysis, WorkloadTask } from './analysis.entity.ts';
export { FormasiProposal, FormasiProposalLine } from './formasi.entity.ts';
export { WorkforceTargetRatio } from './ratio.entity.ts';

export const workforceResolvers = [] as const;
