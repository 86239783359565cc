import { cleanFilter, type ListParams, type ResourceAdapter } from '../dataProvider/adapter';
import { request } from '../dataProvider/client';
import { EvaluationGetDocument, EvaluationListDocument, type EvaluationFilterInput } from '../gql/graphql';

function variables({ filter }: ListParams): { filter: EvaluationFilterInput } {
  const { predikat, ...rest } = cleanFilter(filter);
  const f = rest as EvaluationFilterInput;
  if (predikat) f.predikats = [predikat] as EvaluationFilterInput['predikats'];
  if (f.year != null) f.year = Number(f.year);
  return { filter: f };
}

export const adapter: ResourceAdapter = {
  exportVariables: variables,
  async list({ limit, offset, ...params }) {
    const data = await request(EvaluationListDocument, { limit, offset, ...variables(params) });
    return { data: data.performanceEvaluations.items, total: data.performanceEvaluations.total };
  },
  async one(id) {
    return (await request(EvaluationGetDocument, { id })).performanceEvaluation;
  },
};
