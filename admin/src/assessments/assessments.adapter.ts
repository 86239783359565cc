import { cleanFilter, type ListParams, type ResourceAdapter } from '../dataProvider/adapter';
import { request } from '../dataProvider/client';
import { AssessmentCreateDocument, AssessmentDeleteDocument, AssessmentGetDocument, AssessmentListDocument, type AssessmentFilter, type CreateAssessmentInput } from '../gql/graphql';

const withIds = <T extends { employee: { id: string } }>(a: T) => ({ ...a, employeeId: a.employee.id });

function variables({ filter }: ListParams): { filter: AssessmentFilter } {
  const { from, to, ...rest } = cleanFilter(filter);
  const f = rest as AssessmentFilter;
  if (from || to) f.assessedOn = { from: from as string | undefined, to: to as string | undefined };
  return { filter: f };
}

export const adapter: ResourceAdapter = {
  exportVariables: variables,
  async list({ limit, offset, ...params }) {
    const data = await request(AssessmentListDocument, { limit, offset, ...variables(params) });
    return { data: data.assessments.items.map(withIds), total: data.assessments.total };
  },
  async one(id) {
    return withIds((await request(AssessmentGetDocument, { id })).assessment);
  },
  async create(data) {
    // The form holds one level per competency: { levels: { <competencyId>: level } }.
    const levels = (data.levels ?? {}) as Record<string, number | null>;
    const input: CreateAssessmentInput = {
      employeeId: data.employeeId as string,
      assessedOn: data.assessedOn as string,
      purpose: data.purpose as CreateAssessmentInput['purpose'],
      assessor: data.assessor as string,
      notes: (data.notes as string) || undefined,
      potentialScore: data.potentialScore == null || data.potentialScore === '' ? undefined : Number(data.potentialScore),
      scores: Object.entries(levels).filter(([, l]) => l != null && String(l) !== '').map(([competencyId, level]) => ({ competencyId, level: Number(level) })),
    };
    return withIds((await request(AssessmentCreateDocument, { input })).createAssessment);
  },
  async remove(id, previous) {
    await request(AssessmentDeleteDocument, { id, version: previous.version as number });
  },
};
