import { HttpError } from 'react-admin';
import { changes, cleanFilter, type ListParams, type ResourceAdapter } from '../dataProvider/adapter';
import { request, type ApiErrorBody } from '../dataProvider/client';
import {
  AssessmentCreateDocument,
  AssessmentDeleteDocument,
  AssessmentGetDocument,
  AssessmentListDocument,
  AssessmentUpdateDocument,
  type AssessmentFilter,
  type AssessmentScoreInput,
  type CreateAssessmentInput,
  type UpdateAssessmentInput,
} from '../gql/graphql';

const withIds = <T extends { employee: { id: string } }>(a: T) => ({ ...a, employeeId: a.employee.id });

/** The form's levels, one per competency: { levels: { <competencyId>: level } } (the edit form reads them so). */
const withLevels = <T extends { employee: { id: string }; scores: { competency: { id: string }; level: number }[] }>(a: T) => ({
  ...withIds(a),
  levels: Object.fromEntries(a.scores.map((s) => [s.competency.id, s.level])),
});

function scoresOf(data: Record<string, unknown>): AssessmentScoreInput[] {
  const levels = (data.levels ?? {}) as Record<string, number | string | null>;
  return Object.entries(levels)
    .filter(([, l]) => l != null && String(l) !== '')
    .map(([competencyId, level]) => ({ competencyId, level: Number(level) }))
    .sort((a, b) => a.competencyId.localeCompare(b.competencyId));
}

const UPDATE_FIELDS = ['assessedOn', 'purpose', 'assessor', 'notes', 'potentialScore'] as const;

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
    return withLevels((await request(AssessmentGetDocument, { id })).assessment);
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
  async update(id, data, previous) {
    const input = changes({ ...data, potentialScore: data.potentialScore == null || data.potentialScore === '' ? null : Number(data.potentialScore) }, previous, UPDATE_FIELDS);
    const scores = scoresOf(data);
    // The scores are replaced as a whole: sent only when a level changed.
    if (JSON.stringify(scores) !== JSON.stringify(scoresOf(previous))) input.scores = scores;
    try {
      return withLevels((await request(AssessmentUpdateDocument, { id, input: input as unknown as UpdateAssessmentInput })).updateAssessment);
    } catch (e) {
      // A problem with the n-th score belongs next to that competency's input.
      const body = e instanceof HttpError ? (e.body as ApiErrorBody | undefined) : undefined;
      if (body?.errors) {
        for (const [field, message] of Object.entries(body.errors)) {
          const m = /^scores\.(\d+)\./.exec(field);
          const score = m ? scores[Number(m[1])] : undefined;
          if (score) {
            delete body.errors[field];
            body.errors[`levels.${score.competencyId}`] = message;
          }
        }
      }
      throw e;
    }
  },
  async remove(id, previous) {
    await request(AssessmentDeleteDocument, { id, version: previous.version as number });
  },
};
